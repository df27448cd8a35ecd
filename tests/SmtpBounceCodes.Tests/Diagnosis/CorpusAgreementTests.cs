using System.Text.Json;
using SmtpBounceCodes.Tests.Diagnosis.Corpus;
using Xunit.Abstractions;

namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>
/// How often Diagnose agrees with Sisimai 5.6 on real texts: the diagnose vectors, and the diagnostic texts of the
/// corpus bounces. Each test prints the agreement (overall, per reason, and every disagreement) and fails below a
/// floor set just under what the rule tables reach, so that a change that loses ground is seen.
/// </summary>
public class CorpusAgreementTests(ITestOutputHelper output)
{
    // Floors: just under the measured agreement. Raise them when the tables improve; never lower them to pass.
    // The vector floor went from 0.98 to 0.97 once, on purpose: the vectors are pattern-table memberships, not decisions,
    // and for "554 Transaction failed: Duplicate header 'DKIM-Signature'" the vector says contenterror while Sisimai's
    // full decision on the same reply in the corpus (a Postfix bounce) is notcompliantrfc, where REASONS.md puts duplicate
    // headers too. We follow the decision, and lose that vector.
    private const double VectorFloor = 0.97;
    private const double CorpusFloor = 0.86;

    [Fact]
    public void Diagnose_agrees_with_Sisimai_on_the_diagnose_vectors()
    {
        string corpus = CorpusLocator.Require();
        var agreement = new Agreement();
        foreach (string line in File.ReadLines(Path.Combine(corpus, "sisimai", "diagnose-vectors.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using JsonDocument doc = JsonDocument.Parse(line);
            string text = doc.RootElement.GetProperty("text").GetString()!;
            string expected = doc.RootElement.GetProperty("reason_v5.6").GetString()!;
            agreement.Add(expected, Diagnoser.Diagnose(text), Agreement.OneLine(text));
        }

        output.WriteLine(agreement.Render("Diagnose vectors"));
        Assert.Equal(78, agreement.Total);
        Assert.True(agreement.Rate >= VectorFloor, $"agreement {agreement.Rate:P1} fell below the floor {VectorFloor:P1}");
    }

    [Fact]
    public void Diagnose_agrees_with_Sisimai_on_the_corpus_diagnostic_texts()
    {
        string corpus = CorpusLocator.Require();
        (List<CorpusText> texts, List<string> skipped) = DiagnosticTextExtractor.Load(corpus);
        var all = new Agreement();
        var dsn = new Agreement();
        string? dump = Environment.GetEnvironmentVariable("SMTPBOUNCE_DUMP_DIAGNOSTICS");
        using StreamWriter? writer = string.IsNullOrEmpty(dump) ? null : new StreamWriter(dump);
        foreach (CorpusText t in texts)
        {
            SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose(t.Fields);
            string label = $"{t.File}#{t.Index} status={t.Fields.Status} | {Agreement.OneLine(t.Fields.DiagnosticCode)}";
            all.Add(t.Expected, d, label);
            if (t.FromDeliveryStatus) dsn.Add(t.Expected, d, label);
            writer?.WriteLine(JsonSerializer.Serialize(new
            {
                file = t.File, index = t.Index, dsn = t.FromDeliveryStatus, status = t.Fields.Status, action = t.Fields.Action,
                remote = t.Fields.RemoteMta, diagnostic = t.Fields.DiagnosticCode, expected = t.Expected, got = d.ReasonName, rule = d.Evidence.RuleId, stage = d.Stage.ToString(), fieldstage = t.Fields.Stage.ToString(),
            }));
        }

        output.WriteLine(all.Render("Corpus diagnostic texts"));
        output.WriteLine($"Of which from delivery-status parts: {dsn.Agreed}/{dsn.Total} ({dsn.Rate:P1})");
        output.WriteLine($"Skipped files ({skipped.Count}):");
        foreach (string s in skipped) output.WriteLine("  " + s);
        Assert.True(all.Total > 300, $"only {all.Total} texts were extracted");
        Assert.True(all.Rate >= CorpusFloor, $"agreement {all.Rate:P1} fell below the floor {CorpusFloor:P1}");
    }
}
