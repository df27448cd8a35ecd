using System.Text;
using SmtpBounceCodes.Internal;
using Xunit.Abstractions;

namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>
/// Every diagnose rule decides a realistic reply of its own (<c>RuleExamples.tsv</c>): a rule shadowed by one above it,
/// or one whose phrase was lost in an edit, fails here under its id. Examples their rule cannot decide today are kept
/// in <c>RuleExamples.gaps.tsv</c>, reported but not failed on.
/// </summary>
public class RuleExampleTests(ITestOutputHelper output)
{
    private static readonly Rule[] AllRules = [.. RuleTable.ProviderRules, .. RuleTable.TextRules];

    private static readonly RuleExample[] Examples = RuleExample.Load("RuleExamples.tsv", withGap: false);

    private static readonly RuleExample[] Gaps = RuleExample.Load("RuleExamples.gaps.tsv", withGap: true);

    /// <summary>One row per example: the rule id and the line, so that a failure names the rule.</summary>
    public static TheoryData<string, int> ExampleRows()
    {
        var data = new TheoryData<string, int>();
        foreach (RuleExample example in Examples) data.Add(example.Rule, example.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleRows))]
    public void Realistic_reply_is_decided_by_its_rule(string rule, int line)
    {
        RuleExample example = Examples.Single(e => e.Line == line);
        SmtpBounceCodes.Diagnosis d = example.Diagnose(language: null);
        string actual = $"{d.Evidence.RuleId} → {d.ReasonName}, hard={d.IsHardBounce}";
        Assert.True(d.Evidence.RuleId == rule, $"line {line}: expected rule {rule}, got {actual}\n  {example.Text}");
        Assert.True(d.ReasonName == example.Reason, $"line {line}: expected reason {example.Reason}, got {actual}");
        Assert.True(d.IsHardBounce == example.Hard, $"line {line}: expected hard={example.Hard}, got {actual}");
    }

    [Theory]
    [MemberData(nameof(ExampleRows))]
    public void Realistic_reply_is_explained_in_Japanese(string rule, int line)
    {
        Explanation e = Examples.Single(x => x.Line == line).Diagnose(language: "ja").Explanation;
        Assert.True(e.Language == "ja", $"{rule} (line {line}): the explanation fell back to {e.Language}");
        Assert.False(string.IsNullOrWhiteSpace(e.Summary), $"{rule} (line {line}): no summary");
        Assert.False(string.IsNullOrWhiteSpace(e.Cause), $"{rule} (line {line}): no cause");
        Assert.False(string.IsNullOrWhiteSpace(e.Remedy), $"{rule} (line {line}): no remedy");
    }

    [Fact]
    public void Every_rule_has_an_example()
    {
        // A known gap counts: the rule has its example, and the gap report says why it does not decide it yet.
        var covered = new HashSet<string>(Examples.Concat(Gaps).Select(e => e.Rule), StringComparer.Ordinal);
        string[] missing = AllRules.Select(r => r.Id).Where(id => !covered.Contains(id)).ToArray();
        Assert.True(missing.Length == 0, "rules without an example in RuleExamples.tsv or RuleExamples.gaps.tsv: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_example_names_a_rule_that_exists()
    {
        var ids = new HashSet<string>(AllRules.Select(r => r.Id), StringComparer.Ordinal);
        string[] unknown = Examples.Concat(Gaps).Where(e => !ids.Contains(e.Rule)).Select(e => $"{e.File}:{e.Line} {e.Rule}").ToArray();
        Assert.True(unknown.Length == 0, "examples naming no rule: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Known_gaps_say_why_and_are_reported()
    {
        // Reported, not failed on: these need a change in src/. A gap that now decides its rule should move to RuleExamples.tsv.
        var report = new StringBuilder();
        foreach (RuleExample gap in Gaps)
        {
            Assert.False(string.IsNullOrWhiteSpace(gap.Gap), $"{gap.File}:{gap.Line} {gap.Rule}: no cause given");
            SmtpBounceCodes.Diagnosis d = gap.Diagnose(language: null);
            bool closed = d.Evidence.RuleId == gap.Rule && d.ReasonName == gap.Reason && d.IsHardBounce == gap.Hard;
            report.Append(closed ? "CLOSED (move to RuleExamples.tsv) " : "gap ")
                .Append(gap.Rule).Append(": decided by ").Append(d.Evidence.RuleId).Append(" → ").Append(d.ReasonName)
                .Append(", expected ").Append(gap.Reason).Append(" — ").AppendLine(gap.Gap);
        }

        output.WriteLine(report.ToString());
    }

    /// <summary>One row of an example file.</summary>
    internal sealed record RuleExample(string File, int Line, string Rule, string Text, string Options, string Reason, bool Hard, string? Gap)
    {
        internal static RuleExample[] Load(string name, bool withGap)
        {
            string path = Path.Combine(TestPaths.RepoRoot, "tests", "SmtpBounceCodes.Tests", "Diagnosis", name);
            var rows = new List<RuleExample>();
            string[] lines = System.IO.File.ReadAllLines(path);
            bool header = true;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (header)
                {
                    header = false; // the column names
                    continue;
                }

                string[] cells = line.Split('\t');
                int expected = withGap ? 6 : 5;
                if (cells.Length != expected) throw new FormatException($"{name}:{i + 1}: {cells.Length} columns, expected {expected}");
                bool hard = cells[4] switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw new FormatException($"{name}:{i + 1}: hard must be true or false"),
                };
                rows.Add(new RuleExample(name, i + 1, cells[0], Unescape(cells[1]), cells[2], cells[3], hard, withGap ? cells[5] : null));
            }

            return [.. rows];
        }

        /// <summary>Runs the entry point the options call for: DSN fields, a client library's code and text, or the text alone.</summary>
        internal SmtpBounceCodes.Diagnosis Diagnose(string? language)
        {
            string? host = null, action = null, status = null;
            int? code = null;
            SmtpStage stage = SmtpStage.Unknown;
            foreach (string option in Options.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int eq = option.IndexOf('=');
                string key = eq > 0 ? option[..eq] : option, value = eq > 0 ? option[(eq + 1)..] : string.Empty;
                switch (key)
                {
                    case "host": host = value; break;
                    case "action": action = value; break;
                    case "status": status = value; break;
                    case "code": code = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                    case "stage": stage = Enum.Parse<SmtpStage>(value); break;
                    default: throw new FormatException($"{File}:{Line}: unknown option {key}");
                }
            }

            var options = new DiagnoseOptions { Language = language, Stage = stage, RemoteHost = host };
            if (action is not null || status is not null)
            {
                return Diagnoser.Diagnose(
                    new DeliveryStatusFields { Action = action, Status = status, DiagnosticCode = Text, RemoteMta = host, Stage = stage }, options);
            }

            return code is { } c ? Diagnoser.Diagnose(c, Text, options) : Diagnoser.Diagnose(Text, options);
        }

        private static string Unescape(string s)
        {
            if (!s.Contains('\\')) return s;
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] is 'n' or 't' or '\\')
                {
                    sb.Append(s[++i] switch { 'n' => '\n', 't' => '\t', _ => '\\' });
                    continue;
                }

                sb.Append(s[i]);
            }

            return sb.ToString();
        }
    }
}
