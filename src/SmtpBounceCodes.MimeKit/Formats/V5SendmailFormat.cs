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

    private static readonly string[] Sendmail8Lists = ["The following addresses had permanent fatal errors", "The following addresses had transient non-fatal errors"];

    private static readonly string[] EndMarkers = ["----- Unsent message follows -----", "----- Original message follows -----", "----- Message header follows -----"];

    public string Name => "v5sendmail";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;

        // A sendmail report with a delivery-status part is the RFC 3464 reader's: its transcript only repeats it. Sendmail
        // 8's list of failed addresses makes it the sendmail decoder's.
        if (!FamilyText.Has(text, Transcript) || input.Message.Body is MultipartReport || FamilyText.HasAny(text, Sendmail8Lists)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Transcript);
        int end = FamilyText.FindLine(lines, start + 1, EndMarkers);
        if (end < 0) end = lines.Length;

        int count = recipients.Count;
        List<TranscriptEntry> entries = ReadTranscript(lines, start + 1, end, out string? lastOwnLine, out TranscriptEntry? session);
        foreach (TranscriptEntry entry in entries)
        {
            FormatRecipient? r = FamilyText.Add(recipients, entry.Address, entry.Text);
            if (r is null) continue;
            r.Action = "failed";
            r.Stage = entry.Stage;
            r.RemoteMta = entry.Host;
        }

        if (recipients.Count == count && (session is not null || lastOwnLine is not null))
        {
            // Only host-level lines ("421 example.com (smtp)... Deferred: …") or a refusal of the session (MAIL FROM): the
            // recipient is the returned message's, and sendmail's subject ("Returned mail: Cannot send message for 4
            // days") says why it gave up.
            int to = FamilyText.FindLineStart(lines, end, "To:");
            string? why = FamilyText.After(input.Subject, "Returned mail:");
            string diagnostic = session?.Text ?? (string.IsNullOrEmpty(why) ? lastOwnLine! : why + ": " + lastOwnLine);
            FormatRecipient? r = FamilyText.Add(recipients, to < 0 ? null : FamilyText.FindAddress(lines[to]), diagnostic);
            if (r is not null)
            {
                r.Action = "failed";
                r.Stage = session?.Stage ?? SmtpStage.Unknown;
                r.RemoteMta = session?.Host;
            }
        }

        return recipients.Count > count;
    }

    /// <summary>What a sendmail transcript says about one recipient.</summary>
    internal sealed record TranscriptEntry(string Address, string Text, SmtpStage Stage, string? Host);

    /// <summary>
    /// Reads a sendmail transcript ("While talking to host:", "&gt;&gt;&gt; command", "&lt;&lt;&lt; reply", then
    /// sendmail's own line per recipient "550 &lt;user@example.jp&gt;... User unknown" and the lines it adds below it).
    /// A recipient's text is the reply just above its line when there is one — sendmail's line then only summarises
    /// it ("Remote protocol error") — and its own line otherwise. <paramref name="lastOwnLine"/> is the last line that
    /// named no recipient ("421 example.com (smtp)... Deferred: …"). <paramref name="session"/> is an error reply to the
    /// greeting, HELO/EHLO or MAIL FROM that no recipient line took: it ended the session for every recipient (its
    /// Address is empty).
    /// </summary>
    internal static List<TranscriptEntry> ReadTranscript(string[] lines, int from, int end, out string? lastOwnLine, out TranscriptEntry? session)
    {
        var entries = new List<TranscriptEntry>();
        lastOwnLine = null;
        session = null;
        SmtpStage stage = SmtpStage.Unknown;
        string? host = null;
        string? reply = null;
        SmtpStage replyStage = SmtpStage.Unknown;
        bool replyShared = false;
        int replyEnd = -1;
        for (int i = from; i < end; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (FamilyText.IsTalkingTo(line))
            {
                // Until a command is sent, what the server says is its greeting.
                host = FamilyText.HostAfter(line.TrimStart('.', ' '), FamilyText.WhileTalking);
                stage = SmtpStage.Connect;
                reply = null;
                continue;
            }

            if (line.StartsWith(">>>", StringComparison.Ordinal))
            {
                stage = FamilyText.CommandStage(line.Substring(3).Trim());
                reply = null;
                if (stage != SmtpStage.Unknown) session = null; // QUIT or RSET after the refusal keeps it
                continue;
            }

            if (line.StartsWith("<<<", StringComparison.Ordinal))
            {
                string part = line.Substring(3).Trim();
                if (reply is null || replyEnd != i - 1) replyStage = FamilyText.ReplyStage(lines, i, end, stage);
                replyShared = false;
                reply = reply is null || replyEnd != i - 1 ? part : reply.Length < FamilyText.MaxDiagnosticLength ? reply + " " + part : reply;
                replyEnd = i;
                session = replyStage is SmtpStage.Connect or SmtpStage.Helo or SmtpStage.MailFrom && reply.Length > 0 && reply[0] is '4' or '5'
                    ? new TranscriptEntry(string.Empty, reply, replyStage, host)
                    : null;
                continue;
            }

            string? address = AddressLine(line);
            if (address is null)
            {
                lastOwnLine = line;
                continue;
            }

            // The reply just above goes with the recipient line under it, and with the lines after that which repeat its
            // class ("550 …" after "<<< 550 …"); a line of another kind ("<ueda@…>... Deferred: Connection timed out") is
            // that recipient's own failure.
            bool fromReply = reply is not null && replyEnd == i - 1 && (!replyShared || line[0] == reply[0]);
            replyShared = fromReply;
            if (fromReply)
            {
                replyEnd = i;
                session = null;
            }

            // Lines without a code under the recipient's line continue it ("Message could not be delivered for 8 hours").
            var text = new System.Text.StringBuilder(fromReply ? reply! : line);
            while (i + 1 < end && lines[i + 1].Trim() is { Length: > 0 } next && !char.IsDigit(next[0]) && next[0] is not ('<' or '>' or '.') && !FamilyText.IsTalkingTo(next))
            {
                FamilyText.AppendBounded(text, next);
                i++;
            }

            if (entries.Count < FamilyText.MaxRecipients) entries.Add(new TranscriptEntry(address, text.ToString(), fromReply ? replyStage : SmtpStage.Unknown, fromReply ? host : null));
        }

        return entries;
    }

    /// <summary>
    /// The address of sendmail's per-recipient line, "550 &lt;user@example.jp&gt;... User unknown", "550 5.1.1
    /// &lt;…&gt;... User unknown" or, for deferrals, "&lt;user@example.jp&gt;... Deferred: …"; null for other lines.
    /// </summary>
    private static string? AddressLine(string line)
    {
        // Skip the reply code and the enhanced code when present: tokens of digits and dots.
        int open = 0;
        for (int token = 0; token < 2 && open < line.Length && char.IsDigit(line[open]); token++)
        {
            int end = open;
            while (end < line.Length && (char.IsDigit(line[end]) || line[end] == '.')) end++;
            if (end >= line.Length || line[end] is not (' ' or '-')) return null;
            open = end + 1;
        }

        if (open >= line.Length || line[open] != '<') return null;
        int close = line.IndexOf(">...", open, StringComparison.Ordinal);
        return close < 0 ? null : FamilyText.LineAddress(line.Substring(open, close - open + 1));
    }
}
