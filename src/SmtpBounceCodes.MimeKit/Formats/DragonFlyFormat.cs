namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// The DragonFly Mail Agent (dma): "This is the DragonFly Mail Agent … at host.", then one recipient per message —
/// "There was an error delivering your mail to &lt;user@example.jp&gt;." — and the error up to "Message headers
/// follow." or "Original message follows.". A remote refusal is introduced by "host [ip] did not like our RCPT TO:".
/// </summary>
internal sealed class DragonFlyFormat : IBounceFormat
{
    private const string Recipient = "There was an error delivering your mail to";

    private static readonly string[] EndMarkers = ["Message headers follow", "Original message follows"];

    private static readonly (string Marker, SmtpStage Stage)[] StageMarkers =
    [
        ("did not like our RCPT TO", SmtpStage.RcptTo),
        ("did not like our MAIL FROM", SmtpStage.MailFrom),
        ("did not like our final DATA", SmtpStage.EndOfData),
        ("did not like our DATA", SmtpStage.Data),
        ("did not like our EHLO", SmtpStage.Helo),
        ("did not like our HELO", SmtpStage.Helo),
        ("did not like our AUTH", SmtpStage.Authentication),
        ("did not like our STARTTLS", SmtpStage.Authentication),
        ("did not like our greeting", SmtpStage.Connect),
    ];

    public string Name => "dragonfly";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Recipient)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Recipient);
        int end = FamilyText.FindLine(lines, start + 1, EndMarkers);
        if (end < 0) end = lines.Length;

        string? address = FamilyText.FindAddress(lines[start].Substring(lines[start].IndexOf(Recipient, StringComparison.OrdinalIgnoreCase) + Recipient.Length));
        string diagnostic = FamilyText.Join(lines, start + 1, end);
        FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
        if (r is null) return false;
        r.Action = "failed";
        r.Stage = FamilyText.FindStage(diagnostic, StageMarkers);
        int like = diagnostic.IndexOf(" did not like our", StringComparison.OrdinalIgnoreCase);
        if (like > 0) r.RemoteMta = diagnostic.Substring(0, like).Split(' ')[0];
        return true;
    }
}
