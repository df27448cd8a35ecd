using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>Mail gateways sold mostly in Japan: m-FILTER, Active!hunter, MailFoundry.</summary>
public sealed class JapaneseAppliancesFormatTests
{
    [Fact]
    public void MFilter_server_message_and_the_command_it_answered()
    {
        BounceInput input = FormatKit.TextBounce("POSTMASTER <postmaster@example.co.jp>", "failure notice", """
            このメールは「m-FILTER」が自動的に生成して送信しています。
            以下のメールアドレスへの送信に失敗しました。

            taro@example.co.jp

            -------server message
            550 5.7.1 Message rejected as spam

            -------SMTP command
            DATA

            -------original message
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new MFilterFormat(), input));

        Assert.Equal("taro@example.co.jp", r.Address);
        Assert.Equal("550 5.7.1 Message rejected as spam", r.DiagnosticText);
        Assert.Equal(SmtpStage.Data, r.Stage);
    }

    [Fact]
    public void Activehunter_fatal_error_list_with_the_transcript_reply()
    {
        BounceInput input = FormatKit.TextBounce("\"MAILER-DAEMON\" <MAILER-DAEMON@example.org>", "FAILURE NOTICE : Minutes", """
            The original message was received at Mon, 3 May 2010 10:00:00 +0900

              ----- The following addresses had permanent fatal errors -----
            >>> hanako@example.ne.jp <hanako@example.ne.jp>

              ----- Transcript of session follows -----
            552 5.2.2 <hanako@example.ne.jp>... Mailbox full

            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new ActivehunterFormat(), input));

        Assert.Equal("hanako@example.ne.jp", r.Address);
        Assert.Equal("mailboxfull", FormatKit.Reason(r));
    }

    [Fact]
    public void MailFoundry_reason_paragraph_and_server()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@example.org", "Message delivery has failed", """
            Unable to deliver message to: <jiro@example.org>
            Delivery failed for the following reason:
            Server mx.example.org[192.0.2.8] failed with: 550 <jiro@example.org> No such user here

            This has been a permanent failure.  No further delivery attempts will be made.
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new MailFoundryFormat(), input));

        Assert.Equal("jiro@example.org", r.Address);
        Assert.Equal("mx.example.org", r.RemoteMta);
        // A report that does not say the refusal came at RCPT TO reads a bare "no such user" as the recipient's filter
        // (rule filtered.report-unknown-stage), as Sisimai does for this family.
        Assert.Equal("filtered", FormatKit.Reason(r));
    }
}
