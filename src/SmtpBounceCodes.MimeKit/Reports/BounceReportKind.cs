namespace SmtpBounceCodes.MimeKit;

/// <summary>What kind of report a message is.</summary>
public enum BounceReportKind
{
    /// <summary>An ordinary message: no delivery report, feedback report or auto-reply.</summary>
    NotABounce = 0,

    /// <summary>A delivery failure (non-delivery report).</summary>
    Bounce,

    /// <summary>A delay warning: delivery is still being tried.</summary>
    Delay,

    /// <summary>A success report (delivered, relayed, expanded).</summary>
    Delivered,

    /// <summary>A complaint: an RFC 5965 (ARF) feedback report.</summary>
    Feedback,

    /// <summary>An automatic reply (RFC 3834): vacation, out of office.</summary>
    AutoReply,
}
