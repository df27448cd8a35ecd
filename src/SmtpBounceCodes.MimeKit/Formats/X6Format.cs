namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// An unnamed MTA (Sisimai's "X6"): "We had trouble delivering your message. Full details follow:", the original
/// subject and date, "N error(s):", then one paragraph per error naming its recipient — "The following recipients
/// returned permanent errors: user@example.jp. Reason: …" or "SMTP Server &lt;host&gt; rejected recipient
/// &lt;user@example.jp&gt; (Error following RCPT command). It responded as follows: […]".
/// </summary>
internal sealed class X6Format : IBounceFormat
{
    private const string Intro = "We had trouble delivering your message. Full details follow:";
    private const string Errors = "error(s):";
    private const string Closing = "The attachment contains the original mail headers";

    private static readonly (string Marker, SmtpStage Stage)[] Steps =
    [
        ("following RCPT command", SmtpStage.RcptTo),
        ("following MAIL command", SmtpStage.MailFrom),
        ("following DATA command", SmtpStage.Data),
        ("your message (DATA)", SmtpStage.Data),
    ];

    public string Name => "x6";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Intro)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Errors);
        int count = recipients.Count;
        for (int i = start + 1; start >= 0 && i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith(Closing, StringComparison.OrdinalIgnoreCase)) break;
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(line), line);
            if (r is null) continue;
            r.Action = "failed";
            r.Stage = FamilyText.FindStage(line, Steps);
        }

        return recipients.Count > count;
    }
}
