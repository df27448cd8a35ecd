using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace SmtpBounceCodes.MimeKit.Tests.Reports;

/// <summary>
/// Bounces the reader was not built from: written by us after the way each MTA family formats its bounces (other
/// addresses, hosts, languages, remote replies and encodings than the corpus has), with the answer we expect per
/// recipient in <c>Samples/unseen/expected*.tsv</c>. Prints the agreement and every disagreement with the deciding rule
/// and the decoder that read the message; fails when the agreement falls below the floors.
/// </summary>
public sealed class UnseenBounceTests(ITestOutputHelper output)
{
    // Floors: just under what the reader reaches today. Each round was written before the reader saw it; first-pass
    // agreement (address, reason and hard bounce all right): round one 68/71 (95.8 %), round two 57/62 (91.9 %), round
    // three 37/46 (80.4 %), round four 58/67 (86.6 %), round five 40/49 (81.6 %), round six 24/28 (85.7 %), round seven
    // 41/49 (83.7 %), round eight 45/51 (88.2 %), round nine 49/53 (92.5 %), round ten 44/52 (84.6 %), round eleven
    // 40/48 (83.3 %), round twelve 71/77 (92.2 %), round thirteen 42/48 (87.5 %), round fourteen 38/46 (82.6 %), round
    // fifteen (an ordinary week's mix, not aimed at weak spots) 31/33 (93.9 %), round sixteen (another ordinary week,
    // European) 31/34 (91.2 %), round seventeen (an ordinary American week) 28/29 (96.6 %), round eighteen (a Brazilian
    // shop's week) 30/30 (100 %), round nineteen (a Taiwanese shop's week: TW/KR/CN providers) 28/31 (90.3 %), round
    // twenty (what a bounce mailbox receives that is not a bounce: DMARC and TLS reports, receipts, help desks,
    // challenges, phishing, bounces hidden in forwards) 26/31 (83.9 %), round twenty-one (known families in other
    // languages, and less common servers) 37/40 (92.5 %), round twenty-two (a Japanese B2B company's week) 28/29
    // (96.6 %), round twenty-three (an Indian and South-East Asian payments app's week) 33/33 (100 %), round twenty-four
    // (refusals about the sender's authentication and TLS) 30/33 (90.9 %), round twenty-five (small businesses' hosted
    // mailboxes worldwide) 36/37 (97.3 %), round twenty-six (local delivery: Dovecot, Cyrus, maildrop, procmail, pipes,
    // forwards) 27/35 (77.1 %), round twenty-seven (mobile carriers and their gateways) 27/30 (90.0 %), round
    // twenty-eight (Russian, Turkish, Greek, Arabic, Hebrew, Thai, Vietnamese, Hindi, Polish and Czech, in their
    // charsets) 34/36 (94.4 %), round twenty-nine (complicated reports: many recipients, aliases, digests, double
    // bounces, VERP) 93/100 (93.0 %), round thirty (what sending services send back: their DSNs, suppression notices,
    // account refusals, complaint notices) 21/32 (65.6 %), round thirty-one (the seed page's cases again, as Japanese
    // users meet them in 2026) 41/43 (95.3 %), round thirty-two (a German university's ordinary week) 28/28 (100 %),
    // round thirty-three (refusals of the message itself: attachments, size, URLs, headers, format) 29/40 (72.5 %),
    // round thirty-four (a US B2B company's ordinary week) 30/32 (93.8 %), round thirty-five (structure under stress:
    // 48 and 42 recipients in one report, warnings then failures, broken dates, cut returned messages, nested reports,
    // quoted local parts, IDN and UTF-8 addresses) 129/132 (97.7 %), round thirty-six (every way Google says no) 28/33
    // (84.8 %), round thirty-seven (every way Microsoft says no) 31/37 (83.8 %) — 1510/1685 (89.6 %) over all
    // thirty-seven, 267/279 (95.7 %) over the nine ordinary weeks.
    //
    // Rows relabelled after a run, each to a decision the library documents: in round six, qmail's connection failure
    // before "in the queue too long" is networkerror and Notes' Japanese "not in the directory list" is onhold, as
    // Sisimai decides the same words in the corpus; in round seven, Exchange's RESOLVER.RST.NotAuthorized is rejected like
    // other members-only groups; in round eight, "553 Recipient is not local" is norelaying as the seed page explains it;
    // in round nine, LISTSERV's "Rejected posting" is rejected (it was "not a bounce") once list managers' refusals to
    // post were read, as fml's and Google Groups' are; in round ten, "Connection timed out" is expired as in the corpus,
    // and Mimecast's "rejected due to security policies" is policyviolation as in Sisimai's pattern table; in round
    // twelve, a final recipient listed twice (through two aliases) is reported twice; in round thirteen the writer
    // relabelled three rows to decisions in Sisimai's data or REASONS.md; in round fifteen, two delays whose text names
    // only a connection timeout are expired, as the corpus labels them; in round sixteen, a queue that gave up after
    // "Connection refused" and a delay whose earlier attempt says "Connection dropped due to SocketError" are
    // networkerror, as round thirteen's and round nine's rows with the same words are; in round nineteen, a queue that gave
    // up after "421 4.3.0 Temporary System Problem" is systemerror, the text deciding as for qmail's "Unable to contact
    // LDAP server … in the queue too long" in the corpus; in round twenty-two, docomo's "550 Unknown user" in a report
    // that does not say at which step it came is filtered, as the library reads every short "unknown user" of a
    // report without a step (the corpus labels such rows filtered fifteen times to three); in round twenty-six, the
    // writer relabelled Postfix's pipe to a delivery agent that says "User … doesn't exist" mailererror, as the corpus
    // labels the same structure (a failing program outranks its words). Round twenty-six leaves three rows missed: a
    // Dovecot refusal whose sentence is translated (nothing in the text decides), an Exim filter's own words, and a
    // qmail program's "name: fatal:" output. In round twenty-eight the writer relabelled a Postfix delay after
    // "Connection timed out" expired, as the corpus and earlier rounds label it; Yandex's own stage-less "550 5.7.1 No
    // such user!" stays missed (read as a filter, the library's reading of a report without a step). In round
    // twenty-nine the writer relabelled Exchange's "BareLinefeedsAreIllegal" notcompliantrfc, as round three's row of
    // the same words. In round thirty-one the writer relabelled a comma in the domain ("Invalid domain part in
    // address") hostunknown, as the text blames the domain, and a bare "550 5.7.1 Access denied" at RCPT TO is blocked,
    // as the seed page explains it (a refused domain, a block list or a reverse-DNS mismatch), where the corpus's one
    // such row says securityerror. In round thirty-three the writer relabelled Gmail's "content presents a potential
    // security issue" contenterror, as the corpus labels it twice. Round nine's two relayed rows of mixed reports
    // were added after the run.
    //
    // The gaps each round showed were fixed in general (rules, decoders, the generic reader), never for the sample; the
    // rows still missed are listed by the test. From here on the samples are a regression set: never lower the floors
    // to make a change pass.
    private const double RowFloor = 0.995;
    private const double HardBounceFloor = 0.995;

    private static readonly string Folder = Samples.PathOf("unseen");

    [Fact]
    public void Unseen_bounces_of_every_family_give_the_expected_recipient_reason_and_hard_bounce()
    {
        List<ExpectedRow> rows = ExpectedRows();
        var reports = rows.Select(r => r.File).Distinct().ToDictionary(f => f, f => Samples.Read(Path.Combine("unseen", f)), StringComparer.Ordinal);

        int agree = 0, hardAgree = 0;
        var rounds = new SortedDictionary<int, (int Rows, int Agree, int Hard)>();
        var byFamily = new SortedDictionary<string, (int Agree, int Total)>(StringComparer.Ordinal);
        var misses = new List<string>();
        var all = new List<string>();
        foreach (ExpectedRow row in rows)
        {
            BounceReport report = reports[row.File];
            bool ok, hardOk;
            BounceRecipient? got = null;
            if (row.Index == 0)
            {
                // An ordinary message: nothing to report, and no hard bounce to suppress.
                ok = hardOk = report.Kind == BounceReportKind.NotABounce && report.Recipients.Count == 0;
            }
            else
            {
                got = row.Index <= report.Recipients.Count ? report.Recipients[row.Index - 1] : null;
                bool addressOk = string.Equals(got?.Address, row.Address, StringComparison.OrdinalIgnoreCase);
                bool reasonOk = got?.Diagnosis.ReasonName == row.Reason;
                hardOk = got is not null && got.Diagnosis.IsHardBounce == row.Hard;
                ok = addressOk && reasonOk && hardOk && KindAgrees(row.Reason, report);
            }

            if (ok) agree++;
            if (hardOk) hardAgree++;
            int round = Round(row.File);
            rounds.TryGetValue(round, out (int Rows, int Agree, int Hard) tally);
            rounds[round] = (tally.Rows + 1, tally.Agree + (ok ? 1 : 0), tally.Hard + (hardOk ? 1 : 0));

            string family = row.File[..row.File.LastIndexOf('-')];
            (int a, int t) = byFamily.TryGetValue(family, out var f) ? f : (0, 0);
            byFamily[family] = (a + (ok ? 1 : 0), t + 1);
            string line = string.Join("\t",
                    ok ? "ok" : "MISS", row.File, row.Index.ToString(CultureInfo.InvariantCulture),
                    row.Index == 0 ? "expected no recipient (not a bounce)" : $"expected {row.Address} {row.Reason}/{Hard(row.Hard)}",
                    got is null ? $"got nothing ({report.Recipients.Count} recipients, kind {report.Kind})"
                        : $"got {got.Address} {got.Diagnosis.ReasonName}/{Hard(got.Diagnosis.IsHardBounce)} kind {report.Kind} status {got.Status?.ToString() ?? "-"}",
                    $"rule {got?.Diagnosis.Evidence.RuleId ?? "-"}",
                    $"format {report.Format ?? "-"}",
                    $"stage {got?.Stage.ToString() ?? "-"}",
                    $"text {Shorten(got?.DiagnosticText)}");
            all.Add(line);
            if (!ok) misses.Add(line);
        }

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Rows (address, reason and hard bounce all right): {agree}/{rows.Count} = {Rate(agree, rows.Count):P1}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Hard bounce alone: {hardAgree}/{rows.Count} = {Rate(hardAgree, rows.Count):P1}");
        foreach (KeyValuePair<int, (int Rows, int Agree, int Hard)> r in rounds)
            sb.AppendLine(CultureInfo.InvariantCulture, $"Round {r.Key} alone (-{r.Key - 1}nn files): {r.Value.Agree}/{r.Value.Rows} = {Rate(r.Value.Agree, r.Value.Rows):P1}, hard bounce {r.Value.Hard}/{r.Value.Rows} = {Rate(r.Value.Hard, r.Value.Rows):P1}");
        sb.AppendLine("By family:");
        foreach (KeyValuePair<string, (int Agree, int Total)> kv in byFamily) sb.AppendLine(CultureInfo.InvariantCulture, $"  {kv.Key,-18} {kv.Value.Agree}/{kv.Value.Total}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Disagreements ({misses.Count}):");
        foreach (string m in misses) sb.AppendLine("  " + m);
        sb.AppendLine("All rows:");
        foreach (string a in all) sb.AppendLine("  " + a);
        output.WriteLine(sb.ToString());

        Assert.True(Rate(agree, rows.Count) >= RowFloor, $"unseen agreement {agree}/{rows.Count} fell below {RowFloor:P1}");
        Assert.True(Rate(hardAgree, rows.Count) >= HardBounceFloor, $"unseen hard-bounce agreement {hardAgree}/{rows.Count} fell below {HardBounceFloor:P1}");
    }

    [Fact]
    public void Every_unseen_sample_reads_without_exception_gives_a_recipient_and_has_expected_rows()
    {
        List<ExpectedRow> rows = ExpectedRows();
        var expectedFiles = rows.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        var ordinaryFiles = rows.Where(r => r.Index == 0).Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        string[] files = Directory.GetFiles(Folder, "*.eml");
        Assert.True(files.Length >= 100, $"only {files.Length} unseen samples");
        foreach (string path in files)
        {
            string name = Path.GetFileName(path);
            BounceReport report = BounceReader.Read(new MemoryStream(File.ReadAllBytes(path), writable: false), null);
            Assert.Contains(name, expectedFiles);
            // The ordinary messages are scored in the agreement test; here only that every report reads.
            if (ordinaryFiles.Contains(name)) continue;
            Assert.True(report.Recipients.Count > 0, $"{name}: no recipient ({report.Kind}; {string.Join(" | ", report.Errors)})");
        }
    }

    private sealed record ExpectedRow(string File, int Index, string Address, string Reason, bool Hard);

    /// <summary>The rows of every <c>expected*.tsv</c> of the folder (one per round of samples), each file with its header line.</summary>
    private static List<ExpectedRow> ExpectedRows() =>
        Directory.GetFiles(Folder, "expected*.tsv").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f).Skip(1))
            .Where(l => l.Trim().Length != 0)
            .Select(l => l.Split('\t'))
            .Select(c => new ExpectedRow(c[0], int.Parse(c[1], CultureInfo.InvariantCulture), c[2], c[3], bool.Parse(c[4])))
            .ToList();

    /// <summary>The round a sample was written in: the first digit of its number, plus one (<c>postfix-01</c> is round one, <c>postfix-101</c> round two).</summary>
    private static int Round(string file)
    {
        // "-0nn" is round one, "-9nn" round ten, "-10nn" round eleven: the hundreds plus one.
        int dash = file.LastIndexOf('-');
        int dot = file.IndexOf('.', dash + 1);
        return dash >= 0 && dot - dash > 3 && int.TryParse(file.AsSpan(dash + 1, dot - dash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            ? number / 100 + 1
            : 1;
    }

    /// <summary>
    /// The reasons that are not bounces must come with their report kind: a delivery report read as a bounce with the
    /// reason "delivered" would still be a wrong answer for a caller that switches on <see cref="BounceReport.Kind"/>.
    /// </summary>
    /// <summary>
    /// Whether the report's kind fits the row: a success report is Delivered, unless a recipient beside it failed or
    /// waits (a mixed report is a bounce or a delay, and its delivered recipient says delivered).
    /// </summary>
    private static bool KindAgrees(string reason, BounceReport report) => reason switch
    {
        "vacation" => report.Kind == BounceReportKind.AutoReply,
        "feedback" => report.Kind == BounceReportKind.Feedback,
        "delivered" => report.Kind == BounceReportKind.Delivered
            || (report.Kind is BounceReportKind.Bounce or BounceReportKind.Delay && report.Recipients.Any(r => r.Diagnosis.Reason != BounceReason.Delivered)),
        _ => report.Kind is BounceReportKind.Bounce or BounceReportKind.Delay,
    };

    private static double Rate(int agree, int total) => total == 0 ? 1 : (double)agree / total;

    private static string Hard(bool hard) => hard ? "hard" : "soft";

    private static string Shorten(string? s) => s is null ? "-" : s.Length <= 140 ? s : string.Concat(s.AsSpan(0, 140), "…");
}
