namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Yahoo (and AOL, which shares its mail system): "Sorry, we were unable to deliver your message to the following
/// address.", then qmail's layout — a line <c>&lt;user@example.jp&gt;:</c>, the remote reply ("Remote host said: …")
/// and the SMTP step in brackets (<c>[RCPT_TO]</c>, <c>[MAIL_FROM]</c>) — up to "--- Below this line is a copy of the
/// message.".
/// </summary>
internal sealed class YahooFormat : IBounceFormat
{
    private const string Intro = "Sorry, we were unable to deliver your message to the following address";

    private static readonly string[] EndMarkers = ["--- Below this line", "--- Original message"];

    private static readonly (string Marker, SmtpStage Stage)[] StageTags =
    [
        ("[RCPT_TO]", SmtpStage.RcptTo),
        ("[MAIL_FROM]", SmtpStage.MailFrom),
        ("[DATA]", SmtpStage.Data),
        ("[EHLO]", SmtpStage.Helo),
        ("[HELO]", SmtpStage.Helo),
    ];

    public string Name => "yahoo";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients) =>
        QmailFormat.ReadAfter(input.Text, Intro, EndMarkers, StageTags, recipients);
}
