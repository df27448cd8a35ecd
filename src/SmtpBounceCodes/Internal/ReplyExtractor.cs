namespace SmtpBounceCodes.Internal;

/// <summary>
/// Lenient extraction of a reply from the wrapped texts bounces carry. Every step is a bounded number of linear scans,
/// so the cost stays linear in the text, whatever it holds.
/// </summary>
internal static class ReplyExtractor
{
    // Texts that say at which command the reply came. Checked in this order; the earliest match in the text wins.
    internal static readonly (string Marker, SmtpStage Stage)[] StageMarkers =
    [
        ("in reply to rcpt to", SmtpStage.RcptTo),
        ("does not like recipient", SmtpStage.RcptTo),     // qmail
        ("our rcpt to", SmtpStage.RcptTo),                 // "did not like our RCPT TO"
        ("[rcpt_to]", SmtpStage.RcptTo),                   // Amazon SES, Yahoo
        ("after rcpt to", SmtpStage.RcptTo),
        (">>> rcpt to", SmtpStage.RcptTo),
        ("rcpt to command", SmtpStage.RcptTo),
        ("in reply to mail from", SmtpStage.MailFrom),
        ("but sender was rejected", SmtpStage.MailFrom),   // qmail
        ("our mail from", SmtpStage.MailFrom),
        ("[mail_from]", SmtpStage.MailFrom),
        ("after mail from", SmtpStage.MailFrom),
        (">>> mail from", SmtpStage.MailFrom),
        ("mail from command", SmtpStage.MailFrom),
        ("in reply to end of data", SmtpStage.EndOfData),
        ("after end of data", SmtpStage.EndOfData),
        ("end of data command", SmtpStage.EndOfData),
        (">>> .", SmtpStage.EndOfData),
        ("failed after i sent the message", SmtpStage.EndOfData), // qmail
        ("in reply to data", SmtpStage.Data),
        ("failed on data command", SmtpStage.Data),        // qmail
        ("after data", SmtpStage.Data),
        ("after pipelined data", SmtpStage.Data),
        (">>> data", SmtpStage.Data),
        ("in reply to helo", SmtpStage.Helo),
        ("but my name was rejected", SmtpStage.Helo),      // qmail
        ("helo command rejected", SmtpStage.Helo),         // Postfix smtpd
        ("ehlo command rejected", SmtpStage.Helo),
        ("in reply to ehlo", SmtpStage.Helo),
        ("after helo", SmtpStage.Helo),
        ("after ehlo", SmtpStage.Helo),
        (">>> ehlo", SmtpStage.Helo),
        (">>> helo", SmtpStage.Helo),
        ("in reply to auth", SmtpStage.Authentication),
        ("after auth", SmtpStage.Authentication),
        ("in reply to starttls", SmtpStage.Authentication),
        ("after starttls", SmtpStage.Authentication),
        ("after initial connection", SmtpStage.Connect),
        ("while connected to", SmtpStage.Connect),
        ("initial greeting", SmtpStage.Connect),
        ("but greeting failed", SmtpStage.Connect),        // qmail
        ("refused to talk to me", SmtpStage.Connect),      // Postfix: the greeting was a refusal
        ("in reply to greeting", SmtpStage.Connect),
        ("smtp greeting", SmtpStage.Connect),
        ("connect to", SmtpStage.Connect),
    ];

    internal static SmtpReply Extract(ReadOnlySpan<char> text)
    {
        SmtpStage stage = FindStage(text);
        string? host = FindRemoteHost(text);

        int codeAt = FindReplyCode(text, out int code);
        EnhancedStatusCode enhanced = default;
        int textStart = 0;
        if (codeAt >= 0)
        {
            textStart = codeAt + 3;
            if (textStart < text.Length && text[textStart] is ' ' or '-') textStart++;
            if (EnhancedStatusCode.TryParse(text.Slice(textStart), out EnhancedStatusCode e, out int used) && IsCodeEnd(text, textStart + used))
            {
                enhanced = e;
                textStart += used;
            }
        }

        if (enhanced.IsEmpty)
        {
            int at = FindEnhancedCode(text, out enhanced);
            if (codeAt < 0 && at >= 0 && IsLeadingToken(text, at))
            {
                textStart = at + enhanced.ToString().Length;
            }
        }

        List<string> lines = SplitLines(text.Slice(Math.Min(textStart, text.Length)), codeAt >= 0 ? code : 0, enhanced);
        return new SmtpReply(codeAt >= 0 ? (SmtpReplyCode)code : null, enhanced.IsEmpty ? null : enhanced, lines, stage, host);
    }

    // One pass for all markers (declared after StageMarkers: static fields initialise in textual order).
    private static readonly PhraseMatcher StageMatcher = new(StageMarkers.Select(m => m.Marker).ToArray());

    /// <summary>The stage the earliest marker names (the first listed on a tie), in one linear pass.</summary>
    internal static SmtpStage FindStage(ReadOnlySpan<char> text)
    {
        var sink = new StageSink(int.MaxValue, int.MaxValue);
        Span<int> chain = stackalloc int[StageMatcher.ChainSlots * 2];
        StageMatcher.Match(text, chain, ref sink);
        return sink.Marker == int.MaxValue ? SmtpStage.Unknown : StageMarkers[sink.Marker].Stage;
    }

    private struct StageSink(int at, int marker) : PhraseMatcher.ISink
    {
        internal int At = at;
        internal int Marker = marker;

        public void OnMatch(int pattern, int start, int length)
        {
            if (start < At || (start == At && pattern < Marker))
            {
                At = start;
                Marker = pattern;
            }
        }
    }

    private static string? FindRemoteHost(ReadOnlySpan<char> text)
    {
        // Postfix: "host mx.example.jp[192.0.2.1] said:"; Exim: "host mx.example.jp [192.0.2.1]:".
        int at = text.IndexOf("host ".AsSpan(), StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            int start = at + 5;
            int end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_')) end++;
            int bracket = end < text.Length && text[end] == ' ' ? end + 1 : end;
            if (end - start >= 3 && bracket < text.Length && text[bracket] == '[' && text.Slice(start, end - start).IndexOf('.') > 0)
            {
                return text.Slice(start, end - start).ToString();
            }

            int next = text.Slice(start).IndexOf("host ".AsSpan(), StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : start + next;
        }

        return null;
    }

    /// <summary>Finds the first three-digit reply code that stands as a token of its own.</summary>
    internal static int FindReplyCode(ReadOnlySpan<char> text, out int code)
    {
        code = 0;
        for (int i = 0; i + 3 <= text.Length; i++)
        {
            char a = text[i];
            if (a is < '2' or > '5') continue;
            char b = text[i + 1], c = text[i + 2];
            if (b is < '0' or > '9' || c is < '0' or > '9') continue; // lenient: "571" is seen in the wild
            if (i > 0 && !IsCodeStart(text[i - 1])) continue;
            int after = i + 3;
            if (after < text.Length)
            {
                char n = text[after];
                if (n is not (' ' or '-' or '\t' or '\r' or '\n' or '\'' or '"' or ')' or ']' or ',' or ';' or ':')) continue;
                if (n == '-' && after + 1 < text.Length && char.IsLetter(text[after + 1]) && !IsFlattenedContinuation(text, after + 1)) continue;
            }

            code = (a - '0') * 100 + (b - '0') * 10 + (c - '0');
            return i;
        }

        return -1;
    }

    private static bool IsFlattenedContinuation(ReadOnlySpan<char> text, int at) =>
        // "550-Mailbox unknown" is a continuation line; "550-byte" would be a word.
        at < text.Length && char.IsUpper(text[at]);

    internal static int FindEnhancedCode(ReadOnlySpan<char> text, out EnhancedStatusCode code)
    {
        code = default;

        // Every candidate has its class digit just before a '.': jump from dot to dot (a vectorised search) instead of
        // testing each character.
        int from = 1;
        while (from < text.Length)
        {
            int dot = text.Slice(from).IndexOf('.');
            if (dot < 0) break;
            int i = from + dot - 1;
            if (i + 5 > text.Length) break;
            from = i + 2;
            if (text[i] is not ('2' or '4' or '5')) continue;
            if (i > 0 && !IsCodeStart(text[i - 1]) && !FollowsReplyCodeDash(text, i)) continue;
            if (EnhancedStatusCode.TryParse(text.Slice(i), out EnhancedStatusCode e, out int used) && IsCodeEnd(text, i + used))
            {
                code = e;
                return i;
            }
        }

        return -1;
    }

    private static bool IsLeadingToken(ReadOnlySpan<char> text, int at) => text.Slice(0, at).Trim().IsEmpty;

    /// <summary>Whether the code at <paramref name="at"/> follows a reply code and its dash ("421-4.7.30 …", a multi-line reply's line).</summary>
    private static bool FollowsReplyCodeDash(ReadOnlySpan<char> text, int at) =>
        at >= 4 && text[at - 1] == '-' && text[at - 4] is >= '2' and <= '5' && text[at - 3] is >= '0' and <= '9' && text[at - 2] is >= '0' and <= '9'
        && (at == 4 || IsCodeStart(text[at - 5]));

    private static bool IsCodeStart(char previous) =>
        previous is ' ' or '\t' or '\r' or '\n' or '(' or '[' or '<' or '\'' or '"' or ':' or ';' or '#' or '=' or '>' or '{' or '/';

    private static bool IsCodeEnd(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length) return true;
        char c = text[at];
        if (c is >= '0' and <= '9') return false;
        // "5.1.1.1" is not an enhanced code followed by ".1"; an IP address or a version number is not a status.
        if (c == '.' && at + 1 < text.Length && text[at + 1] is >= '0' and <= '9') return false;
        return !char.IsLetter(c);
    }

    /// <summary>Splits the reply text into lines, removing repeated codes ("550-5.1.1 a 550 5.1.1 b" gives "a", "b").</summary>
    private static List<string> SplitLines(ReadOnlySpan<char> rest, int code, EnhancedStatusCode enhanced)
    {
        var lines = new List<string>();
        Span<char> codeText = stackalloc char[3];
        bool hasCode = code != 0;
        if (hasCode)
        {
            codeText[0] = (char)('0' + code / 100);
            codeText[1] = (char)('0' + code / 10 % 10);
            codeText[2] = (char)('0' + code % 10);
        }

        while (!rest.IsEmpty)
        {
            int br = rest.IndexOfAny('\r', '\n');
            ReadOnlySpan<char> physical = br < 0 ? rest : rest.Slice(0, br);
            rest = br < 0 ? default : rest.Slice(br + 1);

            // Within one physical line, a flattened reply repeats "550-" or "550 5.1.1" at each logical line.
            while (!physical.IsEmpty)
            {
                int cut = hasCode ? FindRepeat(physical, codeText, enhanced) : -1;
                ReadOnlySpan<char> piece = cut < 0 ? physical : physical.Slice(0, cut);
                AddLine(lines, piece, hasCode ? codeText : default, enhanced);
                if (cut < 0) break;
                physical = physical.Slice(cut + 1);
            }
        }

        return lines;
    }

    private static int FindRepeat(ReadOnlySpan<char> line, ReadOnlySpan<char> codeText, EnhancedStatusCode enhanced)
    {
        int from = 1;
        while (from < line.Length)
        {
            int at = line.Slice(from).IndexOf(codeText);
            if (at < 0) return -1;
            at += from;
            int after = at + 3;
            bool boundary = line[at - 1] is ' ' or '\t';
            if (boundary && after < line.Length)
            {
                if (line[after] == '-') return at - 1;
                if (line[after] == ' ' && !enhanced.IsEmpty
                    && EnhancedStatusCode.TryParse(line.Slice(after + 1), out EnhancedStatusCode e, out _) && e == enhanced) return at - 1;
            }

            from = at + 3;
        }

        return -1;
    }

    private static void AddLine(List<string> lines, ReadOnlySpan<char> piece, ReadOnlySpan<char> codeText, EnhancedStatusCode enhanced)
    {
        piece = piece.Trim();
        // Strip a repeated "550-" / "550 " and the repeated enhanced code at the start of a logical line.
        if (!codeText.IsEmpty && piece.Length >= 3 && piece.StartsWith(codeText) && (piece.Length == 3 || piece[3] is ' ' or '-'))
        {
            piece = piece.Slice(Math.Min(4, piece.Length)).TrimStart();
        }

        if (!enhanced.IsEmpty && EnhancedStatusCode.TryParse(piece, out EnhancedStatusCode e, out int used) && e == enhanced && IsCodeEnd(piece, used))
        {
            piece = piece.Slice(used).TrimStart();
        }

        // Postfix appends the stage in parentheses; Exchange quotes the reply.
        piece = StripSuffix(piece, "(in reply to ", ')');
        if (piece.Length > 0 && piece[piece.Length - 1] == '\'') piece = piece.Slice(0, piece.Length - 1).TrimEnd();
        if (!piece.IsEmpty) lines.Add(piece.ToString());
    }

    private static ReadOnlySpan<char> StripSuffix(ReadOnlySpan<char> piece, string open, char close)
    {
        if (piece.Length == 0 || piece[piece.Length - 1] != close) return piece;
#if NETSTANDARD2_0
        int at = piece.ToString().LastIndexOf(open, StringComparison.OrdinalIgnoreCase);
#else
        int at = piece.LastIndexOf(open.AsSpan(), StringComparison.OrdinalIgnoreCase);
#endif
        return at >= 0 ? piece.Slice(0, at).TrimEnd() : piece;
    }
}
