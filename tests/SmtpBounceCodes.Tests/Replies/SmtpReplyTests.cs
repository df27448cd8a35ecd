namespace SmtpBounceCodes.Tests.Replies;

public class SmtpReplyTests
{
    [Fact]
    public void Single_line_reply_with_enhanced_code()
    {
        SmtpReply reply = SmtpReply.Parse("550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown\r\n");
        Assert.Equal(SmtpReplyCode.MailboxUnavailablePermanent, reply.Code);
        Assert.Equal(EnhancedStatusCode.Parse("5.1.1"), reply.EnhancedCode);
        Assert.Equal(new[] { "<taro@example.jp>: Recipient address rejected: User unknown" }, reply.Lines);
        Assert.False(reply.IsMultiline);
        Assert.True(reply.IsPermanent);
    }

    [Fact]
    public void Gmail_multi_line_reply_repeats_code_and_enhanced_code_on_every_line()
    {
        const string wire =
            "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n" +
            "550-5.1.1 double-checking the recipient's email address for typos or\r\n" +
            "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser x12si gsmtp\r\n";
        SmtpReply reply = SmtpReply.Parse(wire);
        Assert.True(reply.IsMultiline);
        Assert.Equal(3, reply.Lines.Count);
        Assert.Equal("double-checking the recipient's email address for typos or", reply.Lines[1]);
        Assert.StartsWith("The email account that you tried to reach does not exist. Please try double-checking", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("250")]
    [InlineData("250\r\n")]
    [InlineData("250 ")]
    public void Reply_with_no_text_at_all(string wire)
    {
        Assert.True(SmtpReply.TryParse(wire, out SmtpReply? reply));
        Assert.Equal(SmtpReplyCode.Ok, reply.Code);
        Assert.Null(reply.EnhancedCode);
        Assert.Empty(reply.Lines);
    }

    [Theory]
    [InlineData("220-mx.example.jp ESMTP\n220 ready\n")]     // bare LF
    [InlineData("220-mx.example.jp ESMTP\r220 ready\r")]     // bare CR
    [InlineData("220-mx.example.jp ESMTP\r\n220 ready")]     // no final line break
    public void Line_ends_CRLF_LF_or_CR(string wire)
    {
        Assert.True(SmtpReply.TryParse(wire, out SmtpReply? reply));
        Assert.Equal(new[] { "mx.example.jp ESMTP", "ready" }, reply.Lines);
    }

    [Fact]
    public void Strict_mode_rejects_a_continuation_line_with_another_code()
    {
        const string wire = "250-mx.example.jp\r\n251 ok\r\n";
        Assert.False(SmtpReply.TryParse(wire.AsSpan(), strict: true, out _, out SmtpReplyError error));
        Assert.Equal(SmtpReplyError.CodeMismatch, error);
        Assert.True(SmtpReply.TryParse(wire.AsSpan(), strict: false, out SmtpReply? lenient, out _));
        Assert.Equal(SmtpReplyCode.Ok, lenient.Code);
    }

    [Theory]
    [InlineData("", SmtpReplyError.Empty)]
    [InlineData("hello", SmtpReplyError.MissingCode)]
    [InlineData("55 short", SmtpReplyError.MissingCode)]
    [InlineData("650 bad class", SmtpReplyError.MissingCode)]
    [InlineData("560 bad category", SmtpReplyError.MissingCode)]
    [InlineData("550x", SmtpReplyError.InvalidSeparator)]
    [InlineData("550-more to come\r\n", SmtpReplyError.Incomplete)]
    [InlineData("550 done\r\nextra", SmtpReplyError.TrailingData)]
    public void Malformed_replies_say_why(string wire, SmtpReplyError expected)
    {
        Assert.False(SmtpReply.TryParse(wire.AsSpan(), strict: true, out SmtpReply? reply, out SmtpReplyError error));
        Assert.Null(reply);
        Assert.Equal(expected, error);
        FormatException ex = Assert.Throws<FormatException>(() => SmtpReply.Parse(wire));
        Assert.Contains(expected.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_input_with_invalid_bytes_is_decoded_with_replacement()
    {
        byte[] wire = [.. "550 5.1.1 caf"u8, 0xC3, 0x28, .. " unknown\r\n"u8];
        Assert.True(SmtpReply.TryParse(wire, out SmtpReply? reply));
        Assert.Contains('\uFFFD', reply.Text);
    }

    [Fact]
    public void Null_is_false()
    {
        Assert.False(SmtpReply.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => SmtpReply.Parse(null!));
    }

    [Fact]
    public void ToString_is_one_line()
    {
        Assert.Equal("550 5.1.1 User unknown", SmtpReply.Parse("550 5.1.1 User unknown").ToString());
    }
}
