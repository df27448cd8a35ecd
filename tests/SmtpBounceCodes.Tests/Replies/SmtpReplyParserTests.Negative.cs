using System.Text;

namespace SmtpBounceCodes.Tests.Replies;

/// <summary>Hostile and huge inputs: every case must finish with a result or false, never an exception.</summary>
public class SmtpReplyParserNegativeTests
{
    [Fact]
    public void A_50_MB_line_is_read_in_one_pass()
    {
        var sb = new StringBuilder(50 * 1024 * 1024 + 16).Append("550 5.1.1 ").Append('x', 50 * 1024 * 1024).Append("\r\n");
        string wire = sb.ToString();
        Assert.True(SmtpReplyParser.TryParseReply(wire.AsSpan(), out SmtpReplySummary reply, out int consumed));
        Assert.Equal(wire.Length, consumed);
        Assert.Equal(1, reply.LineCount);
        byte[] utf8 = Encoding.ASCII.GetBytes(wire);
        Assert.True(SmtpReplyParser.TryParseReply(utf8, out _, out _));
        Assert.Equal(SmtpReplyCode.MailboxUnavailablePermanent, SmtpReply.Extract(wire).Code);
    }

    [Fact]
    public void Hundred_thousand_continuation_lines()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append("250-line ").Append(i).Append("\r\n");
        sb.Append("250 end\r\n");
        string wire = sb.ToString();
        Assert.True(SmtpReply.TryParse(wire, out SmtpReply? reply));
        Assert.Equal(100_001, reply.Lines.Count);
        Assert.True(SmtpReplyParser.TryParseReply(Encoding.ASCII.GetBytes(wire), out SmtpReplySummary summary, out _));
        Assert.Equal(100_001, summary.LineCount);
    }

    [Fact]
    public void Hundred_thousand_continuation_lines_without_an_end_are_incomplete()
    {
        string wire = string.Concat(Enumerable.Repeat("250-x\n", 100_000));
        Assert.False(SmtpReply.TryParse(wire.AsSpan(), true, out _, out SmtpReplyError error));
        Assert.Equal(SmtpReplyError.Incomplete, error);
    }

    [Fact]
    public void Nul_bytes_and_invalid_utf8()
    {
        byte[] junk = [0x35, 0x35, 0x30, 0x20, 0x00, 0x00, 0xFF, 0xFE, 0xC0, 0x80, 0x0D, 0x0A];
        Assert.True(SmtpReplyParser.TryParseReply(junk, out SmtpReplySummary reply, out _));
        Assert.Equal((SmtpReplyCode)550, reply.Code);
        Assert.True(SmtpReply.TryParse(junk, out SmtpReply? parsed));
        Assert.Equal((SmtpReplyCode)550, parsed.Code);
        Assert.False(SmtpReplyParser.TryParseReply(new byte[] { 0, 0, 0, 0 }, out _, out _));
    }

    [Fact]
    public void Extraction_over_a_megabyte_of_digits_and_dots_stays_linear()
    {
        // Many almost-codes: each position is looked at a bounded number of times.
        string text = string.Concat(Enumerable.Repeat("5.5.5.5 550550 4.4. ", 60_000));
        SmtpReply reply = SmtpReply.Extract(text);
        Assert.Null(reply.Code);
    }
}
