namespace SmtpBounceCodes.Tests.Replies;

/// <summary>The wrapped texts real bounces carry around the remote server's reply.</summary>
public class ReplyExtractionTests
{
    [Fact]
    public void Dsn_diagnostic_code_with_smtp_type()
    {
        SmtpReply reply = SmtpReply.Extract("smtp; 550 5.1.1 <taro@example.jp>... User unknown");
        Assert.Equal((SmtpReplyCode)550, reply.Code);
        Assert.Equal("5.1.1", reply.EnhancedCode?.ToString());
        Assert.Equal(new[] { "<taro@example.jp>... User unknown" }, reply.Lines);
    }

    [Fact]
    public void Postfix_wrapped_reply_in_reply_to_RCPT_TO()
    {
        SmtpReply reply = SmtpReply.Extract(
            "host mx.example.jp[192.0.2.1] said: 550 5.1.1 <hanako@example.jp>: Recipient address rejected: " +
            "User unknown in local recipient table (in reply to RCPT TO command)");
        Assert.Equal((SmtpReplyCode)550, reply.Code);
        Assert.Equal("5.1.1", reply.EnhancedCode?.ToString());
        Assert.Equal(SmtpStage.RcptTo, reply.Stage);
        Assert.Equal("mx.example.jp", reply.RemoteHost);
        Assert.Equal("<hanako@example.jp>: Recipient address rejected: User unknown in local recipient table", reply.Text);
    }

    [Fact]
    public void Postfix_reply_after_end_of_DATA()
    {
        SmtpReply reply = SmtpReply.Extract("host mx.example.jp[192.0.2.1] said: 554 5.7.1 Message rejected as spam (in reply to end of DATA command)");
        Assert.Equal(SmtpStage.EndOfData, reply.Stage);
        Assert.Equal((SmtpReplyCode)554, reply.Code);
    }

    [Fact]
    public void Exim_SMTP_error_after_RCPT_TO()
    {
        SmtpReply reply = SmtpReply.Extract(
            "SMTP error from remote mail server after RCPT TO:<jiro@example.jp>:\n    host mx.example.jp [192.0.2.9]: 550 No such user here");
        Assert.Equal((SmtpReplyCode)550, reply.Code);
        Assert.Null(reply.EnhancedCode);
        Assert.Equal(SmtpStage.RcptTo, reply.Stage);
        Assert.Equal("No such user here", reply.Text);
        Assert.Equal("mx.example.jp", reply.RemoteHost);
    }

    [Fact]
    public void Exim_error_after_initial_connection()
    {
        SmtpReply reply = SmtpReply.Extract("SMTP error from remote mail server after initial connection:\n 554 5.7.1 Service unavailable; client host blocked");
        Assert.Equal(SmtpStage.Connect, reply.Stage);
        Assert.Equal((SmtpReplyCode)554, reply.Code);
    }

    [Fact]
    public void Qmail_remote_host_said()
    {
        SmtpReply reply = SmtpReply.Extract("192.0.2.3 does not like recipient.\nRemote host said: 550 5.1.1 <saburo@example.jp>... User Unknown\nGiving up on 192.0.2.3.");
        Assert.Equal((SmtpReplyCode)550, reply.Code);
        Assert.Equal("5.1.1", reply.EnhancedCode?.ToString());
    }

    [Fact]
    public void Qmail_local_error_with_enhanced_code_in_parentheses()
    {
        SmtpReply reply = SmtpReply.Extract("Sorry, no mailbox here by that name. (#5.1.1)");
        Assert.Null(reply.Code);
        Assert.Equal("5.1.1", reply.EnhancedCode?.ToString());
        Assert.Equal("Sorry, no mailbox here by that name. (#5.1.1)", reply.Text);
    }

    [Fact]
    public void Exchange_remote_server_returned()
    {
        SmtpReply reply = SmtpReply.Extract("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'");
        Assert.Equal((SmtpReplyCode)550, reply.Code);
        Assert.Equal("5.1.1", reply.EnhancedCode?.ToString());
        Assert.Equal("RESOLVER.ADR.RecipNotFound; not found", reply.Text);
    }

    [Fact]
    public void Exchange_hash_format()
    {
        SmtpReply reply = SmtpReply.Extract("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##");
        Assert.Equal((SmtpReplyCode)550, reply.Code);
        Assert.Equal("5.1.1", reply.EnhancedCode?.ToString());
    }

    [Fact]
    public void Multi_line_reply_flattened_onto_one_line_with_the_code_repeated()
    {
        SmtpReply reply = SmtpReply.Extract(
            "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 " +
            "double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1 " +
            "https://support.google.com/mail/?p=NoSuchUser b7si gsmtp");
        Assert.Equal((SmtpReplyCode)550, reply.Code);
        Assert.Equal(4, reply.Lines.Count);
        Assert.Equal("double-checking the recipient's email address for typos or", reply.Lines[1]);
        Assert.StartsWith("https://support.google.com", reply.Lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Enhanced_code_right_after_a_continuation_dash_is_read()
    {
        // A report that kept only the first line of a multi-line reply.
        SmtpReply reply = SmtpReply.Extract("421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass");
        Assert.Equal((SmtpReplyCode)421, reply.Code);
        Assert.Equal("4.7.30", reply.EnhancedCode?.ToString());
        Assert.Equal("google.4.7.30", Diagnoser.Diagnose("421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass - gsmtp").Evidence.RuleId);
        Assert.Null(SmtpReply.Extract("release v-5.1.1 of the filter").EnhancedCode);
    }

    [Fact]
    public void Sendmail_transcript_names_the_command()
    {
        SmtpReply reply = SmtpReply.Extract("... while talking to mx.example.jp.:\n>>> DATA\n<<< 554 5.7.1 Rejected: spam\n554 5.0.0 Service unavailable");
        Assert.Equal(SmtpStage.Data, reply.Stage);
        Assert.Equal((SmtpReplyCode)554, reply.Code);
        Assert.Equal("5.7.1", reply.EnhancedCode?.ToString());
    }

    [Theory]
    [InlineData("Connection to [203.0.113.250] port 25 timed out")] // an IP address is not a reply code
    [InlineData("message size 52428800 exceeds the limit")]
    [InlineData("")]
    public void Texts_without_a_reply_code(string text) => Assert.Null(SmtpReply.Extract(text).Code);

    [Fact]
    public void Ip_address_and_version_numbers_are_not_enhanced_codes()
    {
        Assert.Null(SmtpReply.Extract("host 5.1.1.1 refused; Postfix 4.4.12.1").EnhancedCode);
    }
}
