using global::MimeKit;
using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>
/// Finds what a report says about the message that bounced: from the embedded message/rfc822 part, a
/// text/rfc822-headers part, or the headers quoted in the bounce text.
/// </summary>
internal static class OriginalMessageReader
{
    /// <summary>A quoted header block is read for at most this many lines.</summary>
    private const int MaxQuotedLines = 200;

    /// <summary>Header names that open a quoted header block.</summary>
    private static readonly string[] BlockStarts =
    [
        "Return-Path:", "Received:", "Message-ID:", "Message-Id:", "From:", "Date:", "Subject:", "To:", "MIME-Version:", "Delivered-To:",
        "X-Original-To:", "DKIM-Signature:", "Reply-To:",
    ];

    internal static OriginalMessage? Read(ReportParts parts, BounceInput input, ParserOptions options)
    {
        HeaderList? headers = parts.OriginalMessage?.Headers ?? parts.OriginalHeaders ?? QuotedHeaders(input, options);
        if (headers is null) return null;

        string? messageId = headers[HeaderId.MessageId]?.Trim().Trim('<', '>').Trim();
        string? subject = headers[HeaderId.Subject]?.Trim();
        string? from = FirstAddress(headers[HeaderId.From], options);
        var to = new List<string>();
        foreach (Header header in headers)
        {
            if (header.Id != HeaderId.To) continue;
            if (InternetAddressList.TryParse(options, header.Value, out InternetAddressList? list))
            {
                foreach (MailboxAddress m in list.Mailboxes)
                {
                    if (!string.IsNullOrEmpty(m.Address)) to.Add(m.Address);
                }
            }
        }

        if (string.IsNullOrEmpty(messageId) && string.IsNullOrEmpty(subject) && from is null && to.Count == 0) return null;
        return new OriginalMessage
        {
            MessageId = string.IsNullOrEmpty(messageId) ? null : messageId,
            Subject = string.IsNullOrEmpty(subject) ? null : subject,
            From = from,
            To = to,
        };
    }

    private static string? FirstAddress(string? value, ParserOptions options)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (InternetAddressList.TryParse(options, value, out InternetAddressList? list))
        {
            foreach (MailboxAddress m in list.Mailboxes)
            {
                if (!string.IsNullOrEmpty(m.Address)) return m.Address;
            }
        }

        string cleaned = AddressText.Clean(value);
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>
    /// The header block quoted in the bounce text: two or more header lines at the start of a line, after the bounce's
    /// own text, holding at least one of Message-ID, Subject, From or To.
    /// </summary>
    private static HeaderList? QuotedHeaders(BounceInput input, ParserOptions options)
    {
        string text = input.Text;
        int pos = input.OwnTextLength;
        if (pos >= text.Length) pos = 0;
        while (pos < text.Length)
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            if (StartsBlock(text, pos) && end + 1 < text.Length && (StartsBlock(text, end + 1) || IsHeaderLine(text, end + 1)))
            {
                int blockEnd = BlockEnd(text, pos);
                HeaderList? headers = ReportParts.LoadHeaders(text.Substring(pos, blockEnd - pos), options);
                if (headers is not null
                    && (headers.Contains(HeaderId.MessageId) || headers.Contains(HeaderId.Subject) || headers.Contains(HeaderId.From) || headers.Contains(HeaderId.To)))
                    return headers;
                pos = blockEnd;
            }

            pos = end + 1;
        }

        return null;
    }

    private static int BlockEnd(string text, int start)
    {
        int pos = start;
        for (int lines = 0; pos < text.Length && lines < MaxQuotedLines; lines++)
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0) return text.Length;
            if (end == pos) return pos; // blank line: end of the headers
            pos = end + 1;
        }

        return pos;
    }

    private static bool StartsBlock(string text, int pos)
    {
        foreach (string name in BlockStarts)
        {
            if (text.Length - pos >= name.Length && string.Compare(text, pos, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }

        return false;
    }

    private static bool IsHeaderLine(string text, int pos)
    {
        if (pos < text.Length && text[pos] is ' ' or '\t') return true; // a folded line
        for (int i = pos; i < text.Length && i < pos + 80; i++)
        {
            char c = text[i];
            if (c == ':') return i > pos;
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-')) return false;
        }

        return false;
    }
}
