using System.Text;
using SmtpBounceCodes.Internal;

namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>
/// Huge and repetitive inputs. The matcher is one linear pass, so these complete and give the same answer as the
/// small text they are made of; the tests check the answers, not the clock.
/// </summary>
public class DiagnoseHostileInputTests
{
    private static readonly Rule[] AllRules = [.. RuleTable.ProviderRules, .. RuleTable.TextRules];

    [Fact]
    public void One_megabyte_line_is_diagnosed_from_the_phrase_at_its_end()
    {
        string text = "550 5.2.2 " + new string('a', 1 << 20) + " mailbox is full";
        SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose(text);
        Assert.Equal(BounceReason.MailboxFull, d.Reason);
        Assert.Equal(text.Length - "mailbox is full".Length, d.Evidence.MatchStart);
    }

    [Fact]
    public void One_megabyte_of_a_phrase_prefix_repeated_matches_nothing_and_ends()
    {
        // Every position is a partial match of "mailbox * full" / "user unknown" / "容量オーバー": the worst case for
        // naive matchers, one pass here.
        string text = "550 " + Repeat("mailbox user unknow 容量オーバ ", 1 << 15);
        Assert.Equal(BounceReason.OnHold, Diagnoser.Diagnose(text).Reason);
    }

    [Fact]
    public void A_hundred_thousand_newlines_are_white_space()
    {
        string text = "550 5.1.1" + new string('\n', 100_000) + "user" + new string('\n', 100_000) + "unknown";
        SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose(text);
        Assert.Equal(BounceReason.UserUnknown, d.Reason);
        Assert.Equal("userunknown.status", d.Evidence.RuleId);
    }

    [Fact]
    public void A_hundred_thousand_reply_lines_are_read_in_one_pass() =>
        Assert.Equal(BounceReason.RateLimited, Diagnoser.Diagnose(Repeat("550-5.7.1 too many\r\n", 100_000) + "550 5.7.1 connections").Reason);

    [Fact]
    public void Every_phrase_repeated_a_thousand_times_gives_the_answer_of_the_phrase_once()
    {
        var failures = new List<string>();
        foreach (Rule rule in AllRules)
        {
            foreach (string phrase in rule.Phrases)
            {
                SmtpBounceCodes.Diagnosis once = Diagnoser.Diagnose("550 " + phrase);
                SmtpBounceCodes.Diagnosis many = Diagnoser.Diagnose("550 " + Repeat(phrase + " ", 1000));
                if (once.Reason != many.Reason || once.Evidence.RuleId != many.Evidence.RuleId) failures.Add($"{rule.Id}: '{phrase}'");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void All_phrases_together_repeated_give_the_answer_of_all_phrases_once()
    {
        string all = string.Join(" | ", AllRules.SelectMany(r => r.Phrases));
        SmtpBounceCodes.Diagnosis once = Diagnoser.Diagnose("550 " + all);
        SmtpBounceCodes.Diagnosis many = Diagnoser.Diagnose("550 " + Repeat(all + " | ", 200));
        Assert.Equal(once.Reason, many.Reason);
        Assert.Equal(once.Evidence.RuleId, many.Evidence.RuleId);
        Assert.Equal(once.Evidence.MatchStart, many.Evidence.MatchStart);
    }

    [Fact]
    public void Every_phrase_decides_its_own_rule_or_a_rule_above_it()
    {
        // A phrase that can never win (shadowed by a rule below it) would be dead weight; a phrase always decides either
        // its own rule or one ranked above (whose phrase it contains, or whose conditions a bare 550 meets).
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < AllRules.Length; i++) index[AllRules[i].Id] = i;
        var failures = new List<string>();
        for (int i = 0; i < AllRules.Length; i++)
        {
            if (AllRules[i].Provider != Provider.None) continue;
            foreach (string phrase in AllRules[i].Phrases)
            {
                string id = Diagnoser.Diagnose(phrase.Replace("*", "x", StringComparison.Ordinal).Replace("\\b", "", StringComparison.Ordinal)).Evidence.RuleId;
                if (!index.TryGetValue(id, out int decided) || decided > i) failures.Add($"{AllRules[i].Id}: '{phrase}' → {id}");
            }
        }

        // Phrases of rules with conditions (a code, a stage, a status) may fall through without them: only report the
        // unconditional ones.
        failures.RemoveAll(f => AllRules.First(r => f.StartsWith(r.Id + ":", StringComparison.Ordinal)) is { } r
            && (r.Code != 0 || r.Stages.Length > 0 || !r.Status.IsEmpty || r.StatusSubject is not null || r.Class != 0));
        Assert.Empty(failures);
    }

    [Fact]
    public void A_hundred_thousand_links_are_read_in_one_pass()
    {
        // Every link ends a segment of the scan; the words between them still count, the words inside do not.
        string text = "550 " + Repeat("http://a.example/user-unknown ", 100_000) + "mailbox full";
        SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose(text);
        Assert.Equal(BounceReason.MailboxFull, d.Reason);
        Assert.Equal(BounceReason.OnHold, Diagnoser.Diagnose("550 " + Repeat("://x ", 100_000)).Reason);
    }

    private static string Repeat(string s, int count)
    {
        var sb = new StringBuilder(s.Length * count);
        for (int i = 0; i < count; i++) sb.Append(s);
        return sb.ToString();
    }
}
