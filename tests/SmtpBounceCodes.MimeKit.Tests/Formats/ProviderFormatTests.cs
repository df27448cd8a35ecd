using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>Providers with their own text layouts: Amazon WorkMail, Zoho.</summary>
public sealed class ProviderFormatTests
{
    [Fact]
    public void Workmail_technical_report_fields_per_recipient()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@us-west-2.amazonses.example", "Delivery Status Notification (Failure)", """
            An error occurred while trying to deliver the mail to the following recipients:
            taro@example.jp
            hanako@example.jp

            Technical report:

            Reporting-MTA: dsn; a1.smtp-out.example

            Action: failed
            Final-Recipient: rfc822; taro@example.jp
            Diagnostic-Code: smtp; 550 5.1.1 <taro@example.jp>... User Unknown
            Status: 5.1.1

            Action: failed
            Final-Recipient: rfc822; hanako@example.jp
            Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>
            Status: 4.4.7
            """);

        List<FormatRecipient> found = FormatKit.Read(new AmazonWorkMailFormat(), input);

        Assert.Equal(["taro@example.jp", "hanako@example.jp"], found.Select(r => r.Address));
        Assert.Equal(["5.1.1", "4.4.7"], found.Select(r => r.Status));
        Assert.StartsWith("smtp; 550 5.1.1", found[0].DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("expired", FormatKit.Reason(found[1]));
    }

    [Fact]
    public void Zoho_one_line_per_recipient_with_error_codes()
    {
        BounceInput input = FormatKit.TextBounce("mailer-daemon@mail.zoho.example", "Undelivered Mail Returned to Sender", """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

            jiro@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <jiro@example.co.jp>... User Unknown
            saburo@example.co.jp Invalid Address, ERROR_CODE :552, ERROR_CODE :5.2.2 <saburo@example.co.jp>... Mailbox Full
            """);

        List<FormatRecipient> found = FormatKit.Read(new ZohoFormat(), input);

        Assert.Equal(["jiro@example.co.jp", "saburo@example.co.jp"], found.Select(r => r.Address));
        Assert.Equal(["userunknown", "mailboxfull"], found.Select(FormatKit.Reason));
        Assert.Empty(FormatKit.Read(new EximFormat(), input));
    }
}
