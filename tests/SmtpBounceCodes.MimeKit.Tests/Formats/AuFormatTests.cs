using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>KDDI's au services: the EZweb mail system and au one net.</summary>
public sealed class AuFormatTests
{
    // Both carriers send a first text part that only says the message is MIME.
    private static BounceInput WithPreamble(string from, string subject, string body) => FormatKit.Input(
        $"From: {from}\nSubject: {subject}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n" +
        "--b\nContent-Type: text/plain; charset=us-ascii\n\nThis message is in MIME format.\n\n" +
        $"--b\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--b--\n");

    [Fact]
    public void Ezweb_transcript_per_recipient_in_the_second_text_part()
    {
        BounceInput input = WithPreamble("Postmaster@ezweb.ne.jp", "Mail System Error - Returned Mail", """
            次のあて先へのメッセージはエラーのため送信できませんでした。

            Each of the following recipients was rejected by a remote
            mail server.

                Recipient: <taro@ezweb.ne.jp>
                >>> RCPT TO:<taro@ezweb.ne.jp>
                <<< 550 <taro@ezweb.ne.jp>: User unknown
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new EZwebFormat(), input));

        Assert.Equal("taro@ezweb.ne.jp", r.Address);
        Assert.Equal(SmtpStage.RcptTo, r.Stage);
        Assert.Equal("550 <taro@ezweb.ne.jp>: User unknown", r.DiagnosticText);
    }

    [Fact]
    public void Ezweb_single_explanation_for_the_listed_addresses()
    {
        BounceInput input = WithPreamble("Postmaster@ezweb.ne.jp", "Mail System Error - Returned Mail", """
            送信できませんでした。

            The user(s) account is disabled.

            <hanako@ezweb.ne.jp>
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new EZwebFormat(), input));

        Assert.Equal("hanako@ezweb.ne.jp", r.Address);
        Assert.Equal("The user(s) account is disabled.", r.DiagnosticText);
    }

    [Fact]
    public void Au_one_net_server_words_after_could_not_be_delivered_to()
    {
        BounceInput input = WithPreamble("no-reply@mail.dion.ne.jp", "メールエラー通知", """
            送信先のメールボックスが一杯のため、送信できませんでした。

            Your mail sent on: Mon, 3 May 2013 10:00:00 +0900
                 Could not be delivered to: <jiro@dion.ne.jp>
                 As their mailbox is full.
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new KddiFormat(), input));

        Assert.Equal("jiro@dion.ne.jp", r.Address);
        Assert.Equal("As their mailbox is full.", r.DiagnosticText);
        Assert.Equal("mailboxfull", FormatKit.Reason(r));
    }
}
