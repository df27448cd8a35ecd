namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Postfix's text-only reports, for the builds and settings that send no delivery-status part: the bounce ("This is
/// the Postfix program at host …" or "This is the mail system at host …", then per recipient "&lt;user@example.jp&gt;:
/// &lt;error&gt;" with continuation lines indented), and the postmaster's copy of a failed SMTP session ("Transcript of
/// session follows." with "In:"/"Out:" lines), whose recipient is the last "RCPT TO" and whose error is the last
/// 4xx/5xx reply.
/// </summary>
internal sealed class PostfixFormat : IBounceFormat
{
    private static readonly string[] Identity = ["This is the Postfix program at host", "This is the mail system at host"];

    private const string Session = "Transcript of session follows.";

    private static readonly (string Marker, SmtpStage Stage)[] StageMarkers =
    [
        ("in reply to RCPT TO command", SmtpStage.RcptTo),
        ("in reply to MAIL FROM command", SmtpStage.MailFrom),
        ("in reply to end of DATA command", SmtpStage.EndOfData),
        ("in reply to DATA command", SmtpStage.Data),
        ("in reply to EHLO command", SmtpStage.Helo),
        ("in reply to HELO command", SmtpStage.Helo),
        ("while receiving the initial server greeting", SmtpStage.Connect),
    ];

    public string Name => "postfix";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        bool bounce = FamilyText.HasAny(text, Identity);
        if (!bounce && !(FamilyText.Has(text, Session) && FamilyText.Has(input.Subject, "Postfix SMTP server"))) return false;

        // Looked at only for Postfix's own texts: the check parses the delivery-status part, which costs more than the
        // marker search does on the many reports of other MTAs.
        if (FamilyText.ReportExplainsEveryRecipient(input)) return false;
        return bounce ? ReadBounce(FamilyText.Lines(text), recipients) : ReadSession(FamilyText.Lines(text), recipients);
    }

    private static bool ReadBounce(string[] lines, List<FormatRecipient> recipients)
    {
        int count = recipients.Count;
        int start = FamilyText.FindLine(lines, 0, Identity);
        for (int i = start + 1; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line[0] != '<') continue;

            // "<taro@example.jp>: …", or for an alias's member "<kind@example.jp> (expanded from <family@example.jp>): …":
            // the first address is the recipient, the error follows the colon.
            int first = line.IndexOf('>');
            int close = first > 1 && first + 1 < line.Length && line[first + 1] == ':' ? first + 1 : -1;
            if (close < 0 && first > 1 && line.IndexOf(" (expanded from", first, StringComparison.OrdinalIgnoreCase) == first + 1)
            {
                int noteEnd = line.IndexOf("):", first, StringComparison.Ordinal);
                close = noteEnd < 0 ? -1 : noteEnd + 1;
            }

            string? address = close > 0 ? FamilyText.LineAddress(line.Substring(0, first + 1)) : null;
            if (address is null) continue;

            // The error: the rest of the line and the indented lines under it.
            int end = i + 1;
            while (end < lines.Length && lines[end].Length > 0 && lines[end][0] is ' ' or '\t') end++;
            string diagnostic = (line.Substring(close + 1).Trim() + " " + FamilyText.Join(lines, i + 1, end)).Trim();
            FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
            if (r is not null)
            {
                r.Action = "failed";
                r.Stage = FamilyText.FindStage(diagnostic, StageMarkers);
                r.RemoteMta = FamilyText.HostAfter(diagnostic, "host ");
            }

            i = end - 1;
        }

        return recipients.Count > count;
    }

    private static bool ReadSession(string[] lines, List<FormatRecipient> recipients)
    {
        string? address = null;
        string? error = null;
        SmtpStage stage = SmtpStage.Unknown;
        SmtpStage last = SmtpStage.Unknown;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("In:", StringComparison.Ordinal))
            {
                // A command may wrap onto indented lines ("MAIL" then "FROM:<…>").
                var wrapped = new System.Text.StringBuilder(line.Substring(3).Trim());
                while (i + 1 < lines.Length && lines[i + 1].StartsWith("    ", StringComparison.Ordinal)) FamilyText.AppendBounded(wrapped, lines[++i].Trim());
                string command = wrapped.ToString();
                last = FamilyText.CommandStage(command);
                if (last == SmtpStage.RcptTo) address = FamilyText.FindAddress(command);
                if (command == "." || FamilyText.Starts(command, "DATA")) last = command == "." ? SmtpStage.EndOfData : SmtpStage.Data;
            }
            else if (line.StartsWith("Out:", StringComparison.Ordinal))
            {
                string reply = line.Substring(4).Trim();
                if (reply.Length > 0 && reply[0] is '4' or '5')
                {
                    error = reply;

                    // A refusal right after "354" answers the message content, not the DATA command.
                    stage = last == SmtpStage.Data && i > 0 && lines[i - 1].Trim().StartsWith("Out: 354", StringComparison.Ordinal) ? SmtpStage.EndOfData : last;
                }
            }
        }

        FormatRecipient? r = FamilyText.Add(recipients, address, error);
        if (r is null) return false;
        r.Action = "failed";
        r.Stage = stage;
        return true;
    }
}
