namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Zoho Mail (mailer-daemon@mail.zoho.com): one line per recipient, the address then Zoho's summary and the codes
/// ("taro@example.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 &lt;…&gt;... User Unknown"); delay notices
/// list "[Status: Error, Address: &lt;taro@example.jp&gt;, ResponseCode 421, , Host not reachable.]".
/// </summary>
internal sealed class ZohoFormat : IBounceFormat
{
    private const string ErrorCode = "ERROR_CODE :";
    private const string DelayEntry = "[Status:";

    public string Name => "zoho";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, ErrorCode) && !(FamilyText.Has(text, DelayEntry) && FamilyText.Has(input.From, "zoho"))) return false;
        bool delayed = FamilyText.Has(text, "THIS IS A WARNING MESSAGE ONLY");
        int count = recipients.Count;
        foreach (string raw in FamilyText.Lines(text))
        {
            string line = raw.Trim();
            string? address;
            string diagnostic;
            if (line.StartsWith(DelayEntry, StringComparison.OrdinalIgnoreCase))
            {
                address = FamilyText.FindAddress(line);
                diagnostic = line.Trim('[', ']');
            }
            else
            {
                if (!FamilyText.Has(line, ErrorCode)) continue;
                address = FamilyText.FindAddress(line, 0, out int end);
                if (address is null || !line.StartsWith(address, StringComparison.Ordinal)) continue;
                diagnostic = line.Substring(end).Trim();
            }

            FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
            if (r is not null) r.Action = delayed ? "delayed" : "failed";
        }

        return recipients.Count > count;
    }
}
