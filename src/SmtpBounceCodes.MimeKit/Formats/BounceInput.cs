using System.Text;
using global::MimeKit;

namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// A message prepared once for the format decoders: the sender and subject, and the human-readable text decoded from
/// its charset with line ends normalised to <c>\n</c>. Base64 bodies of attachments are never decoded or scanned.
/// </summary>
internal sealed class BounceInput
{
    /// <summary>Only the first part of a very long text is read: bounce texts say what they say early.</summary>
    internal const int MaxTextLength = 256 * 1024;

    /// <summary>At most this many bytes of a text part are decoded (enough for <see cref="MaxTextLength"/> characters in any charset).</summary>
    private const int MaxTextBytes = 4 * MaxTextLength;

    private int? _ownTextLength;
    private string[]? _ownLines;

    private BounceInput(MimeMessage message, string from, string subject, string text, Internal.StatusFields? reportStatus)
    {
        Message = message;
        From = from;
        Subject = subject;
        Text = text;
        ReportStatus = reportStatus;
    }

    internal MimeMessage Message { get; }

    /// <summary>The From header as written ("Mail Delivery System &lt;MAILER-DAEMON@example.jp&gt;").</summary>
    internal string From { get; }

    internal string Subject { get; }

    /// <summary>The human-readable text: the first text/plain part (or text/html without tags), at most <see cref="MaxTextLength"/> characters, <c>\n</c> line ends.</summary>
    internal string Text { get; }

    /// <summary>
    /// The fields of the message's delivery-status parts as the RFC 3464 reader parsed them, or null when it has none.
    /// The decoders ask them whether the report already explains its recipients, and for the status of a recipient
    /// whose text carries none.
    /// </summary>
    internal Internal.StatusFields? ReportStatus { get; }

    /// <summary>The length of the bounce's own text (<see cref="GenericFormat.OwnTextLength"/> of <see cref="Text"/>), found once.</summary>
    internal int OwnTextLength => _ownTextLength ??= GenericFormat.OwnTextLength(Text);

    /// <summary>The lines of the bounce's own text, split once; callers only read them.</summary>
    internal string[] OwnLines => _ownLines ??= Text.Substring(0, OwnTextLength).Split('\n');

    /// <summary>The input of a message read on its own (the decoders' tests): its delivery-status parts are parsed here.</summary>
    internal static BounceInput Create(MimeMessage message) =>
        Create(message, Internal.ReportAnalyzer.StatusOfParts(Internal.ReportParts.Find(message, Internal.ReportBuilder.ParserOptions), errors: null));

    internal static BounceInput Create(MimeMessage message, Internal.StatusFields? reportStatus)
    {
        string from = message.Headers[HeaderId.From] ?? string.Empty;
        string subject = message.Subject ?? string.Empty;
        return new BounceInput(message, from, subject, ReadText(message), reportStatus);
    }

    private static string ReadText(MimeMessage message)
    {
        TextPart? plain = null, html = null;
        foreach (MimeEntity entity in message.BodyParts)
        {
            if (entity is not TextPart part || part.IsAttachment) continue;
            if (part.IsPlain && plain is null) plain = part;
            else if (part.IsHtml && html is null) html = part;
            if (plain is not null) break;
        }

        // Decoded by the reader's own charset handling (not TextPart.Text): MimeKit cannot decode ISO-2022-JP or
        // Shift_JIS when its charset table was built before the code pages were registered, and the byte cap keeps a
        // huge text part from being decoded whole. DecodeText never throws.
        string text = plain is not null ? Internal.ReportParts.DecodeText(plain, MaxTextBytes)
            : html is not null ? StripTags(Internal.ReportParts.DecodeText(html, MaxTextBytes))
            : string.Empty;
        if (text.Length > MaxTextLength) text = text.Substring(0, MaxTextLength);
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    /// <summary>
    /// The text of an HTML part: tags dropped, entities decoded, a tab between table cells, and a line break where a block ends or a
    /// <c>&lt;br&gt;</c> stands, so that "error.&lt;br&gt;&lt;br&gt;user@example.jp" keeps its address on a line of its own.
    /// </summary>
    private static string StripTags(string html)
    {
        var sb = new StringBuilder(html.Length);
        bool inTag = false;
        int nameStart = -1, nameLength = 0, cellStart = -1, cellInRow = 0;
        for (int i = 0; i < html.Length; i++)
        {
            char c = html[i];
            if (c == '<')
            {
                inTag = true;
                nameStart = -1;
                nameLength = 0;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
                char separator = nameStart < 0 ? '\0' : Separator(html.AsSpan(nameStart, nameLength));
                bool closing = nameStart > 0 && html[nameStart - 1] == '/';
                // A header cell labels the cell beside it ("<th>宛先</th><td>user@…</td>"): it reads as "宛先:". So does
                // a row's first cell of a few words of letters ("<td><b>Recipient</b></td><td>user@…</td>").
                if (separator == '\t' && closing && ((html[nameStart + 1] | 0x20) == 'h' || (cellInRow == 1 && IsLabelCell(sb, cellStart)))
                    && LastNonBlank(sb) is not ('\0' or ':' or '：' or '\n' or '\t')) sb.Append(':');
                if (separator != '\0') sb.Append(separator);
                if (separator == '\t' && !closing)
                {
                    cellStart = sb.Length;
                    cellInRow++;
                }
                else if (separator == '\n' && nameLength == 2 && (html[nameStart] | 0x20) == 't' && (html[nameStart + 1] | 0x20) == 'r')
                {
                    cellInRow = 0; // a new row (or its end)
                }
            }
            else if (inTag)
            {
                // The tag's name: the letters and digits after "<" or "</".
                if (nameStart < 0 && char.IsLetter(c) && (html[i - 1] == '<' || (html[i - 1] == '/' && i >= 2 && html[i - 2] == '<'))) nameStart = i;
                if (nameStart >= 0 && nameStart + nameLength == i && char.IsLetterOrDigit(c)) nameLength++;
            }
            else
            {
                sb.Append(c);
            }
        }

        return System.Net.WebUtility.HtmlDecode(sb.ToString());
    }

    /// <summary>Whether the cell text from <paramref name="start"/> is one to three words of letters (a field's label).</summary>
    private static bool IsLabelCell(StringBuilder sb, int start)
    {
        if (start < 0 || start >= sb.Length || sb.Length - start > 40) return false;
        int words = 0;
        bool inWord = false;
        for (int i = start; i < sb.Length; i++)
        {
            char c = sb[i];
            if (c is ' ' or '\t' or '\n')
            {
                inWord = false;
                continue;
            }

            if (!char.IsLetter(c) && c != '-') return false;
            if (!inWord && ++words > 3) return false;
            inWord = true;
        }

        return words > 0;
    }

    private static char LastNonBlank(StringBuilder sb)
    {
        for (int i = sb.Length - 1; i >= 0; i--)
        {
            if (sb[i] != ' ') return sb[i];
        }

        return '\0';
    }

    private static readonly string[] BreakingTags = ["br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "dt", "dd"];

    /// <summary>Table cells: a label cell and its value ("&lt;th&gt;宛先&lt;/th&gt;&lt;td&gt;user@…") must not run together.</summary>
    private static readonly string[] CellTags = ["td", "th"];

    /// <summary>What a tag stands for in the text: a line break (blocks), a tab (table cells) or nothing ('\0').</summary>
    private static char Separator(ReadOnlySpan<char> name)
    {
        foreach (string tag in BreakingTags)
        {
            if (name.Equals(tag.AsSpan(), StringComparison.OrdinalIgnoreCase)) return '\n';
        }

        foreach (string tag in CellTags)
        {
            if (name.Equals(tag.AsSpan(), StringComparison.OrdinalIgnoreCase)) return '\t';
        }

        return '\0';
    }
}
