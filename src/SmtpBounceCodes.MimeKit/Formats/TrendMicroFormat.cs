namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Trend Micro InterScan Messaging Security Suite: either a transcript ("Sent &lt;&lt;&lt; RCPT
/// TO:&lt;user@example.jp&gt;", "Received &gt;&gt;&gt; 550 …") or one sentence per recipient ("Unable to deliver message
/// to &lt;user@example.jp&gt; (and other recipients in the same domain).").
/// </summary>
internal sealed class TrendMicroFormat : IBounceFormat
{
    private const string Sent = "Sent <<<";
    private const string Received = "Received >>>";
    private const string Unable = "Unable to deliver message to";

    public string Name => "trendmicro";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        bool transcript = FamilyText.Has(text, Sent) && FamilyText.Has(text, Received);
        if (!transcript && !(FamilyText.Has(text, Unable) && (FamilyText.Has(text, "InterScan") || FamilyText.Has(input.From, "InterScan")))) return false;
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        SmtpStage stage = SmtpStage.Unknown;
        string? address = null;
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.StartsWith(Sent, StringComparison.OrdinalIgnoreCase))
            {
                string command = line.Substring(Sent.Length).Trim();
                stage = FamilyText.CommandStage(command);
                address = stage == SmtpStage.RcptTo ? FamilyText.FindAddress(command) : address;
                continue;
            }

            if (line.StartsWith(Received, StringComparison.OrdinalIgnoreCase))
            {
                string reply = line.Substring(Received.Length).Trim();
                FormatRecipient? r = FamilyText.Add(recipients, address ?? FamilyText.FindAddress(reply), reply);
                if (r is null) continue;
                r.Action = "failed";
                r.Stage = stage;
                continue;
            }

            int unable = line.IndexOf(Unable, StringComparison.OrdinalIgnoreCase);
            if (unable < 0) continue;
            FormatRecipient? u = FamilyText.Add(recipients, FamilyText.FindAddress(line.Substring(unable)), line.Substring(unable));
            if (u is not null) u.Action = "failed";
        }

        return recipients.Count > count;
    }
}
