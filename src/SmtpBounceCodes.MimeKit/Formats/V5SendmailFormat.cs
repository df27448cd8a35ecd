using global::MimeKit;

namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Sendmail's plain-text returns (version 5, and any sendmail without DSN): a "----- Transcript of session follows
/// -----" section up to "----- Unsent message follows -----". The transcript holds, per remote host, "While talking to
/// host:", the command sent ("&gt;&gt;&gt; RCPT To:&lt;…&gt;"), the reply ("&lt;&lt;&lt; 550 …"), then sendmail's own
/// line per recipient ("550 &lt;user@example.jp&gt;... User unknown"). A recipient's error is the reply just above its
/// line when there is one, its own line otherwise.
/// </summary>
internal sealed class V5SendmailFormat : IBounceFormat
{
    private const string Transcript = "----- Transcript of session follows -----";

    private static readonly string[] EndMarkers = ["----- Unsent message follows -----", "----- Original message follows -----", "----- Message header follows -----"];

    public string Name => "v5sendmail";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;

        // A sendmail report with a delivery-status part is the RFC 3464 reader's: its transcript only repeats it.
        if (!FamilyText.Has(text, Transcript) || input.Message.Body is MultipartReport) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Transcript);
        int end = FamilyText.FindLine(lines, start + 1, EndMarkers);
        if (end < 0) end = lines.Length;

        int count = recipients.Count;
        SmtpStage stage = SmtpStage.Unknown;
        string? host = null;
        string? reply = null;
        string? lastOwnLine = null;
        int replyEnd = -1;
        for (int i = start + 1; i < end; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("While talking to ", StringComparison.OrdinalIgnoreCase))
            {
                host = FamilyText.HostAfter(line, "While talking to ");
                stage = SmtpStage.Unknown;
                reply = null;
                continue;
            }

            if (line.StartsWith(">>>", StringComparison.Ordinal))
            {
                stage = FamilyText.CommandStage(line.Substring(3).Trim());
                reply = null;
                continue;
            }

            if (line.StartsWith("<<<", StringComparison.Ordinal))
            {
                string part = line.Substring(3).Trim();
                reply = reply is null || replyEnd != i - 1 ? part : reply + " " + part;
                replyEnd = i;
                continue;
            }

            string? address = AddressLine(line);
            if (address is null)
            {
                lastOwnLine = line;
                continue;
            }

            // sendmail's line right under the reply summarises it ("Remote protocol error"): the reply says more.
            bool fromReply = reply is not null && replyEnd == i - 1;
            FormatRecipient? r = FamilyText.Add(recipients, address, fromReply ? reply : line);
            if (r is null) continue;
            if (fromReply) replyEnd = i;
            r.Action = "failed";
            r.Stage = fromReply ? stage : SmtpStage.Unknown;
            r.RemoteMta = fromReply ? host : null;
        }

        if (recipients.Count == count && lastOwnLine is not null)
        {
            // Only host-level lines ("421 example.com (smtp)... Deferred: …"): the recipient is the returned message's,
            // and sendmail's subject ("Returned mail: Cannot send message for 4 days") says why it gave up.
            int to = FamilyText.FindLineStart(lines, end, "To:");
            string? why = FamilyText.After(input.Subject, "Returned mail:");
            string diagnostic = string.IsNullOrEmpty(why) ? lastOwnLine : why + ": " + lastOwnLine;
            FormatRecipient? r = FamilyText.Add(recipients, to < 0 ? null : FamilyText.FindAddress(lines[to]), diagnostic);
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }

    /// <summary>The address of sendmail's per-recipient line "550 &lt;user@example.jp&gt;... User unknown"; null for other lines.</summary>
    private static string? AddressLine(string line)
    {
        if (line.Length < 8 || !char.IsDigit(line[0]) || !char.IsDigit(line[1]) || !char.IsDigit(line[2]) || line[3] != ' ' || line[4] != '<') return null;
        int close = line.IndexOf(">...", StringComparison.Ordinal);
        return close < 0 ? null : FamilyText.LineAddress(line.Substring(4, close - 3));
    }
}
