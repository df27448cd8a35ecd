using System.Diagnostics.CodeAnalysis;

namespace SmtpBounceCodes;

/// <summary>Wire names and facts about <see cref="BounceReason"/> values.</summary>
public static class BounceReasons
{
    private static readonly string[] WireNames =
    [
        "undefined", "onhold", "userunknown", "hostunknown", "hasmoved", "notaccept", "filtered", "rejected",
        "mailboxfull", "suspend", "suppressed", "contenterror", "emailtoolarge", "notcompliantrfc", "policyviolation",
        "securityerror", "virusdetected", "spamdetected", "authfailure", "badreputation", "blocked", "requireptr",
        "ratelimited", "norelaying", "expired", "mailererror", "networkerror", "systemerror", "systemfull",
        "failedstarttls", "syntaxerror", "feedback", "vacation", "delivered",
    ];

    /// <summary>Every reason, in declaration order.</summary>
    public static IReadOnlyList<BounceReason> All { get; } = BuildAll();

    /// <summary>Returns the lowercase Sisimai name of the reason, such as <c>userunknown</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The wire name; <c>undefined</c> for a value outside the enum.</returns>
    public static string GetWireName(this BounceReason reason) =>
        (uint)reason < (uint)WireNames.Length ? WireNames[(int)reason] : WireNames[0];

    /// <summary>Parses a wire name (case-insensitive), such as <c>userunknown</c>. Never throws.</summary>
    /// <param name="name">The name. The Sisimai 5.2 names <c>exceedlimit</c> and <c>mesgtoobig</c> map to <see cref="BounceReason.EmailTooLarge"/>,
    /// <c>toomanyconn</c> and <c>speeding</c> to <see cref="BounceReason.RateLimited"/>.</param>
    /// <param name="reason">The reason, or <see cref="BounceReason.Undefined"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, out BounceReason reason)
    {
        reason = BounceReason.Undefined;
        if (name is null) return false;
        string trimmed = name.Trim();
        for (int i = 0; i < WireNames.Length; i++)
        {
            if (string.Equals(WireNames[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                reason = (BounceReason)i;
                return true;
            }
        }

        // Names of older Sisimai versions that 5.6 merged into one reason.
        if (trimmed.Equals("exceedlimit", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("mesgtoobig", StringComparison.OrdinalIgnoreCase))
        {
            reason = BounceReason.EmailTooLarge;
            return true;
        }

        if (trimmed.Equals("toomanyconn", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("speeding", StringComparison.OrdinalIgnoreCase))
        {
            reason = BounceReason.RateLimited;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Returns whether the reason means the address itself is dead (user unknown, host unknown, has moved, not accept).
    /// <see cref="Diagnosis.IsHardBounce"/> also requires the failure to be permanent.
    /// </summary>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> for the four hard reasons.</returns>
    public static bool IsHardReason(this BounceReason reason) =>
        reason is BounceReason.UserUnknown or BounceReason.HostUnknown or BounceReason.HasMoved or BounceReason.NotAccept;

    /// <summary>Returns whether the reason describes a failure (everything but feedback, vacation and delivered).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="false"/> for the three reasons that are not bounces.</returns>
    public static bool IsBounce(this BounceReason reason) =>
        reason is not (BounceReason.Feedback or BounceReason.Vacation or BounceReason.Delivered);

    /// <summary>Returns who has to act for the reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The party at fault.</returns>
    public static FaultParty GetFaultParty(this BounceReason reason) => reason switch
    {
        BounceReason.UserUnknown or BounceReason.HostUnknown or BounceReason.HasMoved or BounceReason.NotAccept
            or BounceReason.Filtered or BounceReason.MailboxFull or BounceReason.Suspend or BounceReason.Vacation
            or BounceReason.Feedback => FaultParty.Recipient,
        BounceReason.Rejected or BounceReason.AuthFailure or BounceReason.BadReputation or BounceReason.Blocked
            or BounceReason.RequirePtr or BounceReason.RateLimited or BounceReason.NoRelaying or BounceReason.SecurityError
            or BounceReason.FailedStartTls or BounceReason.SyntaxError or BounceReason.Suppressed
            or BounceReason.PolicyViolation => FaultParty.Sender,
        BounceReason.ContentError or BounceReason.EmailTooLarge or BounceReason.NotCompliantRfc
            or BounceReason.VirusDetected or BounceReason.SpamDetected => FaultParty.Message,
        BounceReason.Expired or BounceReason.NetworkError or BounceReason.SystemError or BounceReason.SystemFull
            or BounceReason.MailerError => FaultParty.Network,
        _ => FaultParty.Unknown,
    };

    private static BounceReason[] BuildAll()
    {
        var all = new BounceReason[WireNames.Length];
        for (int i = 0; i < all.Length; i++) all[i] = (BounceReason)i;
        return all;
    }
}
