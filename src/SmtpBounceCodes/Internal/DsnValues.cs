namespace SmtpBounceCodes.Internal;

/// <summary>The DSN Action field (RFC 3464 §2.3.3).</summary>
internal enum DsnAction
{
    Unknown = 0,
    Failed,
    Delayed,
    Delivered,
    Relayed,
    Expanded,
}

/// <summary>Reads DSN field values: <c>type; value</c> pairs, the Action and the Status.</summary>
internal static class DsnValues
{
    internal static DsnAction ParseAction(string? action)
    {
        ReadOnlySpan<char> a = action.AsSpan().Trim();
        // Some MTAs add a comment ("failed (bad destination)"); the keyword comes first.
        int space = a.IndexOfAny(' ', '(');
        if (space > 0) a = a.Slice(0, space);
        if (a.Equals("failed".AsSpan(), StringComparison.OrdinalIgnoreCase)) return DsnAction.Failed;
        if (a.Equals("delayed".AsSpan(), StringComparison.OrdinalIgnoreCase)) return DsnAction.Delayed;
        if (a.Equals("delivered".AsSpan(), StringComparison.OrdinalIgnoreCase)) return DsnAction.Delivered;
        if (a.Equals("relayed".AsSpan(), StringComparison.OrdinalIgnoreCase)) return DsnAction.Relayed;
        if (a.Equals("expanded".AsSpan(), StringComparison.OrdinalIgnoreCase)) return DsnAction.Expanded;
        return DsnAction.Unknown;
    }

    /// <summary>Reads the first enhanced code of a Status field ("5.1.1", "5.1.1 (user unknown)").</summary>
    internal static EnhancedStatusCode? ParseStatus(string? status)
    {
        ReadOnlySpan<char> s = status.AsSpan().Trim();
        return EnhancedStatusCode.TryParse(s, out EnhancedStatusCode code, out int used)
            && (used == s.Length || !char.IsDigit(s[used]))
            ? code
            : null;
    }

    /// <summary>The text after the code in a Status field ("4.0.0 (host name lookup failure)" gives the parenthesis), or empty.</summary>
    internal static ReadOnlySpan<char> StatusComment(string? status)
    {
        ReadOnlySpan<char> s = status.AsSpan().Trim();
        if (!EnhancedStatusCode.TryParse(s, out _, out int used)) return default;
        ReadOnlySpan<char> rest = s.Slice(used).Trim();
        if (rest.Length >= 2 && rest[0] == '(' && rest[rest.Length - 1] == ')') rest = rest.Slice(1, rest.Length - 2).Trim();
        return rest;
    }

    /// <summary>Removes the <c>type;</c> prefix of a typed field (<c>dns; mx.example.jp</c>); null when nothing is left.</summary>
    internal static string? StripType(string? value)
    {
        ReadOnlySpan<char> s = value.AsSpan().Trim();
        int semi = s.IndexOf(';');
        if (semi > 0 && semi <= 16 && IsTypeName(s.Slice(0, semi))) s = s.Slice(semi + 1).Trim();
        return s.IsEmpty ? null : s.ToString();
    }

    private static bool IsTypeName(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or ' ')) return false;
        }

        return true;
    }
}
