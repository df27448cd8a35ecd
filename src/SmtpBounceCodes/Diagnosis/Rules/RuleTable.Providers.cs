using static SmtpBounceCodes.BounceReason;

namespace SmtpBounceCodes.Internal;

internal static partial class RuleTable
{
    /// <summary>
    /// Rules that hold only for one provider; checked before every generic rule. Within a provider, wording comes before
    /// the provider's private reading of a status code, so that a text that says what happened wins over the number.
    /// </summary>
    internal static readonly Rule[] ProviderRules =
    [
        // Google reuses registered numbers with private meanings (4.7.27-4.7.32 are not what IANA says): its texts say
        // 4.7.27 "SPF authentication didn't pass", 4.7.28 "an unusual rate of unsolicited mail" (a rate limit), 4.7.29
        // "wasn't sent over a TLS connection", 4.7.30 "DKIM authentication didn't pass", 4.7.32 "the From: header isn't
        // aligned with the authenticated SPF or DKIM domain" (DMARC).
        // Their texts all say "rate limited because …": the code and the reason after "because" decide before the words
        // "rate limited" do.
        R("google.4.7.27", AuthFailure) with { Provider = Provider.Google, Status = new(4, 7, 27), AnyClass = true },
        R("google.4.7.28", RateLimited) with { Provider = Provider.Google, Status = new(4, 7, 28), AnyClass = true },
        R("google.4.7.29", FailedStartTls) with { Provider = Provider.Google, Status = new(4, 7, 29), AnyClass = true },
        R("google.4.7.30", AuthFailure) with { Provider = Provider.Google, Status = new(4, 7, 30), AnyClass = true },
        R("google.4.7.32", AuthFailure) with { Provider = Provider.Google, Status = new(4, 7, 32), AnyClass = true },
        R("google.auth", AuthFailure, "spf authentication didn't pass", "dkim authentication didn't pass", "authentication didn't pass",
            "isn't aligned with", "not aligned with", "because it is unauthenticated") with { Provider = Provider.Google },
        // Google Groups' letter (in the sender's language) says the group may not exist or the sender may not post to
        // it: the sender is refused. Its help link is the same in every language.
        R("google.groups-post-refused", Rejected, "groups.google.com/support", "the group you tried to contact") with { Provider = Provider.Google, InLinks = true },
        R("google.tls", FailedStartTls, "over a tls connection", "use tls") with { Provider = Provider.Google },
        // "… suspicious due to the very low reputation of the sending IP address … has been temporarily rate limited":
        // the rate limit is the consequence, the reputation the cause.
        R("google.reputation", BadReputation, "very low reputation", "low reputation", "suspicious due to the very low reputation") with { Provider = Provider.Google },
        R("google.ratelimit", RateLimited, "unusual rate of", "rate limited", "receiving mail at a rate", "receiving mail too quickly", "too many messages") with { Provider = Provider.Google },
        R("google.ptr", RequirePtr, "does not have a ptr record", "ptr record setup", "the ip address sending this message does not have") with { Provider = Provider.Google },
        R("google.spam", SpamDetected, "likely unsolicited mail", "has been blocked because it appears to be spam", "nature of the content",
            "links within") with { Provider = Provider.Google },
        R("google.disabled", Suspend, "account that you tried to reach is disabled", "account you tried to reach is disabled", "user account is disabled") with { Provider = Provider.Google },
        R("google.over-quota", MailboxFull, "account that you tried to reach is over quota", "is over quota", "out of storage space") with { Provider = Provider.Google },
        R("google.nonexistent", UserUnknown, "account that you tried to reach does not exist", "email account that you tried to reach does not exist") with { Provider = Provider.Google },

        // Microsoft (Exchange Online, Outlook.com): private detail codes and the SC-/DY-/OU- tags of its block list.
        R("microsoft.recipnotfound", UserUnknown, "resolver.adr.recipnotfound", "resolver.adr.recipientnotfound", "not found by smtp address lookup", "requested action not taken: mailbox unavailable") with { Provider = Provider.Microsoft },
        // The private detail codes first: they say exactly what the words below say in many ways.
        R("microsoft.5.7.606", Blocked) with { Provider = Provider.Microsoft, Status = new(5, 7, 606), AnyClass = true },
        R("microsoft.5.7.708", Blocked) with { Provider = Provider.Microsoft, Status = new(5, 7, 708), AnyClass = true },
        R("microsoft.5.7.515", AuthFailure) with { Provider = Provider.Microsoft, Status = new(5, 7, 515), AnyClass = true },
        R("microsoft.5.7.509", AuthFailure) with { Provider = Provider.Microsoft, Status = new(5, 7, 509), AnyClass = true },
        R("microsoft.5.7.750", Blocked) with { Provider = Provider.Microsoft, Status = new(5, 7, 750), AnyClass = true },
        R("microsoft.4.7.650", BadReputation) with { Provider = Provider.Microsoft, Status = new(4, 7, 650), AnyClass = true },
        // 5.2.121 and 5.2.122: the recipient's hourly limit of messages (from this sender, from anyone) is used up.
        R("microsoft.5.2.121", RateLimited) with { Provider = Provider.Microsoft, Status = new(5, 2, 121), AnyClass = true },
        R("microsoft.5.2.122", RateLimited) with { Provider = Provider.Microsoft, Status = new(5, 2, 122), AnyClass = true },
        R("microsoft.blocklist", Blocked, "banned sending ip", "block list", "blocked using spamhaus", "part of their network is on our block list",
            "(sc-001)", "(sc-002)", "(sc-003)", "(sc-004)", "(dy-001)", "(dy-002)", "(ou-001)", "(ou-002)", "sc-001 ", "sc-004 ", "dy-001 ") with { Provider = Provider.Microsoft },
        // Outlook.com's RP-001…RP-003 tags and Exchange Online's "Server busy. Please try again later from [ip]" throttle
        // a sending IP: the rate, not a block.
        R("microsoft.throttled", RateLimited, "(rp-001)", "(rp-002)", "(rp-003)", "rp-001 ", "rp-002 ", "rp-003 ", "limits for how many messages",
            "server busy. please try again later from") with { Provider = Provider.Microsoft },

        // Yahoo / AOL: the bracketed tags. TSS04/TS01/TS02 defer for complaints or unexpected volume (reputation),
        // TSS05 for volume (rate), TSS09/TS03 defer "permanently" and TSS11/TSS12 refuse the IP (blocks).
        R("yahoo.tss04", BadReputation, "[tss04]", "[ts04]") with { Provider = Provider.Yahoo },
        R("yahoo.tss01", BadReputation, "[tss01]", "[ts01]", "[tss02]", "[ts02]") with { Provider = Provider.Yahoo },
        R("yahoo.tss05", RateLimited, "[tss05]", "[ts05]") with { Provider = Provider.Yahoo },
        R("yahoo.tss09", Blocked, "[tss09]", "[ts09]", "[tss03]", "[ts03]", "will be permanently deferred") with { Provider = Provider.Yahoo },
        R("yahoo.tss11", Blocked, "[tss11]", "[ts11]", "[tss12]", "[ts12]", "[bl21]", "[bl22]", "[bl23]") with { Provider = Provider.Yahoo },
        R("yahoo.unknown", UserUnknown, "this user doesn't have a yahoo.com account", "doesn't have a yahoo", "doesn't have an aol.com account",
            // The template writes "a" before any domain: "This user doesn't have a aol.com account".
            "doesn't have a aol.com account") with { Provider = Provider.Yahoo },

        // Japanese carriers answer "user unknown" after DATA when the recipient's own filter refused the sender.
        R("docomo.filter", Filtered, "user unknown", "unknown user", "mailbox unavailable") with { Provider = Provider.Docomo, Stages = AfterData },
        R("au.filter", Filtered, "user unknown", "unknown user", "mailbox unavailable") with { Provider = Provider.Au, Stages = AfterData },
        R("softbank.filter", Filtered, "user unknown", "unknown user") with { Provider = Provider.SoftBank, Stages = AfterData },

        // Orange / Wanadoo and La Poste (the same code scheme, OFR… and LPN… tags): 416 is an invalid recipient, 506 the spam verdict.
        R("orange.416", UserUnknown, "_416", "[416]") with { Provider = Provider.Orange },
        R("orange.506", SpamDetected, "ofr_506", "[506]") with { Provider = Provider.Orange },

        // Cox: the AUP# tag names the list that refused the sending IP.
        R("cox.blocklist", Blocked, "aup#cdrbl", "aup#cxbl", "aup#ipbl", "aup#rbl", "aup#cxrbl") with { Provider = Provider.Cox },

        // Mimecast refuses networks its customer's policy excludes.
        R("mimecast.network", PolicyViolation, "host network not allowed") with { Provider = Provider.Mimecast },
    ];
}
