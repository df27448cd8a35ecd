namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// MDaemon's notices: a paragraph ("had PERMANENT fatal delivery errors" or a transient warning), then "--- Session
/// Transcript ---" up to "--- End Transcript ---", each line stamped with the time ("Wed 2026-04-29 16:20:05.991: …").
/// The transcript summarises the message ("*  To: taro@example.jp") and shows the conversation: "--&gt; command" and
/// "&lt;-- reply". The recipient's error is the last 4xx/5xx reply, at the stage of the command sent before it.
/// </summary>
internal sealed class MDaemonFormat : IBounceFormat
{
    private const string Start = "--- Session Transcript ---";
    private const string End = "--- End Transcript ---";

    public string Name => "mdaemon";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Start)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Start);
        int end = FamilyText.FindLine(lines, start + 1, End);
        if (end < 0) end = lines.Length;

        var addresses = new List<string>();
        string? command = null, failedCommand = null, reply = null;
        for (int i = start + 1; i < end; i++)
        {
            string line = Unstamped(lines[i]);
            if (line.Length > 0 && line[0] == '*' && line.TrimStart('*', ' ').StartsWith("To:", StringComparison.OrdinalIgnoreCase))
            {
                string? address = FamilyText.FindAddress(line);
                if (address is not null && addresses.Count < FamilyText.MaxRecipients) addresses.Add(address);
            }
            else if (line.StartsWith("-->", StringComparison.Ordinal))
            {
                command = line.Substring(3).Trim();
            }
            else if (line.StartsWith("<--", StringComparison.Ordinal) && line.Substring(3).Trim() is { Length: > 3 } answer && answer[0] is '4' or '5')
            {
                reply = answer;
                failedCommand = command;
            }
        }

        if (reply is null) return false;

        // A refusal of one RCPT TO belongs to that address; any other refusal to every recipient of the message.
        SmtpStage stage = failedCommand is null ? SmtpStage.Connect : FamilyText.CommandStage(failedCommand);
        string? named = stage == SmtpStage.RcptTo && failedCommand is not null ? FamilyText.FindAddress(failedCommand) : null;
        bool delayed = !FamilyText.Has(text, "permanent") && reply[0] == '4';
        int count = recipients.Count;
        foreach (string address in named is not null ? [named] : addresses)
        {
            FormatRecipient? r = FamilyText.Add(recipients, address, reply);
            if (r is null) continue;
            r.Action = delayed ? "delayed" : "failed";
            r.Stage = stage;
        }

        return recipients.Count > count;
    }

    /// <summary>A transcript line without its time stamp ("Wed 2026-04-29 16:20:05.991: " and the like).</summary>
    private static string Unstamped(string line)
    {
        string t = line.Trim();
        int stamp = t.IndexOf(": ", StringComparison.Ordinal);

        // The stamp is a day, a date and a time: it holds digits, dashes, dots and colons, and no other punctuation.
        if (stamp <= 0 || stamp > 40 || !char.IsDigit(t[stamp - 1])) return t;
        for (int i = 0; i < stamp; i++)
        {
            if (!(char.IsLetterOrDigit(t[i]) || t[i] is ' ' or '-' or '.' or ':' or '/')) return t;
        }

        return t.Substring(stamp + 2).Trim();
    }
}
