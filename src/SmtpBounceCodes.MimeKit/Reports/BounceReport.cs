namespace SmtpBounceCodes.MimeKit;

/// <summary>What one message says: its kind, who wrote it, the original message, and one result per recipient.</summary>
public sealed class BounceReport
{
    /// <summary>The kind of report.</summary>
    public BounceReportKind Kind { get; init; }

    /// <summary>The MTA that wrote the report (<c>Reporting-MTA</c>, or the host its text names).</summary>
    public string? ReportingMta { get; init; }

    /// <summary>The format the report was read as: <c>rfc3464</c>, <c>arf</c>, <c>rfc3834</c>, <c>rfc8098</c> (a disposition notification refusing the message, as Dovecot and Sieve send it), <c>complaint-notice</c> (a sending service's own notice of a complaint), or an MTA family such as <c>postfix</c>, <c>qmail</c>, <c>exchange</c>.</summary>
    public string? Format { get; init; }

    /// <summary>The original message's headers, when the report carries them.</summary>
    public OriginalMessage? Original { get; init; }

    /// <summary>One entry per recipient, in the order the report lists them. Empty for <see cref="BounceReportKind.NotABounce"/>.</summary>
    public IReadOnlyList<BounceRecipient> Recipients { get; init; } = [];

    /// <summary>What could not be read (a broken part, a malformed field); empty when the whole message was understood.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Whether the report is a failure or a delay.</summary>
    public bool IsBounce => Kind is BounceReportKind.Bounce or BounceReportKind.Delay;
}
