using global::MimeKit;

namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>A phrase that hints at a kind of message, with an id so that a decision can be traced to its cue.</summary>
internal readonly record struct Cue(string Id, string Phrase);

/// <summary>
/// Decides from the headers whether a message looks like a bounce or an auto-reply, so that the non-standard format
/// decoders only ever look at likely bounces and an ordinary message is never read as one.
/// </summary>
/// <remarks>The phrases are data: one table per header, matched case-insensitively as substrings of short fields.</remarks>
internal static class BounceCues
{
    /// <summary>Only this much of a Subject or From is looked at: cues come first, and the bound keeps matching linear.</summary>
    private const int MaxFieldLength = 512;

    /// <summary>Local parts (left of @) used by the programs that send bounces.</summary>
    internal static readonly Cue[] SenderLocalParts =
    [
        new("sender.mailer-daemon", "mailer-daemon"),
        new("sender.mailer_daemon", "mailer_daemon"),
        new("sender.maildaemon", "maildaemon"),
        new("sender.mail-daemon", "mail-daemon"),
        new("sender.mdaemon", "mdaemon"),
        new("sender.postmaster", "postmaster"),
        new("sender.post_master", "post_master"),
        new("sender.double-bounce", "double-bounce"),
        new("sender.bounce", "bounce"),
        new("sender.mail-notification", "mail-notification"),
        new("sender.nondelivery", "nondelivery"),
    ];

    /// <summary>Display names of the programs that send bounces.</summary>
    internal static readonly Cue[] SenderNames =
    [
        new("name.mail-delivery", "mail delivery"),
        new("name.delivery-subsystem", "delivery subsystem"),
        new("name.mail-administrator", "mail administrator"),
        new("name.system-administrator", "system administrator"),
        new("name.mail-system", "mail system"),
        new("name.mailer-daemon", "mailer-daemon"),
        new("name.postmaster", "postmaster"),
        new("name.mail-delivery-ja", "メール配信"),
        new("name.mail-system-ja", "メールシステム"),
    ];

    /// <summary>Subjects of bounces and delay warnings, in the languages real MTAs write them in.</summary>
    internal static readonly Cue[] BounceSubjects =
    [
        new("subject.undeliverable", "undeliverable"),
        new("subject.undelivered", "undelivered"),
        new("subject.undeliverable-spaced", "un-deliverable"),
        new("subject.non-delivery", "non-delivery"),
        new("subject.nondeliverable", "nondeliverable"),
        new("subject.not-delivered", "not delivered"),
        new("subject.could-not-be-delivered", "could not be delivered"),
        new("subject.couldnt-be-delivered", "couldn't be delivered"),
        new("subject.could-not-send", "could not send"),
        new("subject.message-not-sent", "message not sent"),
        new("subject.email-not-sent", "email not sent"),
        new("subject.message-blocked", "message blocked"),
        new("subject.message-rejected", "message rejected"),
        new("subject.fax-not-sent", "fax not sent"),
        new("subject.not-transmitted", "not transmitted"),
        new("subject.ja.sending-stopped", "送信停止"),
        new("subject.ja.sending-cancelled", "送信を中止"),
        new("subject.fr.non-envoye", "non envoyé"),
        new("subject.fr.pas-ete-envoye", "n'a pas été envoyé"),
        new("subject.delivery-status", "delivery status"),
        new("subject.delivery-notification", "delivery notification"),
        new("subject.delivery-failure", "delivery failure"),
        new("subject.delivery-failed", "delivery failed"),
        new("subject.delivery-has-failed", "delivery has failed"),
        new("subject.delivery-report", "delivery report"),
        new("subject.delivery-problem", "delivery problem"),
        new("subject.delivery-delayed", "delivery delayed"),
        new("subject.failed-delivery", "failed delivery"),
        new("subject.failure-delivery", "failure delivery"),
        new("subject.failure-notice", "failure notice"),
        new("subject.mail-failure", "mail failure"),
        new("subject.mail-delivery", "mail delivery"),
        new("subject.mail-failed", "mail failed"),
        new("subject.returned-mail", "returned mail"),
        new("subject.returned-to-sender", "returned to sender"),
        new("subject.returning-message", "returning message"),
        new("subject.mail-system-error", "mail system error"),
        new("subject.see-transcript", "see transcript"),
        new("subject.postmaster-notify", "postmaster notify"),
        new("subject.delayed-mail", "delayed mail"),
        new("subject.has-been-delayed", "has been delayed"),
        new("subject.message-delayed", "delayed 24 hours"),
        new("subject.warning-could-not", "warning: could not"),
        new("subject.error-sending", "error sending your mail"),
        new("subject.message-blocked", "message you sent blocked"),
        new("subject.bulk-email", "unsolicited bulk email"),
        new("subject.mail-could-not", "mail could not"),
        new("subject.message-could-not", "message could not"),
        new("subject.bounce", "bounce"),
        // Amazon SES forwards its bounce, complaint and delivery notifications through SNS under this subject.
        new("subject.aws-notification", "aws notification message"),
        new("subject.ja.cannot-deliver", "配信できません"),
        new("subject.ja.delivery-failure", "配信不能"),
        new("subject.ja.delivery-error", "配信エラー"),
        new("subject.ja.sending-error", "送信エラー"),
        new("subject.ja.not-delivered", "不達"),
        new("subject.ja.returned", "返送"),
        new("subject.ja.unknown-address", "宛先不明"),
        new("subject.ja.cannot-send", "送信できません"),
        new("subject.ja.mail-error", "メールエラー"),
        new("subject.ja.error-notice", "エラー通知"),
        new("subject.ja.error-mail", "エラーメール"),
        new("subject.ja.delivery-failed", "配信失敗"),
        new("subject.ja.sending-failed", "送信失敗"),
        new("subject.de.unzustellbar", "unzustellbar"),
        new("subject.de.nicht-zustellbar", "nicht zustellbar"),
        new("subject.de.zustellungsfehler", "zustellungsfehler"),
        new("subject.de.fehler-zustellung", "fehler bei der zustellung"),
        new("subject.fr.non-remis", "non remis"),
        new("subject.fr.non-distribuable", "non distribuable"),
        new("subject.fr.echec-remise", "échec de la remise"),
        new("subject.fr.echec-remise-ascii", "echec de la remise"),
        new("subject.fr.non-delivre", "non délivré"),
        new("subject.it.non-recapitabile", "non recapitabile"),
        new("subject.it.mancato-recapito", "mancato recapito"),
        new("subject.es.no-entregado", "no entregado"),
        new("subject.es.no-se-puede-entregar", "no se puede entregar"),
        new("subject.pt.nao-entregue", "não entregue"),
        new("subject.pt.falha-entrega", "falha na entrega"),
        new("subject.nl.onbestelbaar", "onbestelbaar"),
        new("subject.ru.not-delivered", "не доставлено"),
        new("subject.ru.undelivered-message", "недоставленное сообщение"),
        new("subject.ru.delivery-error", "ошибка доставки"),
        new("subject.zh.returned", "退信"),
        new("subject.zh.not-delivered", "未送达"),
        new("subject.zh.delivery-failed", "投递失败"),
        new("subject.ko.returned", "반송"),
    ];

    /// <summary>Subjects of complaint reports that are not RFC 5965 (Microsoft's JMRP sends the complained-about message as an attachment).</summary>
    internal static readonly Cue[] ComplaintSubjects =
    [
        new("complaint.jmrp", "complaint about message from"),
    ];

    /// <summary>Subjects of a sending service's own notice that a recipient complained (read only from a machine's message).</summary>
    internal static readonly Cue[] ComplaintNoticeSubjects =
    [
        new("complaint.notice.spam-complaint", "spam complaint"),
        new("complaint.notice.complaint-received", "complaint received"),
    ];

    /// <summary>
    /// Subjects of a mailing-list manager's notice that it refused a post (fml: "You … are not member (list ML)",
    /// "Loop Alert: Duplicated Message-ID (list ML)"; Mailman, LISTSERV, Sympa). Read only beside the manager's own
    /// header (<see cref="IsFromListManager"/>): on an ordinary message these words mean nothing.
    /// </summary>
    internal static readonly Cue[] ListRefusalSubjects =
    [
        new("list.not-member", "are not member"),
        new("list.not-member-article", "not member article"),
        new("list.reject-mail", "reject mail"),
        new("list.spam-rejected", "spammer is rejected"),
        new("list.system-error", "fml system error"),
        new("list.loop-alert", "loop alert"),
        new("list.loop-back", "loop back warning"),
        new("list.unix-from-loop", "unix from loop"),
        new("list.security-alert", "security alert"),
        new("list.ja.post-refused", "投稿拒否"),
        new("list.ja.not-member", "メンバーではありません"),
        new("list.message-rejected", "was rejected"),      // Mailman 3: "Your message to List was rejected"
        new("list.rejected-posting", "rejected posting"),  // LISTSERV
        new("list.fr.rejected", "rejeté"),                 // Sympa: "Message pour la liste … rejeté"
    ];

    /// <summary>Subjects of automatic replies (RFC 3834): vacation, out of office.</summary>
    internal static readonly Cue[] AutoReplySubjects =
    [
        new("autoreply.out-of-office", "out of office"),
        new("autoreply.out-of-the-office", "out of the office"),
        new("autoreply.auto-colon", "auto:"),
        new("autoreply.auto-reply", "auto reply"),
        new("autoreply.auto-reply-hyphen", "auto-reply"),
        new("autoreply.autoreply", "autoreply"),
        new("autoreply.auto-response", "auto response"),
        new("autoreply.autoresponse", "autorespons"),
        new("autoreply.automatic-reply", "automatic reply"),
        new("autoreply.automatic-response", "automatic response"),
        new("autoreply.vacation", "vacation"),
        new("autoreply.away-from", "away from"),
        new("autoreply.away-until", "away until"),
        new("autoreply.ja.auto-response", "自動応答"),
        new("autoreply.ja.auto-reply", "自動返信"),
        new("autoreply.ja.absent", "不在"),
        new("autoreply.de.abwesenheit", "abwesenheit"),
        new("autoreply.de.automatische-antwort", "automatische antwort"),
        new("autoreply.fr.reponse-automatique", "réponse automatique"),
        new("autoreply.fr.absence", "absence"),
        new("autoreply.es.respuesta-automatica", "respuesta automática"),
        new("autoreply.it.risposta-automatica", "risposta automatica"),
        new("autoreply.pt.resposta-automatica", "resposta automática"),
        new("autoreply.ru.autoreply", "автоответ"),
        new("autoreply.nl.automatisch-antwoord", "automatisch antwoord"),
        new("autoreply.pl.autoodpowiedz", "autoodpowiedź"),
        new("autoreply.pl.odpowiedz-automatyczna", "odpowiedź automatyczna"),
        new("autoreply.sv.automatiskt-svar", "automatiskt svar"),
        new("autoreply.da.automatisk-svar", "automatisk svar"),
        new("autoreply.cs.automaticka-odpoved", "automatická odpověď"),
        new("autoreply.tr.otomatik-yanit", "otomatik yanıt"),
        // Help desks acknowledge a message by opening a ticket ("Ticket Received - Re: …", "Request received: …").
        new("autoreply.ticket-received", "ticket received"),
        new("autoreply.request-received", "request received"),
        // Chinese (Simplified: QQ, NetEase, Outlook zh-CN; Traditional: Outlook zh-TW, HiNet) and Korean (Naver, Daum,
        // Outlook ko) auto-reply subjects.
        new("autoreply.zh.auto-reply", "自动回复"),
        new("autoreply.zh.auto-answer", "自动答复"),
        new("autoreply.zh-tw.auto-reply", "自動回覆"),
        new("autoreply.zh-tw.auto-reply-alt", "自動回復"),
        new("autoreply.ko.auto-response", "자동 응답"),
        new("autoreply.ko.auto-response-joined", "자동응답"),
        new("autoreply.ko.auto-reply", "자동 회신"),
        new("autoreply.ko.absent", "부재중"),
    ];

    /// <summary>
    /// Challenge-response services hold a message until its sender proves to be a person; their request names the
    /// mailbox anywhere in the subject ("Action required: verify you are human to reach …").
    /// </summary>
    internal static readonly Cue[] ChallengeSubjects =
    [
        new("autoreply.challenge.verify-human", "verify you are human"),
        new("autoreply.challenge.verify-that-human", "verify that you are human"),
        new("autoreply.challenge.confirm-human", "confirm you are human"),
        new("autoreply.challenge.prove-human", "prove you are human"),
        new("autoreply.challenge.not-a-robot", "you are not a robot"),
    ];

    /// <summary>
    /// A help desk's words that it made a ticket of the message it answers (Zendesk, Freshdesk, Jira Service
    /// Management, OTRS and their Japanese counterparts word it so).
    /// </summary>
    internal static readonly Cue[] Acknowledgements =
    [
        new("autoreply.ack.received-your-request", "received your request"),
        new("autoreply.ack.request-has-been-received", "request has been received"),
        new("autoreply.ack.ticket-has-been-created", "ticket has been created"),
        new("autoreply.ack.ticket-has-been-opened", "ticket has been opened"),
        new("autoreply.ack.created-issue", "and created issue"),
        new("autoreply.ack.ja.received-inquiry", "お問い合わせを受け付けました"),
        new("autoreply.ack.ja.received-inquiry-polite", "お問い合わせを受け付けいたしました"),
    ];

    /// <summary>Whether the envelope sender is null (<c>Return-Path: &lt;&gt;</c>), as RFC 3464 and RFC 3834 want for reports.</summary>
    internal static bool HasNullSender(MimeMessage message)
    {
        string? path = message.Headers[HeaderId.ReturnPath];
        if (path is null) return false;
        string p = path.Trim();
        return p.Length == 0 || p == "<>" || p == "< >";
    }

    /// <summary>The first cue the From header (address local part or display name) matches, or null.</summary>
    internal static string? SenderCue(string from)
    {
        if (from.Length > MaxFieldLength) from = from.Substring(0, MaxFieldLength);
        foreach (Cue cue in SenderLocalParts)
        {
            int at = from.IndexOf(cue.Phrase, StringComparison.OrdinalIgnoreCase);
            // The local part ends at '@', '>' or the end ("MAILER-DAEMON" alone); "bounce" may also start it ("bounce-123@").
            if (at >= 0 && IsLocalPartCue(from, at, cue.Phrase.Length)) return cue.Id;
        }

        return FirstMatch(from, SenderNames);
    }

    /// <summary>The first bounce cue in a subject, or null.</summary>
    internal static string? BounceSubjectCue(string subject) => FirstMatch(subject, BounceSubjects);

    /// <summary>The cue of a mailing-list manager's refusal notice (its header and one of its subjects), or null.</summary>
    internal static string? ListRefusalCue(MimeMessage message, string subject) =>
        IsFromListManager(message) ? FirstMatch(subject, ListRefusalSubjects) : null;

    /// <summary>
    /// Whether a mailing-list manager wrote the message: fml (<c>X-MLServer</c>), Mailman (<c>X-Mailman-Version</c>),
    /// LISTSERV (<c>X-LSV-ListID</c>), Sympa (its robot in <c>X-Loop</c>).
    /// </summary>
    internal static bool IsFromListManager(MimeMessage message)
    {
        HeaderList headers = message.Headers;
        if (headers.Contains("X-MLServer") || headers.Contains("X-Mailman-Version") || headers.Contains("X-LSV-ListID")) return true;
        string? loop = headers["X-Loop"];
        return loop is not null && loop.Contains("sympa", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first cue of a sending service's complaint notice in a subject, or null.</summary>
    internal static string? ComplaintNoticeCue(string subject) => FirstMatch(subject, ComplaintNoticeSubjects);

    /// <summary>The first complaint cue in a subject, or null.</summary>
    internal static string? ComplaintSubjectCue(string subject) => FirstMatch(subject, ComplaintSubjects);

    /// <summary>The first auto-reply cue in a subject, or null.</summary>
    internal static string? AutoReplySubjectCue(string subject) => FirstMatch(subject, AutoReplySubjects);

    /// <summary>The first help-desk acknowledgement in a text, or null.</summary>
    internal static string? AcknowledgementCue(string text) => FirstMatch(text, Acknowledgements);

    /// <summary>The first challenge-response cue anywhere in a subject, or null.</summary>
    internal static string? ChallengeSubjectCue(string subject) => FirstMatch(subject, ChallengeSubjects);

    /// <summary>
    /// The RFC 3834 header cue of an automatic reply: <c>Auto-Submitted: auto-replied</c>, <c>X-Autoreply</c>,
    /// <c>X-Autorespond</c>, <c>Precedence: auto_reply</c>, <c>X-Apple-Action: vacation</c>, or an "auto-generated"
    /// message that answers another (In-Reply-To, References) outside a mailing list; or null.
    /// </summary>
    internal static string? AutoReplyHeaderCue(MimeMessage message)
    {
        HeaderList headers = message.Headers;
        string? auto = headers["Auto-Submitted"];
        if (auto is not null && auto.Contains("auto-replied", StringComparison.OrdinalIgnoreCase)) return "header.auto-submitted.auto-replied";
        if (headers.Contains("X-Autoreply")) return "header.x-autoreply";
        if (headers.Contains("X-Autorespond")) return "header.x-autorespond";
        if (headers.Contains("X-Autoresponder")) return "header.x-autoresponder";
        string? precedence = headers["Precedence"];
        if (precedence is not null && precedence.Contains("auto_reply", StringComparison.OrdinalIgnoreCase)) return "header.precedence.auto_reply";
        string? apple = headers["X-Apple-Action"];
        if (apple is not null && apple.Contains("vacation", StringComparison.OrdinalIgnoreCase)) return "header.x-apple-action.vacation";

        // A machine's answer to a message (a help desk acknowledging a ticket, with In-Reply-To or References) may mark
        // itself "auto-generated" rather than "auto-replied". Reports (DMARC, TLS) answer nothing, and a mailing
        // list's message in a thread carries List-Id. "Precedence: bulk" is not enough: a help desk's agent writes
        // under it too.
        bool answers = headers.Contains(HeaderId.InReplyTo) || headers.Contains(HeaderId.References);
        if (!answers || headers.Contains(HeaderId.ListId) || auto is null) return null;
        return auto.Contains("auto-generated", StringComparison.OrdinalIgnoreCase) || auto.Contains("auto-notified", StringComparison.OrdinalIgnoreCase)
            ? "header.auto-submitted.answer"
            : null;
    }

    private static bool IsLocalPartCue(string from, int at, int length)
    {
        int end = at + length;
        bool startOk = at == 0 || !char.IsLetterOrDigit(from[at - 1]);
        bool endOk = end == from.Length || from[end] is '@' or '>' or ' ' or '"' or '-' or '+' or '=' or '.' or ')';
        return startOk && endOk;
    }

    private static string? FirstMatch(string text, Cue[] cues)
    {
        if (text.Length == 0) return null;
        if (text.Length > MaxFieldLength) text = text.Substring(0, MaxFieldLength);
        foreach (Cue cue in cues)
        {
            if (text.Contains(cue.Phrase, StringComparison.OrdinalIgnoreCase)) return cue.Id;
        }

        return null;
    }
}
