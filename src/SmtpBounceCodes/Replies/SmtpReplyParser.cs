namespace SmtpBounceCodes;

/// <summary>
/// Allocation-free parsing of wire replies (RFC 5321 §4.2) in the style of <c>Utf8Parser</c>: each method reads a
/// prefix of its input and says how much it consumed.
/// </summary>
/// <remarks>
/// <para>Grammar (RFC 5321 §4.2): <c>Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF</c>,
/// where <c>Reply-code = %x32-35 %x30-35 %x30-39</c>. CRLF, a bare LF or a bare CR end a line; the last line may
/// also end at the end of the input. RFC 2034 puts an enhanced status code at the start of each line's text.</para>
/// <para>Every method runs in time linear in the input, never throws, and allocates nothing.</para>
/// </remarks>
public static class SmtpReplyParser
{
    // Enough of a line to hold "550-5.999.999 ": the grammar of the head is ASCII and short.
    private const int HeadLength = 3 + 1 + EnhancedStatusCode.MaxLength + 1;

    /// <summary>Reads one reply line from the start of <paramref name="source"/>.</summary>
    /// <param name="source">UTF-8 input.</param>
    /// <param name="line">The line read.</param>
    /// <param name="bytesConsumed">Bytes used, including the line break.</param>
    /// <returns><see langword="false"/> when the input does not start with a reply line.</returns>
    public static bool TryParseLine(ReadOnlySpan<byte> source, out SmtpReplyLine line, out int bytesConsumed) =>
        TryParseLine(source, out line, out bytesConsumed, out _);

    /// <summary>Reads one reply line from the start of <paramref name="source"/>.</summary>
    /// <param name="source">The input.</param>
    /// <param name="line">The line read.</param>
    /// <param name="charsConsumed">Characters used, including the line break.</param>
    /// <returns><see langword="false"/> when the input does not start with a reply line.</returns>
    public static bool TryParseLine(ReadOnlySpan<char> source, out SmtpReplyLine line, out int charsConsumed) =>
        TryParseLine(source, out line, out charsConsumed, out _);

    /// <summary>
    /// Reads a whole reply (all its continuation lines) from the start of UTF-8 input, checking that every line repeats
    /// the code. This is the fast path: nothing is allocated.
    /// </summary>
    /// <param name="source">UTF-8 input.</param>
    /// <param name="reply">The code, the first enhanced code and the line count.</param>
    /// <param name="bytesConsumed">Bytes used, including the final line break.</param>
    /// <returns><see langword="false"/> when the input does not start with a complete, consistent reply.</returns>
    public static bool TryParseReply(ReadOnlySpan<byte> source, out SmtpReplySummary reply, out int bytesConsumed) =>
        TryParseReply(source, strict: true, out reply, out bytesConsumed, out _);

    /// <summary>Reads a whole reply from the start of the input; see <see cref="TryParseReply(ReadOnlySpan{byte}, out SmtpReplySummary, out int)"/>.</summary>
    /// <param name="source">The input.</param>
    /// <param name="reply">The code, the first enhanced code and the line count.</param>
    /// <param name="charsConsumed">Characters used, including the final line break.</param>
    /// <returns><see langword="false"/> when the input does not start with a complete, consistent reply.</returns>
    public static bool TryParseReply(ReadOnlySpan<char> source, out SmtpReplySummary reply, out int charsConsumed) =>
        TryParseReply(source, strict: true, out reply, out charsConsumed, out _);

    /// <summary>Reads a whole reply; with <paramref name="strict"/> false, lines that repeat another code are accepted.</summary>
    /// <param name="source">UTF-8 input.</param>
    /// <param name="strict">Whether a continuation line with a different code is an error.</param>
    /// <param name="reply">The code, the first enhanced code and the line count.</param>
    /// <param name="bytesConsumed">Bytes used.</param>
    /// <param name="error">Why parsing failed, or <see cref="SmtpReplyError.None"/>.</param>
    /// <returns>Whether a reply was read.</returns>
    public static bool TryParseReply(ReadOnlySpan<byte> source, bool strict, out SmtpReplySummary reply, out int bytesConsumed, out SmtpReplyError error)
    {
        var reader = new ReplyReader(strict);
        int pos = 0;
        bool last;
        do
        {
            if (!TryParseLine(source.Slice(pos), out SmtpReplyLine line, out int used, out error) || !reader.Add(line, ref error))
                return reader.Fail(out reply, out bytesConsumed, ref error);
            pos += used;
            last = line.IsLast;
        }
        while (!last);

        return reader.Succeed(pos, out reply, out bytesConsumed, out error);
    }

    /// <summary>Reads a whole reply; with <paramref name="strict"/> false, lines that repeat another code are accepted.</summary>
    /// <param name="source">The input.</param>
    /// <param name="strict">Whether a continuation line with a different code is an error.</param>
    /// <param name="reply">The code, the first enhanced code and the line count.</param>
    /// <param name="charsConsumed">Characters used.</param>
    /// <param name="error">Why parsing failed, or <see cref="SmtpReplyError.None"/>.</param>
    /// <returns>Whether a reply was read.</returns>
    public static bool TryParseReply(ReadOnlySpan<char> source, bool strict, out SmtpReplySummary reply, out int charsConsumed, out SmtpReplyError error)
    {
        var reader = new ReplyReader(strict);
        int pos = 0;
        bool last;
        do
        {
            if (!TryParseLine(source.Slice(pos), out SmtpReplyLine line, out int used, out error) || !reader.Add(line, ref error))
                return reader.Fail(out reply, out charsConsumed, ref error);
            pos += used;
            last = line.IsLast;
        }
        while (!last);

        return reader.Succeed(pos, out reply, out charsConsumed, out error);
    }

    /// <summary>
    /// What a multi-line reply has said so far: its code, its first enhanced code, how many lines. Shared by the
    /// byte and char loops (and the reply builder), so the rules of RFC 5321 §4.2 are written once.
    /// </summary>
    internal struct ReplyReader(bool strict)
    {
        internal SmtpReplyCode Code { get; private set; }

        internal EnhancedStatusCode Enhanced { get; private set; }

        internal int Lines { get; private set; }

        /// <summary>Takes the next line; false (with the error) when a strict reply changes its code.</summary>
        internal bool Add(in SmtpReplyLine line, ref SmtpReplyError error)
        {
            if (Lines == 0) Code = line.Code;
            else if (strict && line.Code != Code)
            {
                error = SmtpReplyError.CodeMismatch;
                return false;
            }

            if (Enhanced.IsEmpty) Enhanced = line.EnhancedCode;
            Lines++;
            return true;
        }

        /// <summary>A line that could not be read ends the reply: after a continuation line, the reply is cut off.</summary>
        internal readonly bool Fail(out SmtpReplySummary reply, out int consumed, ref SmtpReplyError error)
        {
            if (Lines > 0 && error is SmtpReplyError.Empty) error = SmtpReplyError.Incomplete;
            reply = default;
            consumed = 0;
            return false;
        }

        internal readonly bool Succeed(int consumed, out SmtpReplySummary reply, out int used, out SmtpReplyError error)
        {
            reply = new SmtpReplySummary(Code, Enhanced, Lines);
            used = consumed;
            error = SmtpReplyError.None;
            return true;
        }
    }

    internal static bool TryParseLine(ReadOnlySpan<byte> source, out SmtpReplyLine line, out int consumed, out SmtpReplyError error)
    {
        int end = source.IndexOfAny((byte)'\r', (byte)'\n');
        int contentLength = end < 0 ? source.Length : end;
        int head = Math.Min(contentLength, HeadLength);
        return TryParseHead(source.Slice(0, head), contentLength, BreakLength(source, end), out line, out consumed, out error);
    }

    internal static bool TryParseLine(ReadOnlySpan<char> source, out SmtpReplyLine line, out int consumed, out SmtpReplyError error)
    {
        int end = source.IndexOfAny('\r', '\n');
        int contentLength = end < 0 ? source.Length : end;
        Span<byte> head = stackalloc byte[HeadLength];
        int n = Math.Min(contentLength, HeadLength);
        for (int i = 0; i < n; i++)
        {
            char c = source[i];
            head[i] = c < 0x80 ? (byte)c : (byte)0xFF;
        }

        return TryParseHead(head.Slice(0, n), contentLength, BreakLength(source, end), out line, out consumed, out error);
    }

    private static int BreakLength(ReadOnlySpan<byte> source, int end) =>
        end < 0 ? 0 : source[end] == (byte)'\r' && end + 1 < source.Length && source[end + 1] == (byte)'\n' ? 2 : 1;

    private static int BreakLength(ReadOnlySpan<char> source, int end) =>
        end < 0 ? 0 : source[end] == '\r' && end + 1 < source.Length && source[end + 1] == '\n' ? 2 : 1;

    /// <summary>Parses the ASCII head of a line whose content (without the break) is <paramref name="contentLength"/> long.</summary>
    private static bool TryParseHead(ReadOnlySpan<byte> head, int contentLength, int breakLength, out SmtpReplyLine line, out int consumed, out SmtpReplyError error)
    {
        line = default;
        consumed = 0;
        if (contentLength == 0) return Fail(SmtpReplyError.Empty, out error);
        if (!TryReadCode(head, out int code)) return Fail(SmtpReplyError.MissingCode, out error);

        bool isLast;
        int textStart;
        if (contentLength == 3)
        {
            isLast = true; // "250" alone: a reply with no text
            textStart = 3;
        }
        else if (head[3] == (byte)' ')
        {
            isLast = true;
            textStart = 4;
        }
        else if (head[3] == (byte)'-')
        {
            isLast = false;
            textStart = 4;
        }
        else
        {
            return Fail(SmtpReplyError.InvalidSeparator, out error);
        }

        EnhancedStatusCode enhanced = default;
        if (textStart < head.Length
            && EnhancedStatusCode.TryParse(head.Slice(textStart), out EnhancedStatusCode parsed, out int used)
            && (textStart + used == contentLength || (textStart + used < head.Length && head[textStart + used] is (byte)' ' or (byte)'\t')))
        {
            enhanced = parsed;
            textStart += used;
            if (textStart < contentLength) textStart++; // the space after the enhanced code
        }

        line = new SmtpReplyLine((SmtpReplyCode)code, isLast, enhanced, textStart, contentLength - textStart);
        consumed = contentLength + breakLength;
        error = SmtpReplyError.None;
        return true;
    }

    internal static bool TryReadCode(ReadOnlySpan<byte> s, out int code)
    {
        code = 0;
        if (s.Length < 3) return false;
        int a = s[0] - '0', b = s[1] - '0', c = s[2] - '0';
        if ((uint)(a - 2) > 3 || (uint)b > 5 || (uint)c > 9) return false;
        code = a * 100 + b * 10 + c;
        return true;
    }

    private static bool Fail(SmtpReplyError reason, out SmtpReplyError error)
    {
        error = reason;
        return false;
    }
}
