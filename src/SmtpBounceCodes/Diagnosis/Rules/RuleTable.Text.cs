using static SmtpBounceCodes.BounceReason;

namespace SmtpBounceCodes.Internal;

internal static partial class RuleTable
{
    // Properties, not fields: the initialisation order of static fields across the files of a partial class is not
    // defined, and the tables below are built from these.
    private static SmtpStage[] MailFromStage => [SmtpStage.MailFrom];
    private static SmtpStage[] ConnectStages => [SmtpStage.Connect, SmtpStage.Helo];
    private static SmtpStage[] AfterData => [SmtpStage.Data, SmtpStage.EndOfData];
    private static SmtpStage[] NotConnect => [SmtpStage.Unknown, SmtpStage.MailFrom, SmtpStage.RcptTo, SmtpStage.Data, SmtpStage.EndOfData];
    private static SmtpStage[] SenderStages => [SmtpStage.Connect, SmtpStage.Helo, SmtpStage.MailFrom];

    /// <summary>
    /// "The mailbox does not exist", in the words of many MTAs and languages. Shared by the rule that decides
    /// <c>userunknown</c> and by the rule that reads the same words after DATA as a filter (the server accepted the
    /// recipient at RCPT TO, so the address exists: it is the recipient's filter that refused).
    /// </summary>
    private static string[] NoSuchMailbox =>
    [
        "user unknown", "unknown user", "no such user", "no such mailbox", "no such recipient", "no such account", "no such person",
        "no such address", "user not found", "mailbox not found", "recipient not found", "address not found", "account not found",
        "unknown recipient", "unknown address", "unknown mailbox", "unknown e-mail address", "unknown email address", "address unknown",
        "addressee unknown", "recipient unknown", "mailbox unknown", "account unknown", "invalid recipient", "invalid mailbox",
        "mailbox unavailable", "mailbox does not exist", "mailbox doesn't exist", "account does not exist", "account doesn't exist",
        "user does not exist", "user doesn't exist", "address does not exist", "address doesn't exist", "recipient does not exist",
        "does not exist", "no mailbox here", "no mailbox", "no mail box", "not a valid mailbox", "is not a valid user",
        "unknown or illegal",
        "user doesn't have", "doesn't have a", "bad destination mailbox", "unknown local part", "unknown local-part", "recipient rejected",
        "undeliverable address", "user invalid", "not listed in", "recipnotfound", "recipientnotfound", "no longer valid",
        "no longer in use",
        "no longer exists", "no longer available", "no longer accepts mail", "destination address rejected", "no such local user",
        "is unknown", "bad address", "bad recipient", "bad-mailbox", "can't accept user", "not a known user", "not an active address",
        "mailbox invalid", "mailbox is unavailable", "mailbox not present", "no account by that name", "mailbox by that name",
        "no such mail drop", "no valid recipients", "not a valid recipient", "not a valid user", "not found in directory",
        "recipient not ok", "recipient not exist", "user not exist", "user not known", "wrong recipient", "badrecipientto",
        "validrcptto", "missing home directory", "archived recipient", "were unknown", "address could not be found", "invalid user",
        // German, French, Italian, Spanish, Portuguese, Dutch, Czech, Japanese, Korean.
        "unbekannt", "existiert nicht", "nicht vorhanden", "ungültige empfänger", "kein postfach", "postfach nicht gefunden",
        "inconnu", "n'existe pas", "destinataire invalide", "adresse invalide", "destinataire introuvable",
        "nessun utente", "utente sconosciuto", "no existe", "desconocido", "destinatario no válido", "usuario no válido",
        "dirección no válida", "usuário desconhecido", "utilizador desconhecido", "usuário não existe", "onbekende gebruiker",
        "adresát neexistuje", "neznámý uživatel",
        "宛先不明", "存在しません", "見つかりません", "ユーザーが存在", "そのようなユーザー", "アカウントが存在", "宛先が不正",
        "ディレクトリに登録されていません",
        "주소가 존재하지 않습니다", "존재하지 않는 주소", "존재하지 않는 사용자", "사용자가 존재하지 않습니다", "수신자가 존재하지 않습니다",
    ];

    /// <summary>"The domain does not exist or has no mail host"; also read as a temporary DNS failure with a 4xx.</summary>
    private static string[] NoSuchDomain =>
    [
        "host unknown", "unknown host", "host not found", "domain not found", "domain does not exist", "domain doesn't exist",
        "no such domain", "unknown domain", "domain unknown", "name or service not known", "nxdomain", "unrouteable address",
        "unroutable address", "domain is not reachable", "domain not in use", "no mx record", "no mx found", "no valid mx", "unrouteable mail domain",
        "host or domain name not found", "non-existent domain", "nonexistent domain", "non existent domain", "invalid domain",
        "domain name not found", "bad destination system", "unknown mail domain", "no mail exchanger", "not a valid domain",
        "domain is unknown", "domain not exist", "domain must exist", "domain may not exist", "lookup failure: host * not found",
        "dns domain * does not exist", "infodomainnonexistent", "point to non-existent hosts", "host address lookups failed permanently",
        "domain existiert nicht", "unbekannte domain", "host unbekannt", "domaine inconnu", "domaine inexistant", "hôte inconnu",
        "dominio no existe", "dominio desconocido", "host desconocido",
        "ドメインが存在しません", "ホストが見つかりません", "ドメインが見つかりません", "該当するドメイン", "ドメイン(*)が存在しません",
        "ドメイン(*)が見つかりません",
    ];

    /// <summary>
    /// Generic text rules. Order is priority: a more specific meaning comes before a wider one. The groups, from the top:
    /// what is never about the address (a local program, greylisting, null MX, a broken message), the sender's
    /// standing (authentication, reverse DNS, reputation, rate, block lists, relaying), the message (virus, spam,
    /// size), the recipient's mailbox (full, suspended, moved), the sender address, then the wide families (no such
    /// domain, no such user, filters, the network, the remote system, protocol, policy), and auto-replies last.
    /// </summary>
    internal static readonly Rule[] TextRules =
    [
        // ---- a local delivery program failed: its output may say "no such user", but the program is what failed
        // A full mailbox reported by the local delivery program is still a full mailbox.
        // Postfix's local(8) writing to a mailbox file at its size limit fails with the system's "File too large".
        R("mailboxfull.program-quota", MailboxFull, "disk quota exceeded", "mailbox exceeds allowed size", "exceeds allowed size",
            "x-unix; * quota exceeded", "x-unix; * over quota", "error writing message: file too large"),
        // Sendmail reports an alias loop as its local delivery's own error ("X-Unix; 554 5.0.0 aliasing/forwarding loop
        // broken"): the loop, not the mailer.
        R("networkerror.alias-loop", NetworkError, "aliasing/forwarding loop", "forwarding loop broken"),
        // Exim names the pipe transport whose program failed: "Child process of mailman_transport transport (running
        // command …) was terminated by signal 9", "… returned: 75".
        R("mailererror.program", MailerError, "x-unix;", "pipe to |", "\"|", "exit 75", "command died", "mailer error", "unknown mailer",
            "delivery program", "prog mailer", "command failed:", "command output:", "smrsh:", "child process of"),

        // ---- the seed page's cases whose wording needs its own explanation (more below, each at its place)
        R("seed.553-unbalanced", UserUnknown, "unbalanced") with { Code = 553 },
        R("seed.553-not-local", NoRelaying, "recipient is not local", "not local", "user not local") with { Code = 553 },
        R("seed.555-unsupported-option", SyntaxError, "unsupported option") with { Code = 555 },

        // ---- the sending service suppressed the address itself (its suppression list) and never tried it
        R("suppressed.esp-list", Suppressed, "suppression list", "suppressed address", "address is suppressed", "address was suppressed",
            "onaccountsuppressionlist", "suppressed sending", "bounce suppression", "not delivering to previously bounced",
            "previously bounced address", "not delivering to a previously", "not delivering to previously unsubscribed",
            "not delivering to previously complained", "marked as inactive", "inactive recipient",
            // Mailgun's 606/607 ("Not delivering to unsubscribed address", "… to a user who marked your messages as
            // spam"), a service that did not try an address that bounced before, and Japanese services' stop lists.
            "not delivering to", "did not attempt delivery", "hard bounced on an earlier", "contact blocklisted", "blocklisted contact",
            "unsubscribed from your", "配信停止リスト", "送信停止リスト", "サプレッションリスト"),

        // ---- greylisting: a deliberate deferral of a first attempt. Sisimai has no reason of its own for it; like a
        //      rate limit it clears by retrying later and says nothing about the address.
        R("ratelimited.greylisted", RateLimited, "greylist", "graylist", "grey-list", "gray-list", "grey list", "gray list",
            "not yet authorized to deliver mail from", "greylisting in action"),

        // ---- the destination takes no mail at all (null MX, RFC 7505)
        R("notaccept.nullmx", NotAccept, "null mx", "nullmx", "domain does not accept mail", "domain does not accept email",
            "host does not accept mail", "accepts no mail", "no smtp service here", "indicated no smtp service", "doesn't receive email", "does not receive email",
            "mail receiving disabled"),

        // ---- the message breaks RFC 5322 or carries broken headers
        // Google's help topic ("?p=RfcMessageNonCompliant") and a link to the RFC name the fault: link words count.
        R("notcompliantrfc.rfc5322", NotCompliantRfc, "rfc 5322", "rfc5322", "rfc 2822", "rfc2822", "rfc 822 compliant", "rfc822 compliant",
            "not rfc compliant", "rfcmessagenoncompliant", "multiple subject", "multiple from", "multiple to header", "multiple date",
            "multiple message-id", "multiple sender", "multiple addresses in from", "missing date header", "missing message-id",
            "no date header", "no from header", "no from: header", "valid address in from", "bare lf", "bare linefeed", "bare <lf>", "bare <cr>",
            // amavisd-new's "Reject, id=… - BAD HEADER" (8-bit or malformed header fields).
            "- bad header",
            "duplicate header", "duplicated header", "duplicate message-id", "duplicated message-id", "missing a valid message-id") with { InLinks = true },
        R("contenterror.header", ContentError, "header error", "headers in this message contain", "improperly-formatted",
            "improperly formatted", "binary content", "headers too large", "too many headers", "header is too long",
            "potential security issue", "content presents", "too many received", "mime headers", "mime complexity", "invalid header",
            "malformed header", "header syntax"),

        // ---- a block-list lookup that hit ("Client host [192.0.2.1] blocked using zen.spamhaus.org"): the list is named
        //      after the words, and may call itself a reputation list ("blocked using Barracuda Reputation") or say what it
        //      lists ("listed as spam source"). A list that names the sender's domain ("Sender address [a@example.org]
        //      blocked using dbl.…") refuses the sender address, not the host.
        // Exim's sender callout ("550-Verification failed for <a@example.org>" … "550 Sender verify failed") refuses the
        // sender whatever cPanel adds below it ("… they may be blacklisted …"); cPanel's own sentence for a domain it
        // cannot route ("The account or domain may not exist, they may be blacklisted, or missing the proper dns
        // entries") names a missing domain first.
        R("rejected.sender-verify", Rejected, "verification failed for <", "sender verify failed", "sender verification failed"),
        R("hostunknown.may-not-exist", HostUnknown, "account or domain may not exist") with { ExceptStages = SenderStages },
        R("rejected.sender-domain-listed", Rejected, "mailfrom domain is listed", "sender domain is listed", "sender domain listed",
            "from domain is listed", "sender's domain is listed", "sending to/from an address that has been",
            "from an address that has been blacklisted", "sender address * blocked using"),
        R("blocked.list-lookup", Blocked, "blocked using"),

        // ---- malware ("virus or spam content" is a virus), then content judged spam in so many words (before
        //      authentication: a spam verdict may advise setting up SPF)
        R("virusdetected.virus", VirusDetected, "virus", "infected", "malware", "malicious", "trojan", "potentially executable", "ウイルス", "ウィルス"),
        R("spamdetected.verdict", SpamDetected, "spamsignature", "spam classification", "classified as spam", "detected as spam", "identified as spam",
            "flagged as spam", "spam abuse", "classified as phishing", "detected as phishing", "phishing message", "considered spam", "considered as spam", "looks like spam", "appears to be spam", "contains spam",
            "spam detected", "spam message", "\\bis spam", "as spam", "likely unsolicited", "unsolicited bulk", "unsolicited commercial",
            "spam score", "spam content", "spam filter", "spamassassin", "junk mail", "pourriel", "correo no deseado", "迷惑メールと判定",
            "迷惑メールと判断"),

        // ---- the sender's domain failed authentication (SPF, DKIM, DMARC, ARC)
        // NetEase (163.com, 126.com) tags its refusals: MI:DMA (DMARC), MI:SPF (SPF).
        R("authfailure.dmarc", AuthFailure, "dmarc", "mi:dma"),
        // The SPF project's explanation page is what Exim's SPF refusal says ("550 Please see http://www.open-spf.org/Why?…").
        R("authfailure.spf", AuthFailure, "\\bspf\\b", "sender policy framework", "is not allowed to send from", "not authorized to send on behalf",
            "not designated as permitted sender", "designates * as not permitted", "spf=fail", "spf=softfail", "open-spf.org/why",
            "openspf.org/why", "openspf.net/why", "mi:spf") with { InLinks = true },
        R("authfailure.dkim", AuthFailure, "dkim", "domainkeys", "authentication checks failed", "fails to pass authentication",
            "message failed authentication", "arc validation", "arc chain", "unauthenticated email", "authentication results failed",
            "sender authentication failed", "sender is unauthenticated", "not pass authentication", "authentication didn't pass",
            "required authentication level", "authentication requirements"),

        // ---- reverse DNS of the sending host
        // The sender's own domain that does not resolve is the sender address's fault, not the client's reverse DNS.
        R("rejected.sender-domain", Rejected, "sender address rejected", "domain of sender address", "unresolvable rfc.5321 from domain",
            "unresolvable from domain"),
        R("requireptr.no-ptr", RequirePtr, "reverse dns", "reverse-dns", "\\brdns", "ptr record", "reverse hostname",
            "reverse lookup", "reverse address", "cannot find your hostname", "cannot find your reverse", "can't find your hostname",
            "hostname unresolvable", "host name unresolvable", "unresolvable hostname", "unresolvable host name", "\\bip does not resolve",
            "address does not resolve", "hostname does not resolve", "does not resolve back", "hostname does not match",
            "does not match your ip", "not match your ip", "forward and reverse", "fcrdns", "no reverse", "\\bptr\\b",
            "\\bip name lookup failed",
            "mismatches client ip", "client ip mismatch", "forward dns", "unverifyable sending ip", "unverifiable sending ip",
            "dns inverse", "résolution inverse", "dns inverso", "resolución inversa", "逆引き"),


        // ---- the sender's standing: reputation, then rate (the text outranks a 5.1.1 that comes with it)
        R("badreputation.reputation", BadReputation, "reputation", "sender score", "senderscore", "user complaints"),
        // "An unusual rate of unsolicited mail from your IP address", answered with a 4xx (Gmail's 4.7.28 wording,
        // which other servers copy): the sender is slowed down, not blocked; a 5xx with the same words is a block.
        R("ratelimited.unusual-rate", RateLimited, "unusual rate of") with { Class = 4 },
        // NetEase's rate tags (RP:TRC, HL:ICC, MI:SFQ …) say the same as the words.
        R("ratelimited.too-many", RateLimited, "defers and failures per hour", "daily email limit", "limit for processing requests",
            "rp:trc", "rp:rcl", "rp:qrc", "hl:icc", "hl:ifc", "mi:sfq", "mi:stc", "mi:dmc", "per sender limit", "limit for number of messages",
            "limit for the number of messages", "too many recipient", "too many connection", "too many messages", "too many concurrent", "concurrent connections",
            "too many emails", "too many mails", "too many smtp sessions", "too many sessions", "too many invalid", "connection limit",
            "emails per hour", "message quota exceeded", "maximum sending rate", "receive per hour", "messages per hour",
            "receiving mail at a rate", "receiving mail too quickly",
            "too many errors", "rate limit", "rate-limit", "ratelimit", "rate of messages", "sending rate", "try again slower", "slow down",
            "exceeded the maximum number of", "message rate exceeded", "connection rate", "throttl", "too fast", "frequency limit", "sending frequency",
            "sending limit", "sending quota", "message limit exceeded", "messages per hour", "messages per day", "recipients this hour",
            "recipients per", "connections per", "maximum number of connections", "max connections",
            "zu viele", "trop de connexions", "trop de messages", "trop de destinataires", "demasiados", "demasiadas", "送信数", "送信制限"),

        // ---- the recipient's own filter (before the block lists: "blocked by the recipient" is not a block list)
        // A password-protected or encrypted archive refused by the recipient's gateway (Japan's "PPAP" habit): the
        // attachment, even where the notice says the recipient's side "refused to receive" it.
        R("contenterror.protected-archive", ContentError, "password-protected", "password protected", "encrypted zip", "encrypted archive",
            "パスワード付き", "暗号化された圧縮ファイル", "暗号化zip", "ppap"),
        R("filtered.recipient", Filtered, "user reject", "blocked by the recipient",
            "blocked by recipient", "recipient has blocked", "recipient has rejected", "refused by the recipient", "refuse to receive",
            "refuses to receive", "recipient preferences", "recipient's preferences", "only accepting mail from", "only accepts mail from",
            "receiver has blocked", "recipient refused", "envelope blocked", "rejected by recipients", "rejected by this user",
            "rejected by the user", "recipient's policy", "recipient's policies", "user rules", "is not accepting any mail",
            "has restricted",
            "message filtered", "user's block list", "user's blocklist", "user's blacklist", "recipient's block list",
            "recipient's blocklist", "recipient's blacklist", "受信拒否", "受信を拒否",
            // Japanese carriers' domain-designated reception and spam filters, which the subscriber sets.
            "reception setting", "受信設定", "指定受信", "迷惑メールフィルタ"),

        // ---- a mailbox blocked by its provider is a suspended account, not a blocked sender
        R("suspend.blocked-mailbox", Suspend, "mailbox has been blocked", "mailbox is blocked", "account has been blocked", "account is blocked",
            "account blocked", "due to inactivity", "compte*bloqu", "konto gesperrt", "postfach gesperrt"),

        // ---- URL block lists are about the content; a stated policy refusal before the word "spam" (Mimecast's
        //      "rejected due to security policies - MCSpamSignature")
        // A link in the message on a domain block list ("Message contains a URL listed in dbl.spamhaus.org"): the content.
        R("spamdetected.url", SpamDetected, "blacklisted url", "blocklisted url", "url in message", "uribl", "surbl", "url blacklist",
            "url blocklist", "url listed in", "urls listed in", "link listed in", "contains a url", "dbl.spamhaus"),
        // A message that had to be encrypted end to end and was not (a DLP rule of the sender's own gateway): crypto, not TLS.
        R("securityerror.encryption", SecurityError, "must be sent encrypted", "message was not encrypted", "message must be encrypted",
            "message encryption is required", "encryption is required for this recipient"),
        R("policyviolation.stated", PolicyViolation, "security policies", "security policy", "for policy reasons", "rejected by policy",
            "denied by policy", "policy violation", "violates our", "content policy", "against policy", "external forwarding",
            "organizational settings", "organization policy", "due to policy restriction", "policy restrictions",
            "closed mailing list", "not subscribed to this group", "mass mailer"),

        // ---- relaying refused (before the block lists, which name open relays too); "you don't authenticate" is the
        //      sender's missing SMTP AUTH, even when the same reply mentions the relay hosts
        R("securityerror.not-authenticated", SecurityError, "you don't authenticate", "you do not authenticate"),
        // "Turn on SMTP authentication": the relay refusal is only the consequence of an unauthenticated client.
        R("securityerror.relay-needs-auth", SecurityError, "turn on smtp authentication", "relay through this server without authentication",
            "relaying requires authentication"),
        R("norelaying.denied", NoRelaying, "relaying denied", "relay access denied", "not an open relay", "relay denied", "relaying not allowed",
            "relay not permitted", "unable to relay", "cannot relay", "can't relay", "not permitted to relay", "relaying mail to",
            "not allowed to relay", "we do not relay", "relay prohibited", "relaying prohibited", "relay not allowed", "no relaying",
            "relaying disallowed", "relay rejected", "not configured to relay", "insecure mail relay", "relay request denied",
            "allowed rcpthosts", "relaying to", "as a relay", "relay through", "not a gateway", "not local host",
            "non-local e-mail address",
            "we don't handle mail for", "address is not verified", "verified sender identity", "relaying nicht erlaubt", "relay verweigert", "relais refusé",
            "relais non autorisé", "relay denegado", "relay no permitido", "retransmisión denegada", "中継拒否", "中継を拒否", "リレー拒否"),

        // ---- the sending host is blocked
        // A link to a block list's lookup page ("553 http://www.spamhaus.org/query/bl?ip=…") names the list: link words count.
        R("blocked.list", Blocked, "blocked using", "blacklist", "black list", "blocklist", "block list", "denylist", "deny list",
            "is listed in", "are listed in", "listed at", "listed on", "listed by", "\\bdnsbl", "\\brbl\\b", "spamhaus", "spamcop", "sorbs",
            "barracudacentral", "abuseat", "uceprotect", "mailspike", "junkemailfilter", "dnsbl.", "open relay", "\\bcbl\\b", "psbl",
            "liste noire", "lista negra", "ブラックリスト", "dt:rbl", "hl:ipb", "hl:ihu", "ipcheck.proofpoint.com") with { InLinks = true },
        // Exchange's "421 4.4.2 Connection dropped due to SocketError" is the network failing under the connection, not
        // a server that drops a client it refuses.
        R("networkerror.socket", NetworkError, "dropped due to socketerror"),
        // "421 4.4.2 … Connection dropped" with a network status (x.4.x, "bad connection") is the same failure in
        // fewer words; without one, a dropped connection is a server refusing the client (below).
        R("networkerror.dropped-status", NetworkError, "connection dropped") with { StatusSubject = 4 },
        // "ip …" phrases start at a word: "attachment type .zip is not allowed" is not about an IP address.
        R("blocked.client", Blocked, "client host rejected", "client host blocked", "access from ip address", "your ip address", "your ip",
            "\\bip address is blocked", "\\bip blocked", "\\bip address blocked", "host blocked", "connection rejected", "connections not accepted",
            "connections will not be accepted", "not accepting mail from", "refused to talk", "service not available, closing",
            "blocked by", "blocked - see",
            "has been blocked", "banned ip", "\\bip banned", "banned sending", "is banned", "are banned", "been banned", "dial-up", "dialup",
            "dynamic ip", "dynamic address", "dynamically assigned", "residential",
            "generic hostname", "generic reverse", "invalid ip for sending", "server access forbidden", "not allowed to connect",
            "denied by ip", "not in whitelist", "not in allowlist", "\\bip is not allowed", "sending ip", "rejected because of your ip", "smtp server of your isp", "use your isp",
            "your isp's", "smtp relay at your service provider", "not authorized to send email directly", "weren't sent", "were not sent",
            "go away", "not accepting connections", "connection dropped", "no access from mail server", "\\bip address rejected",
            "\\bips blocked",
            "suspiciously like spammer", "sending spam", "spams from your ip", "open proxy", "adresse ip", "ip-adresse", "blockiert",
            "bloqué", "bloquée", "bloqueado", "bloqueada", "ipアドレス", "接続拒否", "接続を拒否",
            "送信拒否"),
        R("spamdetected.spam", SpamDetected, "spam", "unsolicited", "bulk mail", "bulk email", "\\bube\\b", "\\buce\\b", "mail score",
            "message score", "message scored", "scoring", "content filter", "message content rejected", "mail content denied",
            "rejecting mail content", "banned content", "unacceptable content", "recurrent pattern", "our filters rate", "dt:spm",
            "迷惑メール", "スパム"),

        // ---- the message's size and content. A mailbox's size limit is a full mailbox: its own words, or size words
        //      next to the registry's "mailbox full" code (X.2.2).
        R("mailboxfull.mailbox-size", MailboxFull, "mailbox size limit", "mailbox has exceeded", "mailbox exceeds", "mailbox is over"),
        R("mailboxfull.size-status", MailboxFull, "size limit", "size exceeded") with { Status = new(5, 2, 2), AnyClass = true },
        R("emailtoolarge.size", EmailTooLarge, "message is too large", "message too large", "message too big", "message is too big",
            "message size exceeds", "size exceeds", "size limit", "exceeds the maximum message", "exceeded the size", "message exceeds",
            "maximum message size", "message length exceeds", "mail size", "message size", "header size exceeds", "too large", "too big",
            "line limit exceeded", "sizelimit", "nachricht zu groß", "message trop volumineux", "taille limite", "mensaje demasiado grande",
            "容量制限", "サイズ"),
        // amavisd-new's "Reject, id=… - BANNED: P=p003,…,T=exe,N=….pdf.exe" is a banned attachment.
        R("contenterror.attachment", ContentError, "- banned:", "banned: p=", "banned file", "banned attachment", "attachment", "file type", "file extension", "extension not allowed", "prohibited content",
            "種類の添付ファイル", "添付ファイルの種類", "拡張子", "マクロが含まれ", "lines too long",
            "content rejected", "8bit data", "8-bit data", "8bit characters", "8-bit characters", "\\bmime\\b",
            "mime type", "invalid encoding", "unsupported encoding", "not allowed content", "content not allowed", "invalid content",
            "character set", "charset", "8-bit data in",
            "base64 encoding"),

        // ---- the sender's configuration: TLS, then authentication (530/534/535 are the sender's, not the recipient's)
        R("failedstarttls.tls", FailedStartTls, "starttls command first", "must issue a starttls", "starttls required", "starttls is required",
            "starttls failed", "starttls failure", "requires starttls", "use starttls", "starttls not", "error in starttls", "tls required",
            "tls is required", "requiretls", "encryption required", "tls handshake", "ssl handshake", "tls negotiation", "support tls",
            "tls connection", "must use tls", "tls not available", "secure connection required", "certificate", "cannot start tls",
            "start tls failed", "attempt to start tls", "tls session is required",
            // OpenSSL's and GnuTLS's client errors, which Exim and Postfix quote when a required TLS session failed.
            "tls error on connection", "(ssl_connect)", "ssl routines", "wrong version number", "gnutls_handshake"),
        R("securityerror.auth", SecurityError, "authentication required", "authentication failed", "authentication failure",
            "authentication is required", "authentication unsuccessful", "auth required", "must authenticate", "not authenticated",
            "unauthenticated sender", "invalid credentials", "username and password not accepted", "incorrect authentication",
            "password", "smtp auth", "smtp authentication", "you don't authenticate", "not subscribed to ses",
            "relay access requires authentication", "authrequired", "認証"),

        // ---- the recipient's mailbox
        R("systemfull.storage", SystemFull, "mail system full", "insufficient system storage", "system storage", "system full",
            "out of disk"),
        R("mailboxfull.quota", MailboxFull, "mailbox full", "mailbox is full", "mailbox * full", "over quota", "overquota", "quota exceeded",
            "exceeded storage", "exceeded its quota", "database quota", "mail file is full", "exceeds quota", "quota exceed", "insufficient disk space", "disk quota", "diskspace quota",
            "overdrawn",
            "not enough storage",
            "out of storage", "storage space", "mailbox size limit", "mailfolder is full", "mail quota", "user is over", "exceed mailbox",
            "full mailbox", "mailbox overflow", "exceeded the storage", "storage limit", "allowed storage", "no space left on device",
            "exceeding their quota",
            "over the quota", "over the allowed quota", "userdisk quota", "quota violation", "disk space", "space has been used up",
            "enough space", "too many messages on the server", "user over limit", "mailbox exceeded", "too much mail data",
            "destinataire pleine", "dépassé son quota", "dépasse son quota", "postfach voll", "postfach ist voll", "postvak vol",
            "postvak is vol", "casella piena", "caixa postal cheia", "caixa de correio cheia", "schránka je plná",
            "speicherplatz", "ist voll", "boîte pleine", "est pleine", "boite pleine", "boîte aux lettres pleine", "quota dépassé",
            "buzón lleno", "buzón está lleno", "está lleno",
            "cuota excedida", "容量オーバー", "メールボックスがいっぱい", "容量が", "容量超過", "메일함 용량", "용량이 초과", "용량을 초과",
            "메일함이 가득"),
        // sendmail's "host name lookup failure" is a resolver that failed for now: when the queue gives up later, the
        // lookup is still why ("Deferred: Name server: example.jp.: host name lookup failure … could not be delivered for 8 hours").
        R("networkerror.lookup-deferred", NetworkError, "host name lookup failure"),
        R("expired.timeout", Expired, "retry timeout exceeded", "delivery time expired", "message expired", "delivery expired",
            "expired after", "could not be delivered for", "unable to deliver in", "cannot send message for", "not delivered within",
            "still undelivered after", "host not reachable", "delivery failed * attempts",
            "could not be delivered within", "aborted after", "did not accept our requests to connect", "no answer from host", "server did not respond",
            "retry time not reached", "not reachable within", "multiple retries", "not been collected", "sitting in queue",
            "could not find a gateway",
            // qmail's "in the queue too long" after a condition that was only ever temporary: the queue's limit is why.
            "timed out * in the queue too long", "try again later * in the queue too long", "try later * in the queue too long"),

        // ---- a refusal at connect or HELO that no phrase above explains is a block of the sending host
        R("blocked.connect-stage", Blocked) with { Stages = ConnectStages, Class = 5 },

        // ---- the recipient's account
        // The sending service stopped the sender's own account ("Sending paused for this account"): a refusal on the
        // sender's side by the service's policy, not a suspended recipient.
        R("policyviolation.sending-paused", PolicyViolation, "sending paused", "sending is paused", "sending has been paused",
            "account is paused", "sending suspended for this account", "sending has been suspended for"),
        R("suspend.disabled", Suspend, "\\bsuspend\\b", "is suspended", "has been suspended", "was suspended", "currently suspended",
            "account suspended", "mailbox suspended", "user suspended", "suspended account", "suspended mailbox", "suspended user",
            "suspended recipient", "suspended due to", "suspended for", "account disabled", "account is disabled", "disabled account", "mailbox disabled",
            "mailbox is disabled", "disabled recipient", "inactive", "deactivated", "has been disabled", "\\blocked\\b", "expired account",
            "account expired", "account has expired", "account is temporarily limited", "account has been temporarily limited",
            "account not active", "account is not active", "mailbox not active", "mailbox is not active", "is disabled",
            "account has been closed", "mailbox has been closed", "permanently disabled", "frozen", "user is terminated",
            "account terminated",
            "account has been terminated", "archivee",
            "deaktiviert", "désactivé", "suspendu", "suspendida", "desactivada", "inactiva",
            "利用停止", "停止されて"),
        // "Not our customer" moves the address only with 551 ("user not local"); under 5.1.1 it says the user is unknown.
        R("hasmoved.not-our-customer", HasMoved, "not our customer") with { Code = 551 },
        R("hasmoved.moved", HasMoved, "has been replaced by", "has moved", "moved to", "user not local; please try",
            "address changed", "new address is", "changed their address", "changed his address", "changed her address",
            "forwarding address"),

        // ---- the sender address (not the sending host)
        R("rejected.sender", Rejected, "sender rejected", "sender was rejected", "sender address rejected", "sender domain",
            "sender verification", "domain of sender address", "sender not allowed", "sender denied", "invalid sender", "bad sender",
            "bad outbound sender",
            "sender unknown", "sender is unknown", "unknown sender", "unroutable sender", "unrouteable sender", "unverified sender",
            "envelope sender",
            "rejected sender", "sender is not allowed", "sender address is not valid", "not owned by user", "sender email address",
            "not pre-approved",
            "not allowed to send mail", "from address", "return path", "return-path",
            "mailfrom domain", "purported responsible address", "from: domain", "a valid from", "absender", "expéditeur", "remitente",
            // Gmail refuses to send as another address when the "Send mail as" account's SMTP settings fail.
            "'send mail as' feature", "customfromdenied"),
        // A mailing list that takes posts from its members only refuses the sender, not the list's address; so does a
        // distribution group limited to authorised senders (Exchange's RESOLVER.RST.NotAuthorized).
        R("rejected.list-members-only", Rejected, "メンバーのみが投稿", "メンバーからのみ投稿", "メンバー以外から送信", "not a member of this", "not a member of the list", "not a member of the mailing list",
            "are not member", "not member article", "members-only list", "only members may post", "only members can post", "non-member post",
            "nonmember post", "only accepts posts from its members", "only accepts posts from members", "permission to post",
            "only takes posts from its members", "not authorized to send mail to the", "seuls les abonnés", "pas autorisé(e) à écrire",
            "投稿する権限", "resolver.rst.notauthorized", "restricted to authorized senders",
            // Exchange's sender restrictions by name (not every RESOLVER.RST code: RecipSizeLimit is a size), and groups
            // that take mail only from their organisation or an allowed list (Google Workspace).
            "resolver.rst.sendernotallowed", "resolver.rst.restrictedtorecipientspermission",
            "only accepts messages from people in its organization", "allowed senders list", "allowed-senders list",
            "doesn't accept messages from people outside", "not allowed to post", "nur mitglieder posten", "pas l'autorisation de publier"),

        // ---- at MAIL FROM, a refusal is about the sender ("unknown" there means the sender is unknown)
        R("rejected.mailfrom-stage", Rejected, "access denied", "denied", "rejected", "not allowed", "refused", "does not exist", "unknown",
            "invalid", "not found", "no such", "unroutable", "unrouteable", "not permitted", "verify",
            "unverif", "unavailable") with { Stages = MailFromStage },

        // ---- the recipient's address. "Recipient address rejected: Access denied" is Office 365's and Postfix's
        //      way to say the mailbox is not in the directory; the seed's bare "550 5.7.1 Access denied" is a block.
        R("userunknown.recipient-access-denied", UserUnknown, "recipient address rejected: access denied") with { ExceptStages = SenderStages },
        R("seed.550-5.7.1-access-denied", Blocked, "access denied") with { Status = new(5, 7, 1), ExceptStages = MailFromStage },
        R("seed.551-access-denied", UserUnknown, "access denied") with { Code = 551 },
        R("seed.554-service-unavailable", OnHold, "service unavailable") with { Code = 554, Stages = NotConnect },
        R("networkerror.dns-transient", NetworkError, NoSuchDomain) with { Class = 4 },
        // A resolver that says "try again" failed for now; the domain may well exist.
        R("networkerror.name-service", NetworkError, "host not found, try again", "temporary failure in name resolution"),
        R("hostunknown.domain", HostUnknown, NoSuchDomain) with { ExceptStages = SenderStages },
        // Yahoo's servers answer an unknown address after DATA with their template ("554 delivery error: dd This user
        // doesn't have a ymail.com account"; "552 1 Requested mail action aborted, mailbox not found"): the address is
        // missing, whatever the domain and the stage.
        R("userunknown.yahoo-template", UserUnknown, "delivery error: dd this user doesn't have a", "delivery error: dd this user doesn't have an",
            "delivery error: dd not a valid recipient",
            "requested mail action aborted, mailbox not found"),
        // "550 : User unknown", the address left empty, is what a filter answers after DATA (au's servers do this); a
        // relay that wraps it in its own 5.1.x ("5.1.351 … -> 550 : User unknown") does not make it an RCPT refusal.
        R("filtered.no-address-named", Filtered, "550 : user unknown", ": : user unknown") with { ExceptStages = [SmtpStage.RcptTo] },
        // The server's own "5.1.x: bad destination mailbox" next to the words settles it, at any stage but the sender's.
        R("userunknown.status", UserUnknown, NoSuchMailbox) with { StatusSubject = 1, ExceptStages = SenderStages },
        R("filtered.after-data", Filtered, NoSuchMailbox) with { Stages = AfterData },
        // A "mailbox status" code (5.2.x: the mailbox exists but refuses) outranks the words when the reply did not
        // come to RCPT TO: the refusal is the mailbox's filter, not a missing address.
        // X.2.1 is the registry's "mailbox disabled": more precise than a generic "user unknown" beside it.
        R("suspend.mailbox-disabled-status", Suspend, NoSuchMailbox) with { Status = new(5, 2, 1), AnyClass = true, ExceptStages = [SmtpStage.RcptTo] },
        R("filtered.mailbox-status", Filtered, NoSuchMailbox) with { StatusSubject = 2, ExceptStages = [SmtpStage.RcptTo] },
        // Postfix's local delivery agent names the user it could not find: its own verdict, not a remote filter's.
        R("userunknown.local-delivery", UserUnknown, "unknown user: \""),
        // A reply that names the refused address before the words ("550 <taro@example.jp>: User unknown") answered the
        // RCPT TO that carried it; a filter that refuses after DATA names nobody ("550 : User unknown", au's way).
        R("userunknown.report-named-address", UserUnknown, ">: user unknown", ">: unknown user") with { InReport = true, Stages = [SmtpStage.Unknown] },
        // A report that says the mailbox itself does not exist ("mailbox does not exist on this system (user unknown)")
        // states a missing address, whatever the short wording beside it.
        R("userunknown.report-mailbox-absent", UserUnknown, "mailbox does not exist", "mailbox doesn't exist", "mailbox not found",
            "mailbox is not found") with { InReport = true, Stages = [SmtpStage.Unknown] },
        // In a bounce report that does not say the refusal came at RCPT TO (and gives no 5.1.x), "user unknown" is read
        // as Sisimai reads it: a refusal after the message was accepted, by a filter on the recipient's side. A reply
        // the client saw itself ("550 User unknown") keeps its plain meaning below.
        // Only the short, generic wordings: a directory or a provider that names the missing account ("not listed in
        // Domino Directory", "recipient name is not recognized") is a missing address wherever it is reported.
        R("filtered.report-unknown-stage", Filtered, "user unknown", "unknown user", "no such user", "user doesn't have a",
            "this user doesn't have", "email account that you tried to reach does not exist") with { InReport = true, Stages = [SmtpStage.Unknown] },
        R("userunknown.mailbox", UserUnknown, NoSuchMailbox) with { ExceptStages = SenderStages },
        R("mailererror.local", MailerError, "procmail", "maildrop", "couldn't create", "mail.local", "local delivery failed"),
        // Dovecot's refusal at delivery ("Your message to <…> was automatically rejected: …") when its reason is a
        // person's own words (a Sieve "reject"); a quota or a missing mailbox named in it decided above.
        R("filtered.generic", Filtered, "filtered", "not accepting mail", "refuses mail", "recipients was rejected by a remote mail server", "拒否",
            "was automatically rejected"),

        // ---- the way there
        R("networkerror.route", NetworkError, "mail loop", "routing loop", "forwarding loop", "hop count exceeded", "too many hops", "looping",
            "exceeded maximum hop count",
            "no route to host", "connection refused", "network error", "network is unreachable", "host unreachable", "host is unreachable", "dns lookup", "dns error",
            "dns failure",
            "dns problem", "dns resolving", "dns resolution", "resolving error", "name server", "name service error",
            "name lookup failure", "unable to connect",
            "could not connect", "couldn't connect", "connection reset", "lost connection", "servfail", "unable to establish",
            "wasn't able to establish", "could not be established", "unable to resolve", "dns records", "loop count", "dns query failed",
            "listed as a best-preference mx"),

        // ---- the remote system
        R("systemerror.internal", SystemError, "internal error", "system error", "config error", "configuration error", "server error",
            "local error", "local problem", "temporary server error", "try again later", "please try again later", "service is unavailable",
            "unavailable", "system problem", "mail system problem", "transaction failed", "loops back to myself", "ldap", "server busy",
            "write error", "queue file", "i/o error", "temporary lookup failure", "temporary problem", "misconfigured", "encountered an error",
            "interrupted system call", "timeout waiting", "interner fehler", "erreur interne", "error interno", "システムエラー"),
        R("syntaxerror.command", SyntaxError, "syntax error", "unsupported option", "unrecognized command", "command unrecognized",
            "command not implemented", "command not recognized", "bad sequence of commands", "parameter not implemented", "unknown command",
            "invalid command", "line too long", "parameters not recognized", "malformed address"),
        R("policyviolation.policy", PolicyViolation, "policy", "violates", "violation", "prohibited", "administrative prohibition",
            "administratively denied", "ポリシーに違反", "ポリシー違反", "規定に違反"),

        // ---- the sender's queue gave up (weak: qmail appends this to the real reason)
        R("expired.queue", Expired, "queue too long", "too long in queue", "in the queue too long", "giving up", "gave up", "will be retried",
            "has been delayed", "delivery attempts", "retry time", "maximum time", "expired", "time limit", "timed out", "time out", "timeout exceeded",
            "有効期限"),

        // ---- generic refusals, then the last resort of a MAIL FROM refusal
        // "Delivery not authorized, message refused" with nothing more specific (a sender restriction by name, a group
        // decided above): the receiver's security policy refused it.
        R("securityerror.not-authorized", SecurityError, "delivery not authorized"),
        R("blocked.access-denied", Blocked, "access denied", "unauthorized", "refused"),
        R("rejected.mailfrom-refusal", Rejected) with { Stages = MailFromStage, Class = 5 },

        // ---- not a failure: an auto-reply that reached a bounce address
        R("vacation.autoreply", Vacation, "out of the office", "out of office", "away from the office", "on vacation", "i am away",
            "i'm away", "will be traveling", "will be travelling", "will be back", "returning on", "auto-reply", "autoreply",
            "automatic reply",
            "abwesend", "absent du bureau", "fuera de la oficina", "不在"),
    ];
}
