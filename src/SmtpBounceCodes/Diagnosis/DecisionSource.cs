namespace SmtpBounceCodes;

/// <summary>Which step of the decision order decided the reason.</summary>
public enum DecisionSource
{
    /// <summary>Nothing decided: the reason is <c>onhold</c> or <c>undefined</c>.</summary>
    None = 0,

    /// <summary>A rule specific to the provider named in the text or by the remote host.</summary>
    ProviderRule,

    /// <summary>A phrase in the reply text.</summary>
    TextPattern,

    /// <summary>The RFC 3463 enhanced status code.</summary>
    EnhancedCode,

    /// <summary>The basic reply code.</summary>
    ReplyCode,

    /// <summary>The SMTP stage at which the reply came (a 554 at connect time is a block).</summary>
    Stage,

    /// <summary>The kind of report (a delivery report, a feedback report, an auto-reply, a DSN action).</summary>
    ReportKind,
}
