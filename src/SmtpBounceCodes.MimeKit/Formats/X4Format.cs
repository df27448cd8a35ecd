namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// An unnamed MTA (Sisimai's "X4", a qmail derivative): "Your mail message to the following address(es) could not be
/// delivered.", then qmail's blocks (<c>&lt;user@example.jp&gt;:</c> and the error) up to "--- Below this line is a
/// copy of the message.".
/// </summary>
internal sealed class X4Format : IBounceFormat
{
    private const string Intro = "Your mail message to the following address(es) could not be delivered";

    private static readonly string[] EndMarkers = ["--- Below this line", "--- Original message follows"];

    public string Name => "x4";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients) =>
        QmailFormat.ReadAfter(input.Text, Intro, EndMarkers, QmailFormat.StageLines, recipients);
}
