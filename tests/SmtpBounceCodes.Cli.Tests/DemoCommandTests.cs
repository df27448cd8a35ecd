namespace SmtpBounceCodes.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public void Demo_runs_every_command_over_the_built_in_samples()
    {
        CliResult r = Cli.Run("demo");
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stderr);
        foreach (string command in new[] { "parse --json", "diagnose", "diagnose --stdin", "codes", "scan", "scan --format jsonl" })
        {
            Assert.Contains("\n$ smtp-bounce " + command + " ", r.Stdout);
        }

        // Every line of the samples' replies.txt is diagnosed: one JSON line each.
        int replies = File.ReadAllLines(Cli.SamplePath("replies.txt")).Length;
        Assert.Equal(replies, r.Lines.Count(l => l.StartsWith("{\"reason\":", StringComparison.Ordinal)));
        Assert.DoesNotContain(Path.GetTempPath(), r.Stdout);
    }

    [Fact]
    public void Demo_in_Japanese()
    {
        CliResult r = Cli.Run("demo", "--lang", "ja");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("$ smtp-bounce diagnose --lang ja ", r.Stdout);
        Assert.Contains("理由", r.Stdout);
    }

    [Fact]
    public void Every_sample_file_is_built_into_the_tool()
    {
        string root = Cli.SamplePath();
        string[] files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f != "README.md")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(files, Internal.Samples.Names.ToArray());
    }
}
