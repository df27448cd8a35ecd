namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Scanning helpers the family decoders share. Every helper is a linear scan of a line or of the bounded
/// <see cref="BounceInput.Text"/>; none uses a regular expression, so no input can make them slow.
/// </summary>
internal static class FamilyText
{
    /// <summary>At most this many recipients are read from one message: the rest of a longer list is dropped.</summary>
    internal const int MaxRecipients = 1000;

    /// <summary>At most this many characters of error text are kept per recipient: replies say what they say early.</summary>
    internal const int MaxDiagnosticLength = 4096;

    /// <summary>Whether <paramref name="text"/> contains <paramref name="marker"/>, ignoring case.</summary>
    internal static bool Has(string text, string marker)
    {
        // The case-insensitive search of a marker that is not ASCII (the Japanese carriers' sentences) walks the text
        // char by char. Kana and ideographs have no case, so any match holds them as written: when an ordinal search
        // (vectorised) finds no such run of the marker, nothing can match and the slow search is skipped.
        int run = CaselessRun(marker, out int length);
        if (length != 0 && text.AsSpan().IndexOf(marker.AsSpan(run, length)) < 0) return false;
        return text.AsSpan().Contains(marker.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The start and length of the first run of caseless characters (kana, CJK ideographs, Hangul) in <paramref name="marker"/>; length 0 when it has none.</summary>
    private static int CaselessRun(string marker, out int length)
    {
        // Every caseless character lies in U+3000–U+D7A3: most markers are ASCII and are passed over in one
        // vectorised step instead of a range test per character (which cost about 6 % of a corpus bounce's reading).
#if NET8_0_OR_GREATER
        int first = marker.AsSpan().IndexOfAnyInRange('\u3000', '\uD7A3');
        if (first < 0)
        {
            length = 0;
            return 0;
        }
#else
        const int first = 0;
#endif
        for (int i = first; i < marker.Length; i++)
        {
            if (!IsCaseless(marker[i])) continue;
            int end = i + 1;
            while (end < marker.Length && IsCaseless(marker[end])) end++;
            length = end - i;
            return i;
        }

        length = 0;
        return 0;
    }

    /// <summary>
    /// Characters that no case mapping leads to or from: CJK punctuation, kana, ideographs, Hangul syllables. A
    /// case-insensitive comparison matches them only with themselves.
    /// </summary>
    private static bool IsCaseless(char c) => c is >= '\u3000' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7A3';

    /// <summary>Whether <paramref name="text"/> contains any of <paramref name="markers"/>, ignoring case.</summary>
    internal static bool HasAny(string text, string[] markers)
    {
        foreach (string marker in markers)
        {
            if (Has(text, marker)) return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="prefix"/>, ignoring case.</summary>
    internal static bool Starts(string text, string prefix) => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The lines of the decoded text (it has <c>\n</c> line ends only).</summary>
    internal static string[] Lines(string text) => text.Split('\n');

    /// <summary>The index of the first line at or after <paramref name="from"/> that contains one of the markers, or -1.</summary>
    internal static int FindLine(string[] lines, int from, params string[] markers)
    {
        for (int i = Math.Max(0, from); i < lines.Length; i++)
        {
            if (HasAny(lines[i], markers)) return i;
        }

        return -1;
    }

    /// <summary>The index of the first line at or after <paramref name="from"/> that starts (after blanks) with one of the prefixes, or -1.</summary>
    internal static int FindLineStart(string[] lines, int from, params string[] prefixes)
    {
        for (int i = Math.Max(0, from); i < lines.Length; i++)
        {
            string line = lines[i].TrimStart();
            foreach (string prefix in prefixes)
            {
                if (Starts(line, prefix)) return i;
            }
        }

        return -1;
    }

    /// <summary>Characters that cannot be part of an address as bounces write them (brackets, quotes, separators).</summary>
    private static bool IsAddressChar(char c) =>
        c > ' ' && c != 0x7F && c != '\u3000' && c is not ('<' or '>' or '(' or ')' or '[' or ']' or ',' or ';' or ':' or '"' or '\'' or '\\');

    /// <summary>
    /// The first e-mail address in <paramref name="text"/>: the text around the first '@' whose both sides are
    /// non-empty, without brackets, quotes or trailing dots. Null when there is none.
    /// </summary>
    internal static string? FindAddress(string text) => FindAddress(text, 0, out _);

    /// <summary>The first e-mail address at or after <paramref name="from"/>; <paramref name="end"/> is where it ends.</summary>
    internal static string? FindAddress(string text, int from, out int end)
    {
        end = -1;
        from = Math.Min(Math.Max(0, from), text.Length);

        // The scans stop at the neighbouring '@' signs, so every character is looked at a bounded number of times.
        for (int at = text.IndexOf('@', from); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            int start = at;
            while (start > from && IsAddressChar(text[start - 1]) && text[start - 1] != '@') start--;
            int stop = at + 1;
            while (stop < text.Length && IsAddressChar(text[stop]) && text[stop] != '@') stop++;
            while (stop > at + 1 && text[stop - 1] == '.') stop--;
            while (start < at && text[start] == '.') start++;
            if (start < at && stop > at + 1 && text[at + 1] != '.')
            {
                end = stop;
                return text.Substring(start, stop - start);
            }
        }

        return null;
    }

    /// <summary>
    /// The address when the whole line is one address, as bounces list recipients: <c>&lt;a@example.jp&gt;:</c>,
    /// <c>  a@example.jp</c>, <c>"a@example.jp"</c>. Null when the line holds anything else.
    /// </summary>
    internal static string? LineAddress(string line)
    {
        // Most lines hold no address: they are passed over before any trimmed copy is made.
        if (line.IndexOf('@') < 0) return null;
        string trimmed = line.Trim().TrimEnd(':', ',', ';', '.').Trim();
        if (trimmed.Length >= 2 && trimmed[0] is '<' or '"' && trimmed[trimmed.Length - 1] is '>' or '"') trimmed = trimmed.Substring(1, trimmed.Length - 2).Trim();
        if (trimmed.Length < 3) return null;
        string? address = FindAddress(trimmed, 0, out int end);
        return address is not null && address.Length == trimmed.Length && end == trimmed.Length ? address : null;
    }

    /// <summary>
    /// Reads the lines after <paramref name="from"/> that each name one recipient and its reason in brackets —
    /// "user@example.jp [User unknown]", "&lt;user@example.jp&gt;   (5.1.1 … User unknown)" — up to the first other
    /// non-blank line. Returns whether a recipient was added.
    /// </summary>
    internal static bool ReadAnnotatedLines(string[] lines, int from, char open, char close, List<FormatRecipient> recipients)
    {
        int count = recipients.Count;
        for (int i = from; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            int at = line.IndexOf(open);
            string? address = at > 0 && line[line.Length - 1] == close ? LineAddress(line.Substring(0, at)) : null;
            if (address is null) break;
            FormatRecipient? r = Add(recipients, address, line.Substring(at + 1, line.Length - at - 2).Trim());
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }

    /// <summary>Appends <paramref name="part"/> to <paramref name="sb"/> after a space, unless it is already <see cref="MaxDiagnosticLength"/> long.</summary>
    internal static void AppendBounded(System.Text.StringBuilder sb, string part)
    {
        if (part.Length == 0 || sb.Length >= MaxDiagnosticLength) return;
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(part);
    }

    /// <summary>
    /// The trimmed, non-empty lines from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive),
    /// joined with spaces, at most about <see cref="MaxDiagnosticLength"/> characters.
    /// </summary>
    internal static string Join(string[] lines, int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = Math.Max(0, from); i < Math.Min(to, lines.Length) && sb.Length < MaxDiagnosticLength; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(line);
        }

        return sb.ToString();
    }

    /// <summary>The text after <paramref name="marker"/> (ignoring case) to the end of <paramref name="text"/>, trimmed; null when the marker is absent.</summary>
    internal static string? After(string text, string marker)
    {
        int at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : text.Substring(at + marker.Length).Trim();
    }

    /// <summary>The stage named by the earliest of <paramref name="markers"/> found in <paramref name="text"/>; Unknown when none is.</summary>
    internal static SmtpStage FindStage(string text, (string Marker, SmtpStage Stage)[] markers)
    {
        int best = int.MaxValue;
        SmtpStage stage = SmtpStage.Unknown;
        foreach ((string marker, SmtpStage s) in markers)
        {
            int at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at < best)
            {
                best = at;
                stage = s;
            }
        }

        return stage;
    }

    /// <summary>
    /// The host name after the first <paramref name="marker"/> that is followed by one ("host mx.example.jp [192.0.2.1]",
    /// "host: mx.example.jp"): letters, digits, dots and dashes with at least one dot. Null when there is none.
    /// </summary>
    internal static string? HostAfter(string text, string marker)
    {
        for (int at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int start = at + marker.Length;
            while (start < text.Length && text[start] == ' ') start++;
            int end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_')) end++;
            while (end > start && text[end - 1] == '.') end--;
            string host = text.Substring(start, end - start);
            if (host.IndexOf('.') > 0) return host;
        }

        return null;
    }

    /// <summary>The stage of an SMTP command as transcripts write it ("RCPT To:&lt;…&gt;", "MAIL FROM", "DATA", ".", "EHLO").</summary>
    internal static SmtpStage CommandStage(string command)
    {
        if (Starts(command, "RCPT")) return SmtpStage.RcptTo;
        if (Starts(command, "MAIL")) return SmtpStage.MailFrom;
        if (Starts(command, "DATA")) return SmtpStage.Data;
        if (command == ".") return SmtpStage.EndOfData;
        if (Starts(command, "EHLO") || Starts(command, "HELO")) return SmtpStage.Helo;
        if (Starts(command, "STARTTLS") || Starts(command, "AUTH")) return SmtpStage.Authentication;
        if (Starts(command, "CONNECT")) return SmtpStage.Connect;
        return SmtpStage.Unknown;
    }

    /// <summary>
    /// The stage a transcript reply answers, given the stage of the last command shown above it. A client that pipelines
    /// (RFC 2920) sends MAIL, RCPT and DATA in one go, and its transcript shows only the last of them
    /// ("&gt;&gt;&gt; DATA") above all the replies. The server answers every command, in order, and DATA last; so a
    /// reply under "DATA" that another reply follows before the next command answered an earlier command — for a reply
    /// that belongs to a recipient, its RCPT TO ("&lt;&lt;&lt; 550 … User unknown" then "&lt;&lt;&lt; 554 no valid
    /// recipients").
    /// </summary>
    /// <param name="lines">The transcript's lines.</param>
    /// <param name="reply">The index of the reply's line ("&lt;&lt;&lt; 550 …").</param>
    /// <param name="end">The index where the transcript ends.</param>
    /// <param name="commandStage">The stage of the last command shown above the reply.</param>
    internal static SmtpStage ReplyStage(string[] lines, int reply, int end, SmtpStage commandStage)
    {
        if (commandStage != SmtpStage.Data) return commandStage;
        end = Math.Min(end, lines.Length);

        // Past the reply's own lines: a multi-line reply continues with "<<< 550-…" up to its "<<< 550 …" line.
        int i = reply;
        while (i < end && IsContinuedReply(lines[i].Trim())) i++;
        for (i++; i < end; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith(">>>", StringComparison.Ordinal)) break;
            if (line.StartsWith("<<<", StringComparison.Ordinal)) return SmtpStage.RcptTo;
        }

        return commandStage;
    }

    /// <summary>Whether a transcript line is a reply line that another line of the same reply follows ("&lt;&lt;&lt; 550-…").</summary>
    private static bool IsContinuedReply(string line)
    {
        if (!line.StartsWith("<<<", StringComparison.Ordinal)) return false;
        int i = 3;
        while (i < line.Length && line[i] == ' ') i++;
        return i + 3 < line.Length && char.IsDigit(line[i]) && char.IsDigit(line[i + 1]) && char.IsDigit(line[i + 2]) && line[i + 3] == '-';
    }

    /// <summary>The sentences MIME writers put before the first part ("This is a MIME-encapsulated message."): no decoder's text.</summary>
    private static readonly string[] MimePreambles =
    [
        "This message is in MIME format", "This is a MIME-encapsulated message", "This is a multi-part message in MIME format",
        "This is a multipart message in MIME format", "This is a MIME formatted message",
    ];

    /// <summary>Whether a line is a MIME preamble sentence (<see cref="MimePreambles"/>).</summary>
    internal static bool IsMimePreamble(string line)
    {
        string t = line.Trim();
        foreach (string p in MimePreambles)
        {
            if (t.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>Whether a transcript line opens a session with a host ("... while talking to mx.example.jp.:").</summary>
    internal static bool IsTalkingTo(string line) =>
        line.TrimStart('.', ' ').StartsWith(WhileTalking, StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of a transcript line that opens a session ("... while talking to mx.example.jp.:").</summary>
    internal const string WhileTalking = "while talking to ";

    /// <summary>
    /// The address on the first line from <paramref name="from"/> that starts, after any quote marks, with one of
    /// <paramref name="prefixes"/> and holds one ("&gt; To: list@example.jp"), or null.
    /// </summary>
    internal static string? QuotedLineAddress(string[] lines, int from, params string[] prefixes)
    {
        for (int i = Math.Max(0, from); i < lines.Length; i++)
        {
            string line = lines[i].TrimStart('>', ' ', '\t');
            foreach (string prefix in prefixes)
            {
                if (Starts(line, prefix) && FindAddress(line) is { } address) return address;
            }
        }

        return null;
    }

    /// <summary>The first To address of the first message attached to <paramref name="message"/> (the returned one), or null.</summary>
    internal static string? AttachedRecipient(global::MimeKit.MimeMessage message)
    {
        foreach (global::MimeKit.MimeEntity part in message.BodyParts)
        {
            if (part is global::MimeKit.MessagePart { Message: { } returned }) return returned.To.Mailboxes.FirstOrDefault()?.Address;
        }

        return null;
    }

    /// <summary>The number of blanks and tabs that start <paramref name="line"/>.</summary>
    internal static int Indent(string line)
    {
        int i = 0;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        return i;
    }

    /// <summary>The addresses of the <c>X-Failed-Recipients</c> header (Exim, Google), in order; empty when there is none.</summary>
    internal static string[] FailedRecipients(BounceInput input)
    {
        var found = new List<string>();
        foreach (global::MimeKit.Header header in input.Message.Headers)
        {
            if (!header.Field.Equals("X-Failed-Recipients", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (string part in header.Value.Split(','))
            {
                string? address = FindAddress(part);
                if (address is not null) found.Add(address);
            }
        }

        return [.. found];
    }

    /// <summary>
    /// Every inline text/plain part of the message (not those of an attached message), decoded and joined with line
    /// ends, each part cut at <see cref="BounceInput.MaxTextLength"/>; and the preamble of a multipart that lost its
    /// boundary. For the carriers whose first text part is only a "This message is in MIME format" preamble and for
    /// broken multiparts; decoders call it after a cheaper check, so others never pay.
    /// </summary>
    internal static string PlainTexts(BounceInput input)
    {
        var sb = new System.Text.StringBuilder();
        var pending = new Stack<global::MimeKit.MimeEntity>();
        if (input.Message.Body is not null) pending.Push(input.Message.Body);

        // Depth-first in document order; attached messages are not entered, and hostile nesting is cut off.
        for (int seen = 0; pending.Count > 0 && seen < MaxEntities && sb.Length < 4 * BounceInput.MaxTextLength; seen++)
        {
            global::MimeKit.MimeEntity entity = pending.Pop();
            if (entity is global::MimeKit.Multipart multipart)
            {
                // A multipart whose boundary parameter was lost (written on an unfolded line) keeps its parts as preamble.
                if (multipart.Count == 0 && multipart.Preamble is { Length: > 0 } preamble) AppendPart(sb, preamble);
                for (int i = multipart.Count - 1; i >= 0; i--) pending.Push(multipart[i]);
                continue;
            }

            if (entity is not global::MimeKit.TextPart part || !part.IsPlain || part.IsAttachment) continue;
            try
            {
                AppendPart(sb, part.Text ?? string.Empty);
            }
#pragma warning disable CA1031 // A part that cannot be decoded adds nothing; the others still count.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        return sb.ToString();
    }

    private const int MaxEntities = 256;

    private static void AppendPart(System.Text.StringBuilder sb, string text)
    {
        if (text.Length > BounceInput.MaxTextLength) text = text.Substring(0, BounceInput.MaxTextLength);
        sb.Append(text.Replace("\r\n", "\n").Replace('\r', '\n')).Append('\n');
    }

    /// <summary>
    /// Whether the delivery-status part names recipients (Final-Recipient, which RFC 3464 requires) and gives each of
    /// them a Diagnostic-Code: then the report says what the text says, and a family decoder steps aside. A report
    /// that leaves one recipient without one (sendmail's delayed recipients) needs the family's reading of the text.
    /// McAfee's reports, without Final-Recipient, name nobody.
    /// </summary>
    internal static bool ReportExplainsEveryRecipient(BounceInput input)
    {
        if (input.ReportStatus is not { } status) return false;
        bool named = false;
        foreach (Internal.FieldGroup group in status.Recipients)
        {
            if (!group.Has("Final-Recipient")) continue;
            if (!group.Has("Diagnostic-Code")) return false;
            named = true;
        }

        return named;
    }

    /// <summary>
    /// Fills the <see cref="FormatRecipient.Status"/> of recipients whose text carries no enhanced status code from the
    /// message's delivery-status part, matched by address (Final-Recipient, else Original-Recipient). A text code is
    /// never overridden: the text is what the remote host said, the part only what the reporting MTA concluded.
    /// </summary>
    internal static void FillStatusFromReport(BounceInput input, List<FormatRecipient> recipients, int from)
    {
        Dictionary<string, string>? statuses = null;
        for (int i = from; i < recipients.Count; i++)
        {
            FormatRecipient r = recipients[i];
            if (r.Status is not null || HasEnhancedCode(r.DiagnosticText)) continue;
            statuses ??= ReportStatuses(input);
            if (statuses.Count == 0) return;
            if (statuses.TryGetValue(r.Address, out string? status)) r.Status = status;
        }
    }

    private static Dictionary<string, string> ReportStatuses(BounceInput input)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (input.ReportStatus is not { } report) return found;
        foreach (Internal.FieldGroup fields in report.Recipients)
        {
            string? status = fields.Get("Status");
            string? address = FindAddress(fields.Get("Final-Recipient") ?? fields.Get("Original-Recipient") ?? string.Empty);
            if (address is null || status is null) continue;
            string code = status.Trim();
            int space = code.IndexOf(' ');
            if (space > 0) code = code.Substring(0, space);
            if (!found.ContainsKey(address)) found[address] = code;
        }

        return found;
    }

    /// <summary>Whether <paramref name="text"/> holds something shaped like an enhanced status code (2/4/5, dot, digits, dot, digits).</summary>
    private static bool HasEnhancedCode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        for (int i = 0; i + 4 < text!.Length; i++)
        {
            if (text[i] is not ('2' or '4' or '5') || text[i + 1] != '.' || (i > 0 && (char.IsDigit(text[i - 1]) || text[i - 1] == '.'))) continue;
            int j = i + 2;
            int subject = j;
            while (j < text.Length && char.IsDigit(text[j]) && j - subject < 3) j++;
            if (j == subject || j >= text.Length || text[j] != '.') continue;
            int detail = ++j;
            while (j < text.Length && char.IsDigit(text[j]) && j - detail < 3) j++;
            if (j > detail && (j == text.Length || !char.IsDigit(text[j]))) return true;
        }

        return false;
    }

    /// <summary>
    /// Adds a recipient unless the same address is already listed (bounces repeat addresses in summaries) or
    /// <see cref="MaxRecipients"/> are; the text is cut at <see cref="MaxDiagnosticLength"/>. Returns the recipient, or
    /// null when nothing was added or found.
    /// </summary>
    internal static FormatRecipient? Add(List<FormatRecipient> recipients, string? address, string? text)
    {
        if (string.IsNullOrEmpty(address) || recipients.Count >= MaxRecipients) return null;
        if (text is not null && text.Length > MaxDiagnosticLength) text = text.Substring(0, MaxDiagnosticLength);
        foreach (FormatRecipient r in recipients)
        {
            if (string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase))
            {
                if (string.IsNullOrEmpty(r.DiagnosticText)) r.DiagnosticText = text;
                return r;
            }
        }

        var recipient = new FormatRecipient { Address = address!, DiagnosticText = string.IsNullOrWhiteSpace(text) ? null : text };
        recipients.Add(recipient);
        return recipient;
    }
}
