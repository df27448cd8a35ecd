using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class SendmailFormatTests
{
    /// <summary>A sendmail report: its text part, then its delivery-status part (the per-message fields, then <paramref name="deliveryStatus"/>).</summary>
    private static BounceInput Report(string text, string deliveryStatus, string perMessage = "Reporting-MTA: dns; mx.example.org\n\n") => FormatKit.Input($"""
        From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>
        Subject: Returned mail: see transcript for details
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        {text}
        --b
        Content-Type: message/delivery-status

        {perMessage}{deliveryStatus}
        --b--
        """);

    private const string Text = """
        The original message was received at Mon, 3 May 2012 10:00:00 +0900

           ----- The following addresses had permanent fatal errors -----
        <taro@example.org>
            (reason: 550 Host unknown)
        <hanako@example.net>

           ----- Transcript of session follows -----
        550 5.1.2 <taro@example.org>... Host unknown (Name server: mx.example.org: no data known)
        <hanako@example.net>... Deferred: Connection timed out with example.net.
        Message could not be delivered for 5 days
        Message will be deleted from queue
        """;

    [Fact]
    public void Sendmail_text_fills_in_a_report_without_diagnostic_codes()
    {
        BounceInput input = Report(Text, "Final-Recipient: RFC822; @mx.example.org\nAction: failed\nStatus: 5.1.2\n");

        List<FormatRecipient> found = FormatKit.Read(new SendmailFormat(), input);

        Assert.Equal(["taro@example.org", "hanako@example.net"], found.Select(r => r.Address));
        Assert.StartsWith("550 5.1.2 <taro@example.org>... Host unknown", found[0].DiagnosticText, StringComparison.Ordinal);
        Assert.EndsWith("Message will be deleted from queue", found[1].DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("hostunknown", FormatKit.Reason(found[0]));
    }

    [Fact]
    public void Sendmail_report_with_diagnostic_codes_is_left_to_the_rfc3464_reader()
    {
        BounceInput input = Report(Text, "Final-Recipient: RFC822; taro@example.org\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: SMTP; 550 Host unknown\n");

        Assert.Empty(FormatKit.Read(new SendmailFormat(), input));
    }

    [Fact]
    public void Sendmail_report_whose_status_part_starts_with_the_recipient_is_left_to_the_rfc3464_reader()
    {
        // No per-message block: the recipient's fields come first. They still explain the recipient.
        BounceInput input = Report(Text, "Final-Recipient: RFC822; taro@example.org\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: SMTP; 550 Host unknown\n", perMessage: string.Empty);

        Assert.Empty(FormatKit.Read(new SendmailFormat(), input));
    }

    [Fact]
    public void Sendmail_text_is_read_when_a_recipient_without_diagnostic_code_follows_without_a_blank_line()
    {
        // The second recipient's fields run on from the first's: it is a recipient of its own, and it has no
        // Diagnostic-Code, so the text must say what happened to it.
        BounceInput input = Report(Text, """
            Final-Recipient: RFC822; taro@example.org
            Action: failed
            Status: 5.1.2
            Diagnostic-Code: SMTP; 550 Host unknown
            Final-Recipient: RFC822; hanako@example.net
            Action: failed
            Status: 4.4.7
            """);

        List<FormatRecipient> found = FormatKit.Read(new SendmailFormat(), input);

        Assert.Equal(["taro@example.org", "hanako@example.net"], found.Select(r => r.Address));
        Assert.EndsWith("Message will be deleted from queue", found[1].DiagnosticText, StringComparison.Ordinal);
    }

    [Fact]
    public void Sendmail_transcript_that_ends_at_MAIL_FROM_fails_every_recipient_at_that_step()
    {
        // The sender was refused: no recipient line follows, and every listed address failed because of it.
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>", "Returned mail: see transcript for details", """
            The original message was received at Sat, 6 Jun 2026 11:41:26 -0500

               ----- The following addresses had permanent fatal errors -----
            <ken@example.net>
                (reason: 550 5.7.1 Access denied)
            <mio@example.net>

               ----- Transcript of session follows -----
            ... while talking to mx.example.net.:
            >>> MAIL From:<ann@example.org> SIZE=1822
            <<< 550 5.7.1 Access denied
            554 5.0.0 Service unavailable
            """);

        List<FormatRecipient> found = FormatKit.Read(new SendmailFormat(), input);

        Assert.Equal(["ken@example.net", "mio@example.net"], found.Select(r => r.Address));
        Assert.All(found, r => Assert.Equal(SmtpStage.MailFrom, r.Stage));
        Assert.All(found, r => Assert.Equal("mx.example.net", r.RemoteMta));
        Assert.All(found, r => Assert.Equal("rejected", FormatKit.Reason(r)));
    }
}
