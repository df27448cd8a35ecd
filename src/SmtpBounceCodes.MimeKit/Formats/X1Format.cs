namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// An unnamed MTA (Sisimai's "X1"; Mail2000 relays write it): "---The following addresses had delivery errors---",
/// then one line per recipient, the address followed by the reason in brackets ("taro@example.jp [User unknown]").
/// </summary>
internal sealed class X1Format : IBounceFormat
{
    private const string Intro = "---The following addresses had delivery errors---";

    public string Name => "x1";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Intro)) return false;
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        for (int i = FamilyText.FindLine(lines, 0, Intro) + 1; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            int open = line.IndexOf(" [", StringComparison.Ordinal);
            string? address = open > 0 ? FamilyText.LineAddress(line.Substring(0, open)) : null;
            if (address is null || line[line.Length - 1] != ']') break;
            FormatRecipient? r = FamilyText.Add(recipients, address, line.Substring(open + 2, line.Length - open - 3).Trim());
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }
}
