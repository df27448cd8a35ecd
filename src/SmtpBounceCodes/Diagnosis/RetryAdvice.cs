namespace SmtpBounceCodes;

/// <summary>What a sender should do with the recipient after this result.</summary>
public enum RetryAdvice
{
    /// <summary>Nothing to do: not a failure (delivered, auto-reply).</summary>
    None = 0,

    /// <summary>The address is dead or the recipient complained: stop sending to it.</summary>
    SuppressRecipient,

    /// <summary>A temporary condition: send again later, with backoff.</summary>
    RetryLater,

    /// <summary>The sending side must change something first (DNS, authentication, reputation, relay settings).</summary>
    FixSenderSide,

    /// <summary>The message must change first (size, content, format).</summary>
    FixMessage,
}
