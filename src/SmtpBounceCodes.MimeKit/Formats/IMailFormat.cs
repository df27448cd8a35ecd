namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Ipswitch IMail Server (its mailer signs <c>X-Mailer: &lt;SMTP32 v…&gt;</c>; subject "Undeliverable Mail"): one line
/// per recipient, the reason then the address ("Unknown user: taro@example.jp", "Delivery failed 20 attempts:
/// taro@example.jp"), or "undeliverable to taro@example.jp" followed by "Body of message generated response:" and the
/// remote reply; then "Original message follows.".
/// </summary>
internal sealed class IMailFormat : IBounceFormat
{
    private const string Undeliverable = "undeliverable to ";
    private const string Response = "Body of message generated response:";
    private const string End = "Original message follows";

    public string Name => "imailserver";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string mailer = input.Message.Headers["X-Mailer"] ?? string.Empty;
        if (!FamilyText.Has(mailer, "SMTP32") && !input.Subject.Trim().Equals("Undeliverable Mail", StringComparison.OrdinalIgnoreCase)) return false;
        string[] lines = FamilyText.Lines(input.Text);
        int end = FamilyText.FindLine(lines, 0, End);
        if (end < 0) end = lines.Length;

        int count = recipients.Count;
        for (int i = 0; i < end; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith(Undeliverable, StringComparison.OrdinalIgnoreCase))
            {
                string? address = FamilyText.LineAddress(line.Substring(Undeliverable.Length));

                // The response label follows right away (blank lines aside): no search beyond the next text line.
                int response = i + 1;
                while (response < end && lines[response].Trim().Length == 0) response++;
                string? reply = null;
                if (response < end && FamilyText.Has(lines[response], Response))
                {
                    int stop = response + 1;
                    while (stop < end && lines[stop].Trim().Length > 0) stop++;
                    reply = FamilyText.Join(lines, response + 1, stop);
                    i = stop;
                }

                Add(recipients, address, reply);
                continue;
            }

            // "Reason: address" with the address ending the line; a one-word prefix is a header ("To: …") of the summary.
            int colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || line.IndexOf(' ') > colon || line.IndexOf(' ') < 0) continue;
            string? named = FamilyText.LineAddress(line.Substring(colon + 2));
            if (named is not null) Add(recipients, named, line.Substring(0, colon).Trim());
        }

        return recipients.Count > count;
    }

    private static void Add(List<FormatRecipient> recipients, string? address, string? text)
    {
        FormatRecipient? r = FamilyText.Add(recipients, address, text);
        if (r is not null) r.Action = "failed";
    }
}
