using static SmtpBounceCodes.BounceReason;

namespace SmtpBounceCodes.Internal;

/// <summary>
/// The diagnose rules, in priority order: the first rule (lowest index) whose phrase occurs and whose conditions hold
/// decides. Provider rules come first (<see cref="ProviderRules"/>), then <see cref="TextRules"/>. Phrases are
/// matched case-insensitively with white space folded; <c>*</c> is a gap of up to 120 characters and <c>\b</c> a word
/// boundary. Keep ids stable: users see them as evidence and may filter on them.
/// </summary>
internal static partial class RuleTable
{
    private static Rule R(string id, BounceReason reason, params string[] phrases) => new(id, reason, phrases);

    /// <summary>Phrases that say the condition is temporary: a 5xx reply with one of them is not permanent.</summary>
    internal static readonly string[] TransientHints =
    [
        "try again later", "please try again", "try later", "retry later", "temporarily", "temporary failure",
        "temporarily deferred", "please retry", "greylist", "graylist", "grey-list", "try again in",
        "réessayer plus tard", "essayer plus tard", "versuchen sie es später", "später erneut", "inténtelo más tarde",
        "intente más tarde", "しばらくしてから", "時間をおいて", "後ほど",
    ];

    /// <summary>
    /// Phrases that name a provider (domains, product names, private tags). A domain that is also the tail of longer
    /// names ("me.com" in "home.com") starts at a word boundary.
    /// </summary>
    internal static readonly ProviderHint[] ProviderHints =
    [
        new(Provider.Google, "\\bgoogle.com"), new(Provider.Google, "gmail"), new(Provider.Google, "googlemail"),
        new(Provider.Google, "gsmtp"),
        new(Provider.Microsoft, "\\boutlook.com"), new(Provider.Microsoft, "hotmail"), new(Provider.Microsoft, "office365"),
        new(Provider.Microsoft, "microsoft"), new(Provider.Microsoft, "\\blive.com"), new(Provider.Microsoft, "\\bmsn.com"),
        new(Provider.Microsoft, "exchangelabs"),
        new(Provider.Yahoo, "yahoo"), new(Provider.Yahoo, "\\baol.com"), new(Provider.Yahoo, "yahoodns"), new(Provider.Yahoo, "[tss0"),
        new(Provider.Apple, "\\bicloud.com"), new(Provider.Apple, "\\bme.com"), new(Provider.Apple, "\\bmac.com"), new(Provider.Apple, "\\bapple.com"),
        new(Provider.Docomo, "docomo.ne.jp"), new(Provider.Docomo, "mopera.net"),
        new(Provider.Au, "ezweb.ne.jp"), new(Provider.Au, "\\bau.com"), new(Provider.Au, "biz.ezweb.ne.jp"),
        new(Provider.SoftBank, "softbank.ne.jp"), new(Provider.SoftBank, "i.softbank.jp"), new(Provider.SoftBank, "vodafone.ne.jp"),
        new(Provider.AmazonSes, "amazonses"), new(Provider.Mimecast, "mimecast"), new(Provider.Proofpoint, "pphosted"),
        new(Provider.Zoho, "zoho"), new(Provider.MailRu, "\\bmail.ru"), new(Provider.Yandex, "yandex"),
        new(Provider.Gmx, "\\bgmx.net"), new(Provider.Gmx, "\\bgmx.de"), new(Provider.Gmx, "\\bweb.de"),
        new(Provider.Tencent, "\\bqq.com"), new(Provider.Comcast, "comcast"), new(Provider.Cox, "\\bcox.net"), new(Provider.Cox, "\\bcox.com"),
        new(Provider.Orange, "\\borange.fr"), new(Provider.Orange, "wanadoo"), new(Provider.Orange, "laposte"), new(Provider.Facebook, "facebook"),
        new(Provider.GoDaddy, "secureserver.net"), new(Provider.Cloudflare, "cloudflare"), new(Provider.Barracuda, "barracuda"),
    ];
}
