using System.Text;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>
/// Plain-text bounces no delivery-status part describes, through the public reader. The generic decoder reads them when
/// no family decoder claims them; the assertions hold whichever decoder does.
/// </summary>
public sealed class GenericFormatTests
{
    [Fact]
    public void Address_line_followed_by_an_indented_reason_gives_that_reason()
    {
        BounceReport report = Read("""
            The original message was received at Mon, 2 Mar 2026 10:00:00 +0900

               ----- The following addresses had permanent fatal errors -----
            <rin@example.jp>
                (reason: 550 5.1.1 <rin@example.jp>... User unknown)
            """);

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("rin@example.jp", r.Address);
        Assert.Equal((SmtpReplyCode)550, r.ReplyCode);
        Assert.Equal("5.1.1", r.Status?.ToString());
    }

    [Fact]
    public void Reply_in_a_transcript_after_the_address_list_is_joined_to_its_recipient()
    {
        BounceReport report = Read("""
               ----- The following addresses had permanent fatal errors -----
            >>> sora@example.jp

               ----- Transcript of session follows -----
            ... while talking to mx.example.jp.:
            >>> RCPT To:<sora@example.jp>
            <<< 550 5.1.1 <sora@example.jp>... User Unknown
            """);

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("sora@example.jp", r.Address);
        Assert.Equal("5.1.1", r.Status?.ToString());
        Assert.Equal(BounceReason.UserUnknown, r.Diagnosis.Reason);
    }

    [Fact]
    public void Several_recipients_each_keep_their_own_reply()
    {
        BounceReport report = Read("""
            Delivery to the following recipients failed:

            umi@example.jp: 550 5.1.1 No such user
            kai@example.org: 552 5.2.2 Mailbox full
            """);

        Assert.Equal(["umi@example.jp", "kai@example.org"], report.Recipients.Select(r => r.Address));
        Assert.Equal(["5.1.1", "5.2.2"], report.Recipients.Select(r => r.Status?.ToString()));
    }

    [Fact]
    public void The_one_address_a_text_names_takes_the_reply_printed_below_it()
    {
        BounceReport report = Read("""
            There was an error delivering your mail to <nagi@example.jp>.

            mx.example.jp [192.0.2.5] did not like our RCPT TO:
            550-5.7.26 Unauthenticated email is not accepted due to the
            550 5.7.26 domain's DMARC policy.
            """);

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("nagi@example.jp", r.Address);
        Assert.Equal("5.7.26", r.Status?.ToString());
    }

    [Fact]
    public void Addresses_in_the_returned_message_headers_are_not_recipients()
    {
        BounceReport report = Read("""
            Your message could not be delivered.

            Return-Path: <sender@example.com>
            Received: from app.example.com by mx.example.jp
            From: sender@example.com
            To: tomo@example.jp
            Subject: 550 5.1.1 looks like an error but is a subject
            """);

        Assert.Empty(report.Recipients);
        Assert.Equal(BounceReportKind.NotABounce, report.Kind);
    }

    [Fact]
    public void Bounce_text_that_names_an_address_but_no_error_gives_nothing()
    {
        // A notice about a rejected message, with the target address but neither an SMTP reply nor a known error line.
        BounceReport report = Read("""
            This message is to inform you that an email you sent was rejected.
            target mail address: hiro@example.jp
            Please contact postmaster@example.jp for help.
            """);

        Assert.Empty(report.Recipients);
    }

    [Fact]
    public void Ordinary_message_is_never_read_by_the_text_decoders()
    {
        // Same text as a bounce, but neither the sender nor the subject nor the structure says "bounce".
        BounceReport report = Read("umi@example.jp: 550 5.1.1 No such user\n", from: "Umi <umi@example.org>", subject: "question about an error");

        Assert.Equal(BounceReportKind.NotABounce, report.Kind);
        Assert.Empty(report.Recipients);
    }

    [Theory]
    [InlineData("<<< 554 5.5.1 Error: no valid recipients", "userunknown", true)]
    [InlineData("554 5.0.0 Service unavailable", "filtered", false)]
    public void Report_transcript_says_whether_a_reply_under_DATA_answered_the_pipelined_RCPT_TO(string after, string reason, bool hard)
    {
        // The delivery-status part gives no stage; the text's transcript does. au's "user unknown" after DATA is the
        // recipient's filter, but when a second reply follows under DATA the first one answered the RCPT TO.
        BounceRecipient r = Assert.Single(Samples.ReadReport(
            $"   ----- Transcript of session follows -----\n... while talking to msmx.au.com.:\n>>> DATA\n<<< 550 <mika@au.com>: User unknown\n{after}",
            "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: RFC822; mika@au.com\nAction: failed\nStatus: 5.0.0\nRemote-MTA: DNS; msmx.au.com\n"
            + "Diagnostic-Code: SMTP; 550 <mika@au.com>: User unknown").Recipients);

        Assert.Equal(reason, r.Diagnosis.ReasonName);
        Assert.Equal(hard, r.Diagnosis.IsHardBounce);
    }

    [Fact]
    public void Report_transcript_takes_the_reply_of_the_last_host_tried_not_an_earlier_busy_greeting()
    {
        BounceRecipient r = Assert.Single(Samples.ReadReport(
            "   ----- Transcript of session follows -----\n... while talking to mx1.example.net.:\n<<< 450 busy - please try later\n"
            + "... while talking to mx2.example.net.:\n>>> DATA\n<<< 551 not our user\n550 5.1.1 <ren@example.net>... User unknown\n<<< 503 need RCPT command",
            "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: RFC822; ren@example.net\nAction: failed\nStatus: 5.1.6\n"
            + "Diagnostic-Code: SMTP; 551 not our user").Recipients);

        Assert.Equal(SmtpStage.RcptTo, r.Diagnosis.Stage);
        Assert.Equal(BounceReason.HasMoved, r.Diagnosis.Reason);
    }

    [Fact]
    public void A_person_who_quotes_an_error_in_a_letter_is_not_a_bounce()
    {
        BounceReport report = Read("""
            Hello support,

            Since yesterday our newsletter gets this error:

            > 550 5.1.1 <tomo@example.ne.jp>... User unknown
            > Sorry, no mailbox here by that name.

            Do we need to change a setting?
            """, from: "Hana <hana@example.jp>", subject: "Re: Undeliverable newsletter");

        Assert.Empty(report.Recipients);
    }

    [Fact]
    public void A_bounce_forwarded_as_a_quote_is_read()
    {
        BounceReport report = Read("""
            Begin forwarded message:

            > From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>
            > Subject: Returned mail: see transcript for details
            >
            >    ----- The following addresses had permanent fatal errors -----
            > <tomo@example.ne.jp>
            >     (reason: 550 5.1.1 <tomo@example.ne.jp>... User unknown)
            """, from: "Hana <hana@example.jp>", subject: "Fwd: Returned mail: see transcript for details");

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("tomo@example.ne.jp", r.Address);
        Assert.Equal(BounceReason.UserUnknown, r.Diagnosis.Reason);
    }

    [Fact]
    public void An_html_only_notice_keeps_its_table_cells_apart()
    {
        // A header cell labels the cell beside it; block ends are line breaks.
        const string message = "From: Mail System <mailer-daemon@mx.example.jp>\nTo: sender@example.com\nSubject: Delivery error\n"
            + "Content-Type: text/html; charset=utf-8\n\n"
            + "<html><body><p>メールを配信できませんでした。</p><table>"
            + "<tr><th>宛先</th><td>tomo@example.ne.jp</td></tr>"
            + "<tr><th>エラー内容</th><td>受信者のメールボックスの容量が上限に達しています。</td></tr></table></body></html>\n";

        BounceReport report = Samples.Read(Encoding.UTF8.GetBytes(message));

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("tomo@example.ne.jp", r.Address);
        Assert.Equal(BounceReason.MailboxFull, r.Diagnosis.Reason);
    }

    [Theory]
    [InlineData("iso-2022-jp", "shift_jis")] // a mailer that says ISO-2022-JP and sends Shift_JIS
    [InlineData("us-ascii", "utf-8")]
    [InlineData("iso-2022-jp", "euc-jp")]
    public void A_declared_charset_the_bytes_cannot_be_in_gives_way_to_the_bytes(string declared, string actual)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        string head = $"From: Mail System <mailer-daemon@mx.example.jp>\nTo: sender@example.com\nSubject: Delivery error\n"
            + $"Content-Type: text/plain; charset={declared}\nContent-Transfer-Encoding: 8bit\n\n";
        byte[] body = System.Text.Encoding.GetEncoding(actual).GetBytes("以下の宛先に配送できませんでした。\n\n宛先: tomo@example.ne.jp\n理由: 宛先のメールボックスの容量がいっぱいです。\n");

        BounceReport report = Samples.Read([.. System.Text.Encoding.ASCII.GetBytes(head), .. body]);

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("tomo@example.ne.jp", r.Address);
        Assert.Equal(BounceReason.MailboxFull, r.Diagnosis.Reason);
    }

    private static BounceReport Read(string body, string from = "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>", string subject = "Returned mail: see transcript for details")
    {
        string message = $"From: {from}\nTo: sender@example.com\nSubject: {subject}\nDate: Mon, 2 Mar 2026 10:00:00 +0900\nContent-Type: text/plain; charset=us-ascii\n\n{body.Replace("\r\n", "\n")}\n";
        return Samples.Read(Encoding.ASCII.GetBytes(message));
    }
}
