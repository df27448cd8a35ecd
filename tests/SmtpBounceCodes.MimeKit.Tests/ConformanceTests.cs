using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace SmtpBounceCodes.MimeKit.Tests;

/// <summary>
/// Reads the Sisimai corpus and compares each recipient result with the answer Sisimai's own tests expect, at the same
/// position in the same message. Prints the agreement tables; fails below the floors.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    // Floors: just under what the reader reaches (94.3 % reasons, 99.8 % statuses, 97.2 % hard bounces). Raise them as
    // the work improves; never lower them to make a change pass.
    private const double ReasonFloor = 0.94;
    private const double StatusFloor = 0.995;
    private const double HardBounceFloor = 0.97;

    [Fact]
    public void Sisimai_corpus_reasons_statuses_and_hard_bounces_agree()
    {
        string root = Corpus.RequireSisimai();
        List<Corpus.Row> rows = Corpus.ExpectedRows(root);
        var reports = new Dictionary<string, BounceReport>(StringComparer.Ordinal);
        foreach (string file in rows.Select(r => r.File).Distinct())
        {
            reports[file] = BounceReader.ReadFile(Path.Combine(root, file), null);
        }

        var reason = new Tally();
        var status = new Tally();
        var hard = new Tally();
        var byReason = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var byEngine = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var byFolder = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var byRule = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var misses = new List<string>();
        var allRows = new List<string>();

        foreach (Corpus.Row row in rows)
        {
            BounceReport report = reports[row.File];
            BounceRecipient? got = row.Index <= report.Recipients.Count ? report.Recipients[row.Index - 1] : null;
            string gotReason = got?.Diagnosis.ReasonName ?? "(none)";
            bool reasonOk = gotReason == row.Reason;
            bool hardOk = got is not null && got.Diagnosis.IsHardBounce == row.HardBounce;
            reason.Add(reasonOk);
            hard.Add(hardOk);
            Get(byReason, row.Reason).Add(reasonOk);
            Get(byEngine, row.Engine).Add(reasonOk);
            Get(byFolder, row.File.Split('/')[1]).Add(reasonOk);
            Get(byRule, got?.Diagnosis.Evidence.RuleId ?? "(no result)").Add(reasonOk);

            bool statusCompared = IsComparableStatus(row.Status);
            string gotStatus = got?.Status?.ToString() ?? "";
            bool statusOk = !statusCompared || gotStatus == row.Status;
            if (statusCompared) status.Add(statusOk);

            string line = string.Join("\t",
                    (reasonOk && hardOk && statusOk) ? "ok" : "MISS",
                    row.File, row.Index.ToString(CultureInfo.InvariantCulture), row.Engine,
                    $"expected {row.Reason}/{(row.Status.Length == 0 ? "-" : row.Status)}/{(row.HardBounce ? "hard" : "soft")}",
                    $"got {gotReason}/{(gotStatus.Length == 0 ? "-" : gotStatus)}/{(got?.Diagnosis.IsHardBounce == true ? "hard" : "soft")}",
                    $"rule {got?.Diagnosis.Evidence.RuleId ?? "-"}",
                    $"format {report.Format ?? "-"}",
                    $"text {Shorten(got?.DiagnosticText)}");
            allRows.Add(line);
            if (!reasonOk || !hardOk || !statusOk) misses.Add(line);
        }

        var sb = new StringBuilder();
        sb.AppendLine($"Rows: {rows.Count} in {reports.Count} messages");
        sb.AppendLine($"reason      {reason}");
        sb.AppendLine($"status      {status}   (Sisimai-internal x.9.xxx / x.0.9xx and empty skipped)");
        sb.AppendLine($"hardbounce  {hard}");
        sb.AppendLine();
        sb.AppendLine("By folder (reason):");
        foreach (KeyValuePair<string, Tally> kv in byFolder) sb.AppendLine($"  {kv.Key,-20} {kv.Value}");
        sb.AppendLine("By expected reason:");
        foreach (KeyValuePair<string, Tally> kv in byReason) sb.AppendLine($"  {kv.Key,-20} {kv.Value}");
        sb.AppendLine("By engine / family (reason):");
        foreach (KeyValuePair<string, Tally> kv in byEngine) sb.AppendLine($"  {kv.Key,-20} {kv.Value}");
        sb.AppendLine("By deciding rule (reason):");
        foreach (KeyValuePair<string, Tally> kv in byRule) sb.AppendLine($"  {kv.Key,-40} {kv.Value}");
        sb.AppendLine();
        sb.AppendLine($"Disagreements ({misses.Count}):");
        foreach (string m in misses) sb.AppendLine("  " + m);
        output.WriteLine(sb.ToString());
        sb.AppendLine();
        sb.AppendLine("All rows:");
        foreach (string r in allRows) sb.AppendLine("  " + r);
        WriteIfAsked(sb.ToString());

        Assert.True(reason.Rate >= ReasonFloor, $"reason agreement {reason} fell below {ReasonFloor:P1}");
        Assert.True(status.Rate >= StatusFloor, $"status agreement {status} fell below {StatusFloor:P1}");
        Assert.True(hard.Rate >= HardBounceFloor, $"hard-bounce agreement {hard} fell below {HardBounceFloor:P1}");
    }

    [Fact]
    public void Renaming_the_people_and_hosts_of_the_corpus_changes_no_answer()
    {
        // The decoders read a family's structure and wording, not the sample's names: the same bounces with other
        // local parts and host names give the same answers. (Provider domains stay: they are evidence.)
        (string From, string To)[] renames =
        [
            ("kijitora", "hanamaru"), ("mikeneko", "tomatoes"), ("sabineko", "bluebird"), ("kuroneko", "sparrows"),
            ("nekochan", "rabbitkun"), ("libsisimai", "mailhouse"), ("bouncehammer", "returnpost"),
        ];
        string root = Corpus.RequireSisimai();
        int compared = 0;
        var changed = new List<string>();
        foreach (string file in Corpus.ExpectedRows(root).Select(r => r.File).Distinct())
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(root, file));
            string latin1 = Encoding.Latin1.GetString(bytes);
            string renamed = latin1;
            foreach ((string from, string to) in renames) renamed = renamed.Replace(from, to, StringComparison.OrdinalIgnoreCase);
            if (renamed == latin1) continue;

            BounceReport before = Read(bytes), after = Read(Encoding.Latin1.GetBytes(renamed));
            compared++;
            string a = Summary(before), b = Summary(after);
            if (a != b) changed.Add($"{file}: {a} -> {b}");
        }

        foreach (string c in changed) output.WriteLine(c);
        Assert.True(compared > 300, $"only {compared} files had names to change");
        Assert.Empty(changed);

        static BounceReport Read(byte[] bytes)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return BounceReader.Read(stream, null);
        }

        static string Summary(BounceReport r) =>
            $"{r.Kind} [{string.Join(", ", r.Recipients.Select(x => $"{x.Diagnosis.ReasonName}/{x.Status}/{(x.Diagnosis.IsHardBounce ? "hard" : "soft")}"))}]";
    }

    [Fact]
    public void Re_encoding_the_text_parts_of_the_corpus_changes_no_answer()
    {
        // A decoder reads decoded text: the same bounces with every text part sent as base64 (and the message written
        // again by MimeKit, with its own folding and boundaries) give the same answers.
        string root = Corpus.RequireSisimai();
        int compared = 0;
        var changed = new List<string>();
        foreach (string file in Corpus.ExpectedRows(root).Select(r => r.File).Distinct())
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(root, file));
            global::MimeKit.MimeMessage message;
            using (var stream = new MemoryStream(bytes, writable: false))
            {
                try
                {
                    message = global::MimeKit.MimeMessage.Load(stream);
                }
#pragma warning disable CA1031 // A message MimeKit cannot load is not part of this comparison.
                catch (Exception)
#pragma warning restore CA1031
                {
                    continue;
                }
            }

            bool any = false;
            foreach (global::MimeKit.MimePart part in message.BodyParts.OfType<global::MimeKit.TextPart>())
            {
                part.ContentTransferEncoding = global::MimeKit.ContentEncoding.Base64;
                any = true;
            }

            if (!any) continue;
            using var rewritten = new MemoryStream();
            message.WriteTo(rewritten);

            string a = Summary(Read(bytes)), b = Summary(Read(rewritten.ToArray()));
            compared++;
            if (a != b) changed.Add($"{file}: {a} -> {b}");
        }

        foreach (string c in changed) output.WriteLine(c);
        Assert.True(compared > 300, $"only {compared} files were re-encoded");
        Assert.Empty(changed);

        static BounceReport Read(byte[] bytes)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return BounceReader.Read(stream, null);
        }

        static string Summary(BounceReport r) =>
            $"{r.Kind} [{string.Join(", ", r.Recipients.Select(x => $"{x.Address} {x.Diagnosis.ReasonName}/{x.Status}/{(x.Diagnosis.IsHardBounce ? "hard" : "soft")}"))}]";
    }

    [Fact]
    public void Sisimai_messages_that_are_not_bounces_give_no_result()
    {
        string root = Corpus.RequireSisimai();
        foreach (string file in Corpus.NotBounceFiles(root))
        {
            BounceReport report = BounceReader.ReadFile(Path.Combine(root, file), null);
            output.WriteLine($"{file}: {report.Kind}, {report.Recipients.Count} recipients; {string.Join(" | ", report.Errors)}");
            Assert.Empty(report.Recipients);
            Assert.Equal(BounceReportKind.NotABounce, report.Kind);
        }
    }

    [Fact]
    public void Sisimai_mbox_gives_the_same_reports_as_its_messages_split_into_files()
    {
        string root = Corpus.RequireSisimai();
        List<BounceReport> fromMbox;
        using (FileStream stream = File.OpenRead(Path.Combine(root, "mailbox", "mbox-0")))
        {
            fromMbox = BounceReader.ReadMbox(stream, null).ToList();
        }

        List<KeyValuePair<string, BounceReport>> fromFiles = BounceReader.ReadMaildir(Path.Combine(root, "maildir", "err"), null).ToList();
        Assert.Equal(37, fromMbox.Count);
        Assert.Equal(fromFiles.Count, fromMbox.Count);
        int bounces = 0;
        for (int i = 0; i < fromMbox.Count; i++)
        {
            BounceReport a = fromMbox[i], b = fromFiles[i].Value;
            output.WriteLine($"{Path.GetFileName(fromFiles[i].Key)}: {a.Kind} {string.Join(", ", a.Recipients.Select(r => r.Address + " " + r.Diagnosis.ReasonName))}");
            Assert.Equal(b.Kind, a.Kind);
            Assert.Equal(b.Recipients.Select(r => r.Address + " " + r.Diagnosis.ReasonName), a.Recipients.Select(r => r.Address + " " + r.Diagnosis.ReasonName));
            if (a.IsBounce && a.Recipients.Count != 0) bounces++;
        }

        // Every message of this mbox is a bounce.
        Assert.Equal(fromMbox.Count, bounces);
    }

    [Theory]
    [InlineData("size-0")]
    [InlineData("size-1")]
    [InlineData("size-2")]
    public void Sisimai_tiny_mailbox_files_give_no_recipient_and_no_exception(string name)
    {
        string path = Path.Combine(Corpus.RequireSisimai(), "mailbox", name);

        BounceReport single = BounceReader.ReadFile(path, null);
        List<BounceReport> mbox;
        using (FileStream stream = File.OpenRead(path))
        {
            mbox = BounceReader.ReadMbox(stream, null).ToList();
        }

        Assert.Empty(single.Recipients);
        Assert.All(mbox, r => Assert.Empty(r.Recipients));
    }

    [Fact]
    public void Sisimai_messages_read_the_same_with_crlf_and_bare_cr_line_ends()
    {
        string root = Corpus.RequireSisimai();
        int compared = 0;
        foreach (string file in Directory.GetFiles(Path.Combine(root, "maildir", "bsd"), "*.eml"))
        {
            // Latin-1 maps bytes to chars one to one, so the line ends change and nothing else.
            string text = Encoding.Latin1.GetString(File.ReadAllBytes(file)).Replace("\r\r\n", "\n").Replace("\r\n", "\n").Replace('\r', '\n');
            byte[] lf = Encoding.Latin1.GetBytes(text);
            string expected = Summary(Read(lf));
            byte[] crlf = Encoding.Latin1.GetBytes(text.Replace("\n", "\r\n"));
            byte[] cr = Encoding.Latin1.GetBytes(text.Replace('\n', '\r'));
            Assert.True(expected == Summary(Read(crlf)), $"{Path.GetFileName(file)} reads differently with CRLF line ends");
            Assert.True(expected == Summary(Read(cr)), $"{Path.GetFileName(file)} reads differently with bare CR line ends");
            compared++;
        }

        Assert.True(compared > 500);

        static BounceReport Read(byte[] bytes)
        {
            using var stream = new MemoryStream(bytes);
            return BounceReader.Read(stream, null);
        }

        static string Summary(BounceReport r) =>
            r.Kind + ": " + string.Join("; ", r.Recipients.Select(x => $"{x.Address} {x.Diagnosis.ReasonName} {x.Status} {x.ReplyCode} {x.DiagnosticText}"));
    }

    private static bool IsComparableStatus(string status)
    {
        if (status.Length == 0) return false;
        string[] p = status.Split('.');
        if (p.Length != 3) return false;
        if (p[1] == "9") return false;
        if (p[1] == "0" && p[2].Length == 3 && p[2][0] == '9') return false;
        return true;
    }

    private static Tally Get(SortedDictionary<string, Tally> map, string key)
    {
        if (!map.TryGetValue(key, out Tally? t)) map[key] = t = new Tally();
        return t;
    }

    private static string Shorten(string? s) => s is null ? "-" : s.Length <= 160 ? s : string.Concat(s.AsSpan(0, 160), "…");

    private static void WriteIfAsked(string text)
    {
        string? path = Environment.GetEnvironmentVariable("SMTPBOUNCE_CONFORMANCE_OUT");
        if (!string.IsNullOrEmpty(path)) File.WriteAllText(path, text);
    }

    private sealed class Tally
    {
        internal int Agree { get; private set; }

        internal int Total { get; private set; }

        internal double Rate => Total == 0 ? 1 : (double)Agree / Total;

        internal void Add(bool ok)
        {
            Total++;
            if (ok) Agree++;
        }

        public override string ToString() => $"{Agree,4}/{Total,-4} {Rate * 100,6:F2}%";
    }
}
