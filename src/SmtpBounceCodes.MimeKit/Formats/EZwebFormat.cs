namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// au (KDDI) EZweb's mail system (Postmaster@ezweb.ne.jp, "Mail System Error - Returned Mail"): a Japanese paragraph,
/// then English — either per recipient "Recipient: &lt;user@ezweb.ne.jp&gt;" with the command sent ("&gt;&gt;&gt; RCPT
/// TO:…") and the reply ("&lt;&lt;&lt; 550 …"), or one explanation ("The user(s) account is disabled.", "Your message
/// was not delivered within 0 days and 1 hours. Remote host is not responding.", "Each of the following recipients was
/// rejected by a remote mail server.") and the addresses as "&lt;user@ezweb.ne.jp&gt;" lines. The first text part is
/// often only a MIME preamble: every text part is read.
/// </summary>
internal sealed class EZwebFormat : IBounceFormat
{
    private const string Subject = "Mail System Error - Returned Mail";
    private const string Recipient = "Recipient:";

    // Lines of the layout, not explanations.
    private static readonly string[] ListIntros = ["The following recipients did not receive this message:"];

    public string Name => "ezweb";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        if (!FamilyText.Starts(input.Subject, Subject) && !FamilyText.Has(input.From, "@ezweb.ne.jp")) return false;
        if (FamilyText.ReportExplainsEveryRecipient(input)) return false;
        string[] lines = FamilyText.Lines(FamilyText.PlainTexts(input));
        int count = recipients.Count;

        if (FamilyText.FindLineStart(lines, 0, Recipient) >= 0)
        {
            ReadTranscripts(lines, recipients);
            return recipients.Count > count;
        }

        // One explanation for all the listed addresses: the English lines that are neither addresses nor layout.
        var explanation = new List<string>();
        var addresses = new List<(string Address, string? Own)>();
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("---", StringComparison.Ordinal) && addresses.Count > 0) break;
            string? address = FamilyText.LineAddress(line);
            if (address is not null)
            {
                addresses.Add((address, null));
                continue;
            }

            // "<user@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)": the address with its own reply.
            int close = line.IndexOf(">:", StringComparison.Ordinal);
            string? named = line[0] == '<' && close > 0 ? FamilyText.LineAddress(line.Substring(0, close + 1)) : null;
            if (named is not null)
            {
                addresses.Add((named, line.Substring(close + 2).Trim()));
                continue;
            }

            if (IsAscii(line) && !FamilyText.IsMimePreamble(line) && !FamilyText.HasAny(line, ListIntros) && !line.StartsWith("---", StringComparison.Ordinal) && explanation.Count < 16)
                explanation.Add(line);
        }

        string diagnostic = string.Join(" ", explanation);
        foreach ((string address, string? own) in addresses)
        {
            FormatRecipient? r = FamilyText.Add(recipients, address, own is null ? diagnostic : (own + " " + diagnostic).Trim());
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }

    private static void ReadTranscripts(string[] lines, List<FormatRecipient> recipients)
    {
        for (int at = FamilyText.FindLineStart(lines, 0, Recipient); at >= 0; at = FamilyText.FindLineStart(lines, at + 1, Recipient))
        {
            SmtpStage stage = SmtpStage.Unknown;
            var reply = new List<string>();
            for (int i = at + 1; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith(Recipient, StringComparison.OrdinalIgnoreCase)) break;
                if (line.StartsWith(">>>", StringComparison.Ordinal)) stage = FamilyText.CommandStage(line.Substring(3).Trim());
                else reply.Add(line.StartsWith("<<<", StringComparison.Ordinal) ? line.Substring(3).Trim() : line);
            }

            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(lines[at]), string.Join(" ", reply));
            if (r is null) continue;
            r.Action = "failed";
            r.Stage = stage;
        }
    }

    private static bool IsAscii(string line)
    {
        foreach (char c in line)
        {
            if (c > 0x7E) return false;
        }

        return true;
    }
}
