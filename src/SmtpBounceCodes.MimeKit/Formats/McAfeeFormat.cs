namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// McAfee Email Gateway (formerly IronMail): "--- The following addresses had delivery problems ---", then one line
/// per recipient, the address and the reason in parentheses ("&lt;taro@example.jp&gt;   (5.1.1 &lt;…&gt;... User
/// unknown)"). Its delivery-status part lacks Final-Recipient and Status, so the text is read.
/// </summary>
internal sealed class McAfeeFormat : IBounceFormat
{
    private const string Intro = "--- The following addresses had delivery problems ---";

    public string Name => "mcafee";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Intro) || FamilyText.ReportExplainsEveryRecipient(input)) return false;
        string[] lines = FamilyText.Lines(text);
        return FamilyText.ReadAnnotatedLines(lines, FamilyText.FindLine(lines, 0, Intro) + 1, '(', ')', recipients);
    }
}
