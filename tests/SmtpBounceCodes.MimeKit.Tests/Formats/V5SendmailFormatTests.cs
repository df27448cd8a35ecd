using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class V5SendmailFormatTests
{
    private static readonly V5SendmailFormat Format = new();

    [Fact]
    public void Sendmail_transcript_takes_the_reply_above_each_recipient_line_and_its_command()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Returned mail: User unknown", """
               ----- Transcript of session follows -----
            While talking to mx.example.co.jp:
            >>> RCPT To:<taro@example.co.jp>
            <<< 550 <taro@example.co.jp>... No such user here
            550 <taro@example.co.jp>... User unknown
            550 example.net (smtp)... 550 Host unknown
            554 <jiro@example.net>... 550 Host unknown (Authoritative answer from name server)

               ----- Unsent message follows -----
            To: taro@example.co.jp, jiro@example.net
            """);

        List<FormatRecipient> found = FormatKit.Read(Format, input);

        Assert.Equal(["taro@example.co.jp", "jiro@example.net"], found.Select(r => r.Address));
        Assert.Equal("550 <taro@example.co.jp>... No such user here", found[0].DiagnosticText);
        Assert.Equal(SmtpStage.RcptTo, found[0].Stage);
        Assert.Equal("mx.example.co.jp", found[0].RemoteMta);
        Assert.Equal("554 <jiro@example.net>... 550 Host unknown (Authoritative answer from name server)", found[1].DiagnosticText);
        Assert.Equal(SmtpStage.Unknown, found[1].Stage);
        Assert.Equal("hostunknown", FormatKit.Reason(found[1]));
    }

    [Fact]
    public void Pipelined_transcript_gives_a_reply_under_DATA_that_another_reply_follows_to_RCPT_TO()
    {
        // The client sent MAIL, RCPT and DATA together: "550 … User unknown" answered the RCPT TO, "554 no valid
        // recipients" the DATA. A reply that is the last one under DATA stays a DATA reply.
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Returned mail: User unknown", """
               ----- Transcript of session follows -----
            ... while talking to mx.example.ne.jp.:
            >>> DATA
            <<< 550-5.1.1 <hanako@example.ne.jp>: Recipient address rejected:
            <<< 550 5.1.1 User unknown
            550 5.1.1 <hanako@example.ne.jp>... User unknown
            <<< 554 5.5.1 Error: no valid recipients
            ... while talking to mx.example.co.jp.:
            >>> DATA
            <<< 550 <ichiro@example.co.jp>: User unknown
            554 5.0.0 <ichiro@example.co.jp>... Service unavailable

               ----- Unsent message follows -----
            To: hanako@example.ne.jp, ichiro@example.co.jp
            """);

        List<FormatRecipient> found = FormatKit.Read(Format, input);

        Assert.Equal(["hanako@example.ne.jp", "ichiro@example.co.jp"], found.Select(r => r.Address));
        Assert.Equal(SmtpStage.RcptTo, found[0].Stage);
        Assert.Equal("userunknown", FormatKit.Reason(found[0]));
        Assert.Equal(SmtpStage.Data, found[1].Stage);
        Assert.Equal("filtered", FormatKit.Reason(found[1]));
    }

    [Fact]
    public void A_reply_before_any_command_is_the_servers_greeting()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Returned mail: Service unavailable", """
               ----- Transcript of session follows -----
            ... while talking to mx00.example.de.:
            <<< 554 IP=192.0.2.9 - A problem occurred. (Ask your postmaster for help.) (BL)
            554 5.0.0 <lena@example.de>... Service unavailable

               ----- Unsent message follows -----
            To: lena@example.de
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal(SmtpStage.Connect, r.Stage);
        Assert.Equal("blocked", FormatKit.Reason(r));
    }

    [Fact]
    public void Sendmail_queue_timeout_without_recipient_lines_names_the_returned_message_recipient()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Returned mail: Cannot send message for 5 days", """
               ----- Transcript of session follows -----
            421 example.co.jp (smtp)... Deferred: Connection refused by example.co.jp

               ----- Unsent message follows -----
            From: sender@example.org
            To: saburo@example.co.jp
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("saburo@example.co.jp", r.Address);
        Assert.Equal("Cannot send message for 5 days: 421 example.co.jp (smtp)... Deferred: Connection refused by example.co.jp", r.DiagnosticText);
    }

    [Fact]
    public void Sendmail_report_with_a_delivery_status_part_is_left_to_the_rfc3464_reader()
    {
        BounceInput input = FormatKit.Input("""
            From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>
            Subject: Returned mail: see transcript for details
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"

            --b
            Content-Type: text/plain

               ----- Transcript of session follows -----
            550 5.1.1 <taro@example.co.jp>... User unknown

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; example.org

            Final-Recipient: RFC822; taro@example.co.jp
            Action: failed
            Status: 5.1.1

            --b--
            """);

        Assert.Empty(FormatKit.Read(Format, input));
    }
}
