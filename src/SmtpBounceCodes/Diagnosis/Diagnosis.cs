namespace SmtpBounceCodes;

/// <summary>
/// Why a message failed and what to do: the reason, whether the address is dead, whether to retry, who must act,
/// which rule decided on which part of the text, and an explanation in the requested language.
/// </summary>
public sealed class Diagnosis
{
    internal Diagnosis(BounceReason reason, bool isPermanent, SmtpReplyCode? replyCode, EnhancedStatusCode? enhancedCode,
        SmtpStage stage, DiagnosisEvidence evidence, string? provider, Explanation explanation)
    {
        Reason = reason;
        IsPermanent = isPermanent;
        ReplyCode = replyCode;
        EnhancedCode = enhancedCode;
        Stage = stage;
        Evidence = evidence;
        Provider = provider;
        Explanation = explanation;
    }

    /// <summary>The reason (Sisimai 5.6 taxonomy).</summary>
    public BounceReason Reason { get; }

    /// <summary>The reason's wire name, such as <c>userunknown</c>.</summary>
    public string ReasonName => Reason.GetWireName();

    /// <summary>
    /// Whether the address itself is dead and should be suppressed now: user unknown, host unknown, has moved or not
    /// accept, and the failure is permanent. A 4xx reply or a 4.X.X status is never a hard bounce.
    /// </summary>
    public bool IsHardBounce => IsPermanent && Reason.IsHardReason();

    /// <summary>
    /// Whether the failure is permanent: a 5yz reply or 5.X.X status, unless the text says the condition is temporary
    /// ("try again later"). False for transient failures and for results that are not failures.
    /// </summary>
    public bool IsPermanent { get; }

    /// <summary>Whether this is a failure at all (false for delivered, vacation and feedback).</summary>
    public bool IsBounce => Reason.IsBounce();

    /// <summary>What to do with the recipient.</summary>
    public RetryAdvice Advice => Internal.Advice.For(Reason, IsPermanent);

    /// <summary>Who has to act.</summary>
    public FaultParty FaultParty => Reason.GetFaultParty();

    /// <summary>The basic reply code used, if any.</summary>
    public SmtpReplyCode? ReplyCode { get; }

    /// <summary>The enhanced status code used, if any.</summary>
    public EnhancedStatusCode? EnhancedCode { get; }

    /// <summary>The SMTP stage, when known.</summary>
    public SmtpStage Stage { get; }

    /// <summary>Which rule decided, and on which part of the text.</summary>
    public DiagnosisEvidence Evidence { get; }

    /// <summary>The provider named by the text or the remote host (for example <c>google</c>, <c>microsoft</c>, <c>docomo</c>), or null.</summary>
    public string? Provider { get; }

    /// <summary>Summary, cause and remedy, in the language asked for (English when that language has no text).</summary>
    public Explanation Explanation { get; }

    /// <inheritdoc />
    public override string ToString() => ReasonName + (IsHardBounce ? " (hard)" : string.Empty) + ": " + Explanation.Summary;
}
