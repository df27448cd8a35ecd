using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class IMailVerizonFormatTests
{
    [Fact]
    public void IMail_reason_before_address_and_generated_response_lines()
    {
        BounceInput input = FormatKit.Input("""
            From: "Postmaster" <postmaster@example.org>
            Subject: Undeliverable Mail
            X-Mailer: <SMTP32 v8.22>
            Content-Type: text/plain

            Save to the following Address Book:
            To: sender@example.org
            Subject: Undeliverable Mail

            Unknown user: taro@example.org

            undeliverable to hanako@example.jp
            Body of message generated response:
            552 5.2.2 Mailbox quota exceeded

            Original message follows.
            """);

        List<FormatRecipient> found = FormatKit.Read(new IMailFormat(), input);

        Assert.Equal(["taro@example.org", "hanako@example.jp"], found.Select(r => r.Address));
        Assert.Equal("Unknown user", found[0].DiagnosticText);
        Assert.Equal("552 5.2.2 Mailbox quota exceeded", found[1].DiagnosticText);
    }

    [Fact]
    public void Verizon_mms_gateway_names_the_recipient_in_the_returned_headers()
    {
        BounceInput input = FormatKit.TextBounce("MMSC NDR Administrator <sysadmin@mms.example.com>", "Undeliverable Message", """
            Message could not be delivered to mobile.
            Error: No valid recipients for this MM

            Original Message:
            From: Sender <sender@example.org>
            To: 5550001234@mms.example.com
            Subject: photo
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new VerizonFormat(), input));

        Assert.Equal("5550001234@mms.example.com", r.Address);
        Assert.Equal("No valid recipients for this MM", r.DiagnosticText);
    }
}
