using static SmtpBounceCodes.BounceReason;

namespace SmtpBounceCodes.Internal;

internal static partial class RuleTable
{
    private static readonly SmtpStage[] AfterData = [SmtpStage.Data, SmtpStage.EndOfData];

    /// <summary>Rules that hold only for one provider; checked before every generic rule.</summary>
    internal static readonly Rule[] ProviderRules =
    [
        // Google reuses registered numbers with private meanings (4.7.27-4.7.32 are not what IANA says).
        R("google.ratelimit", RateLimited, "unusual rate of", "rate limited", "receiving mail at a rate", "too many messages") with { Provider = Provider.Google },
        R("google.4.7.28", RateLimited) with { Provider = Provider.Google, Status = new(4, 7, 28), AnyClass = true },
        R("google.4.7.27", AuthFailure) with { Provider = Provider.Google, Status = new(4, 7, 27), AnyClass = true },
        R("google.4.7.29", AuthFailure) with { Provider = Provider.Google, Status = new(4, 7, 29), AnyClass = true },
        R("google.4.7.30", AuthFailure) with { Provider = Provider.Google, Status = new(4, 7, 30), AnyClass = true },
        R("google.4.7.32", AuthFailure) with { Provider = Provider.Google, Status = new(4, 7, 32), AnyClass = true },
        R("google.ptr", RequirePtr, "does not have a ptr record", "ptr record setup", "the ip address sending this message does not have") with { Provider = Provider.Google },
        R("google.reputation", BadReputation, "very low reputation", "low reputation", "suspicious due to the very low reputation") with { Provider = Provider.Google },
        R("google.spam", SpamDetected, "likely unsolicited mail", "has been blocked because it appears to be spam") with { Provider = Provider.Google },
        R("google.disabled", Suspend, "account that you tried to reach is disabled", "account you tried to reach is disabled", "user account is disabled") with { Provider = Provider.Google },
        R("google.over-quota", MailboxFull, "account that you tried to reach is over quota", "is over quota", "out of storage space") with { Provider = Provider.Google },
        R("google.nonexistent", UserUnknown, "account that you tried to reach does not exist", "email account that you tried to reach does not exist") with { Provider = Provider.Google },

        // Microsoft: private detail codes.
        R("microsoft.5.7.606", Blocked) with { Provider = Provider.Microsoft, Status = new(5, 7, 606), AnyClass = true },
        R("microsoft.5.7.708", Blocked) with { Provider = Provider.Microsoft, Status = new(5, 7, 708), AnyClass = true },
        R("microsoft.5.7.509", AuthFailure) with { Provider = Provider.Microsoft, Status = new(5, 7, 509), AnyClass = true },
        R("microsoft.5.7.750", Blocked) with { Provider = Provider.Microsoft, Status = new(5, 7, 750), AnyClass = true },
        R("microsoft.4.7.650", BadReputation) with { Provider = Provider.Microsoft, Status = new(4, 7, 650), AnyClass = true },
        R("microsoft.recipnotfound", UserUnknown, "resolver.adr.recipnotfound", "recipient not found by smtp address lookup", "requested action not taken: mailbox unavailable") with { Provider = Provider.Microsoft },
        R("microsoft.blocklist", Blocked, "banned sending ip", "block list", "blocked using spamhaus", "part of their network is on our block list") with { Provider = Provider.Microsoft },

        // Yahoo / AOL: TSSxx tags.
        R("yahoo.tss04", BadReputation, "[tss04]", "[ts04]") with { Provider = Provider.Yahoo },
        R("yahoo.tss01", BadReputation, "[tss01]", "[ts01]", "[tss02]", "[ts02]", "[tss03]", "[ts03]", "[tss09]") with { Provider = Provider.Yahoo },
        R("yahoo.tss05", RateLimited, "[tss05]", "[ts05]") with { Provider = Provider.Yahoo },
        R("yahoo.tss11", Blocked, "[tss11]", "[ts11]", "[tss12]", "[ts12]") with { Provider = Provider.Yahoo },
        R("yahoo.unknown", UserUnknown, "this user doesn't have a yahoo.com account", "doesn't have a yahoo", "doesn't have an aol.com account") with { Provider = Provider.Yahoo },

        // Japanese carriers answer "user unknown" after DATA when the recipient's own filter refused the sender.
        R("docomo.filter", Filtered, "user unknown", "unknown user", "mailbox unavailable") with { Provider = Provider.Docomo, Stages = AfterData },
        R("au.filter", Filtered, "user unknown", "unknown user", "mailbox unavailable") with { Provider = Provider.Au, Stages = AfterData },
        R("softbank.filter", Filtered, "user unknown", "unknown user") with { Provider = Provider.SoftBank, Stages = AfterData },
    ];
}
