namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Amazon WorkMail: "An error occurred while trying to deliver the mail to the following recipients:", the addresses,
/// then "Technical report:" with delivery-status fields written as plain text — one group per recipient opened by
/// "Final-Recipient:", with "Action:", "Status:" and "Diagnostic-Code:".
/// </summary>
internal sealed class AmazonWorkMailFormat : IBounceFormat
{
    private const string Intro = "An error occurred while trying to deliver the mail to the following recipients:";
    private const string Report = "Technical report:";

    public string Name => "amazonworkmail";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Intro) || !FamilyText.Has(text, Report)) return false;
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        FormatRecipient? current = null;
        string? remote = null;
        for (int i = FamilyText.FindLine(lines, 0, Report) + 1; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            string field = line.Substring(0, colon).Trim();
            string value = line.Substring(colon + 1).Trim();
            switch (field.ToUpperInvariant())
            {
                case "FINAL-RECIPIENT":
                    current = FamilyText.Add(recipients, FamilyText.FindAddress(value), null);
                    if (current is not null) current.RemoteMta = remote;
                    break;
                case "REMOTE-MTA":
                    remote = value;
                    if (current is not null) current.RemoteMta = value;
                    break;
                case "ACTION" when current is not null:
                    current.Action = value;
                    break;
                case "STATUS" when current is not null:
                    current.Status = value;
                    break;
                case "DIAGNOSTIC-CODE" when current is not null:
                    current.DiagnosticText = value;
                    break;
            }
        }

        return recipients.Count > count;
    }
}
