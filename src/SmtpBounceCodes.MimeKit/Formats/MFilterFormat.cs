namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Digital Arts' m-FILTER (Japanese): "以下のメールアドレスへの送信に失敗しました。" ("sending to the following
/// addresses failed"), the addresses, then "-------server message" with the remote reply, "-------SMTP command" with
/// the command it answered, and "-------original message" (or "-------original mail info").
/// </summary>
internal sealed class MFilterFormat : IBounceFormat
{
    private const string Intro = "以下のメールアドレスへの送信に失敗しました";
    private const string ServerMessage = "-------server message";
    private const string Command = "-------SMTP command";

    public string Name => "mfilter";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Intro) || !FamilyText.Has(text, ServerMessage)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Intro);
        int server = FamilyText.FindLineStart(lines, start, ServerMessage);
        if (server < 0) return false;

        int section = FamilyText.FindLineStart(lines, server + 1, "-------");
        string reply = FamilyText.Join(lines, server + 1, section < 0 ? lines.Length : section);
        SmtpStage stage = SmtpStage.Unknown;
        int command = FamilyText.FindLineStart(lines, server, Command);
        if (command >= 0)
        {
            int line = command + 1;
            while (line < lines.Length && lines[line].Trim().Length == 0) line++;
            if (line < lines.Length) stage = FamilyText.CommandStage(lines[line].Trim());
        }

        int count = recipients.Count;
        for (int i = start + 1; i < server; i++)
        {
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.LineAddress(lines[i]), reply);
            if (r is null) continue;
            r.Action = "failed";
            r.Stage = stage;
        }

        return recipients.Count > count;
    }
}
