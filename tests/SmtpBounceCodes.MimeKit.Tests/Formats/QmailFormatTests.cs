using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class QmailFormatTests
{
    private static readonly QmailFormat Format = new();

    /// <summary>qmail-send's failure notice at mx.example.jp: its greeting, then <paramref name="blocks"/>.</summary>
    private static BounceInput QmailBounce(string blocks) => FormatKit.TextBounce("MAILER-DAEMON@mx.example.jp", "failure notice", $"""
        Hi. This is the qmail-send program at mx.example.jp.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        {blocks}
        """);

    [Fact]
    public void Qmail_localised_build_keeps_the_program_name_and_the_dashed_end_line()
    {
        // A German netqmail build: the greeting and the end line are translated, the blocks are qmail's.
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@mx.example.de", "Fehlgeschlagene Zustellung", """
            Hallo. Dies ist das Programm qmail-send auf mx.example.de.
            Leider konnte Ihre Nachricht an die folgenden Adressen nicht zugestellt werden.
            Dies ist ein dauerhafter Fehler; ich habe aufgegeben.

            <jonas@example.de>:
            Sorry, no mailbox here by that name. (#5.1.1)

            --- Unterhalb dieser Zeile folgt eine Kopie der Nachricht.

            Return-Path: <shop@example.org>
            To: <jonas@example.de>
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("jonas@example.de", r.Address);
        Assert.DoesNotContain("Return-Path", r.DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("userunknown", FormatKit.Reason(r));
    }

    [Fact]
    public void Qmail_remote_refusals_give_one_recipient_per_block_with_the_step()
    {
        BounceInput input = QmailBounce("""
            <taro@example.co.jp>:
            192.0.2.7 does not like recipient.
            Remote host said: 550 5.1.1 <taro@example.co.jp>... No such user here
            Giving up on 192.0.2.7.

            <hanako@example.ne.jp>:
            Connected to 192.0.2.8 but sender was rejected.
            Remote host said: 553 5.7.1 Sender domain has no MX

            --- Below this line is a copy of the message.

            Return-Path: <sender@example.org>
            To: <not-a-recipient@example.net>
            """);

        List<FormatRecipient> found = FormatKit.Read(Format, input);

        Assert.Equal(["taro@example.co.jp", "hanako@example.ne.jp"], found.Select(r => r.Address));
        Assert.Equal(SmtpStage.RcptTo, found[0].Stage);
        Assert.Equal("192.0.2.7", found[0].RemoteMta);
        Assert.Contains("550 5.1.1", found[0].DiagnosticText, StringComparison.Ordinal);
        Assert.Equal(SmtpStage.MailFrom, found[1].Stage);
        Assert.DoesNotContain("taro", found[1].DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("userunknown", FormatKit.Reason(found[0]));
    }

    [Fact]
    public void Qmail_local_error_keeps_qmail_own_sentence_and_the_queue_lifetime_note()
    {
        BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@example.jp", "failure notice", """
            Hi. This is the qmail-send program at example.jp.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <jiro@example.jp>:
            Sorry, no mailbox here by that name. (#5.1.1)
            I'm not going to try again; this message has been in the queue too long.

            --- Enclosed are the original headers of the message.
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("jiro@example.jp", r.Address);
        Assert.Equal("Sorry, no mailbox here by that name. (#5.1.1) I'm not going to try again; this message has been in the queue too long.", r.DiagnosticText);
        Assert.Equal("userunknown", FormatKit.Reason(r));
    }

    [Fact]
    public void Qmail_block_of_a_mistyped_address_keeps_the_address_as_written()
    {
        // The seed page's typo: a comma in the domain. qmail still opens a block for it; the next block keeps its own.
        BounceInput input = QmailBounce("""
            <mio@example,ne.jp>:
            Sorry, I couldn't find any host named example,ne.jp. (#5.1.2)

            <ren@example.org>:
            192.0.2.9 does not like recipient.
            Remote host said: 552 5.3.4 Message size exceeds fixed limit
            Giving up on 192.0.2.9.
            """);

        List<FormatRecipient> found = FormatKit.Read(Format, input);

        Assert.Equal(["mio@example,ne.jp", "ren@example.org"], found.Select(r => r.Address));
        Assert.Equal("hostunknown", FormatKit.Reason(found[0]));
        Assert.Equal("emailtoolarge", FormatKit.Reason(found[1]));
    }

    [Fact]
    public void Qmail_declines_a_bounce_of_another_family()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery System <MAILER-DAEMON@example.jp>", "Undelivered Mail Returned to Sender", """
            This is the mail system at host mx.example.jp.

            <taro@example.co.jp>: host mx.example.co.jp[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)
            """);

        Assert.Empty(FormatKit.Read(Format, input));
    }
}
