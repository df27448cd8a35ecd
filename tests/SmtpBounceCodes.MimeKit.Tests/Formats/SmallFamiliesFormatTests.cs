using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>Families with one short layout each: Apache James, Trend Micro, BIGLOBE, fml, Deutsche Telekom, MailMarshal.</summary>
public sealed class SmallFamiliesFormatTests
{
    [Fact]
    public void Apache_james_recipient_from_rcpt_to_even_when_the_multipart_lost_its_boundary()
    {
        // The nested multipart's boundary sits on an unfolded line, as some relays write it: MimeKit keeps the text as preamble.
        BounceInput input = FormatKit.Input("""
            From: postmaster@example.com
            Subject: Re:Report
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: multipart/alternative;
            boundary="inner"

            --inner
            Content-Type: text/plain; charset=us-ascii

            Error: Invalid user address

            Error message below:
            550 - Requested action not taken: no such user here

            Message details:
              Subject: Report
              MAIL FROM: sender@example.org
              RCPT TO: taro@example.com

            --inner--

            --outer--
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new ApacheJamesFormat(), input));

        Assert.Equal("taro@example.com", r.Address);
        Assert.Equal("Error: Invalid user address 550 - Requested action not taken: no such user here", r.DiagnosticText);
    }

    [Fact]
    public void Trend_micro_transcript_names_the_recipient_in_the_command()
    {
        BounceInput input = FormatKit.TextBounce("\"InterScan MSS\" <postmaster@example.co.jp>", "Undeliverable", """
            ...

            Sent <<< RCPT TO:<hanako@example.co.jp>
            Received >>> 550 5.1.1 <hanako@example.co.jp>... user unknown

            ...
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new TrendMicroFormat(), input));

        Assert.Equal("hanako@example.co.jp", r.Address);
        Assert.Equal(SmtpStage.RcptTo, r.Stage);
        Assert.Equal("userunknown", FormatKit.Reason(r));
    }

    [Fact]
    public void Biglobe_reason_follows_the_address_list()
    {
        BounceInput input = FormatKit.TextBounce("postmaster@biglobe.ne.jp", "Returned mail: Service unavailable", """
               ----- The following addresses had delivery problems -----
            jiro@example.ne.jp

               ----- Non-delivered information -----
            The number of messages in recipient's mailbox exceeded the local limit.
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new BiglobeFormat(), input));

        Assert.Equal("jiro@example.ne.jp", r.Address);
        Assert.Equal("The number of messages in recipient's mailbox exceeded the local limit.", r.DiagnosticText);
    }

    [Fact]
    public void Fml_refusal_names_the_list_in_its_first_paragraph()
    {
        BounceInput input = FormatKit.Input("""
            From: tea-admin@example.jp
            Subject: You sender@example.org are not member (tea ML)
            X-MLServer: fml [fml 4.0.3 release]
            Content-Type: text/plain

            You are not a member of this mailing list <tea@example.jp>.

            If you know the general guide of this list, please send mail with the body "guide".
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new FmlFormat(), input));

        Assert.Equal("tea@example.jp", r.Address);
        Assert.Equal("You are not a member of this mailing list <tea@example.jp>.", r.DiagnosticText);
    }

    [Theory]
    [InlineData("You sender@example.org are not member (tea ML)", "You are not a member of this mailing list <tea@example.jp>.", "rejected")]
    [InlineData("Loop Alert: Duplicated Message-ID (tea ML)", "Duplicated Message-ID in <tea@example.jp>.", "notcompliantrfc")]
    public void Fml_refusal_notice_is_a_bounce_for_the_list_though_nothing_else_marks_it(string subject, string paragraph, string reason)
    {
        // No null sender, no bounce subject, no delivery-status part: the list manager's header and its notice subject.
        BounceReport report = Samples.Read(System.Text.Encoding.ASCII.GetBytes($"""
            Return-Path: <tea-admin@example.jp>
            From: tea-admin@example.jp
            To: sender@example.org
            Subject: {subject}
            X-MLServer: fml [fml 4.0.3 release]
            Content-Type: text/plain

            {paragraph}

            Original mail as follows:
            """.Replace("\r\n", "\n")));

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        Assert.Equal("tea@example.jp", r.Address);
        Assert.Equal(reason, r.Diagnosis.ReasonName);
    }

    [Fact]
    public void Post_distributed_by_an_fml_list_is_not_a_bounce()
    {
        BounceReport report = Samples.Read(System.Text.Encoding.ASCII.GetBytes("""
            Return-Path: <tea-admin@example.jp>
            From: hanako@example.org
            To: tea@example.jp
            Subject: [tea:01234] Are you not a member of the tasting club?
            X-MLServer: fml [fml 4.0.3 release]
            Content-Type: text/plain

            You are not a member of this mailing list <tea@example.jp> yet, are you? Join us on Sunday.
            """.Replace("\r\n", "\n")));

        Assert.Equal(BounceReportKind.NotABounce, report.Kind);
        Assert.Empty(report.Recipients);
    }

    [Fact]
    public void Deutsche_telekom_framed_list_of_failed_addresses()
    {
        BounceInput input = FormatKit.TextBounce("Mail Delivery System <Mailer-Daemon@t-online.example>", "Mail delivery failed: returning message to sender", """
            |------------------------- Failed addresses follow: ---------------------|
             <anna@t-online.example>
               552 5.2.2 <anna@t-online.example> Quota exceeded (mailbox for user is full)
             <bernd@t-online.example>
               550 5.1.1 <bernd@t-online.example> unknown user
            |------------------------- Message header follows: ----------------------|
            """);

        List<FormatRecipient> found = FormatKit.Read(new DeutscheTelekomFormat(), input);

        Assert.Equal(["anna@t-online.example", "bernd@t-online.example"], found.Select(r => r.Address));
        Assert.Equal(["mailboxfull", "userunknown"], found.Select(FormatKit.Reason));
    }

    [Fact]
    public void Mailmarshal_reason_then_affected_recipients()
    {
        BounceInput input = FormatKit.TextBounce("postmaster@example.com", "Undeliverable Mail: \"Minutes\"", """
            Your message:
               From:    sender@example.org
               Subject: Minutes

            Could not be delivered because of

            550 5.1.1 User unknown

            The following recipients were affected:
                saburo@example.com

            Additional Information
            ======================
            Remote-MTA:         <192.0.2.2>
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new MailMarshalFormat(), input));

        Assert.Equal("saburo@example.com", r.Address);
        Assert.Equal("550 5.1.1 User unknown", r.DiagnosticText);
        Assert.Empty(FormatKit.Read(new IMailFormat(), input));
    }
}
