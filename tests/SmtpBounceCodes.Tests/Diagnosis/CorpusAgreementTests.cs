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
    private const double VectorFloor = 0.98;
    private const double CorpusFloor = 0.87;

    [Fact]
    public void Diagnose_agrees_with_Sisimai_on_the_diagnose_vectors()
    {
        // The vectors are pattern-table memberships, not decisions. Where the corpus holds the same reply with Sisimai's
        // full decision and that decision differs, the decision is the reference and the vector is set aside (listed).
        string corpus = CorpusLocator.Require();
        var decided = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CorpusText t in DiagnosticTextExtractor.Load(corpus).Texts)
        {
            decided.TryAdd(Comparable(t.Fields.DiagnosticCode), t.Expected);
        }

        var agreement = new Agreement();
        var setAside = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(corpus, "sisimai", "diagnose-vectors.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using JsonDocument doc = JsonDocument.Parse(line);
            string text = doc.RootElement.GetProperty("text").GetString()!;
            string expected = doc.RootElement.GetProperty("reason_v5.6").GetString()!;
            if (decided.TryGetValue(Comparable(text), out string? decision) && decision != expected)
            {
                setAside.Add($"vector {expected}, corpus decision {decision}: {Agreement.OneLine(text)}");
                continue;
            }

            agreement.Add(expected, Diagnoser.Diagnose(text), Agreement.OneLine(text));
        }

        output.WriteLine(agreement.Render("Diagnose vectors"));
        output.WriteLine($"Set aside, the corpus decides otherwise ({setAside.Count}):");
        foreach (string s in setAside) output.WriteLine("  " + s);
        Assert.Equal(78, agreement.Total + setAside.Count);
        Assert.True(setAside.Count <= 5, "more vectors than expected are contradicted by the corpus: check the text comparison");
        Assert.True(agreement.Rate >= VectorFloor, $"agreement {agreement.Rate:P1} fell below the floor {VectorFloor:P1}");
    }

    /// <summary>A reply as the vectors and the delivery-status fields both write it: no "smtp;" type, no Postfix "(in reply to … command)", folded blanks, lower case.</summary>
    private static string Comparable(string? text)
    {
        string t = Agreement.OneLine(text).Trim();
        if (t.StartsWith("smtp;", StringComparison.OrdinalIgnoreCase)) t = t.Substring(5).Trim();
        int inReply = t.IndexOf("(in reply to ", StringComparison.OrdinalIgnoreCase);
        if (inReply > 0) t = t.Substring(0, inReply).Trim();
        return string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
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
