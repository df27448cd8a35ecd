namespace SmtpBounceCodes.Tests.Diagnosis.Corpus;

/// <summary>
/// Finds the shared bounce corpus: <c>SMTPBOUNCE_CORPUS</c> when set, else <c>../shared/corpus</c> beside the repository
/// root (the folder holding <c>SmtpBounceCodes.sln</c>). The corpus is never copied into the repository.
/// </summary>
internal static class CorpusLocator
{
    internal static string? Find()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("SMTPBOUNCE_CORPUS");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return fromEnv;

        string? root = RepositoryRoot();
        if (root is null) return null;
        string beside = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
        return Directory.Exists(beside) ? beside : null;
    }

    internal static string Require() =>
        Find() ?? throw new InvalidOperationException("The bounce corpus was not found: set SMTPBOUNCE_CORPUS or lay ../shared/corpus beside the repository.");

    internal static string? RepositoryRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "SmtpBounceCodes.sln"))) return dir;
        }

        return null;
    }
}
