namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// OpenSMTPD's MAILER-DAEMON: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.", a sentence ending in
/// "…the following list of recipients:" (an error, or a delay of more than N minutes), then one line per recipient
/// "user@example.jp: &lt;error&gt;", up to "Below is a copy of the original message:".
/// </summary>
internal sealed class OpenSmtpdFormat : IBounceFormat
{
    private const string Identity = "This is the MAILER-DAEMON, please DO NOT REPLY to this";
    private const string ListEnd = "list of recipients:";
    private const string Delayed = "A message is delayed";

    private static readonly string[] EndMarkers = ["Below is a copy of the original message", "Please note that this is only a temporary failure report"];

    public string Name => "opensmtpd";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Identity)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, ListEnd);
        if (start < 0) return false;
        bool delayed = FamilyText.Has(text, Delayed);
        int count = recipients.Count;
        for (int i = start + 1; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (FamilyText.HasAny(line, EndMarkers)) break;
            string? address = FamilyText.FindAddress(line, 0, out int end);
            if (address is null || !line.StartsWith(address, StringComparison.Ordinal) || end >= line.Length || line[end] != ':') continue;
            FormatRecipient? r = FamilyText.Add(recipients, address, line.Substring(end + 1).Trim());
            if (r is not null) r.Action = delayed ? "delayed" : "failed";
        }

        return recipients.Count > count;
    }
}
