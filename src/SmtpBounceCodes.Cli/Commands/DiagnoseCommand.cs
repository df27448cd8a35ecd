using System.Text.Json;
using SmtpBounceCodes.Cli.Internal;

namespace SmtpBounceCodes.Cli.Commands;

/// <summary>
/// <c>smtp-bounce diagnose [--json] [--lang en|ja] TEXT</c> and <c>diagnose --stdin [--format jsonl]</c>: why a
/// message failed and what to do.
/// </summary>
internal static class DiagnoseCommand
{
    internal const string Usage =
        "smtp-bounce diagnose [--json] [--lang en|ja] TEXT\n" +
        "smtp-bounce diagnose --stdin [--format jsonl] [--lang en|ja]   (one text per line, one JSON object per line)";

    internal static int Run(Arguments args, TextReader stdin, TextWriter stdout)
    {
        string language = args.Language;
        var options = DiagnoseOptions.ForLanguage(language);
        if (args.Has("--stdin"))
        {
            if (args.Operands.Count > 0) throw new UsageException("diagnose: give either --stdin or TEXT, not both");
            args.Choice("--format", ["jsonl"], "jsonl");
            using var output = new JsonLineWriter(stdout);
            // Streamed line by line: a file of a million texts needs no more memory than one.
            while (stdin.ReadLine() is { } line) WriteJson(output, line, Diagnoser.Diagnose(line, options));
            return 0;
        }

        if (args.Has("--format")) throw new UsageException("diagnose: --format goes with --stdin");
        string text = Inputs.Text(args, stdin);
        Diagnosis diagnosis = Diagnoser.Diagnose(text, options);
        if (args.Has("--json"))
        {
            using var output = new JsonLineWriter(stdout);
            WriteJson(output, text, diagnosis);
        }
        else
        {
            WriteHuman(text, diagnosis, language, stdout);
        }

        return 0;
    }

    internal static void WriteJson(JsonLineWriter output, string text, Diagnosis d)
    {
        Utf8JsonWriter json = output.BeginLine();
        json.WriteText("reason", d.ReasonName);
        json.WriteBoolean("hardbounce", d.IsHardBounce);
        json.WriteBoolean("permanent", d.IsPermanent);
        json.WriteText("replycode", Names.ReplyCode(d.ReplyCode));
        json.WriteText("status", Names.Status(d.EnhancedCode));
        json.WriteText("summary", d.Explanation.Summary);
        json.WriteText("cause", d.Explanation.Cause);
        json.WriteText("remedy", d.Explanation.Remedy);
        json.WriteText("rule", d.Evidence.RuleId);
        json.WriteText("advice", Names.Advice(d.Advice));
        json.WriteText("party", Names.Party(d.FaultParty));
        json.WriteText("stage", Names.Stage(d.Stage));
        json.WriteText("provider", d.Provider);
        json.WriteText("match", Match(text, d.Evidence));
        json.WriteText("language", d.Explanation.Language);
        output.EndLine();
    }

    private static void WriteHuman(string text, Diagnosis d, string language, TextWriter stdout)
    {
        string L(string id) => Labels.Get(id, language);
        string kind = !d.IsBounce ? L("notbounce") : d.IsHardBounce ? L("hard") : L("soft");
        string permanence = d.IsBounce ? (d.IsPermanent ? L("permanent") : L("transient")) : string.Empty;
        string codes = string.Join(' ', new[] { Names.ReplyCode(d.ReplyCode), Names.Status(d.EnhancedCode) }.Where(c => c is not null));
        string? match = Match(text, d.Evidence);

        var table = new TextTable();
        table.Add(L("reason"), d.ReasonName + " (" + kind + (permanence.Length > 0 ? L("comma") + permanence : string.Empty) + ")");
        table.Add(L("advice"), L("advice." + Names.Advice(d.Advice)));
        table.Add(L("party"), L("party." + Names.Party(d.FaultParty)));
        table.Add(L("codes"), codes.Length > 0 ? codes : L("none"));
        if (Names.Stage(d.Stage) is { } stage) table.Add(L("stage"), stage);
        if (d.Provider is { } provider) table.Add(L("provider"), provider);
        table.Add(L("rule"), d.Evidence.RuleId + (match is null ? string.Empty : " \"" + match + "\""));
        table.Add(L("summary"), d.Explanation.Summary);
        table.Add(L("cause"), d.Explanation.Cause);
        table.Add(L("remedy"), d.Explanation.Remedy);
        table.WriteTo(stdout);
    }

    /// <summary>The part of the text the deciding rule matched, or null when no phrase decided.</summary>
    internal static string? Match(string text, DiagnosisEvidence evidence) =>
        evidence.MatchStart >= 0 && evidence.MatchLength > 0 && evidence.MatchStart <= text.Length - evidence.MatchLength
            ? text.Substring(evidence.MatchStart, evidence.MatchLength)
            : null;
}
