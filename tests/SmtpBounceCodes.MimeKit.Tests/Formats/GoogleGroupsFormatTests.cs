using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class GoogleGroupsFormatTests
{
    private static readonly GoogleGroupsFormat Format = new();

    private const string Letter = """
        Hello sender@example.org,

        We're writing to let you know that the group you tried to contact (tea-club) may not exist, or you may not have permission to post messages to the group.

        If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.

        Thanks,

        Google Groups

        ----- Original message -----

        From: sender@example.org
        To: tea-club@googlegroups.com
        """;

    [Fact]
    public void Google_groups_refusal_names_the_group_from_the_failed_recipients_header_not_the_greeting()
    {
        BounceInput input = FormatKit.Input(
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n" +
            "X-Failed-Recipients: tea-club@googlegroups.com\nContent-Type: text/plain; charset=UTF-8\n\n" + Letter);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("tea-club@googlegroups.com", r.Address);
        Assert.DoesNotContain("sender@example.org", r.DiagnosticText, StringComparison.Ordinal);
        Assert.Contains("may not have permission to post", r.DiagnosticText, StringComparison.Ordinal);
    }

    [Fact]
    public void Google_groups_refusal_without_the_header_takes_the_returned_message_recipient()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", Letter);

        Assert.Equal("tea-club@googlegroups.com", Assert.Single(FormatKit.Read(Format, input)).Address);
    }
}
