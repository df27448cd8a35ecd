namespace SmtpBounceCodes.Internal;

internal enum TargetKind : byte
{
    Rule,
    Provider,
    Transient,
}

/// <summary>What a phrase of the matcher stands for: a rule (by index), a provider, or a hint that the failure is temporary.</summary>
internal readonly record struct PatternTarget(TargetKind Kind, int Value);

/// <summary>The rule tables compiled once into one phrase matcher.</summary>
internal sealed class CompiledRules
{
    internal CompiledRules()
    {
        // Priority is table order: provider rules first, then the generic text rules.
        Rules = RuleTable.ProviderRules.Where(r => r.Phrases.Length > 0).Concat(RuleTable.TextRules).ToArray();
        StatusRules = RuleTable.ProviderRules.Where(r => r.Phrases.Length == 0).ToArray();

        var phrases = new List<string>();
        var targets = new List<PatternTarget>();
        for (int i = 0; i < Rules.Length; i++)
        {
            foreach (string phrase in Rules[i].Phrases)
            {
                phrases.Add(phrase);
                targets.Add(new PatternTarget(TargetKind.Rule, i));
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

        Targets = targets.ToArray();
        Matcher = new PhraseMatcher(phrases);
    }

    internal Rule[] Rules { get; }

    internal Rule[] StatusRules { get; }

    internal PatternTarget[] Targets { get; }

    internal PhraseMatcher Matcher { get; }
}

internal static class ProviderNames
{
    private static readonly string[] Names = Enumerable.Range(0, (int)Provider.Barracuda + 1).Select(i => ((Provider)i).ToString().ToLowerInvariant()).ToArray();

    internal static string Get(Provider provider) => (uint)provider < (uint)Names.Length ? Names[(int)provider] : "none";
}
