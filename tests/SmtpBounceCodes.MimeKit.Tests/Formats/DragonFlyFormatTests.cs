using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class DragonFlyFormatTests
{
    private static readonly DragonFlyFormat Format = new();

    [Fact]
    public void Dma_remote_refusal_gives_the_reply_the_host_and_the_step()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON <>", "Mail delivery failed", """
            This is the DragonFly Mail Agent v0.13 at dma.example.org.

            There was an error delivering your mail to <taro@example.co.jp>.

            mx.example.co.jp [192.0.2.5] did not like our RCPT TO:
            550 5.1.1 <taro@example.co.jp>: Recipient address rejected: User unknown

            Original message follows.

            To: someone-else@example.net
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("taro@example.co.jp", r.Address);
        Assert.Equal(SmtpStage.RcptTo, r.Stage);
        Assert.Equal("mx.example.co.jp", r.RemoteMta);
        Assert.DoesNotContain("someone-else", r.DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("userunknown", FormatKit.Reason(r));
    }

    [Fact]
    public void Dma_queue_timeout_keeps_its_own_sentence()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON <>", "Mail delivery failed", """
            This is the DragonFly Mail Agent v0.13 at dma.example.org.

            There was an error delivering your mail to <hanako@example.ne.jp>.

            Could not deliver for the last 432000 seconds. Giving up.

            Message headers follow.
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("Could not deliver for the last 432000 seconds. Giving up.", r.DiagnosticText);
        Assert.Equal(SmtpStage.Unknown, r.Stage);
    }
}
