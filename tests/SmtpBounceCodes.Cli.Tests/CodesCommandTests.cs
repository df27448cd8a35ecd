namespace SmtpBounceCodes.Cli.Tests;

public class CodesCommandTests
{
    [Theory]
    [InlineData("550", "550  Requested action not taken: mailbox unavailable", "X.1.1")]   // with the enhanced codes it pairs with
    [InlineData("5.7.1", "5.7.1  Delivery not authorized, message refused", "Security or Policy Status")]
    [InlineData("5.7.606", "not in the IANA registry", "X.7.XXX Security or Policy Status")] // Microsoft's vendor code, by subject
    [InlineData("571", "not a registered reply code", "permanent")]                          // seen in the wild, by class
    public void Codes_are_explained_whether_registered_or_not(string code, string headline, string detail)
    {
        CliResult r = Cli.Run("codes", code);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(headline, r.Stdout);
        Assert.Contains(detail, r.Stdout);
    }

    [Fact]
    public void Explanations_come_from_the_library_tables()
    {
        Assert.Contains(Explanations.ForReplyCode(SmtpReplyCode.MailboxUnavailablePermanent, "en").Summary, Cli.Run("codes", "550").Stdout);
        Assert.Contains(Explanations.ForEnhancedCode(new EnhancedStatusCode(5, 7, 1), "en").Cause, Cli.Run("codes", "5.7.1").Stdout);
    }

    [Fact]
    public void Registry_notation_X_7_1_is_read_as_the_same_code()
    {
        Assert.Equal(Cli.Run("codes", "5.7.1").Stdout, Cli.Run("codes", "X.7.1").Stdout);
    }

    [Fact]
    public void Japanese_explanation_of_a_code()
    {
        CliResult r = Cli.Run("codes", "--lang", "ja", "5.2.2");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(Explanations.ForEnhancedCode(new EnhancedStatusCode(5, 2, 2), "ja").Remedy, r.Stdout);
        Assert.Contains("対処法", r.Stdout);
    }

    [Fact]
    public void No_argument_lists_every_reply_code_and_every_registry_code()
    {
        CliResult r = Cli.Run("codes");
        Assert.Equal(0, r.ExitCode);
        string[] lines = r.Lines;
        foreach (SmtpReplyCode code in Enum.GetValues<SmtpReplyCode>().Where(c => c.IsRegistered()))
        {
            Assert.Contains(lines, l => l.StartsWith(code.ToCodeString() + " ", StringComparison.Ordinal));
        }

        foreach (EnhancedStatusCodeInfo info in EnhancedStatusCodeRegistry.All)
        {
            string notation = $"X.{info.Code.Subject}.{info.Code.Detail} ";
            Assert.Contains(lines, l => l.StartsWith(notation, StringComparison.Ordinal) && l.Contains(info.Title, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("999")]
    [InlineData("150")]
    [InlineData("5.9")]
    [InlineData("5.1.1.1")]
    [InlineData("6.1.1")]
    public void Something_that_is_not_a_code_is_a_usage_error(string code)
    {
        CliResult r = Cli.Run("codes", code);
        Assert.Equal(2, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.Contains(code, r.Stderr);
    }
}
