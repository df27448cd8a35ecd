namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// MailFoundry: "Unable to deliver message to: &lt;user@example.jp&gt;", "Delivery failed for the following reason:",
/// the reason ("Server mx.example.jp[192.0.2.1] failed with: 550 …"), then "This has been a permanent failure.".
/// </summary>
internal sealed class MailFoundryFormat : IBounceFormat
{
    private const string Recipient = "Unable to deliver message to:";
    private const string Reason = "Delivery failed for the following reason:";
    private const string Closing = "This has been a permanent failure";

    public string Name => "mailfoundry";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Recipient) || !FamilyText.Has(text, Reason)) return false;
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;

        // One pass: a recipient line opens an entry, the reason line starts its text, the closing line or the next
        // recipient ends it.
        string? address = null;
        int reason = -1;
        for (int i = 0; i <= lines.Length; i++)
        {
            string line = i < lines.Length ? lines[i].Trim() : string.Empty;
            bool next = i < lines.Length && line.StartsWith(Recipient, StringComparison.OrdinalIgnoreCase);
            bool closing = i == lines.Length || next || line.StartsWith(Closing, StringComparison.OrdinalIgnoreCase);
            if (closing && address is not null && reason >= 0)
            {
                string diagnostic = FamilyText.Join(lines, reason + 1, i);
                FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
                if (r is not null)
                {
                    r.Action = "failed";
                    r.RemoteMta = FamilyText.HostAfter(diagnostic, "Server ");
                }

                address = null;
            }

            if (next)
            {
                address = FamilyText.FindAddress(line);
                reason = -1;
            }
            else if (address is not null && line.StartsWith(Reason, StringComparison.OrdinalIgnoreCase))
            {
                reason = i;
            }
        }

        return recipients.Count > count;
    }
}
