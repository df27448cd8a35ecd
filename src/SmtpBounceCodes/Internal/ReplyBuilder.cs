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
        SmtpReplyCode code = default;
        EnhancedStatusCode enhanced = default;
        int pos = 0;
        while (true)
        {
            ReadOnlySpan<char> rest = s.Slice(pos);
            if (!SmtpReplyParser.TryParseLine(rest, out SmtpReplyLine line, out int used, out error))
            {
                if (lines.Count > 0 && error == SmtpReplyError.Empty) error = SmtpReplyError.Incomplete;
                offset = pos;
                return false;
            }

            if (lines.Count == 0) code = line.Code;
            else if (strict && line.Code != code)
            {
                error = SmtpReplyError.CodeMismatch;
                offset = pos;
                return false;
            }

            if (enhanced.IsEmpty) enhanced = line.EnhancedCode;
            if (line.TextLength > 0 || !line.IsLast || lines.Count > 0) lines.Add(rest.Slice(line.TextStart, line.TextLength).ToString());
            pos += used;
            if (line.IsLast) break;
        }

        if (!OnlyLineBreaks(s.Slice(pos)))
        {
            error = SmtpReplyError.TrailingData;
            offset = pos;
            return false;
        }

        reply = new SmtpReply(code, enhanced.IsEmpty ? null : enhanced, lines, SmtpStage.Unknown, null);
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
