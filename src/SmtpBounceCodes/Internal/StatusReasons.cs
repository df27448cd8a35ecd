namespace SmtpBounceCodes.Internal;

/// <summary>
/// Enhanced status code → reason when no phrase decided. The mapping is Sisimai 5.6's for standard codes (a fact
/// about that project, kept so that results agree; see ../shared/data/sisimai-status-reasons.tsv). A 4.X.X code
/// without a row of its own takes the row of its 5.X.X twin, except the "other" codes 4.3.0, 4.4.0, 4.5.0 and 4.7.0,
/// which Sisimai leaves without a reason (a temporary "something failed" names no cause).
/// </summary>
internal static class StatusReasons
{
    private static readonly Dictionary<int, BounceReason> Table = new()
    {
        [Key(2, 1, 5)] = BounceReason.Delivered,
        [Key(4, 1, 6)] = BounceReason.HasMoved,
        [Key(4, 1, 7)] = BounceReason.Rejected,
        [Key(4, 1, 8)] = BounceReason.Rejected,
        [Key(4, 1, 9)] = BounceReason.SystemError,
        [Key(4, 2, 1)] = BounceReason.Blocked,
        [Key(4, 2, 2)] = BounceReason.MailboxFull,
        [Key(4, 2, 3)] = BounceReason.EmailTooLarge,
        [Key(4, 2, 4)] = BounceReason.Filtered,
        [Key(4, 3, 0)] = BounceReason.Undefined, // "other": no reason, and no borrowing from the 5.X.X twin
        [Key(4, 3, 1)] = BounceReason.SystemFull,
        [Key(4, 3, 2)] = BounceReason.NotAccept,
        [Key(4, 3, 3)] = BounceReason.SystemError,
        [Key(4, 3, 5)] = BounceReason.SystemError,
        [Key(4, 4, 0)] = BounceReason.Undefined,
        [Key(4, 4, 1)] = BounceReason.Expired,
        [Key(4, 4, 2)] = BounceReason.NetworkError,
        [Key(4, 4, 3)] = BounceReason.SystemError,
        [Key(4, 4, 4)] = BounceReason.NetworkError,
        [Key(4, 4, 5)] = BounceReason.SystemFull,
        [Key(4, 4, 6)] = BounceReason.NetworkError,
        [Key(4, 4, 7)] = BounceReason.Expired,
        [Key(4, 4, 8)] = BounceReason.NetworkError,
        [Key(4, 5, 0)] = BounceReason.Undefined,
        [Key(4, 5, 3)] = BounceReason.SystemError,
        [Key(4, 5, 5)] = BounceReason.SystemError,
        [Key(4, 6, 0)] = BounceReason.ContentError,
        [Key(4, 6, 2)] = BounceReason.ContentError,
        [Key(4, 6, 5)] = BounceReason.ContentError,
        [Key(4, 7, 0)] = BounceReason.Undefined,
        [Key(4, 7, 1)] = BounceReason.Blocked,
        [Key(4, 7, 2)] = BounceReason.Blocked,
        [Key(4, 7, 5)] = BounceReason.SecurityError,
        [Key(4, 7, 6)] = BounceReason.SecurityError,
        [Key(4, 7, 7)] = BounceReason.SecurityError,
        [Key(4, 7, 12)] = BounceReason.SecurityError,
        [Key(4, 7, 15)] = BounceReason.SecurityError,
        [Key(4, 7, 16)] = BounceReason.EmailTooLarge,
        [Key(4, 7, 24)] = BounceReason.AuthFailure,
        [Key(4, 7, 25)] = BounceReason.RequirePtr,
        [Key(4, 7, 26)] = BounceReason.AuthFailure,
        [Key(5, 1, 0)] = BounceReason.UserUnknown,
        [Key(5, 1, 1)] = BounceReason.UserUnknown,
        [Key(5, 1, 2)] = BounceReason.HostUnknown,
        [Key(5, 1, 3)] = BounceReason.UserUnknown,
        [Key(5, 1, 4)] = BounceReason.Filtered,
        [Key(5, 1, 6)] = BounceReason.HasMoved,
        [Key(5, 1, 7)] = BounceReason.Rejected,
        [Key(5, 1, 8)] = BounceReason.Rejected,
        [Key(5, 1, 9)] = BounceReason.SystemError,
        [Key(5, 1, 10)] = BounceReason.NotAccept,
        [Key(5, 2, 0)] = BounceReason.Filtered,
        [Key(5, 2, 1)] = BounceReason.Filtered,
        [Key(5, 2, 2)] = BounceReason.MailboxFull,
        [Key(5, 2, 3)] = BounceReason.EmailTooLarge,
        [Key(5, 2, 4)] = BounceReason.Filtered,
        [Key(5, 3, 0)] = BounceReason.SystemError,
        [Key(5, 3, 1)] = BounceReason.SystemFull,
        [Key(5, 3, 2)] = BounceReason.NotAccept,
        [Key(5, 3, 3)] = BounceReason.SystemError,
        [Key(5, 3, 4)] = BounceReason.EmailTooLarge,
        [Key(5, 3, 5)] = BounceReason.SystemError,
        [Key(5, 4, 0)] = BounceReason.NetworkError,
        [Key(5, 4, 3)] = BounceReason.SystemError,
        [Key(5, 4, 4)] = BounceReason.HostUnknown,
        // Not in Sisimai's table: the registry's "delivery time expired" in its permanent class (a queue that gave up
        // reports it so, e.g. IronPort's "Status: 5.4.7"). It says what 4.4.7 says.
        [Key(5, 4, 7)] = BounceReason.Expired,
        // Likewise the routing loop in its permanent class (Domino's "Status: 5.4.6"): it says what 4.4.6 says.
        [Key(5, 4, 6)] = BounceReason.NetworkError,
        [Key(5, 5, 2)] = BounceReason.SyntaxError,
        [Key(5, 5, 3)] = BounceReason.RateLimited,
        [Key(5, 5, 4)] = BounceReason.SystemError,
        [Key(5, 5, 5)] = BounceReason.SystemError,
        [Key(5, 5, 6)] = BounceReason.SyntaxError,
        [Key(5, 6, 0)] = BounceReason.ContentError,
        [Key(5, 6, 1)] = BounceReason.ContentError,
        [Key(5, 6, 2)] = BounceReason.ContentError,
        [Key(5, 6, 3)] = BounceReason.ContentError,
        [Key(5, 6, 5)] = BounceReason.ContentError,
        [Key(5, 6, 6)] = BounceReason.ContentError,
        [Key(5, 6, 7)] = BounceReason.ContentError,
        [Key(5, 6, 8)] = BounceReason.ContentError,
        [Key(5, 6, 9)] = BounceReason.ContentError,
        [Key(5, 7, 0)] = BounceReason.SecurityError,
        [Key(5, 7, 1)] = BounceReason.SecurityError,
        [Key(5, 7, 2)] = BounceReason.SecurityError,
        [Key(5, 7, 3)] = BounceReason.SecurityError,
        [Key(5, 7, 4)] = BounceReason.SecurityError,
        [Key(5, 7, 5)] = BounceReason.SecurityError,
        [Key(5, 7, 6)] = BounceReason.SecurityError,
        [Key(5, 7, 7)] = BounceReason.SecurityError,
        [Key(5, 7, 8)] = BounceReason.SecurityError,
        [Key(5, 7, 9)] = BounceReason.SecurityError,
        [Key(5, 7, 10)] = BounceReason.SecurityError,
        [Key(5, 7, 11)] = BounceReason.SecurityError,
        [Key(5, 7, 13)] = BounceReason.Suspend,
        [Key(5, 7, 14)] = BounceReason.SecurityError,
        [Key(5, 7, 15)] = BounceReason.SecurityError,
        [Key(5, 7, 16)] = BounceReason.EmailTooLarge,
        [Key(5, 7, 17)] = BounceReason.HasMoved,
        [Key(5, 7, 18)] = BounceReason.HasMoved,
        [Key(5, 7, 19)] = BounceReason.SecurityError,
        [Key(5, 7, 20)] = BounceReason.AuthFailure,
        [Key(5, 7, 21)] = BounceReason.AuthFailure,
        [Key(5, 7, 22)] = BounceReason.AuthFailure,
        [Key(5, 7, 23)] = BounceReason.AuthFailure,
        [Key(5, 7, 24)] = BounceReason.AuthFailure,
        [Key(5, 7, 25)] = BounceReason.RequirePtr,
        [Key(5, 7, 26)] = BounceReason.AuthFailure,
        [Key(5, 7, 27)] = BounceReason.NotAccept,
        [Key(5, 7, 28)] = BounceReason.SpamDetected,
        [Key(5, 7, 29)] = BounceReason.AuthFailure,
        [Key(5, 7, 30)] = BounceReason.FailedStartTls,
    };

    private static readonly Dictionary<int, string> RuleIds = Table.Keys.ToDictionary(k => k, k => "status." + Text(k));

    /// <summary>The table's rows in code order, for the generated documentation.</summary>
    internal static IEnumerable<(EnhancedStatusCode Code, BounceReason Reason)> Rows =>
        Table.OrderBy(p => p.Key).Select(p => (new EnhancedStatusCode(p.Key >> 20, (p.Key >> 10) & 1023, p.Key & 1023), p.Value));

    internal static bool TryGet(EnhancedStatusCode code, out BounceReason reason, out string ruleId)
    {
        ruleId = string.Empty;
        if (code.IsSuccess)
        {
            reason = BounceReason.Delivered;
            ruleId = "status.2.x.x";
            return true;
        }

        int key = Key((int)code.Class, code.Subject, code.Detail);
        if (!Table.TryGetValue(key, out reason) && code.IsTransient) Table.TryGetValue(key = Key(5, code.Subject, code.Detail), out reason);
        if (reason == BounceReason.Undefined) return false;
        ruleId = RuleIds[key];
        return true;
    }

    private static int Key(int c, int s, int d) => (c << 20) | (s << 10) | d;

    private static string Text(int key) =>
        new EnhancedStatusCode(key >> 20, (key >> 10) & 1023, key & 1023).ToString();
}
