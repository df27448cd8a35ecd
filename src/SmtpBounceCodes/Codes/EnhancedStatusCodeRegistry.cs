namespace SmtpBounceCodes;

/// <summary>
/// The IANA SMTP Enhanced Status Codes registry (RFC 5248; revision of 2024-12-06): lookup by code, fallback to the
/// subject and class for codes it does not list, and consistency checks between enhanced and basic codes.
/// </summary>
public static class EnhancedStatusCodeRegistry
{
    private static readonly Dictionary<int, EnhancedStatusCodeInfo> Registered = BuildRegistered();

    /// <summary>Every registered code, in registry order, with class 5 (the registry lists them as X.subject.detail).</summary>
    public static IReadOnlyList<EnhancedStatusCodeInfo> All { get; } =
        Internal.EnhancedCodeTable.Rows.Select(r => Registered[Key(5, r.Subject, r.Detail)]).ToArray();

    /// <summary>Looks up a registered code (the class is kept; the registry itself is class-independent).</summary>
    /// <param name="code">The code.</param>
    /// <param name="info">What the registry says, or null.</param>
    /// <returns><see langword="true"/> when the registry lists the code.</returns>
    public static bool TryGet(EnhancedStatusCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EnhancedStatusCodeInfo? info) =>
        Registered.TryGetValue(Key((int)code.Class, code.Subject, code.Detail), out info);

    /// <summary>Describes any code: the registry's row when it has one, else its subject and class. Never throws.</summary>
    /// <param name="code">The code; <c>default</c> gives a description of "no code".</param>
    /// <returns>The description.</returns>
    public static EnhancedStatusCodeInfo Describe(EnhancedStatusCode code)
    {
        if (TryGet(code, out EnhancedStatusCodeInfo? info)) return info;
        string subject = GetSubjectTitle(code.Subject);
        return new EnhancedStatusCodeInfo(code, false, subject, subject, [], "RFC 3463");
    }

    /// <summary>Returns the title of a subject number (RFC 3463 §3), for example 7 → "Security or Policy Status".</summary>
    /// <param name="subject">The subject number.</param>
    /// <returns>The title; "Unknown subject" beyond 7.</returns>
    public static string GetSubjectTitle(int subject) =>
        (uint)subject < (uint)Internal.EnhancedCodeTable.Subjects.Length ? Internal.EnhancedCodeTable.Subjects[subject].Title : "Unknown subject";

    /// <summary>Returns whether the classes agree (RFC 2034 §4: a 5yz reply carries a 5.X.X code, a 4yz a 4.X.X, a 2yz a 2.X.X).</summary>
    /// <param name="replyCode">The basic code.</param>
    /// <param name="code">The enhanced code.</param>
    /// <returns><see langword="true"/> when the first digits match.</returns>
    public static bool ClassesAgree(SmtpReplyCode replyCode, EnhancedStatusCode code) => code.AgreesWith(replyCode);

    /// <summary>
    /// Returns whether a pair is plausible: the classes agree, and when the registry associates basic codes with the
    /// enhanced code, the basic code is one of them or of the same class and category pattern (5yz for a listed 5yz).
    /// </summary>
    /// <param name="replyCode">The basic code.</param>
    /// <param name="code">The enhanced code.</param>
    /// <returns><see langword="true"/> for a pair a conforming server could send.</returns>
    public static bool IsPlausiblePair(SmtpReplyCode replyCode, EnhancedStatusCode code)
    {
        if (!ClassesAgree(replyCode, code)) return false;
        if (!TryGet(code, out EnhancedStatusCodeInfo? info) || info.AssociatedReplyCodes.Count == 0) return true;
        // The registry lists codes in one class (usually 4yz or 5yz); the same code in the other class is fine when the
        // last two digits match one listed.
        foreach (SmtpReplyCode listed in info.AssociatedReplyCodes)
        {
            if ((int)listed % 100 == (int)replyCode % 100) return true;
        }

        return false;
    }

    private static int Key(int @class, int subject, int detail) => (@class << 20) | (subject << 10) | detail;

    private static Dictionary<int, EnhancedStatusCodeInfo> BuildRegistered()
    {
        var map = new Dictionary<int, EnhancedStatusCodeInfo>();
        foreach (Internal.RegistryRow row in Internal.EnhancedCodeTable.Rows)
        {
            SmtpReplyCode[] associated = row.AssociatedCodes.Length == 0
                ? []
                : row.AssociatedCodes.Split(' ').Select(s => (SmtpReplyCode)int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            foreach (int c in new[] { 2, 4, 5 })
            {
                var code = new EnhancedStatusCode(c, row.Subject, row.Detail);
                map[Key(c, row.Subject, row.Detail)] = new EnhancedStatusCodeInfo(
                    code, true, row.Title, GetSubjectTitle(row.Subject), associated, row.Reference);
            }
        }

        return map;
    }
}
