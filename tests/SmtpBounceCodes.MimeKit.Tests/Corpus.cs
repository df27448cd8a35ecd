using System.Text.Json;

namespace SmtpBounceCodes.MimeKit.Tests;

/// <summary>Finds the shared bounce corpus: <c>$SMTPBOUNCE_CORPUS</c>, or <c>../shared/corpus</c> beside the repository root.</summary>
internal static class Corpus
{
    internal static string? Root { get; } = FindRoot();

    /// <summary>The Sisimai part of the corpus, or null when the corpus is not on this machine.</summary>
    internal static string? Sisimai => Root is null ? null : Path.Combine(Root, "sisimai");

    internal static string RequireSisimai() =>
        Sisimai ?? throw new InvalidOperationException("The bounce corpus was not found: set SMTPBOUNCE_CORPUS or put it at ../shared/corpus.");

    /// <summary>One expected result: the file, the 1-based position of the recipient, and Sisimai's answer.</summary>
    internal sealed record Row(string File, int Index, string Status, string ReplyCode, string Reason, bool HardBounce, string Engine, string? FeedbackType);

    internal static List<Row> ExpectedRows(string sisimai)
    {
        var rows = new List<Row>();
        foreach (string line in File.ReadLines(Path.Combine(sisimai, "expected.jsonl")))
        {
            if (line.Trim().Length == 0) continue;
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            rows.Add(new Row(
                e.GetProperty("file").GetString()!,
                e.GetProperty("index").GetInt32(),
                e.TryGetProperty("status", out JsonElement s) ? s.GetString() ?? "" : "",
                e.TryGetProperty("replycode", out JsonElement r) ? r.GetString() ?? "" : "",
                e.GetProperty("reason").GetString()!,
                e.GetProperty("hardbounce").GetBoolean(),
                e.TryGetProperty("engine", out JsonElement g) ? g.GetString() ?? "" : "",
                e.TryGetProperty("feedbacktype", out JsonElement f) ? f.GetString() : null));
        }

        return rows;
    }

    internal static List<string> NotBounceFiles(string sisimai)
    {
        var files = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(sisimai, "not-bounce.jsonl")))
        {
            if (line.Trim().Length == 0) continue;
            using JsonDocument doc = JsonDocument.Parse(line);
            files.Add(doc.RootElement.GetProperty("file").GetString()!);
        }

        return files;
    }

    private static string? FindRoot()
    {
        string? env = Environment.GetEnvironmentVariable("SMTPBOUNCE_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmtpBounceCodes.sln"))) dir = dir.Parent;
        if (dir?.Parent is null) return null;
        string candidate = Path.Combine(dir.Parent.FullName, "shared", "corpus");
        return Directory.Exists(candidate) ? candidate : null;
    }
}
