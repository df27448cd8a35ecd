using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class Exchange2003FormatTests
{
    [Fact]
    public void Exchange2003_report_gives_each_recipient_its_reason_without_the_mts_id()
    {
        BounceInput input = FormatKit.TextBounce("System Administrator <postmaster@example.co.jp>", "Undeliverable: Minutes", """
            Your message

              To:      taro@example.co.jp
              Subject: Minutes
              Sent:    Mon, 3 May 2004 10:00:00 +0900

            did not reach the following recipient(s):

            taro@example.co.jp on Mon, 3 May 2004 10:00:05 +0900
                The recipient name is not recognized
                The MTS-ID of the original message is: c=jp;a= ;p=example
            ;l=MAILHUB0405031000AB12
                MSEXCH:IMS:EXAMPLE:TOKYO:MAILHUB 0 (000C05A6) Unknown Recipient
            hanako@example.co.jp on Mon, 3 May 2004 10:00:05 +0900
                The message could not be delivered because the recipient's mailbox is full.
                MSEXCH:IMS:EXAMPLE:TOKYO:MAILHUB 0 (000C0598)
            """);

        List<FormatRecipient> found = FormatKit.Read(new Exchange2003Format(), input);

        Assert.Equal(["taro@example.co.jp", "hanako@example.co.jp"], found.Select(r => r.Address));
        Assert.Equal("The recipient name is not recognized MSEXCH:IMS:EXAMPLE:TOKYO:MAILHUB 0 (000C05A6) Unknown Recipient", found[0].DiagnosticText);
        Assert.StartsWith("The message could not be delivered because the recipient's mailbox is full.", found[1].DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("userunknown", FormatKit.Reason(found[0]));
    }
}
