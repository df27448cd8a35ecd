using SmtpBounceCodes.Internal;

namespace SmtpBounceCodes.Tests.Localization;

/// <summary>Every reason, registry row, subject, class, reply code and seed rule has a full text in both languages.</summary>
public class TextCatalogCompletenessTests
{
    /// <summary>The rule ids whose wording needs its own explanation (the cases of the seed help page).</summary>
    public static readonly string[] SeedRuleIds =
    [
        "seed.550-5.7.1-access-denied", "seed.551-access-denied", "seed.553-unbalanced", "seed.553-not-local",
        "seed.554-service-unavailable", "seed.555-unsupported-option",
    ];

    public static TheoryData<string> AllRequiredKeys()
    {
        var data = new TheoryData<string>();
        foreach (string key in RequiredKeys()) data.Add(key);
        return data;
    }

    internal static IEnumerable<string> RequiredKeys()
    {
        foreach (BounceReason reason in BounceReasons.All) yield return "reason:" + reason.GetWireName();
        foreach (RegistryRow row in EnhancedCodeTable.Rows) yield return $"code:{row.Subject}.{row.Detail}";
        for (int subject = 0; subject <= 7; subject++) yield return $"subject:{subject}";
        foreach (int cls in new[] { 0, 2, 4, 5 }) yield return $"class:{cls}";
        foreach (ReplyCodeRow row in ReplyCodeTable.Rows) yield return $"reply:{row.Code}";
        foreach (int cls in new[] { 0, 2, 3, 4, 5 }) yield return $"replyclass:{cls}";
        foreach (string id in SeedRuleIds) yield return "rule:" + id;
    }

    [Theory]
    [MemberData(nameof(AllRequiredKeys))]
    public void Every_required_key_has_summary_cause_and_remedy_in_English_and_Japanese(string key)
    {
        Assert.True(TextCatalog.Has(key), $"no text for {key}");
        foreach (string language in Explanations.Languages)
        {
            Explanation? e = TextCatalog.TryGet(key, language);
            Assert.NotNull(e);
            Assert.Equal(language, e.Language);
            Assert.False(string.IsNullOrWhiteSpace(e.Summary), $"{key} {language}: empty summary");
            Assert.False(string.IsNullOrWhiteSpace(e.Cause), $"{key} {language}: empty cause");
            Assert.False(string.IsNullOrWhiteSpace(e.Remedy), $"{key} {language}: empty remedy");
        }
    }

    [Theory]
    [MemberData(nameof(AllRequiredKeys))]
    public void Japanese_texts_are_written_in_Japanese(string key)
    {
        Explanation ja = TextCatalog.TryGet(key, "ja")!;
        Assert.True(HasKana(ja.Summary) && HasKana(ja.Cause) && HasKana(ja.Remedy), $"{key}: a Japanese text has no kana");
    }

    [Theory]
    [MemberData(nameof(AllRequiredKeys))]
    public void English_texts_are_not_Japanese(string key)
    {
        Explanation en = TextCatalog.TryGet(key, "en")!;
        Assert.False(HasKana(en.Summary) || HasKana(en.Cause) || HasKana(en.Remedy), $"{key}: an English text holds Japanese");
    }

    [Fact]
    public void Seed_rule_texts_are_keyed_by_rules_that_exist()
    {
        var ruleKeys = RuleKeys().ToHashSet(StringComparer.Ordinal);
        foreach (TextEntry entry in TextCatalog.RuleTexts) Assert.Contains(entry.Key, ruleKeys);
    }

    [Fact]
    public void Every_text_key_is_one_the_catalog_can_look_up()
    {
        // A key with a typo (code:7.290, reply:5500, reason:userunkown, a renamed rule) would never be found by any lookup.
        var expected = RequiredKeys().Concat(RuleKeys()).ToHashSet(StringComparer.Ordinal);
        var stray = TextCatalog.AllEntries().Select(e => e.Key).Where(k => !expected.Contains(k)).ToList();
        Assert.Empty(stray);
    }

    [Fact]
    public void No_key_is_written_twice()
    {
        var duplicates = TextCatalog.AllEntries().GroupBy(e => e.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void No_two_reasons_share_a_summary(string language)
    {
        var summaries = BounceReasons.All.Select(r => Explanations.ForReason(r, language).Summary).ToList();
        Assert.Equal(summaries.Count, summaries.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void No_two_registry_codes_share_a_summary(string language)
    {
        var summaries = EnhancedCodeTable.Rows.Select(r => Explanations.ForEnhancedCode(new EnhancedStatusCode(5, r.Subject, r.Detail), language).Summary).ToList();
        var shared = summaries.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void Every_reason_has_its_own_text_not_the_missing_text()
    {
        string missing = TextCatalog.Reason((BounceReason)9999, "en").Summary;
        foreach (BounceReason reason in BounceReasons.All.Where(r => r != BounceReason.Undefined))
        {
            Assert.NotEqual(missing, Explanations.ForReason(reason).Summary);
        }
    }

    [Fact]
    public void A_registered_code_is_explained_by_its_own_row_and_a_vendor_code_by_its_subject()
    {
        Assert.Equal(TextCatalog.TryGet("code:1.1", "ja")!.Summary, Explanations.ForEnhancedCode(new EnhancedStatusCode(5, 1, 1), "ja").Summary);
        Assert.Equal(TextCatalog.TryGet("code:1.1", "en")!.Summary, Explanations.ForEnhancedCode(new EnhancedStatusCode(4, 1, 1), "en").Summary);
        Assert.Equal(TextCatalog.TryGet("subject:7", "en")!.Summary, Explanations.ForEnhancedCode(new EnhancedStatusCode(5, 7, 606), "en").Summary);
        Assert.Equal(TextCatalog.TryGet("class:0", "ja")!.Summary, Explanations.ForEnhancedCode(default, "ja").Summary);
    }

    [Fact]
    public void An_unregistered_reply_code_is_explained_by_its_class()
    {
        Assert.Equal(TextCatalog.TryGet("replyclass:5", "en")!.Summary, Explanations.ForReplyCode((SmtpReplyCode)571, "en").Summary);
        Assert.Equal(TextCatalog.TryGet("replyclass:4", "ja")!.Summary, Explanations.ForReplyCode((SmtpReplyCode)471, "ja").Summary);
        Assert.Equal(TextCatalog.TryGet("replyclass:0", "en")!.Summary, Explanations.ForReplyCode((SmtpReplyCode)999, "en").Summary);
        Assert.Equal(TextCatalog.TryGet("reply:550", "en")!.Summary, Explanations.ForReplyCode((SmtpReplyCode)550, "en").Summary);
    }

    private static IEnumerable<string> RuleKeys() => RuleTable.ProviderRules.Concat(RuleTable.TextRules).Select(r => r.TextKey);

    // Hiragana and katakana: every natural Japanese sentence has some, while kanji alone could be Chinese.
    private static bool HasKana(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF');
}
