using System.Globalization;
using System.Text.Json;
using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Cli.Internal;

/// <summary>
/// Prints scan results: one row per recipient of every report that is not an ordinary message, in the order the
/// report lists them. Formats: <c>jsonl</c> and <c>csv</c> stream row by row; <c>table</c> waits for the last row to
/// align its columns.
/// </summary>
internal abstract class ScanOutput : IDisposable
{
    internal static readonly string[] Formats = ["table", "jsonl", "csv"];

    /// <summary>The columns of jsonl and csv, in order (a contract: scripts read them).</summary>
    internal static readonly string[] Columns =
        ["file", "index", "recipient", "action", "status", "replycode", "reason", "hardbounce", "diagnostic", "feedbacktype", "kind", "rule"];

    internal static ScanOutput Create(string format, string language, TextWriter output) => format switch
    {
        "jsonl" => new JsonlOutput(output),
        "csv" => new CsvOutput(output),
        _ => new TableOutput(output, language),
    };

    /// <summary>Prints the results of a list of reports: the formatting half of <c>scan</c>, apart from any file.</summary>
    internal static void Write(string format, string language, IEnumerable<(string File, BounceReport Report)> reports, TextWriter output)
    {
        using ScanOutput sink = Create(format, language, output);
        foreach ((string file, BounceReport report) in reports) sink.Add(file, report);
        sink.Finish();
    }

    /// <summary>Adds the rows of one message. An ordinary message adds none.</summary>
    internal void Add(string file, BounceReport report)
    {
        if (report.Kind == BounceReportKind.NotABounce) return;
        for (int i = 0; i < report.Recipients.Count; i++) AddRow(new Row(file, i + 1, report, report.Recipients[i]));
    }

    /// <summary>Prints what waited for the last row (the table).</summary>
    internal virtual void Finish()
    {
    }

    public virtual void Dispose()
    {
    }

    protected abstract void AddRow(Row row);

    /// <summary>One recipient's result, with the values every format prints.</summary>
    protected sealed record Row(string File, int Index, BounceReport Report, BounceRecipient Recipient)
    {
        internal Diagnosis Diagnosis => Recipient.Diagnosis;

        // What the bounce itself says comes first; the diagnosis's codes (read from the text) fill the gaps.
        internal string? Status => Names.Status(Recipient.Status ?? Diagnosis.EnhancedCode);

        internal string? ReplyCode => Names.ReplyCode(Recipient.ReplyCode ?? Diagnosis.ReplyCode);

        internal bool HasFeedbackType => Report.Kind == BounceReportKind.Feedback || Recipient.FeedbackType is not null;

        internal string IndexText => Index.ToString(CultureInfo.InvariantCulture);

        internal string?[] Fields() =>
        [
            File, IndexText, Recipient.Address, Recipient.Action, Status, ReplyCode, Diagnosis.ReasonName,
            Diagnosis.IsHardBounce ? "true" : "false", Recipient.DiagnosticText, Recipient.FeedbackType, Names.Kind(Report.Kind),
            Diagnosis.Evidence.RuleId,
        ];
    }

    private sealed class JsonlOutput(TextWriter output) : ScanOutput
    {
        private readonly JsonLineWriter _writer = new(output);

        protected override void AddRow(Row row)
        {
            Utf8JsonWriter json = _writer.BeginLine();
            json.WriteText("file", row.File);
            json.WriteNumber("index", row.Index);
            json.WriteText("recipient", row.Recipient.Address);
            json.WriteText("action", row.Recipient.Action);
            json.WriteText("status", row.Status);
            json.WriteText("replycode", row.ReplyCode);
            json.WriteText("reason", row.Diagnosis.ReasonName);
            json.WriteBoolean("hardbounce", row.Diagnosis.IsHardBounce);
            json.WriteText("diagnostic", row.Recipient.DiagnosticText);
            // Only feedback reports carry a feedback type; other rows leave the key out rather than print null.
            if (row.HasFeedbackType) json.WriteText("feedbacktype", row.Recipient.FeedbackType);
            json.WriteText("kind", Names.Kind(row.Report.Kind));
            json.WriteText("rule", row.Diagnosis.Evidence.RuleId);
            _writer.EndLine();
        }

        public override void Dispose()
        {
            _writer.Dispose();
            base.Dispose();
        }
    }

    private sealed class CsvOutput : ScanOutput
    {
        private readonly TextWriter _output;

        internal CsvOutput(TextWriter output)
        {
            _output = output;
            Csv.WriteRow(output, Columns);
        }

        protected override void AddRow(Row row) => Csv.WriteRow(_output, row.Fields());
    }

    private sealed class TableOutput(TextWriter output, string language) : ScanOutput
    {
        private readonly TextTable _table = new("FILE", "#", "RECIPIENT", "KIND", "REASON", "HARD", "STATUS", "CODE", "SUMMARY");

        protected override void AddRow(Row row) =>
            _table.Add(row.File, row.IndexText, row.Recipient.Address, Names.Kind(row.Report.Kind), row.Diagnosis.ReasonName,
                row.Diagnosis.IsHardBounce ? "yes" : "no", row.Status, row.ReplyCode, Summary(row.Diagnosis));

        internal override void Finish()
        {
            if (_table.RowCount > 0) _table.WriteTo(output);
        }

        // The reader diagnoses in the language it was asked for; the table says it in that language in any case.
        private string Summary(Diagnosis d) =>
            d.Explanation.Language == language ? d.Explanation.Summary : Explanations.ForReason(d.Reason, language).Summary;
    }
}
