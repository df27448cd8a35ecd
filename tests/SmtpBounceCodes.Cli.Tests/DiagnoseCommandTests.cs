using System.Text.Json;

namespace SmtpBounceCodes.Cli.Tests;

public class DiagnoseCommandTests
{
    private static readonly string[] ContractFields =
        ["reason", "hardbounce", "permanent", "replycode", "status", "summary", "cause", "remedy", "rule", "advice", "party", "stage", "provider", "match"];

    [Fact]
    public void Unknown_user_is_a_hard_bounce_to_suppress()
    {
        CliResult r = Cli.Run("diagnose", "--json", "550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown in local recipient table");
        Assert.Equal(0, r.ExitCode);
        JsonElement json = Assert.Single(r.JsonLines);
        foreach (string field in ContractFields) Assert.True(json.TryGetProperty(field, out _), "missing " + field);
        Assert.Equal("userunknown", json.GetProperty("reason").GetString());
        Assert.True(json.GetProperty("hardbounce").GetBoolean());
        Assert.True(json.GetProperty("permanent").GetBoolean());
        Assert.Equal("550", json.GetProperty("replycode").GetString());
        Assert.Equal("5.1.1", json.GetProperty("status").GetString());
        Assert.Equal("suppressrecipient", json.GetProperty("advice").GetString());
        Assert.Equal("recipient", json.GetProperty("party").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("rule").GetString()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("summary").GetString()));
    }

    [Fact]
    public void Json_agrees_with_the_library_diagnosis()
    {
        const string text = "452 4.2.2 <jiro@example.org>: Mailbox full, try again later";
        Diagnosis expected = Diagnoser.Diagnose(text, DiagnoseOptions.ForLanguage("ja"));
        JsonElement json = Assert.Single(Cli.Run("diagnose", "--json", "--lang", "ja", text).JsonLines);
        Assert.Equal(expected.ReasonName, json.GetProperty("reason").GetString());
        Assert.Equal(expected.IsHardBounce, json.GetProperty("hardbounce").GetBoolean());
        Assert.Equal(expected.IsPermanent, json.GetProperty("permanent").GetBoolean());
        Assert.Equal(expected.Explanation.Summary, json.GetProperty("summary").GetString());
        Assert.Equal(expected.Explanation.Cause, json.GetProperty("cause").GetString());
        Assert.Equal(expected.Explanation.Remedy, json.GetProperty("remedy").GetString());
        Assert.Equal(expected.Evidence.RuleId, json.GetProperty("rule").GetString());
        Assert.Equal("ja", json.GetProperty("language").GetString());
    }

    [Fact]
    public void Japanese_explanation_is_written_as_text_not_unicode_escapes()
    {
        CliResult r = Cli.Run("diagnose", "--json", "--lang", "ja", "550 5.1.1 User unknown");
        string summary = Diagnoser.Diagnose("550 5.1.1 User unknown", DiagnoseOptions.ForLanguage("ja")).Explanation.Summary;
        Assert.Contains(summary, r.Stdout);
        Assert.DoesNotContain("\\u", r.Stdout);
    }

    [Fact]
    public void Match_is_the_part_of_the_text_the_rule_found()
    {
        const string text = "550 5.7.1 Access denied: 198.51.100.7 is listed at bl.example.org";
        DiagnosisEvidence evidence = Diagnoser.Diagnose(text).Evidence;
        JsonElement json = Assert.Single(Cli.Run("diagnose", "--json", text).JsonLines);
        if (evidence.MatchStart >= 0)
            Assert.Equal(text.Substring(evidence.MatchStart, evidence.MatchLength), json.GetProperty("match").GetString());
        else
            Assert.Equal(JsonValueKind.Null, json.GetProperty("match").ValueKind);
    }

    [Fact]
    public void Human_output_in_English_has_the_readable_block()
    {
        CliResult r = Cli.Run("diagnose", "550 5.1.1 User unknown");
        Assert.Equal(0, r.ExitCode);
        Explanation e = Diagnoser.Diagnose("550 5.1.1 User unknown").Explanation;
        Assert.Contains("reason   userunknown (hard bounce, permanent)", r.Stdout);
        Assert.Contains("advice   suppress the recipient", r.Stdout);
        Assert.Contains("summary  " + e.Summary, r.Stdout);
        Assert.Contains("cause    " + e.Cause, r.Stdout);
        Assert.Contains("remedy   " + e.Remedy, r.Stdout);
    }

    [Fact]
    public void Human_output_in_Japanese_uses_Japanese_labels_and_texts()
    {
        CliResult r = Cli.Run("diagnose", "--lang", "ja", "550 5.2.2 Mailbox full");
        Explanation e = Diagnoser.Diagnose("550 5.2.2 Mailbox full", DiagnoseOptions.ForLanguage("ja")).Explanation;
        Assert.Equal("ja", e.Language);
        Assert.Contains("理由", r.Stdout);
        Assert.Contains("推奨", r.Stdout);
        Assert.Contains("ソフトバウンス", r.Stdout);
        Assert.Contains(e.Summary, r.Stdout);
        Assert.Contains(e.Remedy, r.Stdout);
        Assert.DoesNotContain("summary", r.Stdout);
    }

    [Fact]
    public void Stdin_gives_one_json_line_per_input_line_in_the_same_order()
    {
        string[] texts =
        [
            "550 5.1.1 User unknown",
            "452 4.2.2 Mailbox full",
            "",
            "554 5.7.1 Relay access denied",
            "421 4.7.0 Try again later",
        ];
        CliResult r = Cli.RunWithInput(string.Join("\r\n", texts) + "\n", "diagnose", "--stdin");
        Assert.Equal(0, r.ExitCode);
        JsonElement[] lines = r.JsonLines;
        Assert.Equal(texts.Length, lines.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(Diagnoser.Diagnose(texts[i]).ReasonName, lines[i].GetProperty("reason").GetString());
            Assert.Equal(texts[i].Length >= 3 ? texts[i][..3] : null, lines[i].GetProperty("replycode").GetString());
        }
    }

    [Fact]
    public void Stdin_with_format_jsonl_and_Japanese()
    {
        CliResult r = Cli.RunWithInput("550 5.1.1 User unknown\n", "diagnose", "--stdin", "--format", "jsonl", "--lang", "ja");
        JsonElement json = Assert.Single(r.JsonLines);
        Assert.Equal("ja", json.GetProperty("language").GetString());
    }

    [Fact]
    public void Empty_stdin_prints_nothing()
    {
        CliResult r = Cli.RunWithInput(string.Empty, "diagnose", "--stdin");
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stdout);
    }

    [Fact]
    public void Seed_samples_file_diagnoses_every_line()
    {
        string[] input = File.ReadAllLines(Cli.SamplePath("replies.txt"));
        CliResult r = Cli.RunWithInput(string.Join('\n', input) + "\n", "diagnose", "--stdin");
        Assert.Equal(input.Length, r.JsonLines.Length);
        Assert.All(r.JsonLines, j => Assert.NotEqual("undefined", j.GetProperty("reason").GetString()));
    }
}
