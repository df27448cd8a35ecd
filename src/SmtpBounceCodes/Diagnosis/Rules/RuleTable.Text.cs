using static SmtpBounceCodes.BounceReason;

namespace SmtpBounceCodes.Internal;

internal static partial class RuleTable
{
    private static readonly SmtpStage[] MailFromStage = [SmtpStage.MailFrom];
    private static readonly SmtpStage[] ConnectStages = [SmtpStage.Connect, SmtpStage.Helo];
    private static readonly SmtpStage[] NotConnect = [SmtpStage.Unknown, SmtpStage.MailFrom, SmtpStage.RcptTo, SmtpStage.Data, SmtpStage.EndOfData];

    /// <summary>
    /// Generic text rules. Order matters: a more specific meaning comes before a wider one ("too many recipients" before
    /// anything about recipients; sender-side refusals before "user unknown", which some servers append).
    /// </summary>
    internal static readonly Rule[] TextRules =
    [
        // ---- the seed's cases whose wording needs its own explanation
        R("seed.550-5.7.1-access-denied", Blocked, "access denied") with { Status = new(5, 7, 1) },
        R("seed.551-access-denied", UserUnknown, "access denied") with { Code = 551 },
        R("seed.553-unbalanced", UserUnknown, "unbalanced") with { Code = 553 },
        R("seed.553-not-local", NoRelaying, "recipient is not local", "not local", "user not local") with { Code = 553 },
        R("seed.554-service-unavailable", OnHold, "service unavailable") with { Code = 554, Stages = NotConnect },
        R("seed.555-unsupported-option", SyntaxError, "unsupported option") with { Code = 555 },

        // ---- rate limits (the text outranks a 5.1.1 that comes with it)
        R("ratelimited.too-many", RateLimited, "too many recipients", "too many connections", "too many messages", "too many concurrent",
            "too many emails", "too many mails", "too many smtp sessions", "too many connection", "too much mail", "too many errors",
            "rate limit", "rate-limit", "ratelimit", "rate of messages", "sending rate", "please try again slower", "try again slower",
            "exceeded the maximum number of", "message rate exceeded", "connection rate", "throttl", "too fast", "frequency limited",
            "has exceeded", "sending limit", "daily sending quota", "quota exceeded for", "too many recipient", "recipients this hour",
            "zu viele", "trop de connexions", "trop de messages", "demasiados"),

        // ---- authentication of the sender's domain (SPF, DKIM, DMARC, ARC)
        R("authfailure.dmarc", AuthFailure, "dmarc", "domain's dmarc policy"),
        R("authfailure.spf", AuthFailure, "spf check", "spf record", "spf fail", "spf validation", "sender policy framework", "is not allowed to send from",
            "not authorized to send on behalf", "spf: ", "spf=fail", "spf softfail", "spf permerror", "spf mismatch", "spf)", "per it's spf", "per its spf"),
        R("authfailure.dkim", AuthFailure, "dkim", "domainkeys", "authentication checks failed", "message failed authentication", "arc validation",
            "unauthenticated email", "authentication results failed", "sender authentication failed"),

        // ---- reverse DNS
        R("requireptr.no-ptr", RequirePtr, "reverse dns", "reverse-dns", "rdns", "ptr record", "no ptr", "reverse hostname", "reverse lookup",
            "reverse address", "cannot find your hostname", "cannot find your reverse", "client host rejected: cannot find your", "unresolvable",
            "does not resolve", "hostname does not match", "not match your ip", "forward and reverse", "fcrdns", "no reverse", "逆引き"),

        // ---- reputation, block lists, refused clients
        R("badreputation.reputation", BadReputation, "reputation", "poor email reputation", "sender score", "senderscore", "low reputation"),
        R("blocked.list", Blocked, "blocked using", "blacklist", "black list", "blocklist", "block list", "listed at", "listed in", "listed on",
            "\\bdnsbl", "\\brbl\\b", "spamhaus", "spamcop", "sorbs", "barracudacentral", "abuseat", "uceprotect", "mailspike", "junkemailfilter",
            "dnsbl.", "is on our block", "on a blocklist", "bl.spamcop"),
        R("blocked.client", Blocked, "client host rejected", "client host blocked", "access from ip address", "your ip", "your ip address",
            "ip address is blocked", "ip blocked", "ip address blocked", "host blocked", "connection refused", "connection rejected",
            "connections not accepted", "not accepting mail from", "refused to talk", "service not available, closing", "blocked by",
            "has been blocked", "banned", "dial-up", "dynamic ip", "dynamic address", "residential ip", "generic hostname",
            "invalid ip for sending", "server access forbidden", "not allowed to connect", "access denied by ip", "denied by ip",
            "ip is not allowed", "sending ip", "rejected because of your ip", "ipアドレス"),

        // ---- relaying
        R("norelaying.denied", NoRelaying, "relaying denied", "relay access denied", "relay denied", "relaying not allowed", "relay not permitted",
            "unable to relay", "not permitted to relay", "relaying mail to", "not allowed to relay", "we do not relay", "relay prohibited",
            "relay not allowed", "no relaying", "relaying disallowed", "open relay", "relay rejected", "中継"),

        // ---- content
        R("virusdetected.virus", VirusDetected, "virus", "infected", "malware", "malicious", "trojan", "ウイルス"),
        R("spamdetected.spam", SpamDetected, "spam", "junk mail", "unsolicited", "bulk mail", "bulk email", "\\bube\\b", "mail score", "scoring",
            "content filter", "message filtered", "looks like spam", "identified as spam", "detected as spam", "classified as spam",
            "迷惑メール", "スパム"),
        R("notcompliantrfc.rfc5322", NotCompliantRfc, "rfc 5322", "rfc5322", "rfc 2822", "rfc2822", "rfc 822", "rfc822 compliant",
            "not rfc compliant", "multiple subject headers", "multiple from headers", "duplicate header", "headers in this message contain",
            "message header is not", "missing date header", "missing message-id", "invalid header", "malformed header", "header syntax",
            "bare lf", "bare linefeed", "line too long", "line length exceeded", "lines longer than"),
        R("contenterror.attachment", ContentError, "attachment", "file type", "extension", "prohibited content", "content rejected",
            "message content rejected", "improperly-formatted", "binary content", "8bit", "mime", "encoding", "not allowed content",
            "content not allowed", "invalid content"),
        R("emailtoolarge.size", EmailTooLarge, "message is too large", "message too large", "message too big", "message is too big",
            "message size exceeds", "exceeds the maximum", "size exceeds", "size limit", "too large", "exceeded the size",
            "message exceeds", "maximum message size", "message length exceeds", "mail size", "size of", "message size",
            "header size exceeds", "too big", "容量", "サイズ"),

        // ---- the recipient's mailbox
        R("mailboxfull.quota", MailboxFull, "mailbox full", "mailbox is full", "mailbox * full", "over quota", "overquota", "quota exceeded",
            "exceeded storage", "exceeded its quota", "exceeds quota", "quota exceed", "insufficient disk space", "disk quota",
            "not enough storage", "out of storage", "storage space", "mailbox size limit", "mailfolder is full", "mail quota",
            "user is over", "exceed mailbox", "full mailbox", "mailbox overflow", "postfach voll", "boîte pleine", "boite pleine",
            "buzón lleno", "容量オーバー", "メールボックスがいっぱい", "容量が"),
        R("suspend.disabled", Suspend, "suspended", "suspend", "account disabled", "account is disabled", "disabled account", "mailbox disabled",
            "mailbox is disabled", "inactive", "deactivated", "account has been disabled", "locked", "expired account", "account expired",
            "not active", "is disabled", "has been closed", "temporarily blocked for", "mailbox is inactive", "frozen", "利用停止"),
        R("hasmoved.moved", HasMoved, "has been replaced by", "has moved", "moved to", "no longer valid", "no longer available", "address changed",
            "new address", "changed their address"),

        // ---- the domain and the mailbox
        R("hostunknown.domain", HostUnknown, "host unknown", "unknown host", "host not found", "domain not found", "domain does not exist",
            "no such domain", "unknown domain", "domain unknown", "name or service not known", "nxdomain", "unrouteable address",
            "unroutable", "domain is not reachable", "domain not in use", "no mx", "no valid mx", "unrouteable mail domain",
            "host or domain name not found", "non-existent domain", "non existent domain", "invalid domain", "domain name not found",
            "bad destination system", "unknown mail domain", "ホストが見つかりません", "ドメインが存在しません"),
        R("userunknown.mailbox", UserUnknown, "user unknown", "unknown user", "no such user", "no such mailbox", "no such recipient",
            "no such account", "no such person", "user not found", "mailbox not found", "recipient not found", "address not found",
            "unknown recipient", "unknown address", "invalid recipient", "invalid mailbox", "invalid address", "recipient unknown",
            "recipient address rejected", "mailbox unavailable", "mailbox does not exist", "account does not exist", "user does not exist",
            "address does not exist", "recipient does not exist", "does not exist", "no mailbox here", "no mailbox", "not a valid mailbox",
            "unknown or illegal alias", "user doesn't have", "doesn't have a", "not our customer", "addressee unknown", "bad destination mailbox",
            "unknown local part", "unknown local-part", "is not a valid", "recipient rejected", "undeliverable address", "mailbox unknown",
            "no mail box", "user invalid", "account unknown", "not listed in", "unrouteable", "#5.1.1", "5.1.1",
            "unbekannt", "existiert nicht", "inconnu", "n'existe pas", "no existe", "desconocido", "宛先不明", "存在しません",
            "見つかりません", "ユーザーが存在"),

        // ---- the sender
        R("rejected.sender", Rejected, "sender rejected", "sender address rejected", "sender domain", "sender verify failed",
            "domain of sender address", "sender not allowed", "sender denied", "invalid sender", "bad sender", "sender unknown",
            "mail from", "envelope sender", "from address", "return path", "rejected sender", "sender is not allowed",
            "your domain", "sender verification"),
        R("rejected.mailfrom-stage", Rejected, "access denied", "denied", "rejected", "not allowed") with { Stages = MailFromStage },

        // ---- recipient filters
        R("filtered.recipient", Filtered, "user reject", "rejected by recipient", "blocked by the recipient", "recipient has rejected",
            "refused by the recipient", "filtered", "filter", "recipient refused", "address rejected", "not accepting mail", "refuses mail",
            "受信拒否", "拒否"),

        // ---- the way there
        R("expired.timeout", Expired, "retry timeout exceeded", "delivery time expired", "message expired", "expired", "time limit",
            "has been delayed", "will be retried", "could not be delivered for", "giving up", "gave up", "too long in queue",
            "queue too long", "message timed out", "retry time", "delivery attempts", "maximum time", "有効期限"),
        R("networkerror.route", NetworkError, "mail loop", "routing loop", "hop count exceeded", "too many hops", "loops back to myself",
            "no route to host", "network is unreachable", "connection timed out", "timed out", "dns lookup", "dns error", "dns failure",
            "name server", "temporary lookup failure", "unable to connect", "could not connect", "connection reset", "lost connection",
            "host unreachable", "servfail", "malformed or unexpected name server reply", "name server error"),
        R("systemfull.storage", SystemFull, "mail system full", "insufficient system storage", "system full", "no space left",
            "disk full", "out of disk"),
        R("mailererror.program", MailerError, "mailer error", "procmail", "maildrop", "pipe to |", "x-unix", "command died", "exit 75",
            "unknown mailer error", "local delivery failed", "delivery program", "couldn't create"),
        R("failedstarttls.tls", FailedStartTls, "starttls", "tls required", "must issue a starttls", "tls is required", "requiretls",
            "encryption required", "tls handshake", "ssl handshake", "tls negotiation"),
        R("systemerror.internal", SystemError, "internal error", "system error", "config error", "configuration error", "server error",
            "local error", "temporary server error", "try again later", "please try again later", "service is unavailable", "unavailable",
            "system problem", "mail system problem"),
        R("securityerror.auth", SecurityError, "authentication required", "authentication failed", "authentication failure",
            "authentication is required", "auth required", "must authenticate", "not authenticated", "invalid credentials",
            "username and password not accepted", "smtp auth", "smtp authentication", "relay access requires authentication",
            "認証"),
        R("syntaxerror.command", SyntaxError, "syntax error", "unsupported option", "unrecognized command", "command unrecognized",
            "command not implemented", "bad sequence of commands", "parameter not implemented", "unknown command", "invalid command",
            "line too long", "parameters not recognized"),
        R("policyviolation.policy", PolicyViolation, "policy", "not accepted for policy reasons", "violates", "violation", "prohibited",
            "denied by policy", "rejected by policy", "administrative prohibition", "administratively denied"),
        R("notaccept.nullmx", NotAccept, "null mx", "does not accept mail", "does not accept email", "not accept mail", "accepts no mail",
            "no smtp service here"),
        R("blocked.access-denied", Blocked, "access denied", "not authorized", "unauthorized", "refused", "rejected for policy"),
        R("vacation.autoreply", Vacation, "out of the office", "out of office", "away from the office", "on vacation", "i am away",
            "i'm away", "will be traveling", "will be back", "returning on", "auto-reply", "autoreply", "automatic reply",
            "abwesend", "absent du bureau", "不在"),
    ];
}
