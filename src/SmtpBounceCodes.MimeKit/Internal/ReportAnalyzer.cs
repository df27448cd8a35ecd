using global::MimeKit;
using global::MimeKit.Utils;
using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>
/// Reads one parsed message into a <see cref="BounceReport"/>. Sources in order of trust: the delivery-status part;
/// the feedback-report part; auto-reply headers; then, for likely bounces only, X-Failed-Recipients and the format
/// decoders over the human-readable text. Every recipient is diagnosed by the core engine.
/// </summary>
internal static class ReportAnalyzer
{
    /// <summary>An auto-reply's text is diagnosed only this far: what it says about the mailbox comes first.</summary>
    private const int MaxAutoReplyText = 2_000;

    /// <summary>The bounce's own text is used as a diagnostic for at most this many characters.</summary>
    private const int MaxOwnText = 1_000;

    /// <summary>One-line texts kept in a report (diagnostics, auto-reply excerpts) are cut at this length.</summary>
    private const int MaxLineText = 2_000;

    internal static BounceReport Analyze(MimeMessage message, BounceReadOptions options)
    {
        Charsets.EnsureRegistered();
        var errors = new List<string>();
        try
        {
            return Read(message, options, errors, nested: false);
        }
#pragma warning disable CA1031 // Total by contract: a defect must give an empty report with the error, not an exception.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            errors.Add("The message could not be read: " + ex.Message);
            return new BounceReport { Kind = BounceReportKind.NotABounce, Errors = errors };
        }
    }

    private static BounceReport Read(MimeMessage message, BounceReadOptions options, List<string> errors, bool nested)
    {
        var context = new Context(message, options, errors);
        ReportParts parts = context.Parts;
        if (parts.Truncated) errors.Add($"The message has more than {ReportParts.MaxEntities} MIME parts; only the first were read.");

        // 1. RFC 3464 / RFC 6533 delivery status.
        StatusFields? status = ReadStatus(context);
        if (status is not null && status.Recipients.Count != 0) return FromDeliveryStatus(context, status);

        // 2. RFC 5965 feedback report.
        if (parts.FeedbackParts.Count != 0 || IsReportType(message, "feedback-report"))
        {
            BounceReport? feedback = FromFeedbackReport(context, defaultType: null);
            if (feedback is not null) return feedback;
        }

        // A complaint sent as an ordinary message with the complained-about message attached (Microsoft JMRP).
        if (BounceCues.ComplaintSubjectCue(context.Input.Subject) is not null && (parts.OriginalMessage ?? (object?)parts.OriginalHeaders) is not null)
        {
            BounceReport? complaint = FromFeedbackReport(context, defaultType: "abuse");
            if (complaint is not null) return complaint;
        }

        // A sending service's notice of a complaint, written by a machine, naming the recipient who complained
        // ("Spam complaint received for taro@example.jp", "Recipient: taro@example.jp").
        if (BounceCues.ComplaintNoticeCue(context.Input.Subject) is not null && IsAutoSubmitted(message) && FromComplaintNotice(context) is { } notice) return notice;

        // Apple Mail's unsubscribe request is a one-click opt-out complaint sent as an ordinary message.
        if (HeaderIs(message, "X-Apple-Unsubscribe", "true")) return FromUnsubscribe(context);

        // A read receipt (RFC 8098 disposition notification) reports a message that arrived: nothing to read here. A
        // notification that the message was deleted unread by an automatic action is a refusal (Dovecot's delivery
        // agent, Sieve's "reject", RFC 5429): a bounce.
        if (IsReportType(message, "disposition-notification"))
            return FromRejection(context) ?? new BounceReport { Kind = BounceReportKind.NotABounce, Original = context.Original, Errors = errors };

        // A list manager's notice to the list's owner with a member's bounce attached (Mailman's "Bounce action
        // notification", "…'s subscription disabled"): the attached report is the bounce. A probe sent to the member
        // carries a bounce too, but is addressed to the member.
        if (!nested && BounceCues.IsFromListManager(message) && IsToListOwner(message))
        {
            foreach (MimeMessage attached in parts.AttachedMessages)
            {
                if (!IsReportType(attached, "delivery-status")) continue;
                BounceReport member = Read(attached, options, errors, nested: true);
                if (member.IsBounce) return member;
            }
        }

        // 3. RFC 3834 auto-replies; a bounce's own Auto-Submitted header does not make it one.
        string? bounceCue = BounceCue(context);
        if (bounceCue is null && AutoReplyCue(context) is not null) return FromAutoReply(context);

        // The null envelope sender (Return-Path: <>) is what every report uses, auto-replies included: a cue only
        // once the message is known not to be an auto-reply.
        if (bounceCue is null && BounceCues.HasNullSender(message)) bounceCue = "header.return-path.null";

        // 4. Likely bounces without a delivery-status part: headers, then the format decoders.
        if (bounceCue is not null)
        {
            BounceReport? fromText = FromText(context);
            if (fromText is not null) return fromText;

            // A bounce forwarded as an attachment: the report is the attached message. One level only. A collection of
            // bounces (a digest) gives the recipients of every attached bounce, in order.
            if (!nested && FromAttachedReports(parts, options, errors, everyOne: false) is { } attachedReport) return attachedReport;

            // A delivery-status report that lists nobody (Postfix writes "--- Delivery report unavailable ---" when it
            // lost the per-recipient records): the message bounced, to the returned message's recipient, for a reason
            // the report does not give. Only with the report's structure and one returned recipient: a guess otherwise.
            if (bounceCue.StartsWith("structure.", StringComparison.Ordinal) && context.Original?.To is { Count: 1 } returned)
            {
                errors.Add("The delivery-status part lists no recipient: the returned message's only recipient is reported, with no reason.");
                return new BounceReport
                {
                    Kind = BounceReportKind.Bounce,
                    Format = "rfc3464",
                    Original = context.Original,
                    Recipients = [new BounceRecipient
                    {
                        Address = returned[0],
                        Action = "failed",
                        LastAttempt = message.Date.NullIfMin(),
                        Diagnosis = Diagnoser.ForReport(BounceReason.Undefined, context.DiagnoseOptions),
                    }],
                    Errors = errors,
                };
            }

            errors.Add($"The message looks like a bounce ({bounceCue}) but names no recipient with an error.");
        }
        else if (!nested && parts.AttachedMessages.Count != 0 && !BounceCues.IsFromListManager(message) && !message.Headers.Contains(HeaderId.ListId))
        {
            // A person forwarding bounces under a subject of their own ("FW: 4 returned messages"): the message has no
            // cue, but every message attached to it is a report by its own structure and words. A list's message (a
            // Mailman probe sent to a member, with the member's bounce attached) is the list's, not a bounce.
            if (FromAttachedReports(parts, options, errors, everyOne: true) is { } forwarded) return forwarded;
        }

        return new BounceReport { Kind = BounceReportKind.NotABounce, Original = context.Original, Errors = errors };
    }

    /// <summary>
    /// The reports attached to a message (message/rfc822 parts), read one level deep: the only one, or the recipients of
    /// them all in order. With <paramref name="everyOne"/>, null unless every attached message is a report; otherwise
    /// the attached messages that are not reports are passed over. Null when none is.
    /// </summary>
    private static BounceReport? FromAttachedReports(ReportParts parts, BounceReadOptions options, List<string> errors, bool everyOne)
    {
        if (parts.AttachedMessages.Count == 0) return null;
        var inner = new List<BounceReport>();
        int errorsBefore = errors.Count;
        foreach (MimeMessage attached in parts.AttachedMessages)
        {
            // The attached reports share the message's list of errors, as its own report would.
            BounceReport report = Read(attached, options, errors, nested: true);
            if (report.IsBounce || report.Kind == BounceReportKind.Delivered) inner.Add(report);
            else if (everyOne) inner.Clear();
            if (everyOne && inner.Count == 0) break;
        }

        if (inner.Count == 0)
        {
            // Nothing was read from them: what they said about themselves is not the message's.
            if (everyOne) errors.RemoveRange(errorsBefore, errors.Count - errorsBefore);
            return null;
        }

        if (inner.Count == 1) return inner[0];
        errors.Add($"The message holds {inner.Count} reports; their recipients are given together, the returned message is the first one's.");
        var all = inner.SelectMany(r => r.Recipients).Take(FamilyText.MaxRecipients).ToList();
        return new BounceReport
        {
            Kind = KindOf(all),
            ReportingMta = inner.Select(r => r.ReportingMta).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1 ? inner[0].ReportingMta : null,
            Format = inner[0].Format,
            Original = inner[0].Original,
            Recipients = all,
            Errors = errors,
        };
    }

    // ---------------------------------------------------------------- delivery status

    private static StatusFields? ReadStatus(Context context)
    {
        StatusFields? result = StatusOfParts(context.Parts, context.Errors);

        // The decoders ask the parts' own fields.
        context.ReportStatus = result;

        // Reports glued after the end of the first one (a second message in the epilogue) add their recipients, to a
        // new set of fields: the parts' own stay as they are.
        if (result is not null && context.Message.Body is Multipart { Epilogue: { Length: > 0 } epilogue } && LooksLikeStatus(epilogue))
        {
            var joined = new StatusFields();
            joined.Append(result);
            joined.Append(StatusFields.Parse(epilogue.Substring(StatusStart(epilogue))));
            result = joined;
        }

        if (result is not null && result.Recipients.Count != 0) return result;

        // A delivery status sent as text/plain (a report's second part, or the only text of a likely bounce).
        foreach (TextPart part in context.Parts.OtherTextParts)
        {
            string text = ReportParts.DecodeText(part, StatusFields.MaxLength);
            if (!LooksLikeStatus(text)) continue;
            StatusFields fields = StatusFields.Parse(text);
            if (fields.Recipients.Count != 0) return fields;
        }

        string own = context.Input.Text;
        if (LooksLikeStatus(own) && BounceCue(context) is not null)
        {
            StatusFields fields = StatusFields.Parse(own.Substring(StatusStart(own)));
            if (fields.Recipients.Count != 0) return fields;
        }

        return result;
    }

    /// <summary>
    /// The fields of every delivery-status part, together (some MTAs glue several reports into one message); null when
    /// the message has none. Parts that cannot be decoded or name nobody are noted in <paramref name="errors"/>.
    /// </summary>
    internal static StatusFields? StatusOfParts(ReportParts parts, List<string>? errors)
    {
        StatusFields? result = null;
        foreach (MimePart part in parts.StatusParts)
        {
            string text = StatusText(part);
            if (text.Length == 0)
            {
                errors?.Add("A delivery-status part could not be decoded.");
                continue;
            }

            StatusFields fields = StatusFields.Parse(text);
            if (fields.Recipients.Count == 0) errors?.Add("A delivery-status part names no recipient.");
            if (result is null) result = fields;
            else result.Append(fields);
        }

        return result;
    }

    /// <summary>
    /// The text of a delivery-status part. When the MTA left out the blank line after the part's Content-Type, the
    /// parser took the first status fields for MIME headers: they are put back in front of the content.
    /// </summary>
    private static string StatusText(MimePart part)
    {
        string content = ReportParts.DecodeText(part, StatusFields.MaxLength);
        var sb = new System.Text.StringBuilder();
        foreach (Header header in part.Headers)
        {
            if (header.Field.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) || header.Field.Equals("MIME-Version", StringComparison.OrdinalIgnoreCase)) continue;
            sb.Append(header.Field).Append(": ").Append(header.Value).Append('\n');
        }

        return sb.Length == 0 ? content : sb.Append(content).ToString();
    }

    /// <summary>Whether a text holds delivery-status fields: a recipient field and an Action or Status field at line starts.</summary>
    private static bool LooksLikeStatus(string text)
    {
        bool recipient = false, detail = false;
        int pos = 0;
        while (pos < text.Length && !(recipient && detail))
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            if (StartsWithField(text, pos, "Final-Recipient:") || StartsWithField(text, pos, "Original-Recipient:")) recipient = true;
            else if (StartsWithField(text, pos, "Action:") || StartsWithField(text, pos, "Status:")) detail = true;
            pos = end + 1;
        }

        return recipient && detail;
    }

    /// <summary>Where the status fields of a text start: the line of the first DSN field, so that the prose before stays out.</summary>
    private static int StatusStart(string text)
    {
        int pos = 0;
        while (pos < text.Length)
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            foreach (string name in StatusStartFields)
            {
                if (StartsWithField(text, pos, name)) return pos;
            }

            pos = end + 1;
        }

        return 0;
    }

    private static readonly string[] StatusStartFields =
    [
        "Reporting-MTA:", "Original-Envelope-Id:", "Arrival-Date:", "Final-Recipient:", "Original-Recipient:", "Action:", "Received-From-MTA:",
    ];

    private static bool StartsWithField(string text, int pos, string name) =>
        text.Length - pos >= name.Length && string.Compare(text, pos, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static BounceReport FromDeliveryStatus(Context context, StatusFields status)
    {
        FieldGroup perMessage = status.Message;
        DateTimeOffset? arrival = ParseDate(perMessage.Get("Arrival-Date"));
        List<FormatRecipient>? fromText = null;
        bool textRead = false;
        var recipients = new List<BounceRecipient>(status.Recipients.Count);
        int index = 0;
        foreach (FieldGroup group in status.Recipients)
        {
            string address = AddressText.Clean(group.Get("Final-Recipient"));
            string? original = NullIfEmpty(AddressText.Clean(group.Get("Original-Recipient")));
            if (address.Length == 0) address = AddressText.Clean(group.Get("X-Actual-Recipient"));
            if (address.Length == 0) address = original ?? FailedRecipientAt(context.Message, index) ?? string.Empty;

            // A final recipient that is no e-mail address (an X.400 O/R name from a gateway: "x400; /G=Hans/S=Mueller/…")
            // gives way to the e-mail address the report also names for it.
            if (address.IndexOf('@') < 0 && (original is { } o && o.IndexOf('@') > 0 ? o : FailedRecipientAt(context.Message, index)) is { } mail
                && mail.IndexOf('@') > 0) address = mail;

            // The human-readable text often says more than the fields: the stage ("in reply to end of DATA command"),
            // and for many MTAs the remote server's reply itself, which the Diagnostic-Code then lacks.
            if (!textRead)
            {
                fromText = ReadTextRecipients(context, out _);
                textRead = true;
            }

            FormatRecipient? match = Match(fromText, address, original, index, status.Recipients.Count);
            string? diagnostic = group.Get("Diagnostic-Code");
            SmtpStage stage = match?.Stage ?? SmtpStage.Unknown;
            bool ownDiagnostic = !string.IsNullOrWhiteSpace(DsnValue(diagnostic));
            if (!ownDiagnostic && match?.DiagnosticText is { Length: > 0 } text) diagnostic = text;

            // "Status: 4.0.0 (cat.example.net: host name lookup failure)": the comment is the MTA's diagnostic.
            if (string.IsNullOrWhiteSpace(DsnValue(diagnostic)) && StatusComment(group.Get("Status")) is { } comment) diagnostic = comment;

            // The only recipient of a report without a Diagnostic-Code: the error the text gives, wherever it is.
            if (string.IsNullOrWhiteSpace(DsnValue(diagnostic)) && status.Recipients.Count == 1 && OwnError(context.Input) is { } error) diagnostic = error;

            string? action = group.Get("Action");
            // A diagnostic taken from the text may sharpen the part's Status but not turn a delay into a failure: the text
            // is matched to the recipient by address, the Status is the MTA's own word on it.
            string? statusText = RefineStatus(group.Get("Status"), diagnostic, keepClass: !ownDiagnostic);
            string? remote = group.Get("Remote-MTA");
            Diagnosis Diagnose(string? code) => Diagnoser.Diagnose(
                new DeliveryStatusFields { Status = statusText, DiagnosticCode = code, Action = action, RemoteMta = remote, Stage = stage },
                context.DiagnoseOptions);
            Diagnosis diagnosis = Diagnose(diagnostic);

            // A delay whose Diagnostic-Code gives a code and no cause ("400 4.4.7 Message delayed"), while the text's
            // lines for this recipient name one (Exchange's "Diagnostic information for administrators": "… returned
            // '421 4.7.0 [TSS04] …'"): the text's words decide, beside the field's. A failure's own code stands.
            if (ownDiagnostic && IsAction(action, "delayed") && !DecidedByWords(diagnosis) && match?.DiagnosticText is { Length: > 0 } words
                && !diagnostic!.Contains(words, StringComparison.Ordinal))
            {
                string both = DsnValue(diagnostic) + " " + words;
                Diagnosis byWords = Diagnose(both);
                if (DecidedByWords(byWords) && byWords.IsHardBounce == diagnosis.IsHardBounce)
                {
                    diagnosis = byWords;
                    diagnostic = both;
                }
            }

            recipients.Add(BuildRecipient(address, original, action, statusText, diagnostic, remote, diagnosis,
                ParseDate(group.Get("Last-Attempt-Date")) ?? context.Message.Date.NullIfMin(), arrival, feedbackType: null));
            index++;
        }

        string? envelopeId = DsnValue(perMessage.Get("Original-Envelope-Id"));
        return new BounceReport
        {
            Kind = KindOf(recipients),
            ReportingMta = NullIfEmpty(DsnValue(perMessage.Get("Reporting-MTA"))),
            Format = context.Parts.StatusParts.Exists(p => p.ContentType.MediaSubtype.StartsWith("global", StringComparison.OrdinalIgnoreCase)) ? "rfc6533" : "rfc3464",
            Original = context.OriginalWithEnvelopeId(envelopeId),
            Recipients = recipients,
            Errors = context.Errors,
        };
    }

    /// <summary>The comment after a Status code (<c>4.0.0 (host name lookup failure)</c>), or null.</summary>
    private static string? StatusComment(string? status)
    {
        if (status is null) return null;
        int open = status.IndexOf('(');
        int close = status.LastIndexOf(')');
        if (open < 0 || close <= open + 1) return null;
        string comment = status.Substring(open + 1, close - open - 1).Trim();
        return comment.Length == 0 ? null : comment;
    }

    /// <summary>
    /// The Status field, or the enhanced code of the remote server's reply when the two differ: the reply is what the
    /// server said, the field is what the reporting MTA made of it (often <c>5.0.0</c>, or <c>4.4.7</c> "gave up"). The
    /// field stays when the reply's code is only a class (<c>5.0.0</c>) or of another class than the field.
    /// </summary>
    private static string? RefineStatus(string? statusField, string? diagnostic, bool keepClass = false)
    {
        if (string.IsNullOrWhiteSpace(diagnostic)) return statusField;
        EnhancedStatusCode? field = ParseStatus(statusField);
        string value = DsnValue(diagnostic) ?? string.Empty;
        SmtpReply reply = SmtpReply.Extract(value);
        if (reply.EnhancedCode is not { } t || t.IsSuccess) return statusField;

        // A relay that quotes the remote server's reply inside its own ("554 4.4.7 Message expired … <421 4.4.2
        // Connection timed out>", "5.1.0 - Unknown address error 550-'5.2.2 … Mailbox Full'"): the quoted code is the
        // cause, the relay's only its summary.
        if (NestedReplyCode(value) is { } nested && nested != t && nested.Class == t.Class && !(nested.Subject == 0 && nested.Detail == 0)
            && !(keepClass && field is { } own && own.Class != nested.Class))
            return nested.ToString();
        if (field is { } same && same == t) return statusField;
        if (field is not { } f) return t.ToString();
        if (t.Subject == 0 && t.Detail == 0) return statusField;
        // Classes differ ("Status: 4.5.0" for "550 5.5.0 …"): the one the reply code agrees with.
        // "Status: 5.4.7" (delivery time expired) over the last attempt's "421 4.4.2 timeout": the queue's verdict stands.
        if (f.Class != t.Class && (keepClass || (f.Subject == 4 && f.Detail == 7))) return statusField;
        if (f.Class != t.Class) return reply.Code is { } code && (int)code / 100 == (int)t.Class ? t.ToString() : statusField;
        return t.ToString();
    }

    /// <summary>
    /// The enhanced code of the last reply a diagnostic quotes after its own code: a basic code and an enhanced code of
    /// the same class, opened by a bracket or a quote ("&lt;421 4.4.2 …&gt;", "550-'5.2.2 …'"); null when there is none.
    /// Replies that merely follow one another (a transcript) are not quoted and do not count.
    /// </summary>
    private static EnhancedStatusCode? NestedReplyCode(string text)
    {
        EnhancedStatusCode? last = null;
        bool seenCode = false;
        int limit = Math.Min(text.Length, MaxOwnText);
        for (int i = 0; i + 3 < limit; i++)
        {
            char c = text[i];
            if (c is not ('4' or '5') || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.'))) continue;
            if (text[i + 1] == '.')
            {
                // The text's own enhanced code ("5.1.0 - Unknown address error …").
                if (EnhancedStatusCode.TryParse(text.AsSpan(i, limit - i), out _, out int own) && own > 0)
                {
                    seenCode = true;
                    i += own - 1;
                }

                continue;
            }

            if (!char.IsDigit(text[i + 1]) || !char.IsDigit(text[i + 2]) || (i + 3 < limit && char.IsDigit(text[i + 3]))) continue;
            bool quoted = i > 0 && text[i - 1] is '<' or '\'' or '"' or '(' or '[';
            int j = i + 3;
            while (j < limit && j < i + 6 && text[j] is ' ' or '-' or '\'' or '"')
            {
                quoted |= text[j] is '\'' or '"';
                j++;
            }

            if (j == i + 3 || !EnhancedStatusCode.TryParse(text.AsSpan(j, limit - j), out EnhancedStatusCode code, out int used) || used == 0
                || (int)code.Class != c - '0')
            {
                seenCode = true;
                continue;
            }

            if (seenCode && quoted) last = code;
            seenCode = true;
            i = j + used - 1;
        }

        return last;
    }

    /// <summary>Whether a diagnosis rests on the text's words (a phrase or a provider's rule), not on a code or the stage alone.</summary>
    private static bool DecidedByWords(Diagnosis d) => d.Evidence.Source is DecisionSource.TextPattern or DecisionSource.ProviderRule;

    private static BounceReportKind KindOf(List<BounceRecipient> recipients)
    {
        bool failed = false, delayed = false, delivered = false;
        foreach (BounceRecipient r in recipients)
        {
            switch (r.Diagnosis.Reason)
            {
                case BounceReason.Delivered:
                    delivered = true;
                    break;
                case BounceReason.Feedback:
                case BounceReason.Vacation:
                    break;
                default:
                    if (IsAction(r.Action, "delayed") || (r.Action is null && r.Status is { IsTransient: true })) delayed = true;
                    else failed = true;
                    break;
            }
        }

        return failed ? BounceReportKind.Bounce
            : delayed ? BounceReportKind.Delay
            : delivered ? BounceReportKind.Delivered
            : BounceReportKind.Bounce;
    }

    // ---------------------------------------------------------------- feedback reports

    private static BounceReport? FromFeedbackReport(Context context, string? defaultType)
    {
        FieldGroup fields = new();
        foreach (MimePart part in context.Parts.FeedbackParts)
        {
            StatusFields parsed = StatusFields.Parse(ReportParts.DecodeText(part, StatusFields.MaxLength));
            fields.MergeMissing(parsed.Message);
            foreach (FieldGroup g in parsed.Recipients) fields.MergeMissing(g);
            foreach (KeyValuePair<string, string> f in parsed.Message.Fields)
            {
                if (f.Key.Equals("Original-Rcpt-To", StringComparison.OrdinalIgnoreCase)) fields.Add(f.Key, f.Value);
            }
        }

        string? feedbackType = fields.Get("Feedback-Type")?.Trim().ToLowerInvariant() ?? defaultType;
        var addresses = new List<string>();
        foreach (string rcpt in Distinct(fields.GetAll("Original-Rcpt-To"))) AddAddress(addresses, rcpt);
        if (addresses.Count == 0)
        {
            foreach (string rcpt in fields.GetAll("Removal-Recipient")) AddAddress(addresses, rcpt);
        }

        // Hotmail's reports name the complaining mailbox in a header of the returned message.
        HeaderList? returned = context.Parts.OriginalMessage?.Headers ?? context.Parts.OriginalHeaders;
        if (addresses.Count == 0 && returned?["X-HmXmrOriginalRecipient"] is { } hotmail) AddAddress(addresses, hotmail);
        if (addresses.Count == 0 && context.Original is { } original)
        {
            foreach (string to in original.To) AddAddress(addresses, to);
        }

        if (addresses.Count == 0)
        {
            context.Errors.Add("The feedback report names no recipient (no Original-Rcpt-To, no To in the original message).");
            addresses.Add(string.Empty);
        }

        DateTimeOffset? arrival = ParseDate(fields.Get("Arrival-Date") ?? fields.Get("Received-Date"));
        Diagnosis diagnosis = Diagnoser.ForReport(BounceReason.Feedback, context.DiagnoseOptions);
        var recipients = new List<BounceRecipient>(addresses.Count);
        foreach (string address in addresses)
        {
            recipients.Add(new BounceRecipient
            {
                Address = address,
                ArrivalDate = arrival,
                LastAttempt = context.Message.Date.NullIfMin(),
                FeedbackType = feedbackType,
                SourceIp = NullIfEmpty(fields.Get("Source-IP")?.Trim()),
                Diagnosis = diagnosis,
            });
        }

        return new BounceReport
        {
            Kind = BounceReportKind.Feedback,
            ReportingMta = NullIfEmpty(DsnValue(fields.Get("Reporting-MTA"))),
            Format = "arf",
            Original = context.OriginalWithSender(fields.Get("Original-Mail-From")),
            Recipients = recipients,
            Errors = context.Errors,
        };
    }

    private static BounceReport FromUnsubscribe(Context context)
    {
        string address = context.Message.From.Mailboxes.FirstOrDefault()?.Address ?? string.Empty;
        return OneFeedback(context, "arf", address, "opt-out");
    }

    /// <summary>A feedback report about one address, dated by the message.</summary>
    private static BounceReport OneFeedback(Context context, string format, string address, string feedbackType) =>
        OneRecipient(context, BounceReportKind.Feedback, format, new BounceRecipient
        {
            Address = address,
            FeedbackType = feedbackType,
            LastAttempt = context.Message.Date.NullIfMin(),
            Diagnosis = Diagnoser.ForReport(BounceReason.Feedback, context.DiagnoseOptions),
        });

    /// <summary>Dovecot's sentence before the reason of a refusal ("Your message to &lt;…&gt; was automatically rejected:").</summary>
    private const string AutomaticallyRejected = "was automatically rejected:";

    /// <summary>
    /// A disposition notification that refuses the message, as Dovecot's delivery agent and Sieve's "reject" (RFC 5429)
    /// send it: the message was deleted by an automatic action ("automatic-action/MDN-sent-automatically; deleted"), and
    /// the notification says it was a rejection ("Auto-Submitted: auto-replied (rejected)", or "was automatically
    /// rejected:" in its text). The recipient is the notification's Final-Recipient, the reason the text under that
    /// sentence. Null for every other notification: a receipt of a message displayed, and Exchange's "Not read" for a
    /// message deleted unread, which also says "automatic-action … deleted".
    /// </summary>
    private static BounceReport? FromRejection(Context context)
    {
        string? auto = context.Message.Headers["Auto-Submitted"];
        bool rejection = (auto is not null && auto.Contains("rejected", StringComparison.OrdinalIgnoreCase)) || FamilyText.Has(context.Input.Text, AutomaticallyRejected);
        if (!rejection) return null;
        foreach (MimeEntity entity in context.Message.BodyParts)
        {
            if (entity is not MimePart part || !part.ContentType.IsMimeType("message", "disposition-notification")) continue;
            StatusFields fields = StatusFields.Parse(ReportParts.DecodeText(part, StatusFields.MaxLength));
            FieldGroup? group = fields.Recipients.Count != 0 ? fields.Recipients[0] : null;
            string? disposition = group?.Get("Disposition") ?? fields.Message.Get("Disposition");
            if (disposition is null || !disposition.Contains("automatic-action", StringComparison.OrdinalIgnoreCase)
                || !disposition.Contains("deleted", StringComparison.OrdinalIgnoreCase)) return null;
            string? address = FamilyText.FindAddress(DsnValue(group?.Get("Final-Recipient") ?? group?.Get("Original-Recipient")) ?? string.Empty);
            if (address is null) return null;

            // The reason: the lines after Dovecot's sentence, up to a blank line; else the text's first paragraph.
            string[] lines = context.Input.OwnLines;
            int at = FamilyText.FindLine(lines, 0, AutomaticallyRejected);
            int from = at < 0 ? 0 : at;
            int to = from;
            while (to < lines.Length && (to == from || lines[to].Trim().Length != 0)) to++;
            string reason = FamilyText.Join(lines, from, to);
            var status = new DeliveryStatusFields { DiagnosticCode = reason, Action = "failed" };
            Diagnosis diagnosis = Diagnoser.Diagnose(status, context.DiagnoseOptions);
            return OneRecipient(context, BounceReportKind.Bounce, "rfc8098", BuildRecipient(AddressText.Clean(address), null, "failed", null, reason, null,
                diagnosis, context.Message.Date.NullIfMin(), null, null));
        }

        return null;
    }

    /// <summary>Whether the message says a machine wrote it (an <c>Auto-Submitted</c> header other than "no").</summary>
    private static bool IsAutoSubmitted(MimeMessage message) =>
        message.Headers["Auto-Submitted"] is { } auto && !auto.Trim().Equals("no", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The recipient a complaint notice names: the address in its subject, else the one on a "Recipient:" line of its
    /// text. Null when it names none.
    /// </summary>
    private static BounceReport? FromComplaintNotice(Context context)
    {
        string? address = FamilyText.FindAddress(context.Input.Subject)
            ?? FamilyText.QuotedLineAddress(context.Input.OwnLines, 0, "Recipient:");
        return address is null ? null : OneFeedback(context, "complaint-notice", AddressText.Clean(address), "abuse");
    }

    /// <summary>A report about the message's sender alone (an unsubscribe request, an auto-reply).</summary>
    private static BounceReport OneRecipient(Context context, BounceReportKind kind, string format, BounceRecipient recipient) => new()
    {
        Kind = kind,
        Format = format,
        Original = context.Original,
        Recipients = [recipient],
        Errors = context.Errors,
    };

    // ---------------------------------------------------------------- auto-replies

    private static readonly char[] SubjectBrackets = ['[', '(', '<', '【', '［', '（', '〔', '《', ' ', '\u3000'];

    /// <summary>How far into an answer's text a help desk's acknowledgement is looked for.</summary>
    private const int MaxAcknowledgementText = 600;

    private static string? AutoReplyCue(Context context)
    {
        MimeMessage message = context.Message;
        string? header = BounceCues.AutoReplyHeaderCue(message);
        if (header is not null) return header;

        // A help desk's acknowledgement that carries no auto-reply header: an answer to a message (In-Reply-To,
        // References) that opens by saying a ticket was made of it ("We've received your request and created issue
        // HELP-2207"). An agent's later reply in the same ticket says something else.
        if ((message.Headers.Contains(HeaderId.InReplyTo) || message.Headers.Contains(HeaderId.References)) && !message.Headers.Contains(HeaderId.ListId))
        {
            string text = context.Input.Text;
            if (BounceCues.AcknowledgementCue(text.Length > MaxAcknowledgementText ? text.Substring(0, MaxAcknowledgementText) : text) is { } ack) return ack;
        }

        // A challenge-response request names the mailbox anywhere in its subject ("Action required: verify you are
        // human to reach …"). Other subject cues count alone only where auto-responders put them: at the start ("Out
        // of Office: …", "Auto: …"), after an opening bracket at most ("[Out of Office]", "【不在のお知らせ】").
        string subject = (message.Subject ?? string.Empty).Trim().TrimStart(SubjectBrackets);
        if (BounceCues.ChallengeSubjectCue(subject) is { } challenge) return challenge;
        string? cue = BounceCues.AutoReplySubjectCue(subject.Length > 40 ? subject.Substring(0, 40) : subject);
        if (cue is null) return null;
        foreach (Cue c in BounceCues.AutoReplySubjects)
        {
            if (c.Id == cue && subject.StartsWith(c.Phrase, StringComparison.OrdinalIgnoreCase)) return cue;
        }

        return null;
    }

    private const string YourMessageTo = "your message to ";

    private static bool SameDomain(string a, string b)
    {
        int at = a.LastIndexOf('@'), bt = b.LastIndexOf('@');
        return at >= 0 && bt >= 0 && a.AsSpan(at).Equals(b.AsSpan(bt), StringComparison.OrdinalIgnoreCase);
    }

    private static BounceReport FromAutoReply(Context context)
    {
        MimeMessage message = context.Message;
        string address = message.From.Mailboxes.FirstOrDefault()?.Address ?? string.Empty;
        string text = context.Input.Text;
        if (text.Length > MaxAutoReplyText) text = text.Substring(0, MaxAutoReplyText);
        string excerpt = OneLine(text);

        // A service that answers for the mailbox (a challenge-response screen) writes from its own address and names the
        // mailbox: "Your message to marta@example.pl …". The mailbox, in another domain than the service's, is the one
        // the sender wrote to.
        if (Formats.FamilyText.FindAddress(Formats.FamilyText.After(context.Input.Subject, YourMessageTo) ?? Formats.FamilyText.After(excerpt, YourMessageTo) ?? string.Empty) is { } named
            && !SameDomain(named, address)) address = named;

        // An auto-reply that says the mailbox is gone ("this inbox is no longer in use") is worth more than "away".
        Diagnosis textDiagnosis = Diagnoser.Diagnose(excerpt, context.DiagnoseOptions);
        bool saysMailboxGone = textDiagnosis.Evidence.Source == DecisionSource.TextPattern
            && textDiagnosis.Reason is BounceReason.Suspend or BounceReason.UserUnknown or BounceReason.HasMoved;
        Diagnosis diagnosis = saysMailboxGone ? textDiagnosis : Diagnoser.ForReport(BounceReason.Vacation, context.DiagnoseOptions);

        return OneRecipient(context, BounceReportKind.AutoReply, "rfc3834", new BounceRecipient
        {
            Address = address,
            DiagnosticText = NullIfEmpty(excerpt),
            LastAttempt = message.Date.NullIfMin(),
            Diagnosis = diagnosis,
        });
    }

    // ---------------------------------------------------------------- bounces read from text

    /// <summary>The cue that makes the message a likely bounce, or null: report structure, headers, sender, subject.</summary>
    private static string? BounceCue(Context context)
    {
        MimeMessage message = context.Message;
        if (IsReportType(message, "delivery-status")) return "structure.multipart-report";
        if (context.Parts.StatusParts.Count != 0) return "structure.delivery-status";
        if (message.Headers.Contains("X-Failed-Recipients")) return "header.x-failed-recipients";
        return BounceCues.SenderCue(context.Input.From) ?? BounceCues.BounceSubjectCue(context.Input.Subject)
            ?? BounceCues.ListRefusalCue(message, context.Input.Subject);
    }

    private static BounceReport? FromText(Context context)
    {
        List<string> failed = FailedRecipients(context.Message);
        List<FormatRecipient> found = ReadTextRecipients(context, out string? format) ?? [];
        var pairs = new List<KeyValuePair<string, FormatRecipient?>>();
        // The header names who failed, unless it names none of the recipients the text reports (a rewritten or
        // anonymised header): then the text's own list is the better one.
        if (failed.Count != 0 && found.Count != 0 && !failed.Exists(a => Match(found, a, null, -1, -1) is not null)) failed.Clear();
        if (failed.Count != 0)
        {
            // The text says why: the lines about that address, else the bounce's own text.
            FormatRecipient? whole = null;
            for (int i = 0; i < failed.Count; i++)
            {
                FormatRecipient? match = Match(found, failed[i], null, i, failed.Count);
                if (match is null)
                {
                    whole ??= OwnText(context.Input);
                    if (whole is not null) match = new FormatRecipient { Address = failed[i], DiagnosticText = whole.DiagnosticText, Stage = whole.Stage };
                }

                pairs.Add(new(failed[i], match));
            }

            format ??= "x-failed-recipients";
        }
        else
        {
            foreach (FormatRecipient r in found) pairs.Add(new(r.Address, r));
        }

        if (pairs.Count == 0) return null;
        var recipients = new List<BounceRecipient>(pairs.Count);
        foreach (KeyValuePair<string, FormatRecipient?> pair in pairs)
        {
            FormatRecipient? r = pair.Value;
            if (r?.FeedbackType is { } feedbackType)
            {
                recipients.Add(new BounceRecipient
                {
                    Address = AddressText.Clean(pair.Key),
                    FeedbackType = feedbackType,
                    DiagnosticText = NullIfEmpty(OneLine(r.DiagnosticText)),
                    LastAttempt = context.Message.Date.NullIfMin(),
                    Diagnosis = Diagnoser.ForReport(BounceReason.Feedback, context.DiagnoseOptions),
                });
                continue;
            }

            var fields = new DeliveryStatusFields
            {
                Status = r?.Status,
                DiagnosticCode = r?.DiagnosticText,
                Action = r?.Action ?? "failed",
                RemoteMta = r?.RemoteMta,
                Stage = r?.Stage ?? SmtpStage.Unknown,
            };
            Diagnosis diagnosis = Diagnoser.Diagnose(fields, context.DiagnoseOptions);
            recipients.Add(BuildRecipient(AddressText.Clean(pair.Key), null, fields.Action, r?.Status, r?.DiagnosticText, r?.RemoteMta,
                diagnosis, context.Message.Date.NullIfMin(), null, null));
        }

        return new BounceReport
        {
            Kind = recipients.TrueForAll(x => x.FeedbackType is not null) ? BounceReportKind.Feedback : KindOf(recipients),
            ReportingMta = null,
            Format = format,
            Original = context.Original,
            Recipients = recipients,
            Errors = context.Errors,
        };
    }

    /// <summary>Runs the format decoders on a likely bounce's text; the first that finds recipients wins.</summary>
    private static List<FormatRecipient>? ReadTextRecipients(Context context, out string? format)
    {
        format = null;
        BounceInput input = context.Input;
        var list = new List<FormatRecipient>();
        foreach (IBounceFormat decoder in FormatRegistry.Formats)
        {
            list.Clear();
            try
            {
                if (decoder.TryRead(input, list) && list.Count != 0)
                {
                    format = decoder.Name;
                    return list;
                }
            }
#pragma warning disable CA1031 // A defect in one decoder must not hide what the others can read.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                context.Errors.Add($"The {decoder.Name} decoder failed: {ex.Message}");
            }
        }

        return null;
    }

    /// <summary>The bounce's own text (before the returned message), as one line: the diagnostic of last resort.</summary>
    private static FormatRecipient? OwnText(BounceInput input)
    {
        string text = OneLine(input.Text.Substring(0, input.OwnTextLength));
        if (text.Length == 0) return null;
        if (text.Length > MaxOwnText) text = text.Substring(0, MaxOwnText);
        return new FormatRecipient { Address = string.Empty, DiagnosticText = text, Stage = SmtpReply.Extract(text).Stage };
    }

    /// <summary>The bounce's own error text: its first SMTP reply, else the first line the engine recognises as an error; or null.</summary>
    private static string? OwnError(BounceInput input)
    {
        return GenericFormat.ErrorText(input.OwnLines);
    }

    /// <summary>The text recipient for a report recipient: same address (or original address), else same position when the counts agree.</summary>
    private static FormatRecipient? Match(List<FormatRecipient>? found, string address, string? original, int index, int count)
    {
        if (found is null || found.Count == 0) return null;
        foreach (FormatRecipient r in found)
        {
            string a = AddressText.Clean(r.Address);
            if (a.Equals(address, StringComparison.OrdinalIgnoreCase) || (original is not null && a.Equals(original, StringComparison.OrdinalIgnoreCase))) return r;
        }

        return found.Count == count ? found[index] : null;
    }

    private static List<string> FailedRecipients(MimeMessage message)
    {
        var list = new List<string>();
        foreach (Header header in message.Headers)
        {
            if (!header.Field.Equals("X-Failed-Recipients", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (string item in header.Value.Split(','))
            {
                AddAddress(list, item);
            }
        }

        return list;
    }

    private static string? FailedRecipientAt(MimeMessage message, int index)
    {
        List<string> failed = FailedRecipients(message);
        return index < failed.Count ? failed[index] : null;
    }

    // ---------------------------------------------------------------- helpers

    private static BounceRecipient BuildRecipient(string address, string? original, string? action, string? statusText, string? diagnostic,
        string? remote, Diagnosis diagnosis, DateTimeOffset? lastAttempt, DateTimeOffset? arrival, string? feedbackType)
    {
        string? diagnosticText = NullIfEmpty(OneLine(DsnValue(diagnostic)));
        SmtpReply reply = SmtpReply.Extract(diagnosticText);
        EnhancedStatusCode? status = ParseStatus(statusText) ?? diagnosis.EnhancedCode;
        return new BounceRecipient
        {
            Address = address,
            OriginalRecipient = original,
            Action = NullIfEmpty(action?.Trim().ToLowerInvariant()),
            Status = status,
            ReplyCode = reply.Code ?? diagnosis.ReplyCode,
            RemoteMta = NullIfEmpty(DsnValue(remote)) ?? reply.RemoteHost,
            DiagnosticText = diagnosticText,
            Stage = diagnosis.Stage,
            LastAttempt = lastAttempt,
            ArrivalDate = arrival,
            FeedbackType = feedbackType,
            Diagnosis = diagnosis,
        };
    }

    private static EnhancedStatusCode? ParseStatus(string? status)
    {
        if (string.IsNullOrWhiteSpace(status)) return null;
        string s = status!.Trim();
        return EnhancedStatusCode.TryParse(s.AsSpan(), out EnhancedStatusCode code, out int used)
            && (used == s.Length || !char.IsDigit(s[used]))
            ? code
            : null;
    }

    /// <summary>The value of a typed DSN field (<c>smtp; 550 …</c>, <c>dns; mx.example.jp</c>) without its type.</summary>
    internal static string? DsnValue(string? value)
    {
        if (value is null) return null;
        string s = value.Trim();
        int semi = s.IndexOf(';');
        if (semi > 0 && semi <= 16)
        {
            bool typed = true;
            for (int i = 0; i < semi && typed; i++) typed = s[i] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_';
            if (typed) s = s.Substring(semi + 1).Trim();
        }

        return s;
    }

    /// <summary>A text unfolded onto one line: runs of white space become one space; cut at <see cref="MaxLineText"/>.</summary>
    internal static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new System.Text.StringBuilder(Math.Min(text!.Length, MaxLineText));
        bool space = false;
        foreach (char c in text)
        {
            if (sb.Length >= MaxLineText) break;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length != 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        value is not null && DateUtils.TryParse(value.Trim(), out DateTimeOffset date) ? date : null;

    private static DateTimeOffset? NullIfMin(this DateTimeOffset date) => date == DateTimeOffset.MinValue ? null : date;

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static bool IsAction(string? action, string name) =>
        action is not null && action.TrimStart().StartsWith(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the message goes to a list's owner address ("list-owner@", "list-admin@", "owner-list@").</summary>
    private static bool IsToListOwner(MimeMessage message)
    {
        foreach (MailboxAddress mailbox in message.To.Mailboxes)
        {
            string local = mailbox.LocalPart ?? string.Empty;
            if (local.EndsWith("-owner", StringComparison.OrdinalIgnoreCase) || local.EndsWith("-admin", StringComparison.OrdinalIgnoreCase)
                || local.StartsWith("owner-", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static bool IsReportType(MimeMessage message, string reportType) =>
        message.Body is MultipartReport report && string.Equals(report.ReportType?.Trim(), reportType, StringComparison.OrdinalIgnoreCase);

    private static bool HeaderIs(MimeMessage message, string name, string value) =>
        string.Equals(message.Headers[name]?.Trim(), value, StringComparison.OrdinalIgnoreCase);

    private static void AddAddress(List<string> list, string value)
    {
        string a = AddressText.Clean(value);
        if (a.Length != 0 && !list.Exists(x => x.Equals(a, StringComparison.OrdinalIgnoreCase))) list.Add(a);
    }

    private static IEnumerable<string> Distinct(List<string> values)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string v in values)
        {
            if (seen.Add(v.Trim())) yield return v;
        }
    }

    /// <summary>
    /// The message as the text readers should see it. A multipart whose boundary lines are missing parses as an empty
    /// multipart with everything in its preamble: read that text as the body instead.
    /// </summary>
    private static MimeMessage Readable(MimeMessage message)
    {
        if (message.Body is not Multipart { Count: 0 } multipart) return message;
        string text = (multipart.Preamble ?? string.Empty) + "\n" + (multipart.Epilogue ?? string.Empty);
        if (text.Trim().Length == 0) return message;
        var copy = new MimeMessage();
        copy.Headers.Clear();
        foreach (Header header in message.Headers)
        {
            if (!header.Field.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)) copy.Headers.Add(header.Clone());
        }

        copy.Body = new TextPart("plain") { Text = text };
        return copy;
    }

    /// <summary>What every step needs, computed once and only when asked for.</summary>
    private sealed class Context(MimeMessage message, BounceReadOptions options, List<string> errors)
    {
        private ReportParts? _parts;
        private BounceInput? _input;
        private OriginalMessage? _original;
        private bool _originalRead;

        internal MimeMessage Message { get; } = message;

        internal List<string> Errors { get; } = errors;

        internal DiagnoseOptions DiagnoseOptions { get; } = DiagnoseOptions.ForLanguage(options.Language);

        internal ReportParts Parts => _parts ??= ReportParts.Find(Message, ReportBuilder.ParserOptions);

        /// <summary>The fields of the message's delivery-status parts, set by the RFC 3464 reader before the decoders run.</summary>
        internal StatusFields? ReportStatus { get; set; }

        internal BounceInput Input => _input ??= BounceInput.Create(Readable(Message), ReportStatus);

        internal OriginalMessage? Original
        {
            get
            {
                if (!_originalRead)
                {
                    _original = OriginalMessageReader.Read(Parts, Input, ReportBuilder.ParserOptions);
                    _originalRead = true;
                }

                return _original;
            }
        }

        internal OriginalMessage? OriginalWithEnvelopeId(string? envelopeId)
        {
            OriginalMessage? o = Original;
            if (string.IsNullOrEmpty(envelopeId)) return o;
            return new OriginalMessage
            {
                MessageId = o?.MessageId,
                Subject = o?.Subject,
                From = o?.From,
                To = o?.To ?? [],
                EnvelopeId = envelopeId,
            };
        }

        internal OriginalMessage? OriginalWithSender(string? mailFrom)
        {
            OriginalMessage? o = Original;
            string from = AddressText.Clean(mailFrom);
            if (from.Length == 0 || o?.From is not null) return o;
            return new OriginalMessage
            {
                MessageId = o?.MessageId,
                Subject = o?.Subject,
                From = from,
                To = o?.To ?? [],
                EnvelopeId = o?.EnvelopeId,
            };
        }
    }
}
