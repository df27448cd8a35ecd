namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// HCL/IBM Domino's delivery failure report: "Your message … was not delivered to:", the address indented on the
/// next line, then "because:" and the reason indented below it ("User x (user@example.jp) not listed in Domino
/// Directory"). A report for several recipients repeats the pair. Some versions put the address and the reason on the
/// label's own line ("was not delivered to:   user@example.de" / "because:   …").
/// </summary>
internal sealed class DominoFormat : IBounceFormat
{
    private const string NotDelivered = "was not delivered to:";
    private const string Because = "because:";
    private const string SubjectPrefix = "DELIVERY FAILURE:";

    public string Name => "domino";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, NotDelivered) || !FamilyText.Has(text, Because)) return ReadSubject(input, recipients);
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        var pending = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.EndsWith(NotDelivered, StringComparison.OrdinalIgnoreCase))
            {
                pending.Clear();
                for (i++; i < lines.Length && !lines[i].Trim().Equals(Because, StringComparison.OrdinalIgnoreCase); i++)
                {
                    string? address = FamilyText.LineAddress(lines[i]);
                    if (address is not null) pending.Add(address);
                }

                // The reason: the indented lines after "because:", from the first non-blank one up to a blank line.
                int from = i + 1;
                while (from < lines.Length && lines[from].Trim().Length == 0) from++;
                int to = from;
                while (to < lines.Length && lines[to].Trim().Length > 0) to++;
                string reason = FamilyText.Join(lines, from, to);
                foreach (string address in pending)
                {
                    FormatRecipient? r = FamilyText.Add(recipients, address, reason);
                    if (r is not null) r.Action = "failed";
                }

                i = to;
            }
            else if (line.StartsWith(NotDelivered, StringComparison.OrdinalIgnoreCase)
                && FamilyText.LineAddress(line.Substring(NotDelivered.Length)) is { } address
                && i + 1 < lines.Length && lines[i + 1].Trim() is { } next && next.StartsWith(Because, StringComparison.OrdinalIgnoreCase))
            {
                // The same-line layout: "was not delivered to:   user@example.de", then "because:   the reason" and the
                // indented lines that continue it.
                var reason = new System.Text.StringBuilder(next.Substring(Because.Length).Trim());
                int j = i + 2;
                for (; j < lines.Length && lines[j].Length > 0 && char.IsWhiteSpace(lines[j][0]) && lines[j].Trim().Length > 0; j++)
                    FamilyText.AppendBounded(reason, lines[j].Trim());
                FormatRecipient? r = FamilyText.Add(recipients, address, reason.ToString());
                if (r is not null) r.Action = "failed";
                i = j - 1;
            }
        }

        return recipients.Count > count;
    }

    /// <summary>
    /// A report in another language ("wurde an folgende Empfänger nicht zugestellt:") still carries Domino's English
    /// subject, which holds the reason and the address: "DELIVERY FAILURE: User Jürgen Weiß (j.weiss@example.de) not
    /// listed in Domino Directory".
    /// </summary>
    private static bool ReadSubject(BounceInput input, List<FormatRecipient> recipients)
    {
        string? reason = FamilyText.After(input.Subject, SubjectPrefix);
        // Domino writes the prefix in capitals; other MTAs' "Delivery failure:" subjects are not this layout.
        if (string.IsNullOrEmpty(reason) || !input.Subject.TrimStart().StartsWith(SubjectPrefix, StringComparison.Ordinal)) return false;
        FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(reason!), reason);
        if (r is null) return false;
        r.Action = "failed";
        return true;
    }
}
