namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Deutsche Telekom (t-online.de): a frame line "|---- Failed addresses follow: ----|", each address on a line of its
/// own ("&lt;user@t-online.de&gt;") with the reply indented below it, up to "|---- Message header follows: ----|".
/// </summary>
internal sealed class DeutscheTelekomFormat : IBounceFormat
{
    private const string Failed = "Failed addresses follow:";
    private const string Header = "Message header follows:";

    public string Name => "deutschetelekom";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Failed)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Failed);
        int end = FamilyText.FindLine(lines, start + 1, Header);
        if (end < 0) end = lines.Length;

        int count = recipients.Count;
        FormatRecipient? current = null;
        int from = -1;
        for (int i = start + 1; i <= end; i++)
        {
            string? address = i < end ? FamilyText.LineAddress(lines[i]) : null;
            if (address is null && i < end) continue;
            if (current is not null) current.DiagnosticText = FamilyText.Join(lines, from, i);
            if (i == end) break;
            current = FamilyText.Add(recipients, address, null);
            if (current is not null) current.Action = "failed";
            from = i + 1;
        }

        return recipients.Count > count;
    }
}
