namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// An unnamed MTA (Sisimai's "X2") in two layouts. The older: "Unable to deliver message to the following
/// address(es).", then qmail's blocks (<c>&lt;user@example.jp&gt;:</c> and the error) up to "--- Original message
/// follows.". The newer: "Your delivery to the following address has been failed.", then per recipient
/// "Delivery failed: user@example.jp", the remote reply ("Remote host said[Response Message]: …") and the step
/// ("STEP: DATA SEND").
/// </summary>
internal sealed class X2Format : IBounceFormat
{
    private const string Intro = "Unable to deliver message to the following address(es).";
    private const string NewIntro = "Your delivery to the following address has been failed";
    private const string Failed = "Delivery failed:";

    private static readonly string[] EndMarkers = ["--- Original message follows", "--- Below this line"];

    private static readonly (string Marker, SmtpStage Stage)[] Steps =
    [
        ("STEP: RCPT", SmtpStage.RcptTo),
        ("STEP: MAIL", SmtpStage.MailFrom),
        ("STEP: DATA SEND", SmtpStage.EndOfData),
        ("STEP: DATA", SmtpStage.Data),
        ("STEP: CONNECT", SmtpStage.Connect),
        ("STEP: EHLO", SmtpStage.Helo),
        ("STEP: HELO", SmtpStage.Helo),
    ];

    public string Name => "x2";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (FamilyText.Has(text, Intro)) return QmailFormat.ReadAfter(text, Intro, EndMarkers, QmailFormat.StageLines, recipients);
        if (!FamilyText.Has(text, NewIntro)) return false;
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        int at = FamilyText.FindLineStart(lines, 0, Failed);
        while (at >= 0)
        {
            int next = FamilyText.FindLineStart(lines, at + 1, Failed);
            int stop = next < 0 ? lines.Length : next;
            int blank = at + 1;
            while (blank < stop && lines[blank].Trim().Length > 0) blank++;
            string block = FamilyText.Join(lines, at + 1, blank);
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(lines[at]), block);
            if (r is not null)
            {
                r.Action = "failed";
                r.Stage = FamilyText.FindStage(block, Steps);
            }

            at = next;
        }

        return recipients.Count > count;
    }
}
