namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// An unnamed MTA (Sisimai's "X1"; Mail2000 relays write it): "---The following addresses had delivery errors---",
/// then one line per recipient, the address followed by the reason in brackets ("taro@example.jp [User unknown]").
/// </summary>
internal sealed class X1Format : IBounceFormat
{
    private const string Intro = "---The following addresses had delivery errors---";

    public string Name => "x1";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Intro)) return false;
        string[] lines = FamilyText.Lines(text);
        return FamilyText.ReadAnnotatedLines(lines, FamilyText.FindLine(lines, 0, Intro) + 1, '[', ']', recipients);
    }
}
