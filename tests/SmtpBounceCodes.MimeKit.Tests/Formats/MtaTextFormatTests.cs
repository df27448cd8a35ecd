using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>MTAs whose text says more than their delivery-status part, or that send none: OpenSMTPD, Postfix, Messaging Server, Mimecast.</summary>
public sealed class MtaTextFormatTests
{
    [Fact]
    public void Opensmtpd_one_line_per_recipient_and_delay_notices()
    {
        BounceInput failed = FormatKit.TextBounce("Mailer Daemon <MAILER-DAEMON@mx.example.jp>", "Delivery status notification: error", """
                Hi!

                This is the MAILER-DAEMON, please DO NOT REPLY to this email.

                An error has occurred while attempting to deliver a message for
                the following list of recipients:

            taro@example.co.jp: 550 5.1.1 <taro@example.co.jp>... User Unknown
            hanako@example.co.jp: Domain does not exist

                Below is a copy of the original message:
            """);
        BounceInput delayed = FormatKit.TextBounce("Mailer Daemon <MAILER-DAEMON@mx.example.jp>", "Delivery status notification: delayed", """
                This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

                A message is delayed for more than 10 minutes for the following
                list of recipients:

            jiro@example.ne.jp: Network error on destination MXs

                Please note that this is only a temporary failure report.
            """);

        List<FormatRecipient> found = FormatKit.Read(new OpenSmtpdFormat(), failed);
        FormatRecipient late = Assert.Single(FormatKit.Read(new OpenSmtpdFormat(), delayed));

        Assert.Equal(["taro@example.co.jp", "hanako@example.co.jp"], found.Select(r => r.Address));
        Assert.Equal("Domain does not exist", found[1].DiagnosticText);
        Assert.Equal("delayed", late.Action);
    }

    [Fact]
    public void Postfix_text_report_without_delivery_status()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@mx.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender", """
            This is the mail system at host mx.example.org.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

                               The mail system

            <taro@example.co.jp>: host mx.example.co.jp[192.0.2.4] said: 550 5.1.1
                <taro@example.co.jp>: Recipient address rejected: User unknown (in reply to
                RCPT TO command)
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new PostfixFormat(), input));

        Assert.Equal("taro@example.co.jp", r.Address);
        Assert.Equal(SmtpStage.RcptTo, r.Stage);
        Assert.Equal("mx.example.co.jp", r.RemoteMta);
        Assert.EndsWith("(in reply to RCPT TO command)", r.DiagnosticText, StringComparison.Ordinal);
    }

    [Fact]
    public void Postfix_session_transcript_gives_the_last_recipient_and_the_refusal_after_354()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@mx.example.org (Mail Delivery System)", "Postfix SMTP server: errors from client.example.net[192.0.2.9]", """
            Transcript of session follows.

             Out: 220 mx.example.org ESMTP
             In:  EHLO client.example.net
             Out: 250 mx.example.org
             In:  MAIL
                 FROM:<sender@example.net>
             Out: 250 2.1.0 Ok
             In:  RCPT TO:<saburo@example.org>
             Out: 250 2.1.5 Ok
             In:  DATA
             Out: 354 End data with <CR><LF>.<CR><LF>
             Out: 451 4.3.0 Error: queue file write error
             In:  QUIT
             Out: 221 2.0.0 Bye
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new PostfixFormat(), input));

        Assert.Equal("saburo@example.org", r.Address);
        Assert.Equal("451 4.3.0 Error: queue file write error", r.DiagnosticText);
        Assert.Equal(SmtpStage.EndOfData, r.Stage);
    }

    [Fact]
    public void Messaging_server_recipient_blocks()
    {
        BounceInput input = FormatKit.TextBounce("PMDF e-Mail Interconnect <MAILER-DAEMON@example.org>", "Delivery Notification: Delivery has failed", """
            This report relates to a message you sent with the following header fields:

              Subject: Minutes

            Your message cannot be delivered to the following recipients:

              Recipient address: taro@example.org
              Reason: Remote SMTP server has rejected address
              Diagnostic code: smtp; 550 5.1.1 User unknown
              Remote system: dns; mx.example.org (TCP|192.0.2.1|25)
              Recipient address: hanako@example.org
              Reason: Remote SMTP server has rejected address
              Remote system: dns; mx.example.org (TCP|192.0.2.1|25)
            """);

        List<FormatRecipient> found = FormatKit.Read(new MessagingServerFormat(), input);

        Assert.Equal(["taro@example.org", "hanako@example.org"], found.Select(r => r.Address));
        Assert.Equal("smtp; 550 5.1.1 User unknown", found[0].DiagnosticText);
        Assert.Equal("Remote SMTP server has rejected address", found[1].DiagnosticText);
        Assert.Equal("mx.example.org", found[0].RemoteMta);
    }

    [Fact]
    public void Mimecast_dashed_lines_give_the_reply_then_mimecast_reading()
    {
        BounceInput input = FormatKit.TextBounce("\"postmaster\" <postmaster@example.org>", "[Postmaster] Email Delivery Failure", """
            This is an automated alert notification. Please do not reply.

            An email that you attempted to send to the following address could not be delivered:

            -- jiro@example.org

            The problem appears to be :

            -- Recipient email address is possibly incorrect

            Additional information follows :

            -- 5.1.1 Recipient address rejected: User unknown

            This condition occurred after 1 attempt(s) to deliver over a period of 0 hour(s).
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new MimecastFormat(), input));

        Assert.Equal("jiro@example.org", r.Address);
        Assert.Equal("5.1.1 Recipient address rejected: User unknown Recipient email address is possibly incorrect", r.DiagnosticText);
    }
}
