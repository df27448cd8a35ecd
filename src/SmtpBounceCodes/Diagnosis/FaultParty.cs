namespace SmtpBounceCodes;

/// <summary>Who has to act so that mail gets through.</summary>
public enum FaultParty
{
    /// <summary>Cannot be told from the evidence.</summary>
    Unknown = 0,

    /// <summary>The recipient's address, mailbox or filter.</summary>
    Recipient,

    /// <summary>The sending side: its configuration, DNS, authentication, reputation or sending rate.</summary>
    Sender,

    /// <summary>The message itself: size, content, format.</summary>
    Message,

    /// <summary>The systems in between: DNS, routing, queues, remote servers.</summary>
    Network,
}
