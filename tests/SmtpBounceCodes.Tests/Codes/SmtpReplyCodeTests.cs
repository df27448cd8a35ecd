namespace SmtpBounceCodes.Tests.Codes;

public class SmtpReplyCodeTests
{
    [Fact]
    public void Every_code_of_the_shared_table_is_in_the_enum()
    {
        string path = Path.Combine(TestPaths.SharedData, "reply-codes.tsv");
        int[] codes = File.ReadLines(path)
            .Where(l => l.Length > 3 && char.IsDigit(l[0]))
            .Select(l => int.Parse(l[..3], System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        Assert.NotEmpty(codes);
        foreach (int code in codes)
        {
            Assert.True(Enum.IsDefined(typeof(SmtpReplyCode), code), $"{code} is missing from SmtpReplyCode");
            Assert.True(((SmtpReplyCode)code).IsRegistered());
        }

        Assert.Equal(codes.Length, Enum.GetValues<SmtpReplyCode>().Length);
    }

    [Theory]
    [InlineData(550, SmtpReplyClass.PermanentNegative, SmtpReplyCategory.MailSystem)]
    [InlineData(421, SmtpReplyClass.TransientNegative, SmtpReplyCategory.Connections)]
    [InlineData(354, SmtpReplyClass.PositiveIntermediate, SmtpReplyCategory.MailSystem)]
    [InlineData(250, SmtpReplyClass.PositiveCompletion, SmtpReplyCategory.MailSystem)]
    [InlineData(535, SmtpReplyClass.PermanentNegative, SmtpReplyCategory.Unspecified3)]
    public void Class_and_category_come_from_the_digits(int code, SmtpReplyClass cls, SmtpReplyCategory category)
    {
        Assert.Equal(cls, ((SmtpReplyCode)code).GetClass());
        Assert.Equal(category, ((SmtpReplyCode)code).GetCategory());
    }

    [Theory]
    [InlineData(511)]
    [InlineData(571)] // seen in the wild ("571 No PTR Record found")
    [InlineData(521)]
    public void Unregistered_codes_are_still_representable(int code)
    {
        var value = (SmtpReplyCode)code;
        Assert.Equal(code != 571, value.IsWellFormed()); // RFC 5321 allows 0-5 as the second digit
        Assert.True(value.IsPermanent());
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), value.ToCodeString());
    }

    [Fact]
    public void Transient_and_permanent_follow_the_first_digit()
    {
        Assert.True(SmtpReplyCode.MailboxUnavailable.IsTransient());
        Assert.False(SmtpReplyCode.MailboxUnavailable.IsPermanent());
        Assert.True(SmtpReplyCode.ParametersNotRecognized.IsPermanent());
        Assert.True(SmtpReplyCode.Ok.IsPositive());
        Assert.False(((SmtpReplyCode)199).IsWellFormed());
        Assert.False(((SmtpReplyCode)560).IsWellFormed()); // second digit 6 is not defined
    }

    [Fact]
    public void Codes_550_to_555_have_RFC_names()
    {
        for (int c = 550; c <= 555; c++)
        {
            Assert.False(string.IsNullOrEmpty(((SmtpReplyCode)c).GetRfcName()));
            Assert.StartsWith("RFC 5321", ((SmtpReplyCode)c).GetReference(), StringComparison.Ordinal);
        }
    }
}
