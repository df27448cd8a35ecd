using System.Text.Json;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>Finds the shared Sisimai corpus and reads its expected results.</summary>
internal static class CorpusFiles
{
    /// <summary>The corpus directory (holding <c>sisimai/</c>), or null when it is not on this machine.</summary>
    internal static string? Root { get; } = FindRoot();

    /// <summary>One expected result of <c>expected.jsonl</c>.</summary>
    internal sealed record Expected(string File, int Index, string Status, string Reason, string Engine);

    internal static IReadOnlyList<Expected> ReadExpected()
    {
        var rows = new List<Expected>();
        if (Root is null) return rows;
        foreach (string line in File.ReadLines(Path.Combine(Root, "sisimai", "expected.jsonl")))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            rows.Add(new Expected(
                e.GetProperty("file").GetString()!,
                e.GetProperty("index").GetInt32(),
                e.GetProperty("status").GetString() ?? string.Empty,
                e.GetProperty("reason").GetString()!,
                e.GetProperty("engine").GetString()!));
        }

        return rows;
    }

    /// <summary>
    /// ISO-2022-JP, Shift_JIS and the other legacy charsets of the samples are not built into .NET. MimeKit reads the
    /// available encodings once, on first use, so the code-page provider is registered before any test touches it.
    /// </summary>
#pragma warning disable CA2255 // A test assembly is the application here: the registration must precede MimeKit's first use.
    [System.Runtime.CompilerServices.ModuleInitializer]
#pragma warning restore CA2255
    internal static void RegisterCodePages() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    private static string? FindRoot()
    {
        string? env = Environment.GetEnvironmentVariable("SMTPBOUNCE_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "SmtpBounceCodes.sln"))) continue;
            string corpus = Path.Combine(dir.FullName, "..", "shared", "corpus");
            return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : null;
        }

        return null;
    }
}
