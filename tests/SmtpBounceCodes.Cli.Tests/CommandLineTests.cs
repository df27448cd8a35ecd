namespace SmtpBounceCodes.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void No_arguments_is_a_usage_error_with_one_line_on_stderr()
    {
        CliResult r = Cli.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("smtp-bounce: ", r.Stderr);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    public void Unknown_command_is_a_usage_error(string command)
    {
        CliResult r = Cli.Run(command);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(command, r.Stderr);
        Assert.EndsWith("\n", r.Stderr);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("parse", "--lang", "ja", "550 x")]
    [InlineData("diagnose", "--verbose", "550 x")]
    [InlineData("codes", "--json", "550")]
    [InlineData("scan", "--recursive", ".")]
    [InlineData("diagnose", "--lang")]
    [InlineData("diagnose", "--lang", "fr", "550 x")]
    [InlineData("diagnose", "--json=yes", "550 x")]
    [InlineData("scan", "--format", "xml", ".")]
    [InlineData("diagnose", "--stdin", "--format", "csv")]
    [InlineData("diagnose", "--stdin", "550 5.1.1 also a text")]
    [InlineData("diagnose", "--format", "jsonl", "550 text without --stdin")]
    [InlineData("parse")]
    [InlineData("diagnose")]
    [InlineData("scan")]
    [InlineData("codes", "550", "551")]
    [InlineData("demo", "extra")]
    public void Bad_options_and_missing_operands_exit_2_with_one_line_on_stderr(params string[] args)
    {
        CliResult r = Cli.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("smtp-bounce: " + args[0] + ": ", r.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_every_command(string flag)
    {
        CliResult r = Cli.Run(flag);
        Assert.Equal(0, r.ExitCode);
        foreach (string command in new[] { "parse", "diagnose", "codes", "scan", "demo", "--stdin", "--format table|jsonl|csv" })
        {
            Assert.Contains(command, r.Stdout);
        }
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("diagnose")]
    [InlineData("codes")]
    [InlineData("scan")]
    [InlineData("demo")]
    public void Help_of_a_command_shows_its_usage_and_runs_nothing(string command)
    {
        CliResult r = Cli.Run(command, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("usage:\n  smtp-bounce " + command, r.Stdout);
        Assert.Empty(r.Stderr);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        CliResult r = Cli.Run("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^smtp-bounce \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", r.Stdout);
    }

    [Fact]
    public void Double_dash_lets_a_text_start_with_a_dash()
    {
        CliResult r = Cli.Run("parse", "--json", "--", "-ERR not an SMTP reply");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("-ERR not an SMTP reply", string.Join(' ', r.JsonLines[0].GetProperty("lines").EnumerateArray().Select(e => e.GetString())));
    }
}
