using System.Globalization;

namespace SmtpBounceCodes.Tests.Localization;

/// <summary>Only English and Japanese have texts: any other language, or none, gives English.</summary>
public class LanguageFallbackTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("de-DE")]
    [InlineData("j")]
    [InlineData("jav")]
    [InlineData(null)]
    [InlineData("")]
    public void Other_languages_fall_back_to_English(string? language)
    {
        foreach (BounceReason reason in BounceReasons.All)
        {
            Assert.Same(Explanations.ForReason(reason, "en"), Explanations.ForReason(reason, language));
        }

        Assert.Same(Explanations.ForEnhancedCode(new EnhancedStatusCode(5, 1, 1), "en"), Explanations.ForEnhancedCode(new EnhancedStatusCode(5, 1, 1), language));
        Assert.Same(Explanations.ForReplyCode((SmtpReplyCode)550, "en"), Explanations.ForReplyCode((SmtpReplyCode)550, language));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData(null)]
    [InlineData("")]
    public void Diagnose_in_another_language_explains_in_English(string? language)
    {
        var d = Diagnoser.Diagnose("550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown", DiagnoseOptions.ForLanguage(language));
        Assert.Equal("en", d.Explanation.Language);
        Assert.Same(Diagnoser.Diagnose("550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown", DiagnoseOptions.ForLanguage("en")).Explanation, d.Explanation);
    }

    [Fact]
    public void Diagnose_with_default_options_explains_in_English()
    {
        Assert.Equal("en", Diagnoser.Diagnose("550 Host unknown").Explanation.Language);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("ja-JP")]
    [InlineData("JA")]
    [InlineData("ja_JP")]
    public void Japanese_tags_give_Japanese(string language)
    {
        Explanation e = Explanations.ForReason(BounceReason.MailboxFull, language);
        Assert.Equal("ja", e.Language);
        Assert.NotEqual(Explanations.ForReason(BounceReason.MailboxFull, "en").Summary, e.Summary);
    }

    [Fact]
    public void A_Japanese_culture_gives_Japanese_and_an_invariant_culture_English()
    {
        Assert.Equal("ja", Explanations.ForReason(BounceReason.UserUnknown, new CultureInfo("ja-JP")).Language);
        Assert.Equal("en", Explanations.ForReason(BounceReason.UserUnknown, CultureInfo.InvariantCulture).Language);
        Assert.Equal("en", Explanations.ForReason(BounceReason.UserUnknown, (CultureInfo?)null).Language);
    }
}
