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
        for (int at = FamilyText.FindLineStart(lines, 0, Recipient); at >= 0; at = FamilyText.FindLineStart(lines, at + 1, Recipient))
        {
            int reason = FamilyText.FindLineStart(lines, at + 1, Reason);
            int next = FamilyText.FindLineStart(lines, at + 1, Recipient);
            if (reason < 0 || (next >= 0 && reason > next)) continue;
            int end = FamilyText.FindLineStart(lines, reason + 1, Closing, Recipient);
            string diagnostic = FamilyText.Join(lines, reason + 1, end < 0 ? lines.Length : end);
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(lines[at]), diagnostic);
            if (r is null) continue;
            r.Action = "failed";
            r.RemoteMta = FamilyText.HostAfter(diagnostic, "Server ");
        }

        return recipients.Count > count;
    }
}
