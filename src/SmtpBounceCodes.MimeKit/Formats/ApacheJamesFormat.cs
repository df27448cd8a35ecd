namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Apache James: "Error: &lt;summary&gt;", "Error message below:" and the remote reply, then "Message details:" whose
/// "RCPT TO:" line names the recipient.
/// </summary>
internal sealed class ApacheJamesFormat : IBounceFormat
{
    private const string Below = "Error message below:";
    private const string Details = "Message details:";

    public string Name => "apachejames";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;

        // James writes a nested multipart whose boundary some relays unfold: the text is then only in its preamble.
        if (text.Length == 0 && input.Message.Body is global::MimeKit.Multipart) text = FamilyText.PlainTexts(input);
        if (!FamilyText.Has(text, Below) || !FamilyText.Has(text, Details)) return false;
        string[] lines = FamilyText.Lines(text);
        int below = FamilyText.FindLine(lines, 0, Below);
        int details = FamilyText.FindLine(lines, below, Details);
        if (details < 0) return false;
        int rcpt = FamilyText.FindLineStart(lines, details, "RCPT TO:");
        string? address = rcpt < 0 ? null : FamilyText.FindAddress(lines[rcpt]);
        if (address is null) return false;

        int error = FamilyText.FindLineStart(lines, 0, "Error:");
        string summary = error >= 0 && error < below ? lines[error].Trim() : string.Empty;
        string diagnostic = (summary + " " + FamilyText.Join(lines, below + 1, details)).Trim();
        FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
        if (r is null) return false;
        r.Action = "failed";
        return true;
    }
}
