using System.Text;

namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// The last resort for bounces no family decoder knows: finds the recipients in the human-readable text (an address
/// opening a line, or an address on a line with an SMTP reply) and takes the lines after each as its error text.
/// A recipient is kept only when its text holds an SMTP reply code, an enhanced status code, or an error phrase
/// the core engine recognises: an address without an error is not a result.
/// </summary>
internal sealed class GenericFormat : IBounceFormat
{
    /// <summary>At most this many lines of error text are kept per recipient.</summary>
    private const int MaxDiagnosticLines = 8;

    /// <summary>An error label before an address ("Unknown user:") is at most this long.</summary>
    private const int MaxErrorLabel = 60;

    /// <summary>At most this many recipients are read from one text.</summary>
    private const int MaxRecipients = 1_000;

    /// <summary>An error text longer than this is cut.</summary>
    private const int MaxDiagnosticLength = 1_000;

    /// <summary>
    /// Labels that may precede a recipient address at the start of a line ("Recipient: taro@example.jp"), written with a
    /// plain colon and no blank before it: <see cref="IsLabel"/> reads "宛先   :" and "宛先：" as "宛先:".
    /// </summary>
    private static readonly string[] AddressLabels =
    [
        "to:", "recipient:", "recipients:", "recipient address:", "address:", "failed recipient:", "original recipient:",
        "final recipient:", "destinataire:", "empfänger:", "宛先:", "宛先アドレス:", "宛先メールアドレス:", "送信先アドレス:", "收件人:",
        "rcpt to:", "your message to", "your message to:", "受信者:", "送信先:", "받는 사람:", "받는사람:", "수신자:", "destinatario:",
    ];

    /// <summary>Labels of the reason line in notices that label their fields ("Reason: Inactive recipient", "실패 원인 : …").</summary>
    private static readonly string[] ReasonLabels =
    [
        "reason:", "error:", "error reason:", "failure reason:", "cause:", "理由:", "原因:", "エラー内容:", "エラー理由:", "詳細:",
        "실패 원인:", "실패 사유:", "사유:", "원인:", "raison:", "grund:", "fehlergrund:", "motivo:", "causa:",
    ];

    /// <summary>Decorated lines (<c>----- … -----</c>) with these words start the returned message: nothing after them is the bounce's own text.</summary>
    private static readonly string[] DecoratedCutWords =
    [
        "original message", "copy of", "message follows", "headers", "returned message", "undelivered message",
        "message text", "rfc822", "original mail", "元のメッセージ", "元メッセージ", "元のメール", "返送されたメッセージ", "原始邮件", "原邮件",
    ];

    /// <summary>Undecorated lines that end the bounce's own prose: the returned message, or a status block.</summary>
    private static readonly string[] CutLineStarts =
    [
        "original message follows", "below this line is a copy", "the original message headers", "original message headers",
        "unsent message below", "message headers follow", "included is a copy", "a copy of the original message",
        "content-type: message/rfc822", "return-path:",
        // A delivery status written into the text: the machine-readable part, read by the status reader instead.
        "reporting-mta:", "final-recipient:", "original-recipient:",
    ];

    public string Name => "generic";

    /// <summary>
    /// The lines with the quoted ones blanked: a person who replies to a bounce or writes about one quotes it
    /// ("&gt; 550 5.1.1 &lt;taro@example.jp&gt;... User unknown"), and what is quoted is not this message's report. A
    /// forwarded bounce quoted whole ("Begin forwarded message:" then "&gt; From: Mail Delivery Subsystem …") keeps its
    /// lines. Sendmail's transcript lines ("&gt;&gt;&gt; RCPT TO:…") are not quotes. The lines are copied only when needed.
    /// </summary>
    private static string[] WithoutQuotedLines(string[] lines)
    {
        string[]? copy = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line[0] != '>' || line.StartsWith(">>> ", StringComparison.Ordinal)) continue;
            string quoted = line.TrimStart('>', ' ', '\t');
            if (quoted.StartsWith("from:", StringComparison.OrdinalIgnoreCase) && Internal.BounceCues.SenderCue(quoted.Substring(5)) is not null) return lines;
            copy ??= (string[])lines.Clone();
            copy[i] = string.Empty;
        }

        return copy ?? lines;
    }

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (text.Length == 0) return false;
        string[] lines = WithoutQuotedLines(input.OwnLines);
        var found = new List<Candidate>();
        var replies = new ReplyMemo();

        // Found when first needed (the first address that opens a line, or the later passes): a text that names no
        // address never reads the From and To headers.
        HashSet<string>? excluded = null;
        HashSet<string> Excluded() => excluded ??= ExcludedAddresses(input);

        // Pass 1: an address that opens a line, and the lines after it.
        Candidate? open = null;
        int blankRun = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (TryLeadingAddress(line, replies, out string? address, out int addressEnd, out bool labelled))
            {
                string label = line.Substring(0, line.IndexOf(address, StringComparison.Ordinal)).Trim().TrimEnd('<', '"', '\'', '(', '[').Trim();

                // "転送先アドレス: …", "Forwarded to: …" under the alias's own line: the forwarding target is the address
                // that failed (the reply names it), as a delivery-status part's Final-Recipient would.
                if (open is not null && labelled && open.LineCount == 0 && IsLabel(label, ForwardLabels))
                {
                    open.Address = address;
                    continue;
                }

                // The open recipient named again ("after RCPT TO:" then "<taro@example.jp>:") continues its text.
                if (open is not null && open.Address.Equals(address, StringComparison.OrdinalIgnoreCase))
                {
                    open.Add(line);
                    blankRun = 0;
                    continue;
                }

                // An address opening a line is a recipient, unless it is the bounce's own sender or receiver: after a
                // label ("To: …") that is the original sender quoted in a summary of the message; bare, a greeting
                // ("bounces@example.com 様") or a fake notice telling the receiver that its own mailbox failed.
                if (!Excluded().Contains(address) && found.Count < MaxRecipients)
                {
                    Close(open, found);
                    open = new Candidate(address) { Leading = true };
                    if (label.EndsWith(':') && !IsDecorationOnly(label) && !IsAddressLabel(label)) open.Add(label);
                    string rest = line.Substring(addressEnd).Trim().TrimStart(':', '.', ',', ';', '>').Trim();
                    if (rest.Length != 0) open.Add(rest);
                    blankRun = 0;
                    continue;
                }
            }

            if (open is null) continue;
            if (line.Length == 0)
            {
                blankRun++;
                // A blank line ends the error text, unless the text so far only announces it ("because:") or Exchange's
                // dated attempt follows ("6/19/2026 2:58:11 PM - Server at mx… returned '451 4.4.0 …'"): the cause of a
                // delay whose own line only says "Message delayed".
                if (open.LineCount != 0 && !open.EndsWithColon && !DatedAttemptFollows(lines, i)) open = Close(open, found);
                else if (blankRun > 2) open = Close(open, found);
                continue;
            }

            blankRun = 0;
            if (IsDecoratedLine(line)) continue; // "----- Transcript of session follows -----"
            if (IsHeaderLine(line, 0, out _) || IsSummaryField(line))
            {
                // "Subject: …", "Date: …": a summary of the message, not the error.
                open = Close(open, found);
                continue;
            }

            if (open.LineCount >= MaxDiagnosticLines) open = Close(open, found);
            else open.Add(line);
        }

        Close(open, found);

        // Pass 2: when no line opens with an address, a line that holds both an address and an error
        // ("550 5.1.1 <taro@example.jp>... User unknown", "Unable to deliver message to <taro@example.jp>").
        if (found.Count == 0)
        {
            foreach (string raw in lines)
            {
                if (raw.IndexOf('@') < 0) continue;
                string line = raw.Trim();
                string? address = FirstAddress(line, out _, out _);
                if (address is null || Excluded().Contains(address) || Contains(found, address)) continue;
                if (!HasReplyCode(line, replies) && !IsErrorText(line, replies)) continue;
                var c = new Candidate(address);
                c.Add(line);
                found.Add(c);
                if (found.Count >= MaxRecipients) break;
            }
        }

        // Pass 3: the text names one address and, elsewhere, an SMTP reply ("There was an error delivering your mail
        // to <taro@example.jp>." … "550 5.7.26 …").
        if (found.Count == 0 && SingleAddress(lines, Excluded()) is { } only)
        {
            found.Add(new Candidate(only));
        }

        // A notice that labels its fields ("Recipient: …", "Reason: …"): the reason line, with the lines that continue it
        // and, when it is only a few words ("Reason: Inactive recipient"), the paragraph that explains it.
        if (found.Count == 1 && !HasReplyCode(found[0].Text, replies) && ReasonBlock(lines) is { } reason
            && !found[0].Text.Contains(reason, StringComparison.Ordinal)) found[0].Add(reason);

        // A recipient whose own lines carry no reply code takes the transcript line that names it with one; the only
        // recipient of a bounce takes the bounce's reply lines, wherever they are.
        foreach (Candidate c in found)
        {
            if (HasReplyCode(c.Text, replies)) continue;
            string? named = null;
            foreach (string raw in lines)
            {
                if (!raw.Contains(c.Address, StringComparison.OrdinalIgnoreCase)) continue;
                string line = raw.Trim();
                if (HasReplyCode(line, replies) && !c.Text.Contains(line, StringComparison.Ordinal))
                {
                    named = line;
                    break;
                }
            }

            // An error paragraph without a reply code is only borrowed for an address in a structured position whose own
            // words say no error ("Your message to taro@example.jp was not delivered." then the why); "neko@example.jp:
            // Envelope expired" keeps its own words.
            if (named is not null) c.Add(named);
            else if (found.Count == 1 && (ReplyBlock(lines, replies)
                    ?? (c.Leading && (c.LineCount == 0 || !IsErrorText(c.Text, replies)) ? ErrorParagraph(lines, replies) : null)) is { } block
                && !c.Text.Contains(block, StringComparison.Ordinal)) c.Add(block);
        }

        // A sendmail-style transcript (">>> DATA" / "<<< 550 …") says at which command the reply came: the command line
        // goes with the recipient the reply names, or with the only recipient.
        foreach (Candidate c in found)
        {
            if (replies.Extract(c.Text).Stage != SmtpStage.Unknown) continue;
            string? command = TranscriptCommand(lines, c.Address, found.Count == 1, replies, out SmtpStage stage);
            if (command is not null && stage == FamilyText.CommandStage(command.Substring(3).Trim())) c.Add(command);
            else c.Stage = stage;
        }

        int before = recipients.Count;
        foreach (Candidate c in found)
        {
            string diagnostic = c.Text;
            if (diagnostic.Length > MaxDiagnosticLength) diagnostic = diagnostic.Substring(0, MaxDiagnosticLength);
            // A line-leading address with text after it is a result even when the engine does not know the words;
            // the weaker passes need an error the engine recognises.
            if (diagnostic.Length == 0 || (!c.Leading && !IsErrorText(diagnostic, replies))) continue;
            SmtpReply reply = replies.Extract(diagnostic);
            recipients.Add(new FormatRecipient
            {
                Address = c.Address,
                DiagnosticText = diagnostic,
                RemoteMta = reply.RemoteHost,
                Stage = c.Stage != SmtpStage.Unknown ? c.Stage : reply.Stage,
            });
        }

        return recipients.Count > before;
    }

    /// <summary>Whether a text says something went wrong: a reply code, an enhanced code, or an error phrase the engine knows.</summary>
    private static bool IsErrorText(string text, ReplyMemo replies)
    {
        if (text.Length == 0) return false;
        return HasReplyCode(text, replies) || replies.IsErrorPhrase(text);
    }

    private static bool HasReplyCode(string line, ReplyMemo replies)
    {
        if (!MayHoldCode(line)) return false;
        SmtpReply reply = replies.Extract(line);
        return (reply.Code is { } code && (int)code >= 400) || reply.EnhancedCode is { IsSuccess: false };
    }

    /// <summary>
    /// The engine's answers for the texts of one read, by text. The passes look at the same lines again (for a reply
    /// code, then for the recipient's transcript line, then for the bounce's reply block), and a candidate's text is
    /// asked for its reply code, its stage and its remote host: each answer costs a scan of the text, the lookup only a
    /// hash of it.
    /// </summary>
    private sealed class ReplyMemo
    {
        private readonly Dictionary<string, SmtpReply> _replies = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> _phrases = new(StringComparer.Ordinal);

        internal SmtpReply Extract(string text)
        {
            if (!_replies.TryGetValue(text, out SmtpReply? reply)) _replies[text] = reply = SmtpReply.Extract(text);
            return reply;
        }

        /// <summary>Whether the engine decides the text by an error phrase (a text pattern or a provider rule).</summary>
        internal bool IsErrorPhrase(string text)
        {
            if (!_phrases.TryGetValue(text, out bool error))
            {
                DecisionSource source = Diagnoser.Diagnose(text).Evidence.Source;
                _phrases[text] = error = source is DecisionSource.TextPattern or DecisionSource.ProviderRule;
            }

            return error;
        }
    }

    /// <summary>
    /// A cheap first look before the full extraction: whether the text has a 4 or 5 followed by two digits or by a dot
    /// and a digit. Most lines of a bounce text have neither, and the extraction costs far more than this scan.
    /// </summary>
    private static bool MayHoldCode(string text)
    {
        for (int i = 0; i + 2 < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('4' or '5')) continue;
            char d = text[i + 1];
            if ((char.IsDigit(d) && char.IsDigit(text[i + 2])) || (d == '.' && char.IsDigit(text[i + 2]))) return true;
        }

        return false;
    }

    /// <summary>
    /// The client command line (<c>&gt;&gt;&gt; RCPT To:&lt;…&gt;</c>, <c>&gt;&gt;&gt; DATA</c>) a transcript shows before the server's
    /// error reply (<c>&lt;&lt;&lt; 550 …</c>) that names <paramref name="address"/>, or before any error reply when
    /// <paramref name="anyReply"/>; null when the text has no such transcript. <paramref name="stage"/> is the stage the
    /// reply answers, which differs from the command's when the client pipelined (<see cref="FamilyText.ReplyStage"/>),
    /// and is the connection's greeting when the reply came before any command ("... while talking to mx.example.jp.:"
    /// then "&lt;&lt;&lt; 554 …"; the command is null then).
    /// </summary>
    private static string? TranscriptCommand(string[] lines, string address, bool anyReply, ReplyMemo replies, out SmtpStage stage)
    {
        // A reply that names the address settles it. Otherwise (anyReply) the first error of the last session that had
        // one: sendmail moves on to the next host after a busy greeting, and the later host's refusal is the one that counted.
        string? command = null, found = null;
        bool talking = false, sessionFound = false;
        stage = SmtpStage.Unknown;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (FamilyText.IsTalkingTo(line))
            {
                talking = true;
                sessionFound = false;
                command = null;
                continue;
            }

            if (line.StartsWith(">>> ", StringComparison.Ordinal))
            {
                command = line;
                continue;
            }

            if ((command is null && !talking) || !line.StartsWith("<<< ", StringComparison.Ordinal) || !HasReplyCode(line, replies)) continue;
            bool names = line.Contains(address, StringComparison.OrdinalIgnoreCase) || (command?.Contains(address, StringComparison.OrdinalIgnoreCase) ?? false);
            if (!names && (!anyReply || sessionFound)) continue;
            SmtpStage replied = command is null ? SmtpStage.Connect : FamilyText.ReplyStage(lines, i, lines.Length, FamilyText.CommandStage(command.Substring(3).Trim()));
            if (names)
            {
                stage = replied;
                return command;
            }

            found = command;
            stage = replied;
            sessionFound = true;
        }

        return found;
    }

    /// <summary>The first reason line of the text with its continuation, as one line; null when there is none.</summary>
    private static string? ReasonBlock(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();

            // A label alone on its line ("原因:") has the reason in the paragraph under it.
            if (LabelledValue(line, ReasonLabels) is not { } value) continue;
            var sb = new StringBuilder(value);
            int j = i + 1;

            // Indented lines under it continue it ("실패 원인 : …" then "            …").
            for (; j < lines.Length && j <= i + MaxDiagnosticLines && lines[j].Length > 0 && char.IsWhiteSpace(lines[j][0]) && lines[j].Trim().Length > 0; j++)
                sb.Append(' ').Append(lines[j].Trim());

            // A reason of a few words is explained by the paragraph after it.
            if (value.Split(' ').Length <= 4)
            {
                while (j < lines.Length && lines[j].Trim().Length == 0) j++;
                for (int k = j; k < lines.Length && k < j + MaxDiagnosticLines && lines[k].Trim().Length > 0 && ReasonValue(lines[k].Trim()) is null && !IsHeaderLine(lines[k].Trim(), 0, out _); k++)
                    sb.Append(' ').Append(lines[k].Trim());
            }

            string reason = sb.ToString().Trim();
            if (reason.Length != 0) return reason;
        }

        return null;
    }

    /// <summary>The one address the text names (excluded ones aside), or null when it names none or several.</summary>
    private static string? SingleAddress(string[] lines, HashSet<string> excluded)
    {
        string? only = null;
        foreach (string line in lines)
        {
            int from = 0;
            while (from < line.Length)
            {
                string? address = FirstAddress(line.Substring(from), out _, out int end);
                if (address is null) break;
                from += end;
                if (excluded.Contains(address)) continue;
                if (only is null) only = address;
                else if (!only.Equals(address, StringComparison.OrdinalIgnoreCase)) return null;
            }
        }

        return only;
    }

    /// <summary>The first SMTP reply in the text with the lines that continue it (a multi-line reply), as one line.</summary>
    private static string? ReplyBlock(string[] lines, ReplyMemo replies)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!MayHoldCode(lines[i])) continue;
            string line = lines[i].Trim();
            if (!HasReplyCode(line, replies)) continue;
            var sb = new StringBuilder(line);
            string last = line;
            for (int j = i + 1; j < lines.Length && j <= i + (2 * MaxDiagnosticLines); j++)
            {
                string next = lines[j].Trim();
                // "550-…" promises more lines of the same reply: blank lines a converter put between them do not end it.
                if (next.Length == 0 && IsContinuedReplyLine(last)) continue;
                if (next.Length == 0 || IsDecoratedLine(next)) break;
                sb.Append(' ').Append(next);
                last = next;
            }

            return sb.ToString();
        }

        return null;
    }

    /// <summary>The error a text gives: its first SMTP reply (with its continuation lines), else the first line the engine recognises as an error.</summary>
    internal static string? ErrorText(string[] lines)
    {
        var replies = new ReplyMemo();
        return ReplyBlock(lines, replies) ?? ErrorParagraph(lines, replies);
    }

    /// <summary>Whether a line is a non-final line of a multi-line SMTP reply (<c>550-5.7.26 …</c>).</summary>
    private static bool IsContinuedReplyLine(string line) =>
        line.Length >= 4 && line[0] is '4' or '5' && char.IsDigit(line[1]) && char.IsDigit(line[2]) && line[3] == '-';

    /// <summary>
    /// The first line the engine recognises as an error ("Error: No valid recipients"), with the lines that continue its
    /// paragraph (a sentence wrapped at 72 columns: "…refused by the policy "Outbound" because" / "messages … must be
    /// sent encrypted"), up to a blank line, a summary field or an address; null when there is none.
    /// </summary>
    private static string? ErrorParagraph(string[] lines, ReplyMemo replies)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || FirstAddress(line, out _, out _) is not null || !IsErrorText(line, replies)) continue;

            // A labelled field ("Policy: Outbound - PCI", "Bounce type : Hard bounce") is one line; the lines under it
            // are other fields. A notice that explains its fields in sentences after them ("… did not attempt delivery
            // to this address. It hard bounced on an earlier email …") adds the first such paragraph that is an error.
            if (StartsWithLabel(line)) return ExplainingParagraph(lines, i + 1, replies) is { } why ? line + " " + why : line;
            return Paragraph(lines, i);
        }

        return null;
    }

    /// <summary>The line at <paramref name="start"/> with the lines that continue its paragraph, up to a blank line, a field or an address.</summary>
    private static string Paragraph(string[] lines, int start)
    {
        var sb = new StringBuilder(lines[start].Trim());
        for (int j = start + 1; j < lines.Length && j <= start + MaxDiagnosticLines; j++)
        {
            string next = lines[j].Trim();
            if (next.Length == 0 || StartsWithLabel(next) || IsSummaryField(next) || FirstAddress(next, out _, out _) is not null) break;
            sb.Append(' ').Append(next);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The first paragraph after the fields that follow <paramref name="from"/> (past the remaining labelled lines and
    /// one blank line), when the engine reads it as an error; null otherwise.
    /// </summary>
    private static string? ExplainingParagraph(string[] lines, int from, ReplyMemo replies)
    {
        int i = from;
        while (i < lines.Length && lines[i].Trim() is { Length: > 0 } field && StartsWithLabel(field)) i++;
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        if (i >= lines.Length || StartsWithLabel(lines[i].Trim()) || FirstAddress(lines[i], out _, out _) is not null) return null;
        string paragraph = Paragraph(lines, i);
        return IsErrorText(paragraph, replies) ? paragraph : null;
    }

    /// <summary>
    /// Whether a line opens with a field label: at most three words of letters (or hyphens) and a colon ("Rule:",
    /// "Disposition:", "Error Type:", "宛先：", "Bounce type       :"). Header lines are such lines too.
    /// </summary>
    private static bool StartsWithLabel(string line)
    {
        int words = 1;
        for (int i = 0; i < line.Length && i <= 32; i++)
        {
            char c = line[i];
            if (c is ':' or '：') return i > 0;
            if (c == ' ')
            {
                // Blanks that pad the label to a column ("Bounce type       : …") end it at the colon after them.
                int next = i;
                while (next < line.Length && line[next] == ' ') next++;
                if (next > i + 1) return i > 0 && next < line.Length && line[next] is ':' or '：';
                if (++words > 3) return false;
                continue;
            }

            if (!char.IsLetter(c) && c != '-') return false;
        }

        return false;
    }

    /// <summary>The length of the bounce's own text: up to the line that starts the returned message.</summary>
    internal static int OwnTextLength(string text)
    {
        int pos = 0;
        bool seenText = false;
        while (pos < text.Length)
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            ReadOnlySpan<char> line = text.AsSpan(pos, Math.Min(end - pos, 200)).Trim();
            if (seenText && (IsCutLine(line) || StartsHeaderBlock(text, pos, end))) return pos;
            if (line.Length != 0) seenText = true;
            pos = end + 1;
        }

        return text.Length;
    }

    /// <summary>Header names a bounce text may quote when it summarises the message (Subject, Date…).</summary>
    private static readonly string[] HeaderNames =
    [
        "From:", "To:", "Cc:", "Date:", "Subject:", "Reply-To:", "Sender:", "In-Reply-To:", "References:", "X-Mailer:", "User-Agent:",
        "Importance:", "Content-Transfer-Encoding:",
    ];

    /// <summary>Header names only a returned message's own header block has: one of them in a run of header lines marks it.</summary>
    private static readonly string[] TransportHeaderNames =
    [
        "Received:", "Return-Path:", "Message-ID:", "MIME-Version:", "Content-Type:", "Delivered-To:", "X-Original-To:", "DKIM-Signature:",
        "X-Received:", "ARC-Seal:", "Authentication-Results:",
    ];

    /// <summary>The most header lines looked at to decide whether a run of them is a returned message's header block.</summary>
    private const int MaxHeaderRun = 60;

    /// <summary>
    /// Whether the line at <paramref name="start"/> opens a returned message's header block: a run of header lines at
    /// the left margin (folded lines included), or an mbox "From " line followed by one, that holds a transport header
    /// (Received, Message-ID…). A bounce that only summarises the message ("Subject: …", "Date: …") is not cut.
    /// </summary>
    private static bool StartsHeaderBlock(string text, int start, int end)
    {
        bool mbox = string.CompareOrdinal(text, start, "From ", 0, 5) == 0 && text.IndexOf('@', start, end - start) > 0;
        if (!mbox && !IsHeaderLine(text, start, out _)) return false;
        int pos = start;
        int lineEnd = end;
        for (int lines = 0; lines < MaxHeaderRun; lines++)
        {
            bool header = IsHeaderLine(text, pos, out bool transport);
            bool folded = lines > 0 && pos < text.Length && text[pos] is ' ' or '\t';
            if (transport) return true;
            if (!header && !folded && !(lines == 0 && mbox)) return false;
            pos = lineEnd + 1;
            if (pos >= text.Length) return false;
            lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0) lineEnd = text.Length;
        }

        return false;
    }

    private static bool IsHeaderLine(string text, int pos, out bool transport)
    {
        transport = false;
        int nameLength = HeaderNameLength(text, pos);
        if (nameLength == 0) return false;
        transport = IsOneOf(text, pos, nameLength, TransportHeaderNames);
        return transport || IsOneOf(text, pos, nameLength, HeaderNames);
    }

    /// <summary>The length of "Name:" at <paramref name="pos"/> (letters, digits and hyphens, then a colon), or 0.</summary>
    private static int HeaderNameLength(string text, int pos)
    {
        int max = Math.Min(text.Length, pos + 40);
        if (pos >= max || !(text[pos] is >= 'a' and <= 'z' or >= 'A' and <= 'Z')) return 0;
        for (int i = pos + 1; i < max; i++)
        {
            char c = text[i];
            if (c == ':') return i - pos + 1;
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-')) return 0;
        }

        return 0;
    }

    private static bool IsOneOf(string text, int pos, int length, string[] names)
    {
        foreach (string name in names)
        {
            if (name.Length == length && string.Compare(text, pos, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }

        return false;
    }

    private static bool IsCutLine(ReadOnlySpan<char> line)
    {
        if (line.Length < 6) return false;
        if (IsDecoration(line[0]) && IsDecoration(line[1]))
        {
            foreach (string word in DecoratedCutWords)
            {
                if (line.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            return false;
        }

        if (!char.IsLetter(line[0])) return false;
        foreach (string start in CutLineStarts)
        {
            if (line.StartsWith(start.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static bool IsAddressLabel(string label) => IsLabel(label, AddressLabels) || IsLabel(label, ForwardLabels);

    /// <summary>
    /// Whether the next non-blank line after <paramref name="blank"/> (within a few) is Exchange's line for one delivery
    /// attempt: a date ("6/19/2026 2:58:11 PM"), then what the server returned.
    /// </summary>
    private static bool DatedAttemptFollows(string[] lines, int blank)
    {
        int next = blank + 1;
        while (next < lines.Length && next <= blank + 3 && lines[next].Trim().Length == 0) next++;
        if (next >= lines.Length) return false;
        string line = lines[next].Trim();
        return line.Length > 10 && char.IsDigit(line[0]) && line.IndexOf('/') is > 0 and < 3 && line.Contains(" returned '", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Labels of the address an alias forwards to.</summary>
    private static readonly string[] ForwardLabels = ["転送先:", "転送先アドレス:", "forwarded to:", "redirected to:", "weitergeleitet an:"];

    /// <summary>
    /// Whether <paramref name="label"/> is one of <paramref name="labels"/>, however the notice pads it: blanks before
    /// the colon ("宛先   :", "받는 사람 :") and the full-width colon are read as a plain colon.
    /// </summary>
    private static bool IsLabel(string label, string[] labels)
    {
        string normal = NormalLabel(label);
        foreach (string l in labels)
        {
            if (normal.Equals(l, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static string NormalLabel(string label)
    {
        string t = label.Trim().Replace('：', ':');
        int colon = t.LastIndexOf(':');
        return colon > 0 && colon == t.Length - 1 ? t.Substring(0, colon).TrimEnd() + ":" : t;
    }

    /// <summary>Labels of a summary of the returned message in notices that pad their labels ("件名   : …", "제목 : …").</summary>
    private static readonly string[] SummaryLabels =
    [
        "subject:", "date:", "sent:", "件名:", "送信日時:", "日時:", "差出人:", "送信者:", "제목:", "보낸 날짜:", "보낸 사람:", "보낸사람:",
    ];

    /// <summary>Whether a line is a field of the returned message's summary, its label padded or not.</summary>
    private static bool IsSummaryField(string line) => LabelledValue(line, SummaryLabels) is not null;

    /// <summary>The value of a reason line ("Reason: Inactive recipient" → "Inactive recipient"), or null when the line is not one.</summary>
    private static string? ReasonValue(string line) => LabelledValue(line, ReasonLabels) is { Length: > 0 } value ? value : null;

    /// <summary>The value after the line's label when the label is one of <paramref name="labels"/> (empty when nothing follows it), else null.</summary>
    private static string? LabelledValue(string line, string[] labels)
    {
        int colon = line.IndexOfAny([':', '：']);
        if (colon <= 0 || colon > MaxErrorLabel) return null;
        return IsLabel(line.Substring(0, colon + 1), labels) ? line.Substring(colon + 1).Trim() : null;
    }

    private static bool IsDecoratedLine(string line) => line.Length >= 4 && IsDecoration(line[0]) && IsDecoration(line[1]) && IsDecoration(line[2]);

    private static bool IsDecoration(char c) => c is '-' or '=' or '*' or '_' or '#' or '+' or '|';

    /// <summary>
    /// Addresses that are never the failed recipient: the bounce's own sender (MAILER-DAEMON@…) and its receiver (the
    /// original sender, named in "MAIL FROM:&lt;…&gt;" lines and in quoted headers).
    /// </summary>
    private static HashSet<string> ExcludedAddresses(BounceInput input)
    {
        // Read from the header texts: MimeKit's address parse of From and To cost more than the rest of the lookup.
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddAddresses(set, input.From);
        AddAddresses(set, input.Message.Headers[global::MimeKit.HeaderId.To] ?? string.Empty);
        return set;
    }

    private static void AddAddresses(HashSet<string> set, string header)
    {
        for (int from = 0; from < header.Length && set.Count < MaxRecipients;)
        {
            string? address = FamilyText.FindAddress(header, from, out int end);
            if (address is null) break;
            set.Add(address);
            from = end;
        }
    }

    /// <summary>An address at the start of the line, alone or after <c>&lt;</c>, quotes or a recipient label.</summary>
    private static bool TryLeadingAddress(string line, ReplyMemo replies, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? address, out int end, out bool labelled)
    {
        labelled = false;
        address = FirstAddress(line, out int start, out end);
        if (address is null) return false;
        string prefix = line.Substring(0, start).Trim().TrimEnd('<', '"', '\'', '(', '[').Trim();
        if (prefix.Length == 0 || prefix.Equals("rfc822;", StringComparison.OrdinalIgnoreCase) || IsDecorationOnly(prefix)) return true;
        labelled = true;
        if (IsAddressLabel(prefix)) return true;

        // "Did not reach the following recipient: taro@example.jp", "Delivery failed for these recipients: …".
        if (prefix.Length <= MaxErrorLabel)
        {
            foreach (string ending in LabelEndings)
            {
                if (prefix.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        // "Unknown user: taro@example.jp": the label is the error itself.
        if (prefix.Length <= MaxErrorLabel && prefix.EndsWith(':') && IsErrorText(prefix.TrimEnd(':'), replies)) return true;
        address = null;
        return false;
    }

    /// <summary>
    /// Endings of longer labels that announce the failed recipient. "…address:" alone is not one of them: bounce texts
    /// label the sender's address the same way ("Sender address:", "Your address:").
    /// </summary>
    private static readonly string[] LabelEndings = ["recipient:", "recipients:", "recipient(s):", "recipient address:", "recipient addresses:"];

    /// <summary>A prefix of bullets or arrows only (<c>&gt;&gt;&gt;</c>, <c>--</c>, <c>*</c>, <c>1)</c>).</summary>
    private static bool IsDecorationOnly(string prefix)
    {
        if (prefix.Length > 5) return false;
        foreach (char c in prefix)
        {
            if (char.IsLetter(c)) return false;
        }

        return true;
    }

    /// <summary>The first e-mail address in a line (local@domain with a dot in the domain), with where it starts and ends.</summary>
    internal static string? FirstAddress(string line, out int start, out int end)
    {
        start = end = 0;
        int from = 0;
        while (from < line.Length)
        {
            int at = line.IndexOf('@', from);
            if (at < 0) return null;
            int l = at;
            while (l > 0 && IsLocalChar(line[l - 1])) l--;
            int r = at + 1;
            while (r < line.Length && IsDomainChar(line[r])) r++;
            while (r > at + 1 && line[r - 1] == '.') r--;
            if (l < at && r > at + 1)
            {
                string domain = line.Substring(at + 1, r - at - 1);
                if (domain.IndexOf('.') > 0)
                {
                    start = l;
                    end = r;
                    return line.Substring(l, r - l);
                }
            }

            from = at + 1;
        }

        return null;
    }

    private static bool IsLocalChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+'
            or '/' or '=' or '?' or '^' or '_' or '`' or '{' or '|' or '}' or '~' or '-'
        || (c > 127 && char.IsLetterOrDigit(c));

    private static bool IsDomainChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '-' || (c > 127 && char.IsLetterOrDigit(c));

    private static Candidate? Close(Candidate? open, List<Candidate> found)
    {
        if (open is null) return null;
        foreach (Candidate c in found)
        {
            if (!c.Address.Equals(open.Address, StringComparison.OrdinalIgnoreCase)) continue;
            // Named again further down: its text adds to what was found first.
            if (open.LineCount != 0) c.Add(open.Text);
            return null;
        }

        found.Add(open);
        return null;
    }

    private static bool Contains(List<Candidate> found, string address)
    {
        foreach (Candidate c in found)
        {
            if (c.Address.Equals(address, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private sealed class Candidate(string address)
    {
        private readonly StringBuilder _text = new();
        private string? _joined;

        /// <summary>The failed address; a forwarding target named under the alias takes its place.</summary>
        internal string Address { get; set; } = address;

        /// <summary>Whether the address opened its line (the strongest structure a plain-text bounce has).</summary>
        internal bool Leading { get; init; }

        internal int LineCount { get; private set; }

        /// <summary>The stage the transcript says the reply answered, when the text's own words do not say it.</summary>
        internal SmtpStage Stage { get; set; }

        internal bool EndsWithColon => _text.Length != 0 && _text[_text.Length - 1] == ':';

        /// <summary>The lines so far, joined; built once per change, as the passes ask for it several times.</summary>
        internal string Text => _joined ??= _text.ToString();

        internal void Add(string line)
        {
            _joined = null;
            if (_text.Length != 0) _text.Append(' ');
            _text.Append(line);
            LineCount++;
        }
    }
}
