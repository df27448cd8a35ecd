namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Verizon Wireless' MMS gateway (vzwpix.com): "Message could not be delivered to mobile.", the reason on an
/// "Error:" line, and the returned message's headers after "Original Message:" (or the message attached), whose "To:" is
/// the recipient.
/// </summary>
internal sealed class VerizonFormat : IBounceFormat
{
    private const string Intro = "Message could not be delivered to mobile";
    private const string Original = "Original Message:";

    public string Name => "verizon";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Intro)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Intro);
        int original = FamilyText.FindLine(lines, start, Original);
        int error = FamilyText.FindLineStart(lines, start, "Error:");
        string? reason = error >= 0 && (original < 0 || error < original) ? FamilyText.After(lines[error], "Error:") : null;

        // The recipient: the "To:" of the headers quoted after "Original Message:", else of the message returned as an
        // attachment.
        int to = original < 0 ? -1 : FamilyText.FindLineStart(lines, original, "To:");
        string? address = to >= 0 ? FamilyText.FindAddress(lines[to]) : original < 0 ? FamilyText.AttachedRecipient(input.Message) : null;
        FormatRecipient? r = FamilyText.Add(recipients, address, reason);
        if (r is null) return false;
        r.Action = "failed";
        return true;
    }
}
