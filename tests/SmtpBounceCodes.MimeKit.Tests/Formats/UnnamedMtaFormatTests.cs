using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>The MTAs Sisimai calls X1–X6: products whose bounces carry no name, recognised by their layout.</summary>
public sealed class UnnamedMtaFormatTests
{
    [Fact]
    public void X1_bracketed_reasons_after_each_address()
    {
        BounceInput input = FormatKit.TextBounce("\"Mail Deliver System\" <MAILER-DAEMON@relay.example.co.jp>", "Returned Mail: User unknown", """
            The original message was received at Mon, 3 May 2010 10:00:00 +0900 (JST)
            from sender@example.org

            ---The following addresses had delivery errors---

            taro@example.co.jp [User unknown]
            hanako@example.co.jp [Mailbox full]

            """);

        List<FormatRecipient> found = FormatKit.Read(new X1Format(), input);

        Assert.Equal(["taro@example.co.jp", "hanako@example.co.jp"], found.Select(r => r.Address));
        Assert.Equal(["User unknown", "Mailbox full"], found.Select(r => r.DiagnosticText));
    }

    [Fact]
    public void X2_qmail_blocks_and_the_newer_delivery_failed_layout()
    {
        BounceInput old = FormatKit.TextBounce("MAILER-DAEMON@example.com", "Delivery failure", """
            Message from example.com.
            Unable to deliver message to the following address(es).

            <taro@example.com>:
            Sorry, your message to taro@example.com cannot be delivered.  This account is over quota.

            --- Original message follows.
            """);
        BounceInput newer = FormatKit.TextBounce("postmaster@mx.example.co.jp", "Delivery failure", """
            NOTICE: Delivery Failure.
            Your delivery to the following address has been failed.
            ------------------------------------------------------
            Delivery failed: hanako@example.co.jp
            192.0.2.1 failed after I sent the message.
            Remote host said[Response Message]: 552 5.3.4 Message size exceeds fixed limit
            STEP: DATA SEND

            """);

        FormatRecipient a = Assert.Single(FormatKit.Read(new X2Format(), old));
        FormatRecipient b = Assert.Single(FormatKit.Read(new X2Format(), newer));

        Assert.Equal("taro@example.com", a.Address);
        Assert.Equal("mailboxfull", FormatKit.Reason(a));
        Assert.Equal("hanako@example.co.jp", b.Address);
        Assert.Equal(SmtpStage.EndOfData, b.Stage);
        Assert.Equal("emailtoolarge", FormatKit.Reason(b));
    }

    [Fact]
    public void X3_starred_recipients_and_technical_details()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery System <Mail.Delivery.System@mx.example.com>", "Delivery status notification", """
            ============================================================================
                  This is an automatically generated Delivery Status Notification.
            Delivery to the following recipients failed permanently:
               * taro@example.co.jp
            ============================================================================
                                         Technical details:
            SMTP:RCPT host 192.0.2.9: 550 5.1.1 <taro@example.co.jp>... No such user here
            ============================================================================
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new X3Format(), input));

        Assert.Equal("taro@example.co.jp", r.Address);
        Assert.Equal(SmtpStage.RcptTo, r.Stage);
        Assert.Equal("SMTP:RCPT host 192.0.2.9: 550 5.1.1 <taro@example.co.jp>... No such user here", r.DiagnosticText);
    }

    [Fact]
    public void X4_qmail_blocks_after_its_own_intro()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@smtp.example.net", "failure notice", """
            Your mail message to the following address(es) could not be delivered. This
            is a permanent error. Please verify the addresses and try again.

            <jiro@example.net>:
            child status 100...The e-mail message could not be delivered because the user's mailfolder is full.

            --- Below this line is a copy of the message.
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new X4Format(), input));

        Assert.Equal("jiro@example.net", r.Address);
        Assert.StartsWith("child status 100", r.DiagnosticText, StringComparison.Ordinal);
    }

    [Fact]
    public void X6_one_paragraph_per_error_with_the_command_it_followed()
    {
        BounceInput input = FormatKit.TextBounce("mailer-daemon", "There was an error sending your mail", """
            We had trouble delivering your message. Full details follow:

            Subject: 'Minutes'
            Date: 'Mon, 3 May 2010 10:00:00 +0000'

            1 error(s):

            SMTP Server <mx.example.jp> rejected recipient <saburo@example.jp> (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]

            The attachment contains the original mail headers.
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new X6Format(), input));

        Assert.Equal("saburo@example.jp", r.Address);
        Assert.Equal(SmtpStage.RcptTo, r.Stage);
        Assert.Equal("userunknown", FormatKit.Reason(r));
    }
}
