namespace SmtpBounceCodes.Internal;

/// <summary>One text in one language.</summary>
internal readonly record struct Text3(string Summary, string Cause, string Remedy);

/// <summary>A text keyed by an id, in English and Japanese.</summary>
/// <param name="Key">
/// <c>reason:userunknown</c>, <c>code:1.1</c> (subject.detail of a registered code), <c>subject:7</c>, <c>class:5</c>,
/// <c>reply:550</c>, <c>replyclass:5</c>, or <c>rule:…</c> for a finer explanation attached to a diagnose rule.
/// </param>
/// <param name="En">The English text.</param>
/// <param name="Ja">The Japanese text.</param>
internal sealed record TextEntry(string Key, Text3 En, Text3 Ja);

/// <summary>Looks texts up by key and builds the <see cref="Explanation"/> objects once.</summary>
internal static partial class TextCatalog
{
    // Built on first use: the tables live in other partial files, whose initialisation order C# does not define.
    private static Dictionary<string, (Explanation En, Explanation Ja)>? s_byKey;

    private static Dictionary<string, (Explanation En, Explanation Ja)> ByKey => s_byKey ??= Build();

    internal static bool Has(string key) => ByKey.ContainsKey(key);

    internal static Explanation? TryGet(string key, string language) =>
        ByKey.TryGetValue(key, out var pair) ? (language == "ja" ? pair.Ja : pair.En) : null;

    /// <summary>The English and Japanese texts of a key, or null: for callers that resolve a key once and keep it.</summary>
    internal static (Explanation En, Explanation Ja)? Pair(string key) => ByKey.TryGetValue(key, out var pair) ? pair : null;

    // Reason texts are asked for on every diagnosis: resolved once into an array, not hashed per call.
    private static (Explanation En, Explanation Ja)[]? s_reasons;

    internal static Explanation Reason(BounceReason reason, string language)
    {
        var reasons = s_reasons ??= ReasonKeys.Select(k => Pair(k) ?? (Missing("en"), Missing("ja"))).ToArray();
        var pair = reasons[(uint)reason < (uint)reasons.Length ? (int)reason : 0];
        return language == "ja" ? pair.Ja : pair.En;
    }

    internal static Explanation EnhancedCode(EnhancedStatusCode code, string language)
    {
        if (code.IsEmpty) return TryGet("class:0", language) ?? Missing(language);
        if (CodeKeys.TryGetValue((code.Subject << 10) | code.Detail, out string? key) && TryGet(key, language) is { } exact) return exact;
        return TryGet(code.Subject <= 7 ? SubjectKeys[code.Subject] : "class:0", language) ?? Missing(language);
    }

    internal static Explanation ReplyCode(SmtpReplyCode code, string language)
    {
        int value = (int)code;
        if (value is >= 200 and <= 599 && TryGet(ReplyKeys[value - 200], language) is { } exact) return exact;
        int cls = value / 100;
        return TryGet(cls is >= 2 and <= 5 ? ReplyClassKeys[cls] : "replyclass:0", language) ?? Missing(language);
    }

    // Keys built once so that lookups do not concatenate strings.
    private static readonly string[] ReasonKeys = BounceReasons.All.Select(r => "reason:" + r.GetWireName()).ToArray();
    private static readonly string[] SubjectKeys = Enumerable.Range(0, 8).Select(s => "subject:" + s.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] ReplyKeys = Enumerable.Range(200, 400).Select(c => "reply:" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] ReplyClassKeys = Enumerable.Range(0, 6).Select(c => "replyclass:" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    private static readonly Dictionary<int, string> CodeKeys = EnhancedCodeTable.Rows.ToDictionary(
        r => (r.Subject << 10) | r.Detail,
        r => "code:" + r.Subject.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + r.Detail.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Explanation Missing(string language) => language == "ja"
        ? new Explanation("ja", "説明がありません。", "この項目の説明はまだ用意されていません。", "エラーメッセージの本文を確認してください。")
        : new Explanation("en", "No explanation available.", "This item has no explanation yet.", "Read the text of the error message.");

    /// <summary>Every table of texts; each partial file adds its own.</summary>
    internal static IEnumerable<TextEntry> AllEntries() =>
        ReasonTexts.Concat(EnhancedCodeTexts).Concat(ReplyCodeTexts).Concat(RuleTexts);

    private static Dictionary<string, (Explanation En, Explanation Ja)> Build()
    {
        var map = new Dictionary<string, (Explanation, Explanation)>(StringComparer.Ordinal);
        foreach (TextEntry e in AllEntries())
        {
            map[e.Key] = (new Explanation("en", e.En.Summary, e.En.Cause, e.En.Remedy),
                          new Explanation("ja", e.Ja.Summary, e.Ja.Cause, e.Ja.Remedy));
        }

        return map;
    }
}
