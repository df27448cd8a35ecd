namespace SmtpBounceCodes;

/// <summary>
/// The basic SMTP reply codes registered by RFC 5321, RFC 7504, RFC 4954 (AUTH), RFC 3207 (STARTTLS), RFC 1985/2645
/// (ETRN/ODMR), and the codes the IANA enhanced status registry lists as associated basic codes.
/// </summary>
/// <remarks>
/// The enum is not a validation gate: any three-digit value from 200 to 599 can be held in it (for example
/// <c>(SmtpReplyCode)571</c>) and is interpreted by its first digit. Use <see cref="SmtpReplyCodeInfo"/> for the class,
/// the category and whether a code is transient or permanent.
/// </remarks>
#pragma warning disable CA1008 // There is no "none" reply code; 0 means "no code" only through a nullable.
public enum SmtpReplyCode
{
    /// <summary>211 (RFC 5321 s4.2.3) System status or help reply. Informational.</summary>
    SystemStatus = 211,

    /// <summary>214 (RFC 5321 s4.2.3) Help message for a human reader (the answer to HELP). Informational.</summary>
    HelpMessage = 214,

    /// <summary>220 (RFC 5321 s4.2.3; RFC 3207) The server is ready: the greeting on connect, or the go-ahead after STARTTLS (RFC 3207). Positive.</summary>
    ServiceReady = 220,

    /// <summary>221 (RFC 5321 s4.2.3) The server is closing the connection in the normal way, usually after QUIT. Positive.</summary>
    ServiceClosing = 221,

    /// <summary>235 (RFC 4954) SMTP authentication succeeded (RFC 4954). Positive.</summary>
    AuthenticationSucceeded = 235,

    /// <summary>250 (RFC 5321 s4.2.3) The command succeeded; after the end of DATA it means the server has taken responsibility for the message. Positive.</summary>
    Ok = 250,

    /// <summary>251 (RFC 5321 s4.2.3, s3.4) The recipient is not local but the server will forward the message. Positive.</summary>
    UserNotLocalWillForward = 251,

    /// <summary>252 (RFC 5321 s4.2.3, s3.5.3) The server will not confirm the address (VRFY) but accepts the message and will try to deliver it. Positive.</summary>
    CannotVerifyUserWillAttemptDelivery = 252,

    /// <summary>253 (RFC 1985) ETRN: a queue run started for the node; the text gives the number of waiting messages (RFC 1985). Positive.</summary>
    PendingMessagesStarted = 253,

    /// <summary>334 (RFC 4954) A base64 challenge during AUTH; the client must answer (RFC 4954). Intermediate.</summary>
    AuthenticationChallenge = 334,

    /// <summary>354 (RFC 5321 s4.2.3) The server accepted DATA and waits for the message, ended by a line holding a single dot. Intermediate.</summary>
    StartMailInput = 354,

    /// <summary>421 (RFC 5321 s4.2.3) The server is closing the session (overload, shutdown, too many connections, policy). Can answer any command. Transient: retry later.</summary>
    ServiceNotAvailable = 421,

    /// <summary>422 (IANA enhanced registry (X.7.12)) Not defined by an SMTP RFC: listed by the IANA enhanced status registry next to X.7.12 (password transition). Transient.</summary>
    PasswordTransitionRegistryOnly = 422,

    /// <summary>430 (IANA enhanced registry (X.5.1)) Not defined by an SMTP RFC: listed by the IANA enhanced status registry next to X.5.1. Transient.</summary>
    Code430RegistryOnly = 430,

    /// <summary>432 (RFC 4954) AUTH: a password transition is needed; authenticate once with PLAIN first (RFC 4954, 432 4.7.12). Transient.</summary>
    PasswordTransitionNeeded = 432,

    /// <summary>450 (RFC 5321 s4.2.3) The mailbox is unavailable for now: busy, temporarily blocked by policy, greylisted, or the address could not be verified yet. Transient: retry later.</summary>
    MailboxUnavailable = 450,

    /// <summary>451 (RFC 5321 s4.2.3) The server hit a local error while processing (a lookup, a filter or a resource failed). Transient: retry later.</summary>
    LocalErrorInProcessing = 451,

    /// <summary>452 (RFC 5321 s4.2.3; RFC 1870) Not enough system storage for now; also the usual answer to an RCPT TO beyond the per-message recipient limit. Transient.</summary>
    InsufficientSystemStorage = 452,

    /// <summary>453 (RFC 2645) ODMR/ATRN: no mail waits for the requesting node (RFC 2645). Transient.</summary>
    NoMailPending = 453,

    /// <summary>454 (RFC 3207; RFC 4954) STARTTLS cannot be offered right now (RFC 3207), or authentication failed for a temporary server-side reason (RFC 4954). Transient.</summary>
    TemporaryFailureTlsOrAuthentication = 454,

    /// <summary>455 (RFC 5321 s4.2.3) The server cannot honour the MAIL FROM or RCPT TO parameters at the moment. Transient.</summary>
    UnableToAccommodateParameters = 455,

    /// <summary>458 (RFC 1985; RFC 2645) ETRN/ODMR: the server cannot start a queue run for the node. Transient.</summary>
    UnableToQueueMessagesForNode = 458,

    /// <summary>459 (RFC 1985; RFC 2645) ETRN/ODMR: the node may not be serviced; the text says why. Transient.</summary>
    NodeNotAllowed = 459,

    /// <summary>500 (RFC 5321 s4.2.3) Syntax error: the command was not recognized, or the line was too long. Permanent; usually a client bug.</summary>
    SyntaxErrorCommandUnrecognized = 500,

    /// <summary>501 (RFC 5321 s4.2.3) Syntax error in the parameters or arguments, for example a malformed address in MAIL FROM or RCPT TO. Permanent.</summary>
    SyntaxErrorInParameters = 501,

    /// <summary>502 (RFC 5321 s4.2.3, s4.2.4) The command is not implemented by this server. Permanent.</summary>
    CommandNotImplemented = 502,

    /// <summary>503 (RFC 5321 s4.2.3) Bad sequence of commands, for example DATA before any accepted RCPT TO. Permanent.</summary>
    BadSequenceOfCommands = 503,

    /// <summary>504 (RFC 5321 s4.2.3; RFC 4954) A command parameter (or an AUTH mechanism) is not implemented. Permanent.</summary>
    CommandParameterNotImplemented = 504,

    /// <summary>521 (RFC 7504 (earlier RFC 1846)) The host does not accept mail at all; sent instead of the greeting (RFC 7504). Permanent.</summary>
    HostDoesNotAcceptMail = 521,

    /// <summary>523 (IANA enhanced registry (X.7.10) / RFC 5248) Not defined by an SMTP RFC: listed by the IANA enhanced status registry next to X.7.10 (encryption needed). Permanent.</summary>
    EncryptionNeededRegistryOnly = 523,

    /// <summary>524 (IANA enhanced registry (X.7.11)) Not defined by an SMTP RFC: listed by the IANA enhanced status registry next to X.7.11 (encryption required for the mechanism). Permanent.</summary>
    EncryptionRequiredForMechanismRegistryOnly = 524,

    /// <summary>525 (IANA enhanced registry (X.7.13) / RFC 5248) Not defined by an SMTP RFC: listed by the IANA enhanced status registry next to X.7.13 (user account disabled). Permanent.</summary>
    UserAccountDisabledRegistryOnly = 525,

    /// <summary>530 (RFC 4954; RFC 3207) Authentication is required, or STARTTLS must be issued first (RFC 4954, RFC 3207). Permanent for the command as sent: the sender must fix its configuration.</summary>
    AuthenticationRequired = 530,

    /// <summary>533 (IANA enhanced registry (X.7.1)) Not defined by an SMTP RFC: listed by the IANA enhanced status registry next to X.7.1. Permanent.</summary>
    Code533RegistryOnly = 533,

    /// <summary>534 (RFC 4954) The authentication mechanism is too weak for this user (RFC 4954, 534 5.7.9). Permanent.</summary>
    AuthenticationMechanismTooWeak = 534,

    /// <summary>535 (RFC 4954) Authentication failed: the user name or password is wrong (RFC 4954, 535 5.7.8). Permanent; a sender-side configuration problem.</summary>
    AuthenticationCredentialsInvalid = 535,

    /// <summary>538 (RFC 4954) The authentication mechanism needs an encrypted connection (RFC 4954, 538 5.7.11). Permanent.</summary>
    EncryptionRequiredForAuthenticationMechanism = 538,

    /// <summary>550 (RFC 5321 s4.2.3) Requested action not taken: mailbox unavailable (RFC 5321). Permanent. In practice the most overloaded code: the address does not exist ("550 User unknown"), the domain has no mail host ("550 Host unknown"), relaying was denied ("550 Relaying Denied"), the sender is blocked or has no reverse DNS ("550 5.7.1 Access denied"), or the message was judged to be spam. Read the text to know which.</summary>
    MailboxUnavailablePermanent = 550,

    /// <summary>551 (RFC 5321 s4.2.3, s3.4) User not local; please try the forward-path in the text (RFC 5321). Permanent. The address is not handled here; some servers also use it for "Access Denied" when the account does not exist or has been closed.</summary>
    UserNotLocal = 551,

    /// <summary>552 (RFC 5321 s4.2.3, s4.5.3.1.10; RFC 1870) Requested mail action aborted: exceeded storage allocation (RFC 5321). Permanent as sent. Either the recipient's mailbox is full ("mailbox over quota") or the message is larger than the server accepts ("Message is too large"). RFC 5321 asks clients to treat 552 after RCPT TO as transient.</summary>
    ExceededStorageAllocation = 552,

    /// <summary>553 (RFC 5321 s4.2.3) Requested action not taken: mailbox name not allowed (RFC 5321). Permanent. The address has characters that are not allowed (for example a backslash or a comma in the domain: "553 Unbalanced"), the recipient is not local and relaying is refused ("553 Recipient is not local"), or the sender is refused; some servers also use it for spam ("553 Spam or junk mail threshold exceeded").</summary>
    MailboxNameNotAllowed = 553,

    /// <summary>554 (RFC 5321 s4.2.3, s3.1) Transaction failed (RFC 5321); at connection time it means "no SMTP service here". Permanent. A catch-all: a block of the sending IP at connect ("554 Service unavailable"), bulk mail refused ("554 Unsolicited Bulk Email not accepted"), a mail loop, or a missing domain in the address. The text decides.</summary>
    TransactionFailed = 554,

    /// <summary>555 (RFC 5321 s4.2.3 (from RFC 1869)) MAIL FROM/RCPT TO parameters not recognized or not implemented (RFC 5321): the server does not support an ESMTP option the client sent ("555 Unsupported option: xxx"). Permanent; a client configuration matter.</summary>
    ParametersNotRecognized = 555,

    /// <summary>556 (RFC 7504; RFC 7505) The domain does not accept mail, for example because it publishes a null MX (RFC 7504, RFC 7505). Permanent.</summary>
    DomainDoesNotAcceptMail = 556,
}
#pragma warning restore CA1008
