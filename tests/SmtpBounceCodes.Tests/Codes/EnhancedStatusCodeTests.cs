using System.Text;

namespace SmtpBounceCodes.Tests.Codes;

public class EnhancedStatusCodeTests
{
    [Theory]
    [InlineData("5.1.1", 5, 1, 1)]
    [InlineData("4.7.28", 4, 7, 28)]
    [InlineData("5.7.606", 5, 7, 606)] // Microsoft's vendor detail: valid RFC 3463 syntax
    [InlineData("2.0.0", 2, 0, 0)]
    [InlineData("5.1.10", 5, 1, 10)]  // null MX (RFC 7505)
    [InlineData("4.999.999", 4, 999, 999)]
    public void Parses_registered_and_vendor_codes(string text, int @class, int subject, int detail)
    {
        EnhancedStatusCode code = EnhancedStatusCode.Parse(text);
        Assert.Equal((EnhancedStatusClass)@class, code.Class);
        Assert.Equal(subject, code.Subject);
        Assert.Equal(detail, code.Detail);
        Assert.Equal(text, code.ToString());
        Assert.True(EnhancedStatusCode.TryParse(Encoding.UTF8.GetBytes(text), out EnhancedStatusCode fromUtf8));
        Assert.Equal(code, fromUtf8);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("5.1")]
    [InlineData("5.1.")]
    [InlineData("3.1.1")]      // class must be 2, 4 or 5
    [InlineData("6.1.1")]
    [InlineData("5.01.1")]     // no leading zeros (RFC 3463 §2)
    [InlineData("5.1.01")]
    [InlineData("5.1000.1")]   // at most three digits
    [InlineData("5.1.1000")]
    [InlineData(" 5.1.1")]     // the whole-string parse takes nothing around the code
    [InlineData("5.1.1 ")]
    [InlineData("5,1,1")]
    [InlineData("５.１.１")]    // full-width digits are not digits here
    public void Rejects_what_RFC_3463_does_not_allow(string text)
    {
        Assert.False(EnhancedStatusCode.TryParse(text, out EnhancedStatusCode code));
        Assert.True(code.IsEmpty);
        Assert.Throws<FormatException>(() => EnhancedStatusCode.Parse(text));
    }

    [Fact]
    public void Null_string_is_false_not_an_exception()
    {
        Assert.False(EnhancedStatusCode.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => EnhancedStatusCode.Parse((string)null!));
    }

    [Theory]
    [InlineData("5.1.1 User unknown", 5)]
    [InlineData("4.2.2)", 5)]
    [InlineData("5.7.606 Access denied", 7)]
    [InlineData("5.1.10", 6)]
    public void Prefix_parse_reports_what_it_consumed(string text, int consumed)
    {
        Assert.True(EnhancedStatusCode.TryParse(text.AsSpan(), out EnhancedStatusCode _, out int chars));
        Assert.Equal(consumed, chars);
        Assert.True(EnhancedStatusCode.TryParse(Encoding.UTF8.GetBytes(text), out EnhancedStatusCode _, out int bytes));
        Assert.Equal(consumed, bytes);
    }

    [Fact]
    public void Prefix_parse_refuses_a_code_running_into_a_fourth_digit()
    {
        Assert.False(EnhancedStatusCode.TryParse("5.1.1234".AsSpan(), out _, out int consumed));
        Assert.Equal(0, consumed);
    }

    [Fact]
    public void Formats_into_spans_without_allocating_a_string()
    {
        var code = new EnhancedStatusCode(5, 7, 606);
        Span<char> chars = stackalloc char[EnhancedStatusCode.MaxLength];
        Assert.True(code.TryFormat(chars, out int written));
        Assert.Equal("5.7.606", chars[..written].ToString());
        Span<byte> bytes = stackalloc byte[EnhancedStatusCode.MaxLength];
        Assert.True(code.TryFormat(bytes, out int n));
        Assert.Equal("5.7.606", Encoding.ASCII.GetString(bytes[..n]));
        Assert.False(code.TryFormat(stackalloc char[6], out _)); // too small
        Assert.False(default(EnhancedStatusCode).TryFormat(chars, out _));
    }

    [Fact]
    public void Registered_codes_format_from_a_cache()
    {
        var code = new EnhancedStatusCode(5, 1, 1);
        Assert.Same(code.ToString(), new EnhancedStatusCode(5, 1, 1).ToString());
    }

    [Fact]
    public void Orders_by_class_subject_then_detail()
    {
        EnhancedStatusCode[] sorted = new[] { "5.7.1", "4.2.2", "5.1.10", "5.1.2", "2.0.0" }
            .Select(EnhancedStatusCode.Parse).Order().ToArray();
        Assert.Equal(new[] { "2.0.0", "4.2.2", "5.1.2", "5.1.10", "5.7.1" }, sorted.Select(c => c.ToString()));
        Assert.True(EnhancedStatusCode.Parse("4.7.1") < EnhancedStatusCode.Parse("5.0.0"));
    }

    [Theory]
    [InlineData(3, 1, 1)]
    [InlineData(5, 1000, 1)]
    [InlineData(5, 1, -1)]
    public void Constructor_rejects_out_of_range_numbers(int c, int s, int d) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EnhancedStatusCode(c, s, d));

    [Fact]
    public void Class_agreement_follows_RFC_2034()
    {
        Assert.True(EnhancedStatusCode.Parse("5.1.1").AgreesWith(SmtpReplyCode.MailboxUnavailablePermanent));
        Assert.False(EnhancedStatusCode.Parse("4.2.2").AgreesWith(SmtpReplyCode.MailboxUnavailablePermanent));
        Assert.False(default(EnhancedStatusCode).AgreesWith(SmtpReplyCode.Ok));
    }

#if NET8_0_OR_GREATER
    [Fact]
    public void Generic_math_parsing_interfaces_work()
    {
        Assert.Equal(new EnhancedStatusCode(5, 7, 1), ParseGeneric<EnhancedStatusCode>("5.7.1"));
        Assert.Equal(new EnhancedStatusCode(4, 4, 7), ParseUtf8<EnhancedStatusCode>("4.4.7"u8));
        Assert.Equal("2.1.5", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{new EnhancedStatusCode(2, 1, 5)}"));
    }

    private static T ParseGeneric<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);

    private static T ParseUtf8<T>(ReadOnlySpan<byte> s) where T : IUtf8SpanParsable<T> => T.Parse(s, null);
#endif
}
