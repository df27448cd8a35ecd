namespace SmtpBounceCodes.Cli.Tests;

public class CodesCommandTests
{
    [Fact]
    public void Reply_code_550_is_explained_with_its_paired_enhanced_codes()
    {
        CliResult r = Cli.Run("codes", "550");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("550  Requested action not taken: mailbox unavailable", r.Stdout);
        Assert.Contains(Explanations.ForReplyCode(SmtpReplyCode.MailboxUnavailablePermanent, "en").Summary, r.Stdout);
        Assert.Contains("X.1.1", r.Stdout);
    }

    [Fact]
    public void Enhanced_code_5_7_1_is_explained_from_the_registry()
    {
        CliResult r = Cli.Run("codes", "5.7.1");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("5.7.1  Delivery not authorized, message refused", r.Stdout);
        Assert.Contains("Security or Policy Status", r.Stdout);
        Assert.Contains(Explanations.ForEnhancedCode(new EnhancedStatusCode(5, 7, 1), "en").Summary, r.Stdout);
    }

    [Fact]
    public void Registry_notation_X_7_1_is_read_as_the_same_code()
    {
        Assert.Equal(Cli.Run("codes", "5.7.1").Stdout, Cli.Run("codes", "X.7.1").Stdout);
    }

    [Fact]
    public void Microsoft_vendor_code_5_7_606_is_explained_by_its_subject()
    {
        CliResult r = Cli.Run("codes", "5.7.606");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("not in the IANA registry", r.Stdout);
        Assert.Contains("X.7.XXX Security or Policy Status", r.Stdout);
    }

    [Fact]
    public void Unregistered_reply_code_571_is_explained_by_its_class()
    {
        CliResult r = Cli.Run("codes", "571");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("not a registered reply code", r.Stdout);
        Assert.Contains("permanent", r.Stdout);
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
