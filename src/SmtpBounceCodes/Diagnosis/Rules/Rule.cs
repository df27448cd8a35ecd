namespace SmtpBounceCodes.Internal;

/// <summary>Providers whose private wording and codes have rules of their own.</summary>
internal enum Provider
{
    None = 0,
    Google,
    Microsoft,
    Yahoo,
    Apple,
    Docomo,
    Au,
    SoftBank,
    AmazonSes,
    Mimecast,
    Proofpoint,
    Zoho,
    MailRu,
    Yandex,
    Gmx,
    Tencent,
    Comcast,
    Cox,
    Orange,
    Facebook,
    GoDaddy,
    Cloudflare,
    Barracuda,
}

/// <summary>
/// One diagnose rule: when any of its phrases occurs in the text and its conditions hold, the reason is decided.
/// Rules are data: reviewed in <c>RuleTable.*.cs</c>, listed in <c>docs/diagnose-rules.md</c>.
/// </summary>
/// <param name="Id">Stable id shown as evidence, such as <c>userunknown.no-such-user</c>.</param>
/// <param name="Reason">The reason the rule decides.</param>
/// <param name="Phrases">Alternatives; see <see cref="PhraseMatcher"/> for the syntax. Empty for a rule keyed on its conditions alone
/// (a provider's private status code, the stage): such a rule takes part at its place in the table like the others.</param>
internal sealed record Rule(string Id, BounceReason Reason, string[] Phrases)
{
    /// <summary>Only when this provider is named by the text or the remote host.</summary>
    internal Provider Provider { get; init; }

    /// <summary>Only at these stages (empty: any stage; Unknown in the list matches an unknown stage too).</summary>
    internal SmtpStage[] Stages { get; init => (field, _stages) = (value, StageBits(value)); } = [];

    /// <summary>
    /// Only when the text comes from a delivery report (the DSN fields of a bounce, with an Action), not from a reply
    /// a client saw itself: a report that does not say the refusal came at RCPT TO leaves more doubt.
    /// </summary>
    internal bool InReport { get; init; }

    /// <summary>
    /// Whether the phrases also count inside a link (<c>https://…</c>): they name a help page. Other phrases inside a
    /// link are the link's words, not the reply's ("…/residential/support/…" says nothing about the client).
    /// </summary>
    internal bool InLinks { get; init; }

    /// <summary>Never at these stages (a "user unknown" in reply to MAIL FROM is about the sender).</summary>
    internal SmtpStage[] ExceptStages { get; init => (field, _exceptStages) = (value, StageBits(value)); } = [];

    // The two stage lists as bits (one per stage value), so that a rule's stage test is two masks, not two searches.
    private readonly uint _stages, _exceptStages;

    /// <summary>Only when the reply (or status) class is this: 4 or 5; 0 for any.</summary>
    internal int Class { get; init; }

    /// <summary>Only with this basic reply code; 0 for any.</summary>
    internal int Code { get; init; }

    /// <summary>Only with this enhanced code (class, subject, detail), or with a 4/5 class variant when <see cref="AnyClass"/>.</summary>
    internal EnhancedStatusCode Status { get; init; }

    /// <summary>Only when the enhanced code's subject is this (2: mailbox status, 5.2.x); null for any.</summary>
    internal int? StatusSubject { get; init; }

    /// <summary>Whether <see cref="Status"/> matches regardless of its class (4.7.28 and 5.7.28 alike).</summary>
    internal bool AnyClass { get; init; }

    /// <summary>The explanation key for a finer explanation than the reason's, when <see cref="TextCatalog"/> has one.</summary>
    internal string TextKey { get; } = "rule:" + Id;

    internal bool Applies(Provider providers, SmtpStage stage, int replyClass, int replyCode, EnhancedStatusCode status, bool report)
    {
        if (InReport && !report) return false;
        if (Code != 0 && replyCode != Code) return false;
        if (Provider != Provider.None && Provider != providers) return false;
        uint stageBit = StageBit(stage);
        if (_stages != 0 && (_stages & stageBit) == 0) return false;
        if ((_exceptStages & stageBit) != 0) return false;
        if (Class != 0 && replyClass != Class) return false;
        if (StatusSubject is { } subject && (status.IsEmpty || status.Subject != subject)) return false;
        if (!Status.IsEmpty)
        {
            if (status.IsEmpty || status.Subject != Status.Subject || status.Detail != Status.Detail) return false;
            if (!AnyClass && status.Class != Status.Class) return false;
        }

        return true;
    }

    /// <summary>The bit of a stage; none for a value outside the enumeration's small range (no list holds it).</summary>
    private static uint StageBit(SmtpStage stage) => (uint)stage < 32 ? 1u << (int)stage : 0;

    private static uint StageBits(SmtpStage[] stages)
    {
        uint bits = 0;
        foreach (SmtpStage stage in stages) bits |= StageBit(stage);
        return bits;
    }
}

/// <summary>A phrase that names a provider (a domain, a product name, a private tag).</summary>
internal sealed record ProviderHint(Provider Provider, string Phrase);
