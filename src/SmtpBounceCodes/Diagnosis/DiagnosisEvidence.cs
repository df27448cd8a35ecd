namespace SmtpBounceCodes;

/// <summary>Which rule decided a diagnosis, and where in the text it matched.</summary>
public sealed class DiagnosisEvidence
{
    internal DiagnosisEvidence(string ruleId, DecisionSource source, int matchStart, int matchLength)
    {
        RuleId = ruleId;
        Source = source;
        MatchStart = matchStart;
        MatchLength = matchLength;
    }

    /// <summary>The id of the rule (for example <c>text.userunknown.no-such-user</c>, <c>status.5.1.1</c>, <c>reply.554.connect</c>); see <c>docs/diagnose-rules.md</c>.</summary>
    public string RuleId { get; }

    /// <summary>Which step of the decision order decided.</summary>
    public DecisionSource Source { get; }

    /// <summary>Where the matched phrase starts in the diagnosed text, or -1 when no phrase decided.</summary>
    public int MatchStart { get; }

    /// <summary>The length of the matched text, or 0.</summary>
    public int MatchLength { get; }

    /// <inheritdoc />
    public override string ToString() => MatchStart >= 0 ? $"{RuleId} @{MatchStart}+{MatchLength}" : RuleId;
}
