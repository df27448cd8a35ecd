using SmtpBounceCodes.MimeKit.Internal;

namespace SmtpBounceCodes.MimeKit.Tests.Internal;

/// <summary>Recipient values as reports write them.</summary>
public sealed class AddressTextTests
{
    [Theory]
    [InlineData("rfc822; taro@example.jp", "taro@example.jp")]
    [InlineData("RFC822;<Taro@Example.jp>", "Taro@Example.jp")]
    [InlineData("  <taro@example.jp>  ", "taro@example.jp")]
    [InlineData("Taro Yamada <taro@example.jp>", "taro@example.jp")]
    [InlineData("taro@example.jp (expanded from list)", "taro@example.jp")]
    [InlineData("\"taro@example.jp\"", "taro@example.jp")]
    [InlineData("rfc822; \"john smith\"@example.org", "\"john smith\"@example.org")] // a quoted local part keeps its quotes
    [InlineData("<\"sales dept.\"@example.net>", "\"sales dept.\"@example.net")]
    [InlineData("mailto:taro@example.jp", "taro@example.jp")]
    [InlineData("rfc822; /var/spool/mail/taro", "/var/spool/mail/taro")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Type_brackets_and_comments_are_removed(string? value, string expected)
    {
        Assert.Equal(expected, AddressText.Clean(value));
    }

    [Theory]
    [InlineData("utf-8; \\x{65E5}\\x{672C}@example.jp", "日本@example.jp")]
    [InlineData("utf-8; user@\\x{1F600}.example", "user@😀.example")]
    [InlineData("utf-8; bad\\x{ZZ}@example.jp", "bad\\x{ZZ}@example.jp")]
    [InlineData("utf-8; surrogate\\x{D800}@example.jp", "surrogate\\x{D800}@example.jp")]
    [InlineData("utf-8; open\\x{3042@example.jp", "open\\x{3042@example.jp")]
    public void RFC_6533_xtext_escapes_are_decoded_and_malformed_ones_kept(string value, string expected)
    {
        Assert.Equal(expected, AddressText.Clean(value));
    }

    [Theory]
    [InlineData("\"john smith\"@example.org", true)]
    [InlineData("john smith@example.org", false)]
    [InlineData("taro@example.jp", true)]
    public void A_space_is_an_address_only_inside_a_quoted_local_part(string value, bool looksLikeOne)
    {
        Assert.Equal(looksLikeOne, AddressText.LooksLikeAddress(value));
    }
}
