using System.Text;

namespace SmtpBounceCodes.Tests.Replies;

public class SmtpReplyParserTests
{
    [Fact]
    public void Utf8_line_parse_gives_code_separator_enhanced_code_and_text_range()
    {
        ReadOnlySpan<byte> wire = "550-5.7.1 Access denied\r\n550 5.7.1 bye\r\n"u8;
        Assert.True(SmtpReplyParser.TryParseLine(wire, out SmtpReplyLine line, out int consumed));
        Assert.Equal(SmtpReplyCode.MailboxUnavailablePermanent, line.Code);
        Assert.False(line.IsLast);
        Assert.Equal(EnhancedStatusCode.Parse("5.7.1"), line.EnhancedCode);
        Assert.Equal("Access denied", Encoding.UTF8.GetString(wire.Slice(line.TextStart, line.TextLength)));
        Assert.Equal(25, consumed);
    }

    [Fact]
    public void Utf8_reply_parse_reads_all_continuation_lines()
    {
        ReadOnlySpan<byte> wire = "250-mx.example.jp\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\nNEXT"u8;
        Assert.True(SmtpReplyParser.TryParseReply(wire, out SmtpReplySummary reply, out int consumed));
        Assert.Equal(SmtpReplyCode.Ok, reply.Code);
        Assert.Equal(4, reply.LineCount);
        Assert.True(reply.IsMultiline);
        Assert.Equal("NEXT", Encoding.ASCII.GetString(wire[consumed..]));
    }

    [Fact]
    public void Text_that_merely_starts_like_an_enhanced_code_keeps_it()
    {
        // "5.1.1abc" is not an enhanced code followed by text; neither is a version number.
        Assert.True(SmtpReplyParser.TryParseLine("550 5.1.1abc"u8, out SmtpReplyLine line, out _));
        Assert.True(line.EnhancedCode.IsEmpty);
        Assert.Equal(4, line.TextStart);
    }

    [Theory]
    [InlineData("550 5.1.1 User unknown\r\n")]
    [InlineData("421-4.7.0 [TSS04] Messages temporarily deferred\r\n421 4.7.0 due to user complaints\r\n")]
    [InlineData("250\r\n")]
    [InlineData("554 ")]
    public void String_span_and_utf8_paths_agree(string wire)
    {
        Assert.True(SmtpReplyParser.TryParseReply(Encoding.UTF8.GetBytes(wire), out SmtpReplySummary fromBytes, out int bytes));
        Assert.True(SmtpReplyParser.TryParseReply(wire.AsSpan(), out SmtpReplySummary fromChars, out int chars));
        Assert.True(SmtpReply.TryParse(wire, out SmtpReply? reply));
        Assert.Equal(fromBytes, fromChars);
        Assert.Equal(bytes, chars);
        Assert.Equal(fromBytes.Code, reply.Code);
        Assert.Equal(fromBytes.EnhancedCode.IsEmpty ? null : fromBytes.EnhancedCode, reply.EnhancedCode);
    }
}
