namespace SmtpBounceCodes;

/// <summary>The point of the SMTP conversation at which a reply was given.</summary>
public enum SmtpStage
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>The greeting, right after the connection was opened.</summary>
    Connect,

    /// <summary>The reply to HELO or EHLO.</summary>
    Helo,

    /// <summary>The reply to AUTH or STARTTLS.</summary>
    Authentication,

    /// <summary>The reply to MAIL FROM.</summary>
    MailFrom,

    /// <summary>The reply to RCPT TO.</summary>
    RcptTo,

    /// <summary>The reply to the DATA command.</summary>
    Data,

    /// <summary>The reply after the message content (the final dot).</summary>
    EndOfData,
}
