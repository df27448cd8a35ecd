using System.Text.Json;
using SmtpBounceCodes.Cli.Internal;

namespace SmtpBounceCodes.Cli.Tests;

/// <summary>Runs the command line in-process and keeps what it printed.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The standard output split into lines (the output always ends with "\n").</summary>
    internal string[] Lines => Stdout.Length == 0 ? [] : Stdout.TrimEnd('\n').Split('\n');

    /// <summary>Every output line parsed as JSON.</summary>
    internal JsonElement[] JsonLines => Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
}

internal static class Cli
{
    internal static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    internal static CliResult RunWithInput(string stdin, params string[] args) => RunWith(null, stdin, args);

    internal static CliResult RunWith(IReportSource? source, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = source is null
            ? CommandLine.Run(args, input, output, error)
            : CommandLine.Run(args, input, output, error, source);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The repository root (the folder of SmtpBounceCodes.sln).</summary>
    internal static string RepoRoot { get; } = FindRepoRoot();

    internal static string SamplePath(params string[] parts) => Path.Combine([RepoRoot, "samples", .. parts]);

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmtpBounceCodes.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("SmtpBounceCodes.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder for tests that build files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    internal string Path { get; } = Directory.CreateTempSubdirectory("smtp-bounce-tests-").FullName;

    internal string Write(string relative, string content)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
