namespace SmtpBounceCodes.Internal;

internal enum TargetKind : byte
{
    Rule,
    /// <summary>A rule phrase that also counts inside a link (<see cref="Rule.InLinks"/>).</summary>
    LinkRule,
    Provider,
    Transient,
    Stage,
}

/// <summary>What a phrase of the matcher stands for: a rule (by index), a provider, a hint that the failure is temporary, or a stage marker.</summary>
internal readonly record struct PatternTarget(TargetKind Kind, int Value);

/// <summary>The rule tables compiled once into one phrase matcher.</summary>
internal sealed class CompiledRules
{
    internal CompiledRules()
    {
        // Priority is table order: provider rules first, then the generic text rules. Rules without phrases (keyed on a
        // status code or a stage) keep their place in that order; the engine merges them with the phrase matches.
        Rules = RuleTable.ProviderRules.Concat(RuleTable.TextRules).ToArray();

        // The rule sets as bits, for the engine: it visits only the rules a phrase matched or that need none, and drops
        // another provider's rules with one mask per word instead of one test per rule.
        if (Rules.Length > RuleSet.Capacity) throw new InvalidOperationException($"{Rules.Length} rules do not fit a rule set of {RuleSet.Capacity}.");
        RuleWords = (Rules.Length + 63) >> 6;
        ConditionOnlyBits = new ulong[RuleWords];
        for (int i = 0; i < Rules.Length; i++)
        {
            if (Rules[i].Phrases.Length == 0) ConditionOnlyBits[i >> 6] |= 1UL << i;
        }

        // A provider is named by a hint (in the text or the remote host's name): every value a hint or a rule can give
        // indexes a mask.
        int providers = Math.Max(RuleTable.ProviderHints.Max(h => (int)h.Provider), Rules.Max(r => (int)r.Provider)) + 1;
        AllowedBits = new ulong[providers * RuleWords];
        for (int p = 0; p < providers; p++)
        {
            for (int i = 0; i < Rules.Length; i++)
            {
                if (Rules[i].Provider == Provider.None || (int)Rules[i].Provider == p) AllowedBits[(p * RuleWords) + (i >> 6)] |= 1UL << i;
            }
        }

        var phrases = new List<string>();
        var targets = new List<PatternTarget>();
        for (int i = 0; i < Rules.Length; i++)
        {
            foreach (string phrase in Rules[i].Phrases)
            {
                phrases.Add(phrase);
                targets.Add(new PatternTarget(Rules[i].InLinks ? TargetKind.LinkRule : TargetKind.Rule, i));
            }
        }

        foreach (ProviderHint hint in RuleTable.ProviderHints)
        {
            phrases.Add(hint.Phrase);
            targets.Add(new PatternTarget(TargetKind.Provider, (int)hint.Provider));
        }

        foreach (string phrase in RuleTable.TransientHints)
        {
            phrases.Add(phrase);
            targets.Add(new PatternTarget(TargetKind.Transient, 0));
        }

        // The stage markers ride along in the same pass (the earliest marker in the text names the stage).
        for (int i = 0; i < ReplyExtractor.StageMarkers.Length; i++)
        {
            phrases.Add(ReplyExtractor.StageMarkers[i].Marker);
            targets.Add(new PatternTarget(TargetKind.Stage, i));
        }

        Targets = targets.ToArray();
        PatternRules = targets.Select(t => t.Kind is TargetKind.Rule or TargetKind.LinkRule ? t.Value : -1).ToArray();
        Matcher = new PhraseMatcher(phrases);
    }

    internal Rule[] Rules { get; }

    /// <summary>The finer explanation of each rule (by index), when it has one; resolved once, not per diagnosis.</summary>
    internal (Explanation En, Explanation Ja)?[] RuleTexts => _ruleTexts ??= Rules.Select(r => TextCatalog.Pair(r.TextKey)).ToArray();

    private (Explanation En, Explanation Ja)?[]? _ruleTexts;

    internal PatternTarget[] Targets { get; }

    /// <summary>The rule each phrase stands for (by phrase id), or -1 for a hint: the common case of a match in one load.</summary>
    internal int[] PatternRules { get; }

    /// <summary>How many 64-bit words a set of rules takes.</summary>
    internal int RuleWords { get; }

    /// <summary>The rules that have no phrase and apply on their conditions alone, as bits, <see cref="RuleWords"/> words.</summary>
    internal ulong[] ConditionOnlyBits { get; }

    /// <summary>For each provider (by value, <see cref="RuleWords"/> words each), the rules it allows: its own and those of no provider.</summary>
    internal ulong[] AllowedBits { get; }

    internal PhraseMatcher Matcher { get; }
}

internal static class ProviderNames
{
    private static readonly string[] Names = Enumerable.Range(0, (int)Provider.Barracuda + 1).Select(i => ((Provider)i).ToString().ToLowerInvariant()).ToArray();

    internal static string Get(Provider provider) => (uint)provider < (uint)Names.Length ? Names[(int)provider] : "none";
}
