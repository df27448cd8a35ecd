namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Lotus Notes' SMTP gateway ("Undeliverable message"): a section between "------- Failure Reasons --------" and
/// "------- Returned Message --------" holding the reason on its own line(s) followed by the address(es) it applies to.
/// </summary>
internal sealed class NotesFormat : IBounceFormat
{
    private const string Reasons = "------- Failure Reasons";
    private const string Returned = "------- Returned Message";

    public string Name => "notes";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Reasons)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Reasons);
        int end = FamilyText.FindLine(lines, start + 1, Returned);
        if (end < 0) end = lines.Length;

        int count = recipients.Count;
        var reason = new System.Text.StringBuilder();
        string? said = null;
        bool afterAddress = false;
        for (int i = start + 1; i < end; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            string? address = FamilyText.LineAddress(line);
            if (address is null)
            {
                // A reason line after addresses starts the next reason.
                if (afterAddress) reason.Clear();
                afterAddress = false;
                FamilyText.AppendBounded(reason, line);
                said = null;
                continue;
            }

            afterAddress = true;
            said ??= reason.ToString();
            FormatRecipient? r = FamilyText.Add(recipients, address, said);
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }
}
