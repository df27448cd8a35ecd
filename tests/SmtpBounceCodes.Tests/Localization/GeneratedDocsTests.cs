namespace SmtpBounceCodes.Tests.Localization;

/// <summary>docs/reasons.md and docs/codes.md are renderings of the code; they must match what the code renders now.</summary>
public class GeneratedDocsTests
{
    [Fact]
    public void Reasons_doc_matches_the_code() => Check("docs/reasons.md", DocsRenderer.RenderReasons());

    [Fact]
    public void Codes_doc_matches_the_code() => Check("docs/codes.md", DocsRenderer.RenderCodes());

    [Fact]
    public void Reasons_doc_lists_every_reason_with_both_languages()
    {
        string doc = DocsRenderer.RenderReasons();
        foreach (BounceReason reason in BounceReasons.All)
        {
            Assert.Contains("\n## " + reason.GetWireName() + "\n", doc, StringComparison.Ordinal);
            Assert.Contains(Explanations.ForReason(reason, "ja").Remedy, doc, StringComparison.Ordinal);
            Assert.Contains(Explanations.ForReason(reason, "en").Cause, doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Codes_doc_lists_every_registry_row_and_reply_code()
    {
        string doc = DocsRenderer.RenderCodes();
        foreach (EnhancedStatusCodeInfo info in EnhancedStatusCodeRegistry.All)
        {
            Assert.Contains($"\n| X.{info.Code.Subject}.{info.Code.Detail} |", doc, StringComparison.Ordinal);
        }

        foreach (Internal.ReplyCodeRow row in Internal.ReplyCodeTable.Rows)
        {
            Assert.Contains($"\n| {row.Code} |", doc, StringComparison.Ordinal);
        }
    }

    private static void Check(string relativePath, string rendered)
    {
        string path = Path.Combine(RepoRoot(), relativePath);
        if (Environment.GetEnvironmentVariable(DocsRenderer.UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, rendered);
        }

        string committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == rendered,
            $"{relativePath} differs from what the code renders. Regenerate it with " +
            $"{DocsRenderer.UpdateVariable}=1 dotnet test tests/SmtpBounceCodes.Tests --filter GeneratedDocsTests, review the diff, and commit it.");
    }

    private static string RepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmtpBounceCodes.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("SmtpBounceCodes.sln not found above " + AppContext.BaseDirectory);
    }
}
