namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// TransWARE Active!hunter (subject "FAILURE NOTICE : …"): sendmail's layout without a delivery-status part —
/// "----- The following addresses had permanent fatal errors -----", the recipients as "&gt;&gt;&gt; user@example.jp
/// &lt;user@example.jp&gt;", then "----- Transcript of session follows -----" and the remote reply.
/// </summary>
internal sealed class ActivehunterFormat : IBounceFormat
{
    private const string Fatal = "----- The following addresses had permanent fatal errors -----";
    private const string Transcript = "----- Transcript of session follows -----";

    public string Name => "activehunter";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Starts(input.Subject, "FAILURE NOTICE :") || !FamilyText.Has(text, Fatal)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Fatal);
        int transcript = FamilyText.FindLine(lines, start + 1, Transcript);
        if (transcript < 0) transcript = lines.Length;

        // The transcript up to its first blank line after some text.
        var reply = new List<string>();
        for (int i = transcript + 1; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if ((line.Length == 0 && reply.Count > 0) || reply.Count >= 64) break;
            if (line.Length > 0) reply.Add(line);
        }

        int count = recipients.Count;
        for (int i = start + 1; i < transcript; i++)
        {
            string line = lines[i].Trim();
            if (!line.StartsWith(">>>", StringComparison.Ordinal)) continue;
            string? address = FamilyText.FindAddress(line);
            if (address is null) continue;

            // With several recipients, the transcript lines that name one belong to it.
            List<string> own = reply.FindAll(l => FamilyText.Has(l, address));
            FormatRecipient? r = FamilyText.Add(recipients, address, string.Join(" ", own.Count > 0 ? own : reply));
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }
}
