namespace SmtpBounceCodes.MimeKit.Tests.Reports;

/// <summary>The bounce kinds and producer quirks the reader must handle, one sample we wrote for each.</summary>
public sealed class SampleBounceTests
{
    [Fact]
    public void Postfix_report_gives_both_recipients_in_order_with_status_reply_remote_host_and_stage()
    {
        BounceReport report = Samples.Read("dsn-postfix-two-recipients.eml");

        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        Assert.Equal("rfc3464", report.Format);
        Assert.Equal("mx1.example.jp", report.ReportingMta);
        Assert.Empty(report.Errors);
        Assert.Equal(2, report.Recipients.Count);

        BounceRecipient hanako = report.Recipients[0];
        Assert.Equal("hanako@example.ne.jp", hanako.Address);
        Assert.Equal("hanako@example.ne.jp", hanako.OriginalRecipient);
        Assert.Equal("failed", hanako.Action);
        Assert.Equal("5.1.1", hanako.Status?.ToString());
        Assert.Equal((SmtpReplyCode)550, hanako.ReplyCode);
        Assert.Equal("mx.example.ne.jp", hanako.RemoteMta);
        // The stage is only in the human-readable text: "(in reply to RCPT TO command)".
        Assert.Equal(SmtpStage.RcptTo, hanako.Stage);
        Assert.Equal("550 5.1.1 <hanako@example.ne.jp>: Recipient address rejected: User unknown in local recipient table", hanako.DiagnosticText);
        Assert.Equal(BounceReason.UserUnknown, hanako.Diagnosis.Reason);
        Assert.True(hanako.Diagnosis.IsHardBounce);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 14, 58, TimeSpan.FromHours(9)), hanako.ArrivalDate);

        BounceRecipient jiro = report.Recipients[1];
        Assert.Equal("jiro@example.org", jiro.Address);
        Assert.Equal("5.2.2", jiro.Status?.ToString());
        Assert.Equal(SmtpStage.EndOfData, jiro.Stage);
        Assert.Equal(BounceReason.MailboxFull, jiro.Diagnosis.Reason);
        Assert.False(jiro.Diagnosis.IsHardBounce);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 15, 1, TimeSpan.FromHours(9)), jiro.LastAttempt);
    }

    [Fact]
    public void Postfix_report_names_the_original_message_and_its_envelope_id()
    {
        OriginalMessage? original = Samples.Read("dsn-postfix-two-recipients.eml").Original;

        Assert.NotNull(original);
        Assert.Equal("march-2026.0042@example.com", original.MessageId);
        Assert.Equal("March news", original.Subject);
        Assert.Equal("newsletter@example.com", original.From);
        Assert.Equal(["hanako@example.ne.jp", "jiro@example.org"], original.To);
        Assert.Equal("nl-2026-03-0042", original.EnvelopeId);
    }

    [Fact]
    public void Delivery_status_part_sent_in_base64_is_decoded()
    {
        BounceReport report = Samples.Read("dsn-base64-status.eml");

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("taro@example.co.jp", r.Address);
        Assert.Equal("5.1.2", r.Status?.ToString());
        Assert.Equal("example.co.jp", r.RemoteMta);
        Assert.Equal(BounceReason.HostUnknown, r.Diagnosis.Reason);
        Assert.Equal("relay.example.jp", report.ReportingMta);
    }

    [Fact]
    public void Delivery_status_without_blank_lines_still_gives_one_result_per_recipient()
    {
        // The fields follow the part's Content-Type with no blank line, and the two records run together.
        BounceReport report = Samples.Read("dsn-no-blank-lines.eml");

        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        Assert.Equal("gw.example.net", report.ReportingMta);
        Assert.Equal(["ichiro@example.net", "saburo@example.net"], report.Recipients.Select(r => r.Address));
        Assert.Equal(["failed", "failed"], report.Recipients.Select(r => r.Action));
        Assert.Equal(["5.1.1", "5.2.2"], report.Recipients.Select(r => r.Status?.ToString()));
    }

    [Fact]
    public void Bare_CR_line_ends_are_read_like_LF_and_folded_diagnostics_unfolded()
    {
        BounceReport report = Samples.Read("dsn-bare-cr.eml");

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("natsu@example.jp", r.Address);
        Assert.Equal("550 5.1.1 User unknown", r.DiagnosticText);
        Assert.Equal(SmtpStage.RcptTo, r.Stage);
        Assert.Equal(BounceReason.UserUnknown, r.Diagnosis.Reason);
    }

    [Fact]
    public void ISO_2022_JP_bounce_text_is_decoded_before_it_is_read()
    {
        BounceReport report = Samples.Read("iso-2022-jp-text.eml");

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("yamada@example.ne.jp", r.Address);
        Assert.Contains("宛先のメールボックスが見つかりません", r.DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("5.1.1", r.Status?.ToString());
        Assert.Equal(BounceReason.UserUnknown, r.Diagnosis.Reason);
    }

    [Fact]
    public void Global_delivery_status_gives_the_utf8_address_decoded()
    {
        BounceReport report = Samples.Read("dsn-global-utf8.eml");

        Assert.Equal("rfc6533", report.Format);
        Assert.Equal("さくら@example.jp", Assert.Single(report.Recipients).Address);
    }

    [Fact]
    public void Delay_warning_is_a_delay_and_not_permanent()
    {
        BounceReport report = Samples.Read("dsn-delayed.eml");

        Assert.Equal(BounceReportKind.Delay, report.Kind);
        Assert.True(report.IsBounce);
        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("delayed", r.Action);
        Assert.False(r.Diagnosis.IsPermanent);
        Assert.False(r.Diagnosis.IsHardBounce);
    }

    [Fact]
    public void Exim_text_bounce_takes_the_recipient_from_X_Failed_Recipients_and_the_reply_from_the_text()
    {
        BounceReport report = Samples.Read("exim-failed-recipients.eml");

        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("kenji@example.net", r.Address);
        Assert.Equal("5.1.1", r.Status?.ToString());
        Assert.Equal((SmtpReplyCode)550, r.ReplyCode);
        Assert.Equal(SmtpStage.RcptTo, r.Stage);
        Assert.Equal(BounceReason.UserUnknown, r.Diagnosis.Reason);
        // The returned message after "------ This is a copy of the message" is not read as bounce text.
        Assert.Equal("Disk usage", report.Original?.Subject);
        Assert.DoesNotContain("Disk almost full", r.DiagnosticText, StringComparison.Ordinal);
    }

    [Fact]
    public void ARF_feedback_report_gives_the_complaining_recipient_and_feedback_type()
    {
        BounceReport report = Samples.Read("arf-abuse.eml");

        Assert.Equal(BounceReportKind.Feedback, report.Kind);
        Assert.Equal("arf", report.Format);
        Assert.False(report.IsBounce);
        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("mika@example.net", r.Address);
        Assert.Equal("abuse", r.FeedbackType);
        Assert.Equal(BounceReason.Feedback, r.Diagnosis.Reason);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 2, 59, 0, TimeSpan.Zero), r.ArrivalDate);
        Assert.Equal("192.0.2.77", r.SourceIp);
        Assert.Equal("spring-sale-1@example.com", report.Original?.MessageId);
    }

    [Fact]
    public void Out_of_office_auto_reply_is_a_vacation_from_its_sender()
    {
        BounceReport report = Samples.Read("auto-reply-out-of-office.eml");

        Assert.Equal(BounceReportKind.AutoReply, report.Kind);
        Assert.Equal("rfc3834", report.Format);
        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("aiko@example.co.jp", r.Address);
        Assert.Equal(BounceReason.Vacation, r.Diagnosis.Reason);
        Assert.False(r.Diagnosis.IsBounce);
    }

    [Fact]
    public void Ordinary_message_forwarding_another_message_is_not_a_bounce()
    {
        // It carries a message/rfc822 part, an address and the number 550 in its text: still just mail.
        BounceReport report = Samples.Read("ordinary-forward.eml");

        Assert.Equal(BounceReportKind.NotABounce, report.Kind);
        Assert.Empty(report.Recipients);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Status_comment_is_the_diagnostic_when_the_report_has_no_Diagnostic_Code()
    {
        BounceReport report = Samples.Read(System.Text.Encoding.ASCII.GetBytes("""
            From: MAILER-DAEMON@relay.example.jp
            Subject: Warning: could not send message
            Content-Type: multipart/report; report-type=delivery-status; boundary="s"

            --s
            Content-Type: message/delivery-status

            Reporting-MTA: dns; relay.example.jp

            Final-Recipient: rfc822; mio@example.net
            Action: delayed
            Status: 4.0.0 (example.net: host name lookup failure)

            --s--
            """.Replace("\r\n", "\n")));

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("example.net: host name lookup failure", r.DiagnosticText);
        Assert.Equal(BounceReportKind.Delay, report.Kind);
    }

    [Fact]
    public void Bounce_forwarded_as_an_attachment_is_read_from_the_attached_report()
    {
        string inner = System.Text.Encoding.ASCII.GetString(Samples.Bytes("dsn-base64-status.eml")).Replace("\r\n", "\n");
        string outer = "From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.jp>\nTo: sender@example.com\nSubject: Returned mail: User unknown\n"
            + "Content-Type: multipart/mixed; boundary=\"fwd\"\n\n--fwd\nContent-Type: text/plain\n\n"
            + "----- The following addresses had permanent delivery errors -----\n\n--fwd\nContent-Type: message/rfc822\n\n"
            + inner + "\n--fwd--\n";

        BounceReport report = Samples.Read(System.Text.Encoding.ASCII.GetBytes(outer));

        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        Assert.Equal("taro@example.co.jp", Assert.Single(report.Recipients).Address);
    }

    [Fact]
    public void Bounce_forwarded_as_a_base64_attachment_is_read_from_the_attached_report()
    {
        // Some mail clients encode an attached message in base64: MimeKit then leaves it undecoded.
        string inner = System.Text.Encoding.ASCII.GetString(Samples.Bytes("dsn-base64-status.eml"));
        string encoded = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(inner), Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n");
        string outer = "From: Ann <ann@example.com>\nTo: helpdesk@example.com\nSubject: Fwd: Returned mail: User unknown\n"
            + "Content-Type: multipart/mixed; boundary=\"fwd\"\n\n--fwd\nContent-Type: text/plain\n\nThis came back, see attached.\n\n"
            + "--fwd\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n" + encoded + "\n--fwd--\n";

        BounceReport report = Samples.Read(System.Text.Encoding.ASCII.GetBytes(outer));

        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        Assert.Equal("taro@example.co.jp", Assert.Single(report.Recipients).Address);
    }

    [Fact]
    public void Final_recipient_that_is_an_X400_name_gives_way_to_the_original_recipients_address()
    {
        BounceReport report = Samples.Read(System.Text.Encoding.ASCII.GetBytes("""
            From: postmaster@gw.example.de
            To: sender@example.com
            Subject: Undeliverable: Antrag
            Content-Type: multipart/report; report-type=delivery-status; boundary="r"

            --r
            Content-Type: text/plain

            Your message did not reach some or all of the intended recipients.

            --r
            Content-Type: message/delivery-status

            Reporting-MTA: dns; gw.example.de

            Original-Recipient: rfc822;h.mueller@example.de
            Final-Recipient: x400;/G=Hans/S=Mueller/O=Example/C=de/
            Action: failed
            Status: 5.1.1

            --r--
            """.Replace("\r\n", "\n")));

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("h.mueller@example.de", r.Address);
        Assert.Equal(BounceReason.UserUnknown, r.Diagnosis.Reason);
    }

    [Theory]
    [InlineData("birders-owner@lists.example.org", "heron@example.net's subscription disabled on Birders", true)] // the owner's notice: the member's bounce is the report
    [InlineData("heron@example.net", "Birders mailing list probe message", false)]               // the probe to the member: a list message
    public void List_managers_notice_to_the_owner_is_read_from_the_attached_bounce(string to, string subject, bool bounce)
    {
        string inner = System.Text.Encoding.ASCII.GetString(Samples.Bytes("dsn-base64-status.eml")).Replace("\r\n", "\n");
        string outer = $"From: birders-bounces@lists.example.org\nTo: {to}\nSubject: {subject}\nX-Mailman-Version: 2.1.39\n"
            + "Content-Type: multipart/mixed; boundary=\"mm\"\n\n--mm\nContent-Type: text/plain\n\nA message to you from the list was returned; the return is attached.\n\n"
            + "--mm\nContent-Type: message/rfc822\n\n" + inner + "\n--mm--\n";

        BounceReport report = Samples.Read(System.Text.Encoding.ASCII.GetBytes(outer));

        Assert.Equal(bounce, report.IsBounce);
        if (bounce) Assert.Equal("taro@example.co.jp", Assert.Single(report.Recipients).Address);
    }

    [Theory]
    [InlineData("Screening <notify@screen.example.com>", "mio@studio.example.pl")] // a service answering for the mailbox it names
    [InlineData("Mio <mio@studio.example.pl>", "mio@studio.example.pl")]            // the mailbox's own reply
    [InlineData("Ken <ken@studio.example.pl>", "ken@studio.example.pl")]            // a colleague in the same domain answers for himself
    public void Auto_reply_is_for_the_mailbox_a_screening_service_names(string from, string expected)
    {
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes(
            $"From: {from}\nTo: ann@example.com\nSubject: Your message to mio@studio.example.pl is waiting for approval\n"
            + "Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n\nYour message is in the waiting list.\n"));

        Assert.Equal(BounceReportKind.AutoReply, report.Kind);
        Assert.Equal(expected, Assert.Single(report.Recipients).Address);
    }

    [Theory]
    [InlineData("自动回复: 订单确认")]      // QQ, NetEase (Simplified Chinese)
    [InlineData("自動回覆：訂單確認")]      // Outlook zh-TW (Traditional Chinese)
    [InlineData("자동 응답: 주문 확인")]    // Naver, Daum (Korean)
    [InlineData("[부재중] 주문 확인")]      // a Korean absence notice
    public void Chinese_and_Korean_auto_reply_subjects_without_headers_are_auto_replies(string subject)
    {
        // No Auto-Submitted header (QQ and several Korean webmails send none): the subject is the only cue.
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes(
            $"From: Lin <lin@example.com.tw>\nTo: shop@example.com\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n"
            + "I am away until Monday.\n"));

        Assert.Equal(BounceReportKind.AutoReply, report.Kind);
        Assert.Equal("lin@example.com.tw", Assert.Single(report.Recipients).Address);
    }

    [Theory]
    // A help desk's acknowledgement marked auto-generated, answering our message.
    [InlineData("Auto-Submitted: auto-generated\nIn-Reply-To: <order-1@shop.example.com>\n", "Thank you, your message is in our queue.", BounceReportKind.AutoReply)]
    // The same header on a report that answers nothing (a DMARC or TLS report) is not a reply.
    [InlineData("Auto-Submitted: auto-generated\n", "Report for example.com attached.", BounceReportKind.NotABounce)]
    // No header, but the answer opens by saying a ticket was made of it.
    [InlineData("In-Reply-To: <order-1@shop.example.com>\nPrecedence: bulk\n", "We've received your request and created issue HELP-2207.", BounceReportKind.AutoReply)]
    // An agent's later answer in the same ticket system is a person writing.
    [InlineData("In-Reply-To: <JIRA.88213@Atlassian.JIRA>\nPrecedence: bulk\n", "Aroha updated HELP-2207: the address does not exist, please resend.", BounceReportKind.NotABounce)]
    public void Help_desk_acknowledgement_is_an_auto_reply_and_an_agent_answer_is_not(string headers, string body, BounceReportKind kind)
    {
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes(
            $"From: Help Center <help@desk.example.net>\nTo: shop@example.com\nSubject: Re: Your order\n{headers}Content-Type: text/plain; charset=utf-8\n\n{body}\n"));

        Assert.Equal(kind, report.Kind);
    }

    [Theory]
    [InlineData("Action required: verify you are human to reach mio@example.se")]
    [InlineData("Please confirm you are human before your message is delivered")]
    public void Challenge_response_request_is_an_auto_reply(string subject)
    {
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes(
            $"From: Mio via Checker <mio@example.se>\nTo: shop@example.com\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\nClick the link to confirm.\n"));

        Assert.Equal(BounceReportKind.AutoReply, report.Kind);
        Assert.Equal("mio@example.se", Assert.Single(report.Recipients).Address);
    }

    [Fact]
    public void Fake_delivery_error_greeting_the_receiver_does_not_report_the_receiver_as_failed()
    {
        // Phishing dressed as a bounce: it greets the receiving address and says its mailbox is full.
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes("""
            From: Mail System <support@mail-notice.example.net>
            To: bounces@shop.example.com
            Subject: 配信エラー: メールボックスの容量
            Content-Type: text/plain; charset=utf-8

            bounces@shop.example.com 様
            メールボックスの容量が上限に達したため、受信できないメールがあります。
            """));

        Assert.DoesNotContain(report.Recipients, r => r.Address == "bounces@shop.example.com");
    }

    [Theory]
    // Dovecot's delivery agent refusing at the quota: a bounce, decided by the reason under its sentence.
    [InlineData("Auto-Submitted: auto-replied (rejected)\n", "Your message to <ken@example.org> was automatically rejected:\nQuota exceeded (mailbox for user is full)", "mailboxfull")]
    // Exchange's "Not read": deleted unread by its reader, the same disposition, no refusal.
    [InlineData("", "Your message was deleted without being read.", null)]
    public void Disposition_notification_that_refuses_the_message_is_a_bounce_and_a_not_read_receipt_is_not(string header, string text, string? reason)
    {
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes($$"""
            From: Mail Delivery Subsystem <postmaster@example.org>
            To: shop@example.com
            Subject: Rejected: Spring sale
            {{header}}MIME-Version: 1.0
            Content-Type: multipart/report; report-type=disposition-notification; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            {{text}}

            --b
            Content-Type: message/disposition-notification

            Reporting-UA: mail.example.org; Dovecot Mail Delivery Agent
            Final-Recipient: rfc822; ken@example.org
            Disposition: automatic-action/MDN-sent-automatically; deleted

            --b--
            """));

        if (reason is null)
        {
            Assert.Equal(BounceReportKind.NotABounce, report.Kind);
            return;
        }

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        Assert.Equal("ken@example.org", r.Address);
        Assert.Equal(reason, r.Diagnosis.ReasonName);
        Assert.False(r.Diagnosis.IsHardBounce);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Person_forwarding_bounces_under_an_own_subject_gives_every_attached_bounce_and_nothing_else(bool onlyBounces)
    {
        // "FW: returned mail" from a colleague: no cue on the message itself, two bounces attached. With an ordinary
        // message attached as well, it is a person's mail about mail, not a collection of bounces.
        static string Bounce(string to, string code, string text) => Samples.Report("The message could not be delivered.",
            $"Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; {to}\nAction: failed\nStatus: {code}\nDiagnostic-Code: smtp; 550 {code} {text}");
        string other = onlyBounces ? string.Empty : """
            --f
            Content-Type: message/rfc822

            From: Ken <ken@example.com>
            To: mio@example.com
            Subject: Lunch

            See you at noon.

            """;
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes($"""
            From: Mio <mio@example.com>
            To: it@example.com
            Subject: FW: two of the July mails came back
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="f"

            --f
            Content-Type: text/plain

            Can you have a look?
            --f
            Content-Type: message/rfc822

            {Bounce("taro@example.org", "5.1.1", "User unknown")}
            --f
            Content-Type: message/rfc822

            {Bounce("hana@example.net", "5.2.2", "Mailbox full")}
            {other}--f--
            """));

        if (!onlyBounces)
        {
            Assert.Equal(BounceReportKind.NotABounce, report.Kind);
            return;
        }

        Assert.Equal(["taro@example.org", "hana@example.net"], report.Recipients.Select(r => r.Address));
        Assert.Equal(["userunknown", "mailboxfull"], report.Recipients.Select(r => r.Diagnosis.ReasonName));
    }

    [Theory]
    [InlineData("Auto-Submitted: auto-generated\n", BounceReportKind.Feedback)]
    [InlineData("", BounceReportKind.NotABounce)] // a person writing about a complaint is not the service's notice
    public void Sending_service_complaint_notice_names_the_recipient_who_complained(string header, BounceReportKind kind)
    {
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes($"""
            From: Mail Service <support@mailservice.example.net>
            To: editor@example.com
            Subject: Spam complaint received for rider@example.org
            {header}Content-Type: text/plain; charset=utf-8

            We received a spam complaint for a message sent through your account.

              Recipient:  rider@example.org
              Subject:    July route ideas
            """));

        Assert.Equal(kind, report.Kind);
        if (kind == BounceReportKind.Feedback) Assert.Equal("rider@example.org", Assert.Single(report.Recipients).Address);
    }

    [Fact]
    public void Html_notice_whose_first_cells_label_the_row_gives_the_recipient_and_the_reason()
    {
        // A sending service's table of fields: "<td><b>Recipient</b></td><td>…</td>", one field per row.
        BounceReport report = Samples.Read(System.Text.Encoding.UTF8.GetBytes("""
            From: Mail Service <noreply@notifications.mailservice.example.net>
            To: receipts@shop.example.com
            Subject: Transactional email not sent: blocked contact
            Content-Type: text/html; charset=utf-8

            <p>We did not send your email to the contact below.</p>
            <table><tr><td><b>Recipient</b></td><td>tomasz@example.pl</td></tr>
            <tr><td><b>Status</b></td><td>Blocked</td></tr>
            <tr><td><b>Reason</b></td><td>Contact blocklisted &mdash; unsubscribed from your emails</td></tr></table>
            """));

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("tomasz@example.pl", r.Address);
        Assert.Equal("suppressed", r.Diagnosis.ReasonName);
    }

    [Fact]
    public void Read_receipt_with_a_null_sender_is_not_a_bounce()
    {
        BounceReport report = Samples.Read(System.Text.Encoding.ASCII.GetBytes("""
            Return-Path: <>
            From: Nao <nao@example.jp>
            To: sender@example.com
            Subject: Read: March news
            Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn"

            --mdn
            Content-Type: text/plain

            Your message

              To: nao@example.jp
              Subject: March news

            was read on Tue, 3 Mar 2026 11:00:00 +0900.

            --mdn
            Content-Type: message/disposition-notification

            Final-Recipient: rfc822; nao@example.jp
            Disposition: manual-action/MDN-sent-manually; displayed

            --mdn--
            """.Replace("\r\n", "\n")));

        Assert.Equal(BounceReportKind.NotABounce, report.Kind);
        Assert.Empty(report.Recipients);
    }

    [Fact]
    public void The_language_option_reaches_the_engine()
    {
        BounceReport report = Samples.Read(Samples.Bytes("dsn-base64-status.eml"), new BounceReadOptions { Language = "ja" });

        Diagnosis direct = Diagnoser.Diagnose(new DeliveryStatusFields { Status = "5.1.2", DiagnosticCode = "smtp; 550 5.1.2 Host unknown (Name server: example.co.jp: host not found)", Action = "failed", RemoteMta = "dns; example.co.jp" },
            DiagnoseOptions.ForLanguage("ja"));
        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal(direct.Explanation.Language, r.Diagnosis.Explanation.Language);
        Assert.Equal(direct.Explanation.Summary, r.Diagnosis.Explanation.Summary);
    }

    [Fact]
    public void Read_from_a_parsed_message_equals_read_from_the_file()
    {
        global::MimeKit.MimeMessage message = global::MimeKit.MimeMessage.Load(Samples.PathOf("dsn-postfix-two-recipients.eml"));

        BounceReport fromMessage = BounceReader.Read(message, null);
        BounceReport fromFile = Samples.Read("dsn-postfix-two-recipients.eml");

        Assert.Equal(fromFile.Recipients.Select(r => (r.Address, r.Status, r.Diagnosis.Reason, r.Stage)),
            fromMessage.Recipients.Select(r => (r.Address, r.Status, r.Diagnosis.Reason, r.Stage)));
    }

    [Theory]
    [InlineData("To: mio@example.fr", "mio@example.fr")]
    [InlineData("To: mio@example.fr, ren@example.fr", null)]
    public void Report_whose_status_part_lists_nobody_gives_the_returned_message_only_recipient_with_no_reason(string to, string? expected)
    {
        // Postfix's "--- Delivery report unavailable ---": per-message fields only. One returned recipient is the one
        // the message bounced for; with two, which one failed is not said, and nothing is guessed.
        BounceReport report = Samples.ReadReport(
            "This is the mail system at host mx.example.org.\n\n\t--- Delivery report unavailable ---",
            "Reporting-MTA: dns; mx.example.org\nArrival-Date: Mon, 16 Dec 2026 14:12:15 +0100 (CET)",
            $"Content-Type: message/rfc822\n\nFrom: sender@example.org\n{to}\nSubject: Hello\nMessage-Id: <hello@example.org>\n\nHi.");

        Assert.NotEmpty(report.Errors);
        if (expected is null)
        {
            Assert.Empty(report.Recipients);
            return;
        }

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        Assert.Equal(expected, r.Address);
        Assert.Equal(BounceReason.Undefined, r.Diagnosis.Reason);
        Assert.Equal("hello@example.org", report.Original?.MessageId?.Trim('<', '>'));
    }

    [Theory]
    [InlineData("4.4.7", "smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>", "4.4.2")]
    [InlineData("5.1.0", "smtp; 5.1.0 - Unknown address error 550-'5.2.2 <mio@example.jp>... Mailbox Full' (delivery attempts: 0)", "5.2.2")]
    [InlineData("5.1.1", "smtp; 550 5.1.1 <mio@example.jp>... User unknown 554 5.5.1 Error: no valid recipients", "5.1.1")]
    [InlineData("4.4.7", "smtp; 554 4.4.7 Message expired <421 4.0.0 try later>", "4.4.7")]
    public void Status_is_the_code_of_the_reply_a_relay_quotes_inside_its_own(string status, string diagnostic, string expected)
    {
        BounceRecipient r = Assert.Single(Samples.ReadReport(
            "Your message could not be delivered.",
            $"Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; mio@example.jp\nAction: failed\nStatus: {status}\nDiagnostic-Code: {diagnostic}").Recipients);

        Assert.Equal(expected, r.Status?.ToString());
    }

    [Fact]
    public void Text_matched_to_a_delayed_recipient_does_not_turn_its_status_into_a_failure()
    {
        // The part says delayed, 4.4.1, without a Diagnostic-Code; the text next to the address carries a 5xx reply.
        BounceRecipient r = Assert.Single(Samples.ReadReport(
            "Delivery to the following recipient has been delayed:\n\n    ueda@example.net: 550 5.1.1 mailbox lookup failed, will retry",
            "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; ueda@example.net\nAction: delayed\nStatus: 4.4.1").Recipients);

        Assert.Equal("4.4.1", r.Status?.ToString());
        Assert.False(r.Diagnosis.IsHardBounce);
    }

    [Fact]
    public void Sendmail_report_with_a_failed_and_a_delayed_recipient_keeps_each_ones_own_words()
    {
        BounceReport report = Samples.ReadReport(
            "   ----- The following addresses had permanent fatal errors -----\n<kimura@example.jp>\n"
            + "    (reason: 550 5.1.1 <kimura@example.jp>... User unknown)\n\n"
            + "   ----- The following addresses had transient non-fatal errors -----\n<ueda@example.net>\n\n"
            + "   ----- Transcript of session follows -----\n... while talking to mx.example.jp.:\n>>> RCPT To:<kimura@example.jp>\n"
            + "<<< 550 5.1.1 <kimura@example.jp>... User unknown\n550 5.1.1 <kimura@example.jp>... User unknown\n"
            + "<ueda@example.net>... Deferred: Connection timed out with mx.example.net.",
            "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: RFC822; kimura@example.jp\nAction: failed\nStatus: 5.1.1\n"
            + "Diagnostic-Code: SMTP; 550 5.1.1 <kimura@example.jp>... User unknown\n\n"
            + "Final-Recipient: RFC822; ueda@example.net\nAction: delayed\nStatus: 4.4.1");

        Assert.Equal(["kimura@example.jp", "ueda@example.net"], report.Recipients.Select(r => r.Address));
        Assert.Equal(BounceReason.UserUnknown, report.Recipients[0].Diagnosis.Reason);
        Assert.Contains("Connection timed out", report.Recipients[1].DiagnosticText, StringComparison.Ordinal);
        Assert.Equal("4.4.1", report.Recipients[1].Status?.ToString());
        Assert.False(report.Recipients[1].Diagnosis.IsHardBounce);
    }
}
