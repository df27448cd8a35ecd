namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// BIGLOBE: "----- The following addresses had delivery problems -----", the addresses, then
/// "----- Non-delivered information -----" and the reason.
/// </summary>
internal sealed class BiglobeFormat : IBounceFormat
{
    private const string Problems = "----- The following addresses had delivery problems -----";
    private const string Information = "----- Non-delivered information -----";

    public string Name => "biglobe";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Problems) || !FamilyText.Has(text, Information)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Problems);
        int info = FamilyText.FindLine(lines, start + 1, Information);
        if (info < 0) return false;
        int end = info + 1;
        while (end < lines.Length && !lines[end].Trim().StartsWith("-----", StringComparison.Ordinal)) end++;
        string reason = FamilyText.Join(lines, info + 1, end);

        int count = recipients.Count;
        for (int i = start + 1; i < info; i++)
        {
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.LineAddress(lines[i]), reason);
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }
}
