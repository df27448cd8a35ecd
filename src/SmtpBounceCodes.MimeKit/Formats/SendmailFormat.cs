namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Sendmail 8's text part, read when the delivery-status part says less than the text (no Diagnostic-Code, a
/// mangled Final-Recipient) or is missing: "----- The following addresses had permanent fatal errors -----" (or
/// "…transient non-fatal errors…" in a warning), the addresses with an optional "(reason: 550 …)" line, then
/// "----- Transcript of session follows -----" read as <see cref="V5SendmailFormat.ReadTranscript"/> does.
/// </summary>
internal sealed class SendmailFormat : IBounceFormat
{
    private const string Fatal = "----- The following addresses had permanent fatal errors -----";
    private const string Transient = "----- The following addresses had transient non-fatal errors -----";
    private const string Transcript = "----- Transcript of session follows -----";
    private const string Reason = "(reason:";

    private static readonly string[] EndMarkers = ["----- Original message follows -----", "----- Message header follows -----", "----- Unsent message follows -----"];

    public string Name => "sendmail";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Fatal) && !FamilyText.Has(text, Transient)) return false;

        // A report whose delivery-status part has the remote replies is the RFC 3464 reader's.
        if (FamilyText.ReportExplainsEveryRecipient(input)) return false;
        string[] lines = FamilyText.Lines(text);
        int list = FamilyText.FindLine(lines, 0, Fatal, Transient);
        bool delayed = FamilyText.Has(lines[list], Transient);
        int transcript = FamilyText.FindLine(lines, list + 1, Transcript);
        int end = FamilyText.FindLine(lines, Math.Max(list, transcript) + 1, EndMarkers);
        if (end < 0) end = lines.Length;

        // The listed addresses and their "(reason: …)" lines.
        var listed = new List<(string Address, string? Reason)>();
        for (int i = list + 1; i < (transcript < 0 ? end : transcript); i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith(Reason, StringComparison.OrdinalIgnoreCase) && listed.Count > 0)
            {
                listed[listed.Count - 1] = (listed[listed.Count - 1].Address, line.Substring(Reason.Length).TrimEnd(')').Trim());
                continue;
            }

            string? address = FamilyText.LineAddress(line);
            if (address is not null && listed.Count < FamilyText.MaxRecipients) listed.Add((address, null));
        }

        V5SendmailFormat.TranscriptEntry? session = null;
        List<V5SendmailFormat.TranscriptEntry> entries = transcript < 0 ? [] : V5SendmailFormat.ReadTranscript(lines, transcript + 1, end, out _, out session);
        string whole = transcript < 0 ? string.Empty : FamilyText.Join(lines, transcript + 1, end);
        int count = recipients.Count;
        foreach ((string address, string? reason) in listed)
        {
            // A refusal of the whole session (the sender at MAIL FROM) failed every recipient the transcript does not name.
            V5SendmailFormat.TranscriptEntry? entry = entries.Find(e => string.Equals(e.Address, address, StringComparison.OrdinalIgnoreCase)) ?? session;

            // The transcript's words for this address, else sendmail's reason, else the whole transcript.
            string? diagnostic = entry?.Text ?? reason ?? (whole.Length > 0 ? whole : null);
            FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
            if (r is null) continue;
            r.Action = delayed ? "delayed" : "failed";
            r.Stage = entry?.Stage ?? SmtpStage.Unknown;
            r.RemoteMta = entry?.Host;
        }

        return recipients.Count > count;
    }
}
