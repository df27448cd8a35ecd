using System.Globalization;
using System.Text;
using SmtpBounceCodes.Internal;
using SmtpBounceCodes.Tests.Diagnosis.Corpus;

namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>
/// <c>docs/diagnose-rules.md</c> is rendered from the rule tables. The test fails when the file is out of date; run it
/// with <c>SMTPBOUNCE_UPDATE_DOCS=1</c> to rewrite the file.
/// </summary>
public class RuleTableDocumentTests
{
    private static readonly Rule[] AllRules = [.. RuleTable.ProviderRules, .. RuleTable.TextRules];

    [Fact]
    public void Rule_ids_are_unique_and_seed_ids_are_kept()
    {
        string[] ids = AllRules.Select(r => r.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        string[] seeds =
        [
            "seed.550-5.7.1-access-denied", "seed.551-access-denied", "seed.553-unbalanced", "seed.553-not-local",
            "seed.554-service-unavailable", "seed.555-unsupported-option",
        ];
        Assert.All(seeds, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void A_rule_without_phrases_has_a_condition()
    {
        // Such a rule applies on its conditions alone: without any it would decide every text.
        Assert.All(AllRules.Where(r => r.Phrases.Length == 0), r =>
            Assert.True(r.Provider != Provider.None || r.Stages.Length > 0 || !r.Status.IsEmpty || r.Code != 0, r.Id));
    }

    [Fact]
    public void Diagnose_rules_document_is_up_to_date()
    {
        string root = CorpusLocator.RepositoryRoot() ?? throw new InvalidOperationException("repository root not found");
        string path = Path.Combine(root, "docs", "diagnose-rules.md");
        string expected = Render();
        if (Environment.GetEnvironmentVariable("SMTPBOUNCE_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        string actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        Assert.True(actual == expected, "docs/diagnose-rules.md is out of date: run the tests with SMTPBOUNCE_UPDATE_DOCS=1 and commit the file.");
    }

    internal static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("""
            # Diagnose rules

            <!-- Generated from src/SmtpBounceCodes/Diagnosis/Rules/*.cs and Internal/StatusReasons.cs by
                 RuleTableDocumentTests; do not edit by hand: run the tests with SMTPBOUNCE_UPDATE_DOCS=1. -->

            `Diagnoser.Diagnose` decides in this order, and the first step that decides wins:

            1. **Provider rules**, when the text or the remote host names the provider (the hints below).
            2. **Text rules**, in table order: the rule with the lowest number whose phrase occurs in the text and whose
               conditions hold. Rules without phrases apply on their conditions alone, at their place in the order.
            3. **The enhanced status code** (Sisimai 5.6's table, below; a 4.X.X code without a row takes its 5.X.X twin's).
            4. **The basic reply code**, then **the SMTP stage** (below).
            5. Nothing decided: `onhold` when there is error text, `undefined` when there is none.

            Phrases match case-insensitively; runs of white space count as one space; full-width ASCII is folded;
            `*` is a gap of up to 120 characters; `\b` marks a word boundary at the start or end. A reply-line prefix
            repeated inside a flattened multi-line reply (`550-5.7.1 `) reads as white space. All phrases are found in
            one linear pass (Aho–Corasick), with no regular expressions.

            A failure is permanent with a 5xx reply or a 5.X.X status, and temporary with a 4xx reply, a 4.X.X status, a
            delayed report, or a text that says so (the transient hints below). Only a permanent `userunknown`,
            `hostunknown`, `hasmoved` or `notaccept` is a hard bounce.

            Greylisting (`450 4.2.0 Greylisted, please retry in 5 minutes`) is `ratelimited`: Sisimai has no reason of its
            own for it, and like a rate limit it is a deliberate deferral that clears when the sender retries later; it says
            nothing about the address, so it is never a hard bounce and the advice is to retry later.

            "User unknown" and its synonyms decide `userunknown`, except: in reply to MAIL FROM (the sender is unknown:
            `rejected`); after DATA (the server accepted the recipient at RCPT TO, so the address exists and a filter
            refused: `filtered`, as the Japanese carriers do); and with a 5.2.x "mailbox status" code when the reply did not
            come to RCPT TO (`filtered`). A 5.1.x code next to the words settles `userunknown` at any stage but the
            sender's. Like Sisimai, a delivery report (a text with an Action) that names no SMTP command reads the short
            wordings as `filtered` ("in a report" below); a reply the client saw itself (`550 User unknown`) keeps its
            plain meaning, and so does a reply that names the refused address before the words.

            Words inside a link (`https://…`, up to white space or a bracket) are the link's, not the reply's: only
            provider hints and the rules marked "also inside links" (block lists, help topics that name the fault) match
            there.


            """.Replace("\r\n", "\n", StringComparison.Ordinal));

        sb.Append("## Provider hints\n\n| provider | phrases |\n|---|---|\n");
        foreach (IGrouping<Provider, ProviderHint> g in RuleTable.ProviderHints.GroupBy(h => h.Provider))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {g.Key.ToString().ToLowerInvariant()} | {Phrases(g.Select(h => h.Phrase))} |\n");
        }

        sb.Append("\n## Transient hints\n\nA 5xx reply whose text holds one of these is not permanent: ");
        sb.Append(Phrases(RuleTable.TransientHints)).Append(".\n\n");

        sb.Append("## Provider rules\n\n");
        RuleRows(sb, RuleTable.ProviderRules, 1);
        sb.Append("\n## Text rules\n\n");
        RuleRows(sb, RuleTable.TextRules, RuleTable.ProviderRules.Length + 1);

        sb.Append("\n## Enhanced status codes\n\nWhen no rule decided. \"—\": no reason (and no borrowing from the 5.X.X twin).\n\n");
        sb.Append("| status | reason |\n|---|---|\n");
        foreach ((EnhancedStatusCode code, BounceReason reason) in StatusReasons.Rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {code} | {(reason == BounceReason.Undefined ? "—" : "`" + reason.GetWireName() + "`")} |\n");
        }

        sb.Append("\n## Reply codes\n\nWhen neither a rule nor the enhanced code decided.\n\n| reply code | reason | rule id |\n|---|---|---|\n");
        sb.Append("| 2xx | ").Append(Probe(250, SmtpStage.Unknown)).Append(" |\n");
        foreach (int c in Enumerable.Range(400, 200))
        {
            if (c % 100 > 59 || Probe(c, SmtpStage.Unknown) is not { } any) continue;
            sb.Append(CultureInfo.InvariantCulture, $"| {c} | {any} |\n");
        }

        sb.Append("\n## Stages\n\nWhen a 4xx or 5xx code has no meaning of its own, the stage of the conversation decides.\n\n");
        sb.Append("| reply code | stage | reason | rule id |\n|---|---|---|---|\n");
        foreach (int c in (int[])[450, 550, 552, 553, 554])
        {
            foreach (SmtpStage stage in Enum.GetValues<SmtpStage>())
            {
                if (stage != SmtpStage.Unknown && Probe(c, stage) is { } at && at != Probe(c, SmtpStage.Unknown)) sb.Append(CultureInfo.InvariantCulture, $"| {c} | {stage} | {at} |\n");
            }
        }

        return sb.ToString();
    }

    private static string? Probe(int code, SmtpStage stage) =>
        ReplyCodeReasons.TryGet((SmtpReplyCode)code, stage, out BounceReason reason, out string ruleId, out _)
            ? $"`{reason.GetWireName()}` | `{ruleId}`"
            : null;

    private static void RuleRows(StringBuilder sb, Rule[] rules, int first)
    {
        sb.Append("| # | id | reason | conditions | phrases |\n|---|---|---|---|---|\n");
        for (int i = 0; i < rules.Length; i++)
        {
            Rule r = rules[i];
            sb.Append(CultureInfo.InvariantCulture,
                $"| {first + i} | `{r.Id}` | `{r.Reason.GetWireName()}` | {Conditions(r)} | {(r.Phrases.Length == 0 ? "(none)" : Phrases(r.Phrases))} |\n");
        }
    }

    private static string Conditions(Rule r)
    {
        var parts = new List<string>();
        if (r.Provider != Provider.None) parts.Add("provider " + r.Provider.ToString().ToLowerInvariant());
        if (r.Code != 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"reply {r.Code}"));
        if (r.Class != 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"class {r.Class}"));
        if (!r.Status.IsEmpty) parts.Add("status " + (r.AnyClass ? $"x.{r.Status.Subject}.{r.Status.Detail}" : r.Status.ToString()));
        if (r.StatusSubject is { } subject) parts.Add(string.Create(CultureInfo.InvariantCulture, $"status x.{subject}.x"));
        if (r.Stages.Length > 0) parts.Add("at " + string.Join(" or ", r.Stages));
        if (r.ExceptStages.Length > 0) parts.Add("not at " + string.Join(" or ", r.ExceptStages));
        if (r.InReport) parts.Add("in a report");
        if (r.InLinks) parts.Add("also inside links");
        return parts.Count == 0 ? "—" : string.Join("; ", parts);
    }

    private static string Phrases(IEnumerable<string> phrases) =>
        string.Join(", ", phrases.Select(p => "`" + p.Replace("|", "\\|", StringComparison.Ordinal) + "`"));
}
