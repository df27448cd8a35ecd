namespace SmtpBounceCodes.Tests.Localization;

/// <summary>
/// The cases of the seed help page (550–555 error mails): each one must be explained with the page's practical advice,
/// in English and in Japanese. The sample texts are ours, shaped like what the servers send.
/// </summary>
public class SeedCaseExplanationTests
{
    /// <summary>One seed case: the reply text, the reason it means, the rule with its own text (if any), and the words of advice its remedy must carry.</summary>
    public sealed record SeedCase(string Text, BounceReason Reason, string? RuleId, string[] EnAdvice, string[] JaAdvice)
    {
        public override string ToString() => Text;
    }

    private static readonly SeedCase[] Cases =
    [
        // The part after the @ is wrong, or the destination mail server does not exist.
        new("550 Host unknown", BounceReason.HostUnknown, null, ["after the @", "domain"], ["@", "ドメイン"]),
        // The part before the @ is wrong: no such account on that server.
        new("550 User unknown", BounceReason.UserUnknown, null, ["before the @"], ["@より前"]),
        new("550 5.1.1 taro@example.jp... User unknown", BounceReason.UserUnknown, null, ["before the @"], ["@より前"]),
        new("Sorry, no mailbox here by that name. (#5.1.1)", BounceReason.UserUnknown, null, ["before the @"], ["@より前"]),
        new("550 sorry, no mailbox here by that name. (#5.1.1) (in reply to RCPT TO command)", BounceReason.UserUnknown, null,
            ["before the @"], ["@より前"]),
        // Check From and the SMTP server settings; the server relays only for its network; check SMTP AUTH / POP before SMTP.
        new("550 Relaying Denied", BounceReason.NoRelaying, null,
            ["From", "SMTP", "authentication", "POP before SMTP", "user name and password"], ["差出人", "SMTP", "認証", "POP before SMTP", "パスワード"]),
        // Refused domain, block list (open relay), or forward/reverse DNS mismatch: set up reverse DNS.
        new("550 5.7.1 Access denied", BounceReason.Blocked, "seed.550-5.7.1-access-denied",
            ["reverse DNS", "PTR", "block list"], ["逆引き", "PTR", "ブラックリスト"]),
        // The user does not exist: check the part before the @ and whether the account is still valid.
        new("551 Access Denied", BounceReason.UserUnknown, "seed.551-access-denied",
            ["before the @", "still exists"], ["@より前", "有効"]),
        // Too large (an attachment; some refuse over 1 MB): make it smaller.
        new("552 Message is too large", BounceReason.EmailTooLarge, null, ["smaller", "attachment"], ["小さく", "添付ファイル"]),
        new("552 5.3.4 Message size exceeds fixed maximum message size", BounceReason.EmailTooLarge, null, ["smaller"], ["小さく"]),
        // The mailbox overflows: ask the recipient to empty it.
        new("552 5.2.2 Mailbox full", BounceReason.MailboxFull, null, ["ask the recipient", "empty the mailbox"], ["受信者", "空けて"]),
        // Characters not allowed in a domain: almost always a typo, correct the address.
        new("553 Unbalanced", BounceReason.UserUnknown, "seed.553-unbalanced", ["recipient address", "typo"], ["宛先アドレス", "入力ミス", "訂正"]),
        new("553 5.1.3 taro@example,jp... Unbalanced", BounceReason.UserUnknown, "seed.553-unbalanced", ["typo"], ["入力ミス"]),
        // An account that does not exist on the server sends / no relaying for other networks: check From and SMTP settings.
        new("553 Recipient is not local", BounceReason.NoRelaying, "seed.553-not-local", ["From", "SMTP server"], ["差出人", "SMTP サーバー"]),
        // Spam thresholds and bulk mail refused.
        new("553 Spam or junk mail threshold exceeded.", BounceReason.SpamDetected, null, ["content", "unsubscribe"], ["内容", "配信停止"]),
        new("554 Unsolicited Bulk Email not accepted!! Check", BounceReason.SpamDetected, null, ["content", "opted in"], ["内容", "同意"]),
        // Maintenance, a forwarding loop, an address without a domain: read the whole error mail to decide.
        new("554 Service unavailable", BounceReason.OnHold, "seed.554-service-unavailable",
            ["whole error mail", "forwarding loops", "domain"], ["全体", "ループ", "ドメイン"]),
        // An ESMTP option the server does not support: check the sending software's settings.
        new("555 5.5.4 Unsupported option: SMTPUTF8", BounceReason.SyntaxError, "seed.555-unsupported-option",
            ["option", "settings", "sending software"], ["オプション", "設定", "送信ソフト"]),
    ];

    public static TheoryData<SeedCase> AllCases()
    {
        var data = new TheoryData<SeedCase>();
        foreach (SeedCase c in Cases) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Seed_case_is_diagnosed_as_the_reason_the_seed_page_gives(SeedCase seed)
    {
        var d = Diagnoser.Diagnose(seed.Text, DiagnoseOptions.ForLanguage("en"));
        Assert.Equal(seed.Reason, d.Reason);
        if (seed.RuleId is not null) Assert.Equal(seed.RuleId, d.Evidence.RuleId);
    }

    public static TheoryData<SeedCase, string> AllCasesInBothLanguages()
    {
        var data = new TheoryData<SeedCase, string>();
        foreach (SeedCase c in Cases)
        {
            data.Add(c, "en");
            data.Add(c, "ja");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCasesInBothLanguages))]
    public void Seed_case_remedy_carries_the_seed_advice(SeedCase seed, string language)
    {
        Explanation e = Diagnoser.Diagnose(seed.Text, DiagnoseOptions.ForLanguage(language)).Explanation;
        Assert.Equal(language, e.Language);
        foreach (string advice in language == "ja" ? seed.JaAdvice : seed.EnAdvice) Assert.Contains(advice, e.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void Access_denied_with_5_7_1_explains_the_forward_and_reverse_DNS_mismatch()
    {
        // The seed's point: more and more servers refuse a sender whose reverse DNS was never set up.
        Explanation en = Diagnoser.Diagnose("550 5.7.1 Access denied", DiagnoseOptions.ForLanguage("en")).Explanation;
        Explanation ja = Diagnoser.Diagnose("550 5.7.1 Access denied", DiagnoseOptions.ForLanguage("ja")).Explanation;
        Assert.Contains("forward and reverse DNS", en.Cause, StringComparison.Ordinal);
        Assert.Contains("open relay", en.Cause, StringComparison.Ordinal);
        Assert.Contains("正引き", ja.Cause, StringComparison.Ordinal);
        Assert.Contains("逆引き", ja.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbalanced_explains_the_characters_a_domain_may_not_contain()
    {
        Explanation en = Diagnoser.Diagnose("553 Unbalanced", DiagnoseOptions.ForLanguage("en")).Explanation;
        Assert.Contains("user@example,jp", en.Cause, StringComparison.Ordinal);
        Assert.Contains("user@\\example.jp", en.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", 550, "after the @", "before the @", "reverse DNS")]
    [InlineData("en", 551, "before the @", "still valid", "")]
    [InlineData("en", 552, "smaller", "empty their mailbox", "")]
    [InlineData("en", 553, "typos", "From address", "SMTP server")]
    [InlineData("en", 554, "whole error message", "IP is blocked", "")]
    [InlineData("en", 555, "settings", "option", "")]
    [InlineData("ja", 550, "@より前", "@より後ろ", "逆引き")]
    [InlineData("ja", 551, "@より前", "有効", "")]
    [InlineData("ja", 552, "小さく", "空けて", "1MB")]
    [InlineData("ja", 553, "入力ミス", "差出人", "迷惑メール")]
    [InlineData("ja", 554, "全体", "ループ", "ブロック")]
    [InlineData("ja", 555, "オプション", "設定", "")]
    public void Reply_code_texts_name_the_real_world_meanings_of_550_to_555(string language, int code, string a, string b, string c)
    {
        Explanation e = Explanations.ForReplyCode((SmtpReplyCode)code, language);
        Assert.Equal(language, e.Language);
        string all = e.Cause + " " + e.Remedy;
        foreach (string needle in new[] { a, b, c }.Where(n => n.Length > 0)) Assert.Contains(needle, all, StringComparison.Ordinal);
    }
}
