namespace SmtpBounceCodes.Cli.Tests;

/// <summary>What README.md promises a fresh clone, checked against the files that do it.</summary>
public class RepositoryDocsTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Cli.RepoRoot, "README.md"));

    [Fact]
    public void Ci_runs_the_exact_test_command_README_gives()
    {
        string command = Readme.Split('\n').Single(l => l.StartsWith("dotnet test ", StringComparison.Ordinal)).Trim();
        string[] ci = File.ReadAllLines(Path.Combine(Cli.RepoRoot, ".ci", "run"));
        Assert.Contains(command, ci.Select(l => l.Trim()));
    }

    [Fact]
    public void README_demo_command_names_the_demo_of_this_tool()
    {
        Assert.Contains("dotnet run --project src/SmtpBounceCodes.Cli -- demo", Readme);
        Assert.Contains("smtp-bounce demo", Cli.Run("--help").Stdout);
    }

    [Fact]
    public void README_documents_every_scan_column()
    {
        foreach (string column in Internal.ScanOutput.Columns) Assert.Contains("`" + column + "`", Readme);
    }
}
