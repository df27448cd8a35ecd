namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>
/// The places where the code alone misleads: the text, the provider, the stage or the class decide. The replies below
/// are written in the providers' and MTAs' own style (addresses and IPs are documentation values).
/// </summary>
public class DiagnoseTrapTests
{
    private static SmtpBounceCodes.Diagnosis D(string text) => Diagnoser.Diagnose(text);

    private static SmtpBounceCodes.Diagnosis At(SmtpStage stage, string text) => Diagnoser.Diagnose(text, new DiagnoseOptions { Stage = stage });

    // ---- 5.7.1 means a dozen things: the text decides
    [Theory]
    [InlineData("554 5.7.1 <taro@example.net>: Relay access denied", BounceReason.NoRelaying)]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", BounceReason.Blocked)]
    [InlineData("550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]", BounceReason.RequirePtr)]
    [InlineData("550 5.7.1 Message rejected as spam by Content Filtering.", BounceReason.SpamDetected)]
    [InlineData("550 5.7.1 Email rejected per DMARC policy for example.org", BounceReason.AuthFailure)]
    [InlineData("550 5.7.1 <hanako@example.org>: Sender address rejected: Domain not found", BounceReason.Rejected)]
    [InlineData("530 5.7.1 Client was not authenticated", BounceReason.SecurityError)]
    [InlineData("550 5.7.1 Messages with multiple addresses in From: header are not accepted.", BounceReason.NotCompliantRfc)]
    [InlineData("550 5.7.1 [192.0.2.1] Our system has detected that this message is suspicious due to the very low reputation of the sending IP address. gsmtp", BounceReason.BadReputation)]
    [InlineData("550 5.7.1 Recipient address rejected: Access denied", BounceReason.UserUnknown)]
    [InlineData("550 5.7.1 Access denied", BounceReason.Blocked)]
    [InlineData("550 5.7.1 Access denied (in reply to MAIL FROM command)", BounceReason.Rejected)]
    [InlineData("550 5.7.1 Message contains a virus", BounceReason.VirusDetected)]
    [InlineData("550 5.7.1 Unable to relay for taro@example.net", BounceReason.NoRelaying)]
    [InlineData("550 5.7.1 Message rejected due to local policy", BounceReason.PolicyViolation)]
    [InlineData("550 5.7.1 Sender address rejected: not owned by user taro@example.jp", BounceReason.Rejected)]
    [InlineData("550 5.7.1", BounceReason.SecurityError)]
    public void Status_5_7_1_is_read_from_its_text(string text, BounceReason expected) => Assert.Equal(expected, D(text).Reason);

    // ---- Google reuses 4.7.27-4.7.32 with its own meanings
    [Theory]
    [InlineData("421-4.7.28 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp", BounceReason.RateLimited)]
    [InlineData("421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk senders to authenticate with SPF. - gsmtp", BounceReason.AuthFailure)]
    [InlineData("421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all bulk senders to authenticate with DKIM. - gsmtp", BounceReason.AuthFailure)]
    [InlineData("421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. - gsmtp", BounceReason.AuthFailure)]
    [InlineData("421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk senders to use TLS/SSL for SMTP connections. - gsmtp", BounceReason.FailedStartTls)]
    [InlineData("421 4.7.28 gsmtp", BounceReason.RateLimited)]
    [InlineData("421 4.7.30 mx.google.com", BounceReason.AuthFailure)]
    public void Google_private_4_7_2x_codes(string text, BounceReason expected)
    {
        SmtpBounceCodes.Diagnosis d = D(text);
        Assert.Equal(expected, d.Reason);
        Assert.Equal("google", d.Provider);
        Assert.False(d.IsPermanent);
    }

    [Fact]
    public void Status_5_7_28_without_Google_keeps_the_registered_meaning() =>
        Assert.Equal(BounceReason.SpamDetected, D("550 5.7.28 mail flood detected").Reason);

    // ---- Microsoft's private detail codes and the 5.4.1 wording
    [Theory]
    [InlineData("550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions. AS(1430) [XX1PR01MB0000.prod.outlook.com]", BounceReason.Blocked)]
    [InlineData("550 5.7.509 Access denied, sending domain example.org does not pass DMARC verification and has a DMARC policy of reject. [XX1PR01MB0000.prod.outlook.com]", BounceReason.AuthFailure)]
    [InlineData("550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [XX1PR01MB0000.prod.outlook.com]", BounceReason.UserUnknown)]
    [InlineData("550 5.4.1 Relay Access Denied [XX1PR01MB0000.prod.outlook.com]", BounceReason.NoRelaying)]
    [InlineData("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. outlook.com", BounceReason.Blocked)]
    [InlineData("451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com", BounceReason.BadReputation)]
    public void Microsoft_private_codes_and_wording(string text, BounceReason expected) => Assert.Equal(expected, D(text).Reason);

    [Fact]
    public void Microsoft_5_7_606_is_a_block_even_without_its_words() =>
        Assert.Equal(BounceReason.Blocked, Diagnoser.Diagnose("550 5.7.606 AS(1430)", new DiagnoseOptions { RemoteHost = "example-com.mail.protection.outlook.com" }).Reason);

    // ---- Yahoo / AOL tags
    [Theory]
    [InlineData("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", BounceReason.BadReputation)]
    [InlineData("421 4.7.0 [TSS05] Messages from 192.0.2.1 temporarily deferred - see https://postmaster.yahooinc.com/error-codes", BounceReason.RateLimited)]
    [InlineData("553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes", BounceReason.Blocked)]
    [InlineData("421 4.7.0 [TSS11] Messages from 192.0.2.1 temporarily deferred - see https://postmaster.yahooinc.com/error-codes", BounceReason.Blocked)]
    [InlineData("421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster", BounceReason.BadReputation)]
    [InlineData("554 delivery error: dd This user doesn't have a yahoo.com account (taro@yahoo.com) [0] - mta1000.mail.gq1.yahoo.com", BounceReason.UserUnknown)]
    public void Yahoo_tags(string text, BounceReason expected)
    {
        SmtpBounceCodes.Diagnosis d = D(text);
        Assert.Equal(expected, d.Reason);
        Assert.Equal("yahoo", d.Provider);
    }

    // ---- "try again later" makes a 5xx temporary
    [Theory]
    [InlineData("550 Too many connections from your IP, try again later", BounceReason.RateLimited)]
    [InlineData("550 5.7.1 Service temporarily unavailable, please try again later", BounceReason.SystemError)]
    [InlineData("550 The domain example.org is currently suspended. Try later.", BounceReason.Suspend)]
    public void A_5xx_that_says_try_again_later_is_temporary(string text, BounceReason expected)
    {
        SmtpBounceCodes.Diagnosis d = D(text);
        Assert.Equal(expected, d.Reason);
        Assert.False(d.IsPermanent);
        Assert.False(d.IsHardBounce);
    }

    // ---- a refusal at connect time is a block
    [Theory]
    [InlineData("554 mx.example.jp ESMTP not accepting messages")]
    [InlineData("554 5.7.1 Service unavailable")]
    [InlineData("554 Service unavailable")]
    public void A_554_at_connect_time_is_a_block(string text)
    {
        SmtpBounceCodes.Diagnosis d = At(SmtpStage.Connect, text);
        Assert.Equal(BounceReason.Blocked, d.Reason);
        Assert.Equal(FaultParty.Sender, d.FaultParty);
    }

    [Fact]
    public void Qmail_greeting_failure_is_read_as_connect_time() =>
        Assert.Equal(BounceReason.Blocked, D("<taro@example.jp>: Connected to 192.0.2.1 but greeting failed. Remote host said: 554 mx.example.jp closing").Reason);

    [Fact]
    public void Qmail_HELO_refusal_is_a_block_not_a_host_unknown() =>
        Assert.Equal(BounceReason.Blocked, D("<taro@example.net>: Connected to 192.0.2.1 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name").Reason);

    // ---- greylisting is never a bounce of the address: retry later
    [Theory]
    [InlineData("450 4.2.0 Greylisted, please retry in 5 minutes")]
    [InlineData("450 4.2.0 <taro@example.jp>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.jp.html")]
    [InlineData("451 4.7.1 Greylisting in action, please come back later")]
    [InlineData("550 Greylisted, please try again in 300 seconds")]
    public void Greylisting_is_a_retry_later(string text)
    {
        SmtpBounceCodes.Diagnosis d = D(text);
        Assert.Equal(BounceReason.RateLimited, d.Reason);
        Assert.False(d.IsHardBounce);
        Assert.False(d.IsPermanent);
        Assert.Equal(RetryAdvice.RetryLater, d.Advice);
    }

    // ---- the Japanese carriers' "user unknown" after DATA is the recipient's filter
    [Theory]
    [InlineData("550 Unknown user taro@docomo.ne.jp (in reply to end of DATA command)")]
    [InlineData("550 <taro@ezweb.ne.jp>: User unknown (in reply to end of DATA command)")]
    [InlineData("550 5.1.1 <taro@i.softbank.jp>... User unknown (in reply to end of DATA command)")]
    public void Japanese_carrier_user_unknown_after_DATA_is_filtered(string text)
    {
        SmtpBounceCodes.Diagnosis d = D(text);
        Assert.Equal(BounceReason.Filtered, d.Reason);
        Assert.False(d.IsHardBounce);
    }

    [Fact]
    public void Japanese_carrier_user_unknown_at_RCPT_TO_is_a_dead_address()
    {
        SmtpBounceCodes.Diagnosis d = D("550 Unknown user taro@docomo.ne.jp (in reply to RCPT TO command)");
        Assert.Equal(BounceReason.UserUnknown, d.Reason);
        Assert.True(d.IsHardBounce);
    }

    [Fact]
    public void Carrier_filter_is_found_from_the_remote_host_and_the_stage_hint() =>
        Assert.Equal(BounceReason.Filtered, Diagnoser.Diagnose(new DeliveryStatusFields
        {
            Status = "5.0.0", Action = "failed", DiagnosticCode = "smtp; 550 Unknown user", RemoteMta = "dns; mfsmax.docomo.ne.jp", Stage = SmtpStage.EndOfData,
        }).Reason);

    // ---- AUTH replies are the sender's configuration
    [Theory]
    [InlineData("530 5.7.0 Authentication required")]
    [InlineData("534 5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor")]
    [InlineData("535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials")]
    [InlineData("535 Incorrect authentication data")]
    [InlineData("535 5.7.3 Authentication unsuccessful")]
    [InlineData("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")]
    public void Auth_replies_are_the_senders_configuration(string text)
    {
        SmtpBounceCodes.Diagnosis d = D(text);
        Assert.Equal(BounceReason.SecurityError, d.Reason);
        Assert.Equal(FaultParty.Sender, d.FaultParty);
        Assert.False(d.IsHardBounce);
    }

    [Theory]
    [InlineData(530)]
    [InlineData(534)]
    [InlineData(535)]
    public void Auth_reply_code_without_text_is_a_security_error(int code) =>
        Assert.Equal(BounceReason.SecurityError, Diagnoser.Diagnose(code, "").Reason);

    [Fact]
    public void STARTTLS_demand_is_failedstarttls_not_auth() =>
        Assert.Equal(BounceReason.FailedStartTls, D("530 5.7.0 Must issue a STARTTLS command first").Reason);

    // ---- the text outranks the code
    [Fact]
    public void Too_many_recipients_with_5_1_1_is_a_rate_limit()
    {
        SmtpBounceCodes.Diagnosis d = D("550 5.1.1 <taro@example.jp>: too many recipients this hour");
        Assert.Equal(BounceReason.RateLimited, d.Reason);
        Assert.False(d.IsHardBounce);
    }

    [Fact]
    public void Postfix_sender_domain_refusal_is_the_sender_not_the_recipient() =>
        Assert.Equal(BounceReason.Rejected, D("553 5.1.8 <root@host.example.org>... Domain of sender address root@host.example.org does not exist").Reason);

    [Fact]
    public void Gmail_multiline_reply_flattened_by_Postfix_still_matches_across_lines() =>
        Assert.Equal(BounceReason.NotCompliantRfc, D("550-5.7.1 [192.0.2.1 13] Messages with multiple 550 5.7.1 addresses in From: header are not accepted. - gsmtp").Reason);

    [Fact]
    public void Transcript_with_greeting_takes_the_error_code()
    {
        SmtpBounceCodes.Diagnosis d = D("Out: 220 mx.example.jp ESMTP\n In: DATA\n Out: 354 go ahead\n Out: 451 4.3.0 Error: queue file write error");
        Assert.Equal(BounceReason.SystemError, d.Reason);
        Assert.Equal(SmtpReplyCode.LocalErrorInProcessing, d.ReplyCode);
    }

    [Fact]
    public void X_Unix_exit_status_is_a_mailer_error_not_a_reply_code()
    {
        SmtpBounceCodes.Diagnosis d = D("X-Unix; 255");
        Assert.Equal(BounceReason.MailerError, d.Reason);
        Assert.Null(d.ReplyCode);
    }

    [Fact]
    public void DSN_generic_status_gives_way_to_the_precise_code_in_the_text() =>
        Assert.Equal(BounceReason.UserUnknown, Diagnoser.Diagnose(new DeliveryStatusFields { Status = "5.0.0", Action = "failed", DiagnosticCode = "smtp; 550 #5.1.0 Address rejected." }).Reason);

    [Fact]
    public void Temporary_DNS_failure_is_a_network_error_not_a_dead_domain()
    {
        SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose(new DeliveryStatusFields
        {
            Status = "4.0.0", Action = "delayed", DiagnosticCode = "smtp; DNS Error: DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp",
        });
        Assert.Equal(BounceReason.NetworkError, d.Reason);
        Assert.False(d.IsHardBounce);
    }

    // ---- the common reasons in Japanese, German, French and Spanish
    [Theory]
    [InlineData("550 宛先不明のため配信できませんでした", BounceReason.UserUnknown)]
    [InlineData("552 メールボックスがいっぱいです", BounceReason.MailboxFull)]
    [InlineData("550 ドメインが存在しません", BounceReason.HostUnknown)]
    [InlineData("554 送信元のIPアドレスからの接続は許可されていません", BounceReason.Blocked)]
    [InlineData("550 迷惑メールと判定されたため受信できません", BounceReason.SpamDetected)]
    [InlineData("554 中継を拒否しました", BounceReason.NoRelaying)]
    [InlineData("550 5.1.1 Empfänger unbekannt", BounceReason.UserUnknown)]
    [InlineData("552 5.2.2 Postfach voll", BounceReason.MailboxFull)]
    [InlineData("550 Die Domain existiert nicht", BounceReason.HostUnknown)]
    [InlineData("554 Ihre IP-Adresse ist blockiert", BounceReason.Blocked)]
    [InlineData("550 Nachricht als Spam eingestuft", BounceReason.SpamDetected)]
    [InlineData("550 Relaying nicht erlaubt", BounceReason.NoRelaying)]
    [InlineData("550 5.1.1 Destinataire inconnu", BounceReason.UserUnknown)]
    [InlineData("552 Boîte pleine", BounceReason.MailboxFull)]
    [InlineData("550 Domaine inconnu", BounceReason.HostUnknown)]
    [InlineData("554 Adresse IP bloquée", BounceReason.Blocked)]
    [InlineData("550 Message considéré comme spam", BounceReason.SpamDetected)]
    [InlineData("550 Relais refusé", BounceReason.NoRelaying)]
    [InlineData("550 Usuario desconocido", BounceReason.UserUnknown)]
    [InlineData("552 Buzón lleno", BounceReason.MailboxFull)]
    [InlineData("550 El dominio no existe", BounceReason.HostUnknown)]
    [InlineData("554 Su dirección IP ha sido bloqueada", BounceReason.Blocked)]
    [InlineData("550 Mensaje rechazado por spam", BounceReason.SpamDetected)]
    [InlineData("550 Relay no permitido", BounceReason.NoRelaying)]
    public void Common_reasons_in_other_languages(string text, BounceReason expected) => Assert.Equal(expected, D(text).Reason);

    [Theory]
    [InlineData("554 5.6.0 Transaction failed: Duplicate header 'Subject'.", BounceReason.NotCompliantRfc)]
    [InlineData("550 5.7.1 Message rejected: duplicated Message-ID", BounceReason.NotCompliantRfc)]
    [InlineData("554 5.6.0 Header error: line too long", BounceReason.ContentError)]
    public void Duplicate_headers_break_RFC_5322_other_header_faults_are_content_errors(string text, BounceReason expected) =>
        Assert.Equal(expected, D(text).Reason);

    [Theory]
    [InlineData("<ren@example.co.jp>... Deferred: Name server: example.co.jp.: host name lookup failure Message could not be delivered for 5 days", BounceReason.NetworkError)]
    [InlineData("Cannot send message for 5 days: 421 example.com (smtp)... Deferred: Connection timed out during user open with example.com", BounceReason.Expired)]
    [InlineData("DNS lookup failure: host mx.example.net not found", BounceReason.HostUnknown)]
    [InlineData("550 5.1.2 <ren@example.net>... Host unknown (Name server: .: host not found)", BounceReason.HostUnknown)]
    [InlineData("malformed address: <ren@example.net> may not follow hanako@example.org", BounceReason.SyntaxError)]
    [InlineData("Connection timed out. I'm not going to try again; this message has been in the queue too long.", BounceReason.Expired)]
    [InlineData("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.", BounceReason.NetworkError)]
    [InlineData("x-unix; Quota exceeded message delivery failed to /var/mail/ren/INBOX", BounceReason.MailboxFull)]
    [InlineData("x-unix; procmail: Couldn't create \"/var/spool/mail/ren\"", BounceReason.MailerError)]
    [InlineData("You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. The response was: Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability", BounceReason.Rejected)]
    [InlineData("450 4.0.0 Temporary failure", BounceReason.OnHold)]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using Barracuda Reputation; https://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.7", BounceReason.Blocked)]
    [InlineData("550 5.7.1 Our system has detected that this message is suspicious due to the very low reputation of the sending domain.", BounceReason.BadReputation)]
    [InlineData("550 5.1.1 Amazon SES did not send the message to this address because it is on the suppression list for your account.", BounceReason.Suppressed)]
    [InlineData("605 Not delivering to previously bounced address", BounceReason.Suppressed)]
    [InlineData("tanaka@example.jp は Domino ディレクトリに登録されていません", BounceReason.UserUnknown)]
    [InlineData("552 5.2.2 <ren@example.org>: Mailbox size limit exceeded", BounceReason.MailboxFull)]
    [InlineData("552 5.3.4 Message size exceeds fixed maximum message size", BounceReason.EmailTooLarge)]
    [InlineData("452 4.2.2 <ren@example.org>: maildir delivery failed: the user's maildir has overdrawn his diskspace quota, please try again later", BounceReason.MailboxFull)]
    [InlineData("550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent]", BounceReason.HostUnknown)]
    [InlineData("554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour.", BounceReason.RateLimited)]
    [InlineData("554 DT:SPM 163 mx21,QMCowAB3Vxq8 1777000000", BounceReason.SpamDetected)]
    [InlineData("host mx.example.com[192.0.2.8] refused to talk to me: 554 Blocked - see https://ipcheck.example.com/", BounceReason.Blocked)]
    [InlineData("실패 원인 : 받는 사람의 메일 주소가 존재하지 않습니다.", BounceReason.UserUnknown)]
    [InlineData("You tried to send to a recipient that has been marked as inactive.", BounceReason.Suppressed)]
    [InlineData("553 5.1.8 <ren@example.org>: Sender address rejected: Domain of sender address does not resolve", BounceReason.Rejected)]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.4] blocked using dnsbl.example.net; listed as spam source", BounceReason.Blocked)]
    [InlineData("all relevant MX records point to non-existent hosts", BounceReason.HostUnknown)]
    [InlineData("451 4.4.0 DNS query failed", BounceReason.NetworkError)]
    [InlineData("unknown user: \"ren\"", BounceReason.UserUnknown)]
    [InlineData("Message has exceeded maximum hop count (25)", BounceReason.NetworkError)]
    public void The_cause_under_a_queue_timeout_and_resolver_wordings(string text, BounceReason expected) =>
        Assert.Equal(expected, D(text).Reason);

    [Theory]
    [InlineData("smtp; 550 <ren@example.jp>: User unknown", BounceReason.UserUnknown)]
    [InlineData("smtp; 550 : User unknown", BounceReason.Filtered)]
    [InlineData("smtp; 550 ren@example.jp... No such user", BounceReason.Filtered)]
    [InlineData("smtp; 550 5.1.1 ren@example.jp... No such user", BounceReason.UserUnknown)]
    [InlineData("smtp; 550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 : User unknown", BounceReason.Filtered)]
    public void Report_with_no_stage_reads_user_unknown_as_a_filter_unless_the_reply_names_the_address_or_gives_5_1_x_alone(string diagnostic, BounceReason expected) =>
        Assert.Equal(expected, Diagnoser.Diagnose(new DeliveryStatusFields { Status = "5.0.0", Action = "failed", DiagnosticCode = diagnostic }).Reason);

    [Theory]
    [InlineData("You are not a member of this mailing list <tea@example.jp>.")]
    [InlineData("550 5.7.1 Only members may post to this list")]
    public void A_members_only_list_refuses_the_sender(string text)
    {
        var d = D(text);
        Assert.Equal(BounceReason.Rejected, d.Reason);
        Assert.False(d.IsHardBounce);
    }

    [Fact]
    public void Full_width_Japanese_reply_is_folded() =>
        Assert.Equal(BounceReason.UserUnknown, D("５５０ Ｕｓｅｒ ｕｎｋｎｏｗｎ").Reason);
}
