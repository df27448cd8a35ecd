namespace SmtpBounceCodes.Internal;

/// <summary>Builds <see cref="SmtpReply"/> objects from wire text, on top of <see cref="SmtpReplyParser"/>.</summary>
internal static class ReplyBuilder
{
    internal static bool TryBuild(ReadOnlySpan<char> s, bool strict, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SmtpReply? reply, out SmtpReplyError error, out int offset)
    {
        reply = null;
        offset = 0;
        if (s.IsEmpty)
        {
            error = SmtpReplyError.Empty;
            return false;
        }

        var lines = new List<string>();
        var reader = new SmtpReplyParser.ReplyReader(strict);
        int pos = 0;
        bool last;
        do
        {
            ReadOnlySpan<char> rest = s.Slice(pos);
            if (!SmtpReplyParser.TryParseLine(rest, out SmtpReplyLine line, out int used, out error) || !reader.Add(line, ref error))
            {
                reader.Fail(out _, out _, ref error);
                offset = pos;
                return false;
            }

            // "250" alone is a reply without text; "250-…" lines and anything after the first line are kept even when empty.
            if (line.TextLength > 0 || !line.IsLast || reader.Lines > 1) lines.Add(rest.Slice(line.TextStart, line.TextLength).ToString());
            pos += used;
            last = line.IsLast;
        }
        while (!last);

        if (!OnlyLineBreaks(s.Slice(pos)))
        {
            error = SmtpReplyError.TrailingData;
            offset = pos;
            return false;
        }

        reply = new SmtpReply(reader.Code, reader.Enhanced.IsEmpty ? null : reader.Enhanced, lines, SmtpStage.Unknown, null);
        error = SmtpReplyError.None;
        return true;
    }

    internal static bool OnlyLineBreaks(ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (c is not ('\r' or '\n')) return false;
        }

        return true;
    }

    internal static bool OnlyLineBreaks(ReadOnlySpan<byte> rest)
    {
        foreach (byte c in rest)
        {
            if (c is not ((byte)'\r' or (byte)'\n')) return false;
        }

        return true;
    }
}
