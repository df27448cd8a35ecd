namespace SmtpBounceCodes.MimeKit;

/// <summary>What the report says about the message that bounced, so that it can be matched with what was sent.</summary>
public sealed class OriginalMessage
{
    /// <summary>The original <c>Message-ID</c>, without angle brackets.</summary>
    public string? MessageId { get; init; }

    /// <summary>The original <c>Subject</c>.</summary>
    public string? Subject { get; init; }

    /// <summary>The original <c>From</c> address.</summary>
    public string? From { get; init; }

    /// <summary>The original <c>To</c> addresses.</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>The envelope id (<c>Original-Envelope-Id</c>, RFC 3461 ENVID).</summary>
    public string? EnvelopeId { get; init; }
}
