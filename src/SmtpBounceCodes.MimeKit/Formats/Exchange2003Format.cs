namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Microsoft Exchange 2000/2003 non-delivery reports: "Your message … did not reach the following recipient(s):",
/// then per recipient a line "user@example.jp on &lt;date&gt;" and, indented below it, the reason ("The recipient
/// name is not recognized") and the MSEXCH:IMS line with Exchange's own code in parentheses ("(000C05A6)").
/// </summary>
internal sealed class Exchange2003Format : IBounceFormat
{
    private static readonly string[] Intro = ["did not reach the following recipient(s):", "did not reach the following recipients:"];

    // Transport bookkeeping between the reason lines: not part of the error.
    private const string MtsId = "The MTS-ID of the original message is:";

    public string Name => "exchange2003";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.HasAny(text, Intro)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Intro);
        int count = recipients.Count;
        FormatRecipient? current = null;
        var block = new System.Text.StringBuilder();
        bool skipNext = false;
        for (int i = start + 1; i <= lines.Length; i++)
        {
            string line = i < lines.Length ? lines[i].Trim() : string.Empty;
            string? address = i < lines.Length && FamilyText.Indent(lines[i]) == 0 ? RecipientLine(line) : null;
            bool end = i == lines.Length || line.StartsWith("---", StringComparison.Ordinal);
            if (address is not null || end)
            {
                if (current is not null) current.DiagnosticText = block.Length > 0 ? block.ToString() : null;
                if (end) break;
                block.Clear();
                current = FamilyText.Add(recipients, address, null);
                if (current is not null) current.Action = "failed";
                continue;
            }

            if (current is null || line.Length == 0) continue;
            if (skipNext && line[0] == ';')
            {
                skipNext = false;
                continue;
            }

            skipNext = line.StartsWith(MtsId, StringComparison.OrdinalIgnoreCase);
            if (skipNext) continue;
            if (block.Length > 0) block.Append(' ');
            block.Append(line);
        }

        return recipients.Count > count;
    }

    /// <summary>The address of a line "user@example.jp on Thu, 29 Apr 2010 …" (or the address alone); null otherwise.</summary>
    private static string? RecipientLine(string line)
    {
        string? address = FamilyText.FindAddress(line, 0, out int end);
        if (address is null || !line.StartsWith(address, StringComparison.Ordinal)) return null;
        return end == line.Length || line.Substring(end).StartsWith(" on ", StringComparison.OrdinalIgnoreCase) ? address : null;
    }
}
