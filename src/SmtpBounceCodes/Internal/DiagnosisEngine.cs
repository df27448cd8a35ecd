namespace SmtpBounceCodes.Internal;

/// <summary>
/// The one decision engine behind every <see cref="Diagnoser"/> entry point (and the MimeKit reader).
/// Order: provider rules → text rules → enhanced code → basic code → stage → onhold/undefined.
/// </summary>
internal static class DiagnosisEngine
{
    private static readonly CompiledRules Compiled = new();

    internal static Diagnosis Run(ReadOnlySpan<char> text, SmtpReplyCode? replyCode, EnhancedStatusCode? status, DsnAction action,
        DiagnoseOptions options, SmtpStage stageHint, string? remoteHost = null)
    {
        string language = Explanations.NormalizeLanguage(options.Language);
        try
        {
            return Decide(text, replyCode, status, action, options, stageHint, remoteHost ?? options.RemoteHost, language);
        }
#pragma warning disable CA1031 // Diagnose is total by contract: a defect here must not escape as an exception.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Build(BounceReason.Undefined, false, replyCode, status, SmtpStage.Unknown, "engine.error", DecisionSource.None, -1, 0, Provider.None, -1, language);
        }
    }

    internal static Diagnosis ForReport(BounceReason kind, DiagnoseOptions options)
    {
        string language = Explanations.NormalizeLanguage(options.Language);
        return kind is BounceReason.Feedback or BounceReason.Vacation or BounceReason.Delivered
            ? Build(kind, false, null, null, SmtpStage.Unknown, "report." + kind.GetWireName(), DecisionSource.ReportKind, -1, 0, Provider.None, -1, language)
            : Build(BounceReason.Undefined, false, null, null, SmtpStage.Unknown, "fallback.undefined", DecisionSource.None, -1, 0, Provider.None, -1, language);
    }

#if NET8_0_OR_GREATER
    [System.Runtime.CompilerServices.SkipLocalsInit] // the chain is filled and the sink cleared before use; see Sink
#endif
    private static Diagnosis Decide(ReadOnlySpan<char> text, SmtpReplyCode? replyCode, EnhancedStatusCode? status, DsnAction action,
        DiagnoseOptions options, SmtpStage stageHint, string? remoteHost, string language)
    {
        // Match offsets are reported against the text as given, so remember what the trim removed.
        int lead = text.Length - text.TrimStart().Length;
        text = text.Trim();

        // 1. What the text itself says: codes and stage (allocation-free scans). An "X-Unix;" diagnostic is the exit
        //    status or output of a local delivery program (RFC 3464 diagnostic-type), never an SMTP reply.
        bool programOutput = text.StartsWith("x-unix;".AsSpan(), StringComparison.OrdinalIgnoreCase);
        if (replyCode is null && !programOutput && FindErrorReplyCode(text, out int found)) replyCode = (SmtpReplyCode)found;
        if ((status is null || IsGeneric(status.Value)) && !programOutput && FindErrorEnhancedCode(text, out EnhancedStatusCode e)
            && (status is null || (e.Class == status.Value.Class && !IsGeneric(e))))
        {
            // A report's generic X.0.0 gives way to the precise code in its own diagnostic text.
            status = e;
        }

        EnhancedStatusCode st = status ?? default;
        int replyClass = replyCode is { } rc ? (int)rc / 100 : 0;
        int statusClass = st.IsEmpty ? 0 : (int)st.Class;
        int cls = replyClass != 0 ? replyClass : statusClass;
        if (action == DsnAction.Delayed && cls == 5) cls = 4;
        int codeValue = replyCode is { } rcv ? (int)rcv : 0;

        // 2. One pass of the phrase matcher over the text (and the remote host, for the provider).
#if NET8_0_OR_GREATER
        System.Runtime.CompilerServices.Unsafe.SkipInit(out Sink sink); // see Sink: only the bits need clearing
#else
        Sink sink = default;
#endif
        sink.Start();
        if (!text.IsEmpty)
        {
            Span<int> chain = stackalloc int[Compiled.Matcher.ChainSlots * 2];
            MatchOutsideLinks(text, chain, ref sink);
        }

        SmtpStage stage = options.Stage != SmtpStage.Unknown ? options.Stage
            : stageHint != SmtpStage.Unknown ? stageHint
            : sink.Hints.Stage;
        Provider provider = ProviderFromHost(remoteHost);
        if (provider == Provider.None) provider = sink.Hints.Provider;

        // A 4xx reply, a 4.X.X status or a delayed report is temporary whatever else is said; so is a 5xx whose text
        // says the condition is temporary ("550 … try again later").
        bool transient = replyClass == 4 || statusClass == 4 || action == DsnAction.Delayed;
        bool permanent = !transient && (cls == 5 || (cls == 0 && action is DsnAction.Failed or DsnAction.Unknown));
        if (sink.Hints.Transient && cls != 2) permanent = false;

        // Success reports are not bounces, whatever the text says.
        if (action is DsnAction.Delivered or DsnAction.Relayed or DsnAction.Expanded || (cls == 2 && action != DsnAction.Failed))
        {
            return Build(BounceReason.Delivered, false, replyCode, status, stage, "report.delivered", DecisionSource.ReportKind, -1, 0, provider, -1, language);
        }

        // 3. Provider rules, then text rules: the lowest rule index whose conditions hold, among the rules a phrase
        //    matched and the rules that need no phrase, less the rules of other providers.
        Rule[] rules = Compiled.Rules;
        ulong[] conditionOnly = Compiled.ConditionOnlyBits;
        ulong[] allowed = Compiled.AllowedBits;
        int words = Compiled.RuleWords;
        int allowedAt = (int)provider * words;
        for (int w = 0; w < words; w++)
        {
            ulong candidates = (sink.Matched[w] | conditionOnly[w]) & allowed[allowedAt + w];
            while (candidates != 0)
            {
                int index = (w << 6) + RuleSet.LowestBit(candidates);
                candidates &= candidates - 1;
                Rule rule = rules[index];
                if (!rule.Applies(provider, stage, cls, codeValue, st, action != DsnAction.Unknown)) continue;
                bool matched = sink.Matched.Contains(index);
                long first = matched ? sink.FirstMatch(index) : 0;
                DecisionSource source = rule.Provider != Provider.None ? DecisionSource.ProviderRule
                    : matched ? DecisionSource.TextPattern
                    : rule.Status.IsEmpty ? DecisionSource.Stage : DecisionSource.EnhancedCode;
                return Build(rule.Reason, permanent, replyCode, status, stage, rule.Id, source,
                    matched ? (int)(first >> 32) + lead : -1, (int)first, provider, index, language);
            }
        }

        // 4. The enhanced code, then the basic code, then the stage.
        if (!st.IsEmpty && StatusReasons.TryGet(st, out BounceReason byStatus, out string? statusRule))
            return Build(byStatus, permanent, replyCode, status, stage, statusRule, DecisionSource.EnhancedCode, -1, 0, provider, -1, language);
        if (replyCode is { } code && ReplyCodeReasons.TryGet(code, stage, out BounceReason byCode, out string? codeRule, out DecisionSource codeSource))
            return Build(byCode, permanent, replyCode, status, stage, codeRule, codeSource, -1, 0, provider, -1, language);
        if (action == DsnAction.Delayed)
            return Build(BounceReason.Expired, false, replyCode, status, stage, "report.delayed", DecisionSource.ReportKind, -1, 0, provider, -1, language);

        // 5. Nothing decided.
        bool hasEvidence = !text.IsEmpty || replyCode is not null || status is not null;
        return hasEvidence
            ? Build(BounceReason.OnHold, permanent, replyCode, status, stage, "fallback.onhold", DecisionSource.None, -1, 0, provider, -1, language)
            : Build(BounceReason.Undefined, false, replyCode, status, stage, "fallback.undefined", DecisionSource.None, -1, 0, provider, -1, language);
    }

    /// <summary>The first 4.X.X or 5.X.X code in the text, else the first 2.X.X one (see <see cref="FindErrorReplyCode"/>).</summary>
    private static bool FindErrorEnhancedCode(ReadOnlySpan<char> text, out EnhancedStatusCode code)
    {
        code = default;
        int offset = 0;
        while (offset < text.Length)
        {
            int at = ReplyExtractor.FindEnhancedCode(text.Slice(offset), out EnhancedStatusCode found);
            if (at < 0) break;
            if (code.IsEmpty) code = found;
            if (!found.IsSuccess)
            {
                code = found;
                return true;
            }

            offset += at + 5;
        }

        return !code.IsEmpty;
    }

    /// <summary>X.0.0: "something failed", nothing more.</summary>
    private static bool IsGeneric(EnhancedStatusCode code) => code.Subject == 0 && code.Detail == 0;

    /// <summary>
    /// The reply code of the error: the first 4xx or 5xx code standing as a token, else the first code of any class.
    /// A transcript ("Out: 220 mx ESMTP … 550 5.1.1 …") starts with the greeting; the failure comes later.
    /// </summary>
    private static bool FindErrorReplyCode(ReadOnlySpan<char> text, out int code)
    {
        code = 0;
        int offset = 0;
        while (offset < text.Length)
        {
            int at = ReplyExtractor.FindReplyCode(text.Slice(offset), out int found);
            if (at < 0) break;
            if (code == 0) code = found;
            if (found >= 400)
            {
                code = found;
                return true;
            }

            offset += at + 3;
        }

        return code != 0;
    }

    /// <summary>
    /// Runs the matcher over the text, link by link: the words of a link (<c>https://…/residential/…</c>) are not the
    /// reply's words, so inside one only providers and the rules that name help pages count. A phrase never spans
    /// the edge of a link. Linear: each character is scanned once, and the link search moves forward only.
    /// </summary>
    private static void MatchOutsideLinks(ReadOnlySpan<char> text, Span<int> chain, ref Sink sink)
    {
        int pos = 0;
        while (true)
        {
            int link = FindLink(text, pos, out int end);
            int stop = link < 0 ? text.Length : link;
            if (stop > pos) Scan(text, pos, stop, chain, ref sink, inLink: false);
            if (link < 0) return;
            Scan(text, link, end, chain, ref sink, inLink: true);
            pos = end;
        }

        static void Scan(ReadOnlySpan<char> text, int from, int to, Span<int> chain, ref Sink sink, bool inLink)
        {
            sink.Offset = from;
            sink.InLink = inLink;
            Compiled.Matcher.Match(text.Slice(from, to - from), chain, ref sink);
        }
    }

    /// <summary>
    /// The next link at or after <paramref name="from"/>: a scheme of letters, "://", then everything up to white space,
    /// a bracket or a quote. Returns its start, or -1 when there is none.
    /// </summary>
    internal static int FindLink(ReadOnlySpan<char> text, int from, out int end)
    {
        end = -1;
        int search = from;
        while (search < text.Length)
        {
            int at = text.Slice(search).IndexOf("://".AsSpan());
            if (at < 0) return -1;
            at += search;
            int start = at;
            while (start > from && IsAsciiLetter(text[start - 1])) start--;
            if (start == at)
            {
                search = at + 3; // "://" with no scheme before it is not a link
                continue;
            }

            end = at + 3;
            while (end < text.Length && IsLinkChar(text[end])) end++;
            return start;
        }

        return -1;

        static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        static bool IsLinkChar(char c) => c > ' ' && c < 0x7F && c is not ('<' or '>' or '"' or '\'' or '(' or ')' or '[' or ']' or '{' or '}');
    }

    private static Provider ProviderFromHost(string? host)
    {
        if (string.IsNullOrEmpty(host)) return Provider.None;
        HostSink sink = default;
        sink.Hints.Start();
        Span<int> chain = stackalloc int[Compiled.Matcher.ChainSlots * 2];
        Compiled.Matcher.Match(host.AsSpan(), chain, ref sink);
        return sink.Hints.Provider;
    }

    private static Diagnosis Build(BounceReason reason, bool permanent, SmtpReplyCode? replyCode, EnhancedStatusCode? status,
        SmtpStage stage, string ruleId, DecisionSource source, int start, int length, Provider provider, int ruleIndex, string language)
    {
        if (!reason.IsBounce()) permanent = false;
        Explanation explanation = RuleExplanation(ruleIndex, language) ?? TextCatalog.Reason(reason, language);
        return new Diagnosis(reason, permanent, replyCode, status, stage, new DiagnosisEvidence(ruleId, source, start, length),
            provider == Provider.None ? null : ProviderNames.Get(provider), explanation);
    }

    private static Explanation? RuleExplanation(int ruleIndex, string language)
    {
        if (ruleIndex < 0 || Compiled.RuleTexts[ruleIndex] is not { } pair) return null;
        return language == "ja" ? pair.Ja : pair.En;
    }

    /// <summary>
    /// Collects matches without allocating: the rules matched (a bit each) and each one's first match, and the hints.
    /// Only the bits are cleared per call: a rule's first match is read only when its bit says it was written.
    /// </summary>
    private struct Sink : PhraseMatcher.ISink
    {
        internal RuleSet Matched;
        internal Hints Hints;
#pragma warning disable CS0649 // the netstandard2.0 fallback has no fields
        private FirstMatches _first;
#pragma warning restore CS0649

        /// <summary>Where the scanned slice starts in the text: the matcher reports offsets within the slice.</summary>
        internal int Offset;

        /// <summary>Whether the scanned slice is a link: only providers and link rules count there.</summary>
        internal bool InLink;

        internal void Start()
        {
            Matched.Clear();
            Hints.Start();
            Offset = 0;
            InLink = false;
        }

        /// <summary>The first match of a rule whose bit is set: start in the high half, length in the low half.</summary>
        internal readonly long FirstMatch(int rule) => _first[rule];

        public void OnMatch(int pattern, int start, int length)
        {
            start += Offset;
            int rule = Compiled.PatternRules[pattern];
            if (InLink && Compiled.Targets[pattern].Kind is not (TargetKind.Provider or TargetKind.LinkRule)) return;
            if (rule < 0) Hints.On(pattern, start);
            else if (Matched.Add(rule)) _first[rule] = ((long)start << 32) | (uint)length; // keep the first match of a rule
        }
    }

    /// <summary>Reads only the hints: the provider a remote host's name gives.</summary>
    private struct HostSink : PhraseMatcher.ISink
    {
        internal Hints Hints;

        public void OnMatch(int pattern, int start, int length)
        {
            if (Compiled.PatternRules[pattern] < 0) Hints.On(pattern, start);
        }
    }

    /// <summary>What the phrases that are not rules say: the first provider named, whether the failure is temporary, the stage.</summary>
    private struct Hints
    {
        private int _providerAt;
        private int _stageAt;
        private int _stageMarker;

        internal Provider Provider { get; private set; }

        internal bool Transient { get; private set; }

        internal SmtpStage Stage { get; private set; }

        internal void Start()
        {
            _providerAt = _stageAt = _stageMarker = int.MaxValue;
            Provider = Provider.None;
            Transient = false;
            Stage = SmtpStage.Unknown;
        }

        internal void On(int pattern, int start)
        {
            PatternTarget target = Compiled.Targets[pattern];
            switch (target.Kind)
            {
                case TargetKind.Provider:
                    if (start < _providerAt)
                    {
                        _providerAt = start;
                        Provider = (Provider)target.Value;
                    }

                    return;
                case TargetKind.Transient:
                    Transient = true;
                    return;
                case TargetKind.Stage:
                    // Same choice as ReplyExtractor.FindStage: the earliest marker, the first listed on a tie.
                    if (start < _stageAt || (start == _stageAt && target.Value < _stageMarker))
                    {
                        _stageAt = start;
                        _stageMarker = target.Value;
                        Stage = ReplyExtractor.StageMarkers[target.Value].Stage;
                    }

                    return;
            }
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>One first match per rule (see <see cref="Sink"/>); not cleared between calls.</summary>
    [System.Runtime.CompilerServices.InlineArray(RuleSet.Capacity)]
    private struct FirstMatches
    {
        private long _element0;
    }
#else
    private struct FirstMatches
    {
        // One array per thread, reused: an entry is read only after this call wrote it (its rule's bit is set).
        [ThreadStatic]
        private static long[]? t_items;

        internal readonly long this[int i]
        {
            get => t_items is null ? 0 : t_items[i];
            set => (t_items ??= new long[RuleSet.Capacity])[i] = value;
        }
    }
#endif
}
