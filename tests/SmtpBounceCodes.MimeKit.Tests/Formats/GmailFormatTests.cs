using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class GmailFormatTests
{
    private static readonly GmailFormat Format = new();

    [Fact]
    public void Gmail_text_notice_quotes_the_remote_reply_without_google_preamble()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", """
            Delivery to the following recipient failed permanently:

                 taro@example.co.jp

            Technical details of permanent failure:
            Google tried to deliver your message, but it was rejected by the server for the recipient domain example.co.jp by mx.example.co.jp. [192.0.2.9].

            The error that the other server returned was:
            550 5.1.1 <taro@example.co.jp>... User Unknown

            ----- Original message -----

            To: taro@example.co.jp
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("taro@example.co.jp", r.Address);
        Assert.Equal("550 5.1.1 <taro@example.co.jp>... User Unknown", r.DiagnosticText);
        Assert.Equal("mx.example.co.jp", r.RemoteMta);
        Assert.Equal("failed", r.Action);
    }

    [Fact]
    public void Gmail_delay_warning_without_details_gives_the_retry_line_as_text()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)", """
            This is an automatically generated Delivery Status Notification

            THIS IS A WARNING MESSAGE ONLY.

            Delivery to the following recipients have been delayed:

                 hanako@example.ne.jp
                 jiro@example.ne.jp

            Message will be retried for 2 more day(s)

            ----- Original message -----
            """);

        List<FormatRecipient> found = FormatKit.Read(Format, input);

        Assert.Equal(["hanako@example.ne.jp", "jiro@example.ne.jp"], found.Select(r => r.Address));
        Assert.All(found, r => Assert.Equal("delayed", r.Action));
        Assert.All(found, r => Assert.Equal("Message will be retried for 2 more day(s)", r.DiagnosticText));
        Assert.Equal("expired", FormatKit.Reason(found[0]));
    }

    [Fact]
    public void Gmail_layout_of_another_server_without_details_gives_the_paragraph_after_the_addresses()
    {
        // Servers that copied Gmail's wording (Axigen) put the remote reply under "The server … answered:".
        BounceInput input = FormatKit.TextBounce("Mail Delivery Subsystem <MAILER-DAEMON@mta.example.net>", "Delivery Status Notification (Failure)", """
            This is an automatically generated Delivery Status Notification.

            Delivery to the following recipients failed permanently:

                 rio@old.example.com

            The server mail.old.example.com answered:
                 551 5.1.6 User not local; please try <rio@new.example.com>
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Contains("551 5.1.6", r.DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("hasmoved", FormatKit.Reason(r));
    }
}
