using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class YahooFormatTests
{
    [Fact]
    public void Yahoo_failure_notice_takes_the_step_from_the_bracketed_tag()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@yahoo.example.com", "Failure Notice", """
            Sorry, we were unable to deliver your message to the following address.

            <taro@example.co.jp>:
            Remote host said:
            501 5.1.8 Sender address rejected
            [MAIL_FROM]

            --- Below this line is a copy of the message.
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new YahooFormat(), input));

        Assert.Equal("taro@example.co.jp", r.Address);
        Assert.Equal(SmtpStage.MailFrom, r.Stage);
        Assert.StartsWith("Remote host said: 501 5.1.8", r.DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("rejected", FormatKit.Reason(r));
    }

    [Fact]
    public void Yahoo_and_qmail_do_not_claim_each_other()
    {
        BounceInput yahoo = FormatKit.TextBounce("MAILER-DAEMON@yahoo.example.com", "Failure Notice",
            "Sorry, we were unable to deliver your message to the following address.\n\n<a@example.jp>:\nUnable to deliver message after multiple retries, giving up.\n");
        BounceInput qmail = FormatKit.TextBounce("MAILER-DAEMON@example.jp", "failure notice",
            "Hi. This is the qmail-send program at example.jp.\n\n<a@example.jp>:\nSorry, no mailbox here by that name. (#5.1.1)\n");

        Assert.Empty(FormatKit.Read(new QmailFormat(), yahoo));
        Assert.Empty(FormatKit.Read(new YahooFormat(), qmail));
    }
}
