namespace SmtpBounceCodes.MimeKit;

/// <summary>One recipient's result in a report, with its diagnosis from the core engine.</summary>
public sealed class BounceRecipient
{
    /// <summary>The recipient address (<c>Final-Recipient</c>, or what the MTA's text names).</summary>
    public required string Address { get; init; }

    /// <summary>The <c>Original-Recipient</c>, when the report gives one.</summary>
    public string? OriginalRecipient { get; init; }

    /// <summary>The DSN action: <c>failed</c>, <c>delayed</c>, <c>delivered</c>, <c>relayed</c>, <c>expanded</c>; null when unknown.</summary>
    public string? Action { get; init; }

    /// <summary>The enhanced status code the report gives for this recipient.</summary>
    public EnhancedStatusCode? Status { get; init; }

    /// <summary>The basic reply code, taken from the diagnostic text.</summary>
    public SmtpReplyCode? ReplyCode { get; init; }

    /// <summary>The remote MTA that gave the answer (<c>Remote-MTA</c>, or the host the text names).</summary>
    public string? RemoteMta { get; init; }

    /// <summary>The diagnostic text (<c>Diagnostic-Code</c> without its type, or the MTA's error text), unfolded onto one line.</summary>
    public string? DiagnosticText { get; init; }

    /// <summary>The SMTP stage the failure happened at, when the report says it.</summary>
    public SmtpStage Stage { get; init; }

    /// <summary>The <c>Last-Attempt-Date</c> (or the report's date when that is all there is).</summary>
    public DateTimeOffset? LastAttempt { get; init; }

    /// <summary>The <c>Arrival-Date</c> of the original message, when given.</summary>
    public DateTimeOffset? ArrivalDate { get; init; }

    /// <summary>For feedback reports: the <c>Feedback-Type</c> (abuse, fraud, virus, other…).</summary>
    public string? FeedbackType { get; init; }

    /// <summary>For feedback reports: the <c>Source-IP</c>, the address the reported message came from (usually the sender's own server).</summary>
    public string? SourceIp { get; init; }

    /// <summary>Why, and what to do: the core engine's diagnosis of this recipient.</summary>
    public required Diagnosis Diagnosis { get; init; }
}
