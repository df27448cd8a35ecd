using System.Text;

namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>Cleans the addresses reports give: <c>rfc822; &lt;taro@example.jp&gt;</c>, RFC 6533 <c>utf-8;</c> xtext, display names.</summary>
internal static class AddressText
{
    /// <summary>
    /// The bare address of a recipient field: the <c>rfc822;</c> / <c>utf-8;</c> type removed, RFC 6533 <c>\x{HEX}</c>
    /// escapes decoded, angle brackets, quotes and surrounding white space trimmed. Empty when nothing is left.
    /// </summary>
    internal static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        string s = value!.Trim();
        bool utf8 = false;
        int semi = s.IndexOf(';');
        if (semi > 0 && semi <= 16 && IsTypeName(s, semi))
        {
            utf8 = s.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase);
            s = s.Substring(semi + 1).Trim();
        }

        if (utf8 || s.Contains("\\x{", StringComparison.Ordinal)) s = DecodeUtf8Xtext(s);

        // "Name <taro@example.jp>" or "<taro@example.jp> (comment)": the part in angle brackets is the address.
        int lt = s.IndexOf('<');
        if (lt >= 0)
        {
            int gt = s.IndexOf('>', lt + 1);
            string inner = gt > lt ? s.Substring(lt + 1, gt - lt - 1) : s.Substring(lt + 1);
            if (inner.Trim().Length != 0 || gt < 0) s = inner;
        }
        else
        {
            // "taro@example.jp (comment)"
            int paren = s.IndexOf(" (", StringComparison.Ordinal);
            if (paren > 0) s = s.Substring(0, paren);
        }

        // A quoted local part ("john smith"@example.org) keeps its quotes; quotes around the whole address go.
        bool quotedLocal = s.TrimStart().StartsWith('"') && s.IndexOf("\"@", 1, StringComparison.Ordinal) > 0;
        s = quotedLocal ? s.Trim().TrimEnd('"', '\'', '<', '>', ' ', '\t', '.', ',', ';', ':') : s.Trim().Trim('"', '\'', '<', '>', ' ', '\t', '.', ',', ';', ':');
        if (s.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) s = s.Substring(7);
        return s;
    }

    /// <summary>Whether a cleaned address looks like an address (something@something, no spaces but inside a quoted local part).</summary>
    internal static bool LooksLikeAddress(string s)
    {
        int at = s.LastIndexOf('@');
        if (at <= 0 || at == s.Length - 1) return false;
        bool quotedLocal = s[0] == '"' && at >= 2 && s[at - 1] == '"';
        for (int i = quotedLocal ? at : 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or '[' or ']') return false;
        }

        return true;
    }

    /// <summary>Decodes RFC 6533 <c>utf-8-addr-xtext</c> escapes (<c>\x{3042}</c>); malformed escapes are kept as written.</summary>
    internal static string DecodeUtf8Xtext(string s)
    {
        int i = s.IndexOf("\\x{", StringComparison.Ordinal);
        if (i < 0) return s;
        var sb = new StringBuilder(s.Length);
        int last = 0;
        while (i >= 0)
        {
            int close = s.IndexOf('}', i + 3);
            if (close < 0 || close - i - 3 is < 1 or > 6)
            {
                i = s.IndexOf("\\x{", i + 3, StringComparison.Ordinal);
                continue;
            }

            int cp = 0;
            bool ok = true;
            for (int j = i + 3; j < close; j++)
            {
                int d = HexValue(s[j]);
                if (d < 0)
                {
                    ok = false;
                    break;
                }

                cp = (cp * 16) + d;
            }

            if (ok && cp is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                sb.Append(s, last, i - last);
                sb.Append(char.ConvertFromUtf32(cp));
                last = close + 1;
            }

            i = s.IndexOf("\\x{", close + 1, StringComparison.Ordinal);
        }

        sb.Append(s, last, s.Length - last);
        return sb.ToString();
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsTypeName(string s, int length)
    {
        for (int i = 0; i < length; i++)
        {
            char c = s[i];
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_')) return false;
        }

        return true;
    }
}
