namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// An unnamed MTA (Sisimai's "X3"): a box of "=" lines around "Delivery to the following recipients failed
/// permanently:" (or "was aborted after N hour(s):", and spelled "Delevery" by some builds), the recipients as
/// "* user@example.jp", then "Technical details:" and the error ("SMTP:RCPT host 192.0.2.1: 553 …").
/// </summary>
internal sealed class X3Format : IBounceFormat
{
    private static readonly string[] Intro = ["to the following recipients failed permanently:", "to the following recipients was aborted after"];

    private const string Details = "Technical details:";

    private static readonly (string Marker, SmtpStage Stage)[] Steps =
    [
        ("SMTP:RCPT", SmtpStage.RcptTo),
        ("SMTP:MAIL", SmtpStage.MailFrom),
        ("SMTP:DATA", SmtpStage.Data),
        ("SMTP:EHLO", SmtpStage.Helo),
        ("SMTP:HELO", SmtpStage.Helo),
        ("SMTP:CONNECT", SmtpStage.Connect),
    ];

    public string Name => "x3";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.HasAny(text, Intro) || FamilyText.ReportExplainsEveryRecipient(input)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, Intro);
        var addresses = new List<string>();
        int i = start + 1;
        for (; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (line[0] != '*') break;
            string? address = FamilyText.LineAddress(line.Substring(1));
            if (address is not null) addresses.Add(address);
        }

        // The details run from "Technical details:" to the next rule of "=" signs.
        string? details = null;
        int from = FamilyText.FindLine(lines, i, Details);
        if (from >= 0)
        {
            int to = FamilyText.FindLineStart(lines, from + 1, "=====");
            details = FamilyText.Join(lines, from + 1, to < 0 ? lines.Length : to);
        }

        // "… was aborted after 5.0 hour(s):" says the queue gave up; the details say what kept failing.
        bool aborted = FamilyText.Has(lines[start], "aborted after");
        string? diagnostic = aborted ? (lines[start].Trim() + " " + details).Trim() : details;
        int count = recipients.Count;
        foreach (string address in addresses)
        {
            FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
            if (r is null) continue;
            r.Action = "failed";
            r.Stage = details is null ? SmtpStage.Unknown : FamilyText.FindStage(details, Steps);
        }

        return recipients.Count > count;
    }
}
