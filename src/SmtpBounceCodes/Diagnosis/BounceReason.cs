namespace SmtpBounceCodes;

/// <summary>
/// Why a message was not delivered: the 34 reasons of Sisimai 5.6, with the same meanings, so that data labelled by
/// either tool can be moved to the other. The wire name of each value is its lowercase Sisimai name
/// (<see cref="BounceReasons.GetWireName"/>), for example <c>userunknown</c>.
/// </summary>
/// <remarks>See <c>docs/reasons.md</c> for what each reason means, where the lines fall, and what to do.</remarks>
public enum BounceReason
{
    /// <summary>Nothing usable to decide on: no code and no error text.</summary>
    Undefined = 0,

    /// <summary>There is error text, but nothing in it decides the reason.</summary>
    OnHold,

    /// <summary>The mailbox (the part before @) does not exist. Hard bounce.</summary>
    UserUnknown,

    /// <summary>The domain (the part after @) does not exist or has no mail host. Hard bounce.</summary>
    HostUnknown,

    /// <summary>The mailbox has moved and mail is not forwarded. Hard bounce.</summary>
    HasMoved,

    /// <summary>The destination accepts no mail at all (null MX, 521, 556). Hard bounce when permanent.</summary>
    NotAccept,

    /// <summary>The recipient exists, but its filter refused this message (often after DATA).</summary>
    Filtered,

    /// <summary>The envelope sender (MAIL FROM) was refused.</summary>
    Rejected,

    /// <summary>The recipient's mailbox is over its quota.</summary>
    MailboxFull,

    /// <summary>The recipient's account is disabled or suspended.</summary>
    Suspend,

    /// <summary>The sending service itself suppressed the address (its suppression list).</summary>
    Suppressed,

    /// <summary>The message's format or an attachment was refused.</summary>
    ContentError,

    /// <summary>The message is larger than the system or the mailbox accepts.</summary>
    EmailTooLarge,

    /// <summary>The message does not comply with RFC 5322 (duplicate headers, bad Date, …).</summary>
    NotCompliantRfc,

    /// <summary>A local policy refused the message and says nothing more specific.</summary>
    PolicyViolation,

    /// <summary>A security refusal: authentication, encryption, or a generic 5.7.x with no deciding text.</summary>
    SecurityError,

    /// <summary>Malware was found in the message.</summary>
    VirusDetected,

    /// <summary>The content was judged to be spam.</summary>
    SpamDetected,

    /// <summary>SPF, DKIM, DMARC or ARC failed.</summary>
    AuthFailure,

    /// <summary>The sending IP address or domain has a poor reputation.</summary>
    BadReputation,

    /// <summary>The sending IP address or host is blocked (block list, firewall, 554 at connect).</summary>
    Blocked,

    /// <summary>The sending IP address has no reverse DNS (PTR), or it does not match.</summary>
    RequirePtr,

    /// <summary>Too fast: too many messages, connections or recipients.</summary>
    RateLimited,

    /// <summary>The server will not relay mail for this client.</summary>
    NoRelaying,

    /// <summary>The sender's queue gave up after retrying for too long.</summary>
    Expired,

    /// <summary>A local delivery program (a mailer, procmail, maildrop) failed.</summary>
    MailerError,

    /// <summary>DNS or routing failed, a mail loop, or the host was unreachable.</summary>
    NetworkError,

    /// <summary>A generic error on the remote system.</summary>
    SystemError,

    /// <summary>The remote disk or system is full.</summary>
    SystemFull,

    /// <summary>TLS was required and could not be set up.</summary>
    FailedStartTls,

    /// <summary>The SMTP conversation itself was malformed (500–504, 555).</summary>
    SyntaxError,

    /// <summary>Not a bounce: a complaint (ARF feedback report).</summary>
    Feedback,

    /// <summary>Not a bounce: an auto-reply (out of office, vacation).</summary>
    Vacation,

    /// <summary>Not a bounce: a success report.</summary>
    Delivered,
}
