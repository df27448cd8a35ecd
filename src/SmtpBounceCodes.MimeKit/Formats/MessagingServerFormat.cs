namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Oracle (Sun, iPlanet) Messaging Server and PMDF: "Your message cannot be delivered to the following recipients:"
/// (or "… has been delayed …"), then per recipient "Recipient address: user@example.jp", "Reason: …", "Diagnostic
/// code: smtp; 550 …" and "Remote system: dns; host …".
/// </summary>
internal sealed class MessagingServerFormat : IBounceFormat
{
    private const string Recipient = "Recipient address:";

    private static readonly string[] Intro =
    [
        "Your message cannot be delivered to the following recipients:",
        "This report relates to a message you sent with the following header fields:",
    ];

    public string Name => "messagingserver";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;

        // Its multipart/report sometimes reaches us with the boundary lost: the text is then the multipart's preamble.
        if (!FamilyText.Has(text, Recipient) && input.Message.Body is global::MimeKit.Multipart { Count: 0 }) text = FamilyText.PlainTexts(input);
        if (!FamilyText.HasAny(text, Intro) || !FamilyText.Has(text, Recipient)) return false;
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        bool delayed = FamilyText.Has(text, "has been delayed");
        FormatRecipient? current = null;
        string? reason = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                if (current is not null) break;
                continue;
            }

            if (line.StartsWith(Recipient, StringComparison.OrdinalIgnoreCase))
            {
                Finish(current, reason);
                reason = null;
                current = FamilyText.Add(recipients, FamilyText.FindAddress(line), null);
                if (current is not null) current.Action = delayed ? "delayed" : "failed";
                continue;
            }

            if (current is null) continue;
            if (line.StartsWith("Reason:", StringComparison.OrdinalIgnoreCase)) reason = line.Substring(7).Trim();
            else if (line.StartsWith("Diagnostic code:", StringComparison.OrdinalIgnoreCase)) current.DiagnosticText = line.Substring(16).Trim();
            else if (line.StartsWith("Remote system:", StringComparison.OrdinalIgnoreCase)) current.RemoteMta = FamilyText.HostAfter(line, "dns;");
        }

        Finish(current, reason);
        return recipients.Count > count;
    }

    /// <summary>Without a diagnostic code, the server's reason ("Remote SMTP server has rejected address") is the error.</summary>
    private static void Finish(FormatRecipient? recipient, string? reason)
    {
        if (recipient is not null && string.IsNullOrEmpty(recipient.DiagnosticText)) recipient.DiagnosticText = reason;
    }
}
