namespace SmtpBounceCodes.Tests;

/// <summary>Where the shared data and corpus live: ../shared beside the repository, or $SMTPBOUNCE_CORPUS.</summary>
internal static class TestPaths
{
    internal static string RepoRoot { get; } = FindRepoRoot();

    internal static string Shared { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    internal static string SharedData => Path.Combine(Shared, "data");

    internal static string Corpus =>
        Environment.GetEnvironmentVariable("SMTPBOUNCE_CORPUS") is { Length: > 0 } env ? env : Path.Combine(Shared, "corpus");

    private static string FindRepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SmtpBounceCodes.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("SmtpBounceCodes.sln not found above " + AppContext.BaseDirectory);
    }
}
