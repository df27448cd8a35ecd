using System.Globalization;

namespace SmtpBounceCodes;

/// <summary>
/// Explanations (summary, cause, remedy) of reasons, enhanced status codes and reply codes, in English and Japanese.
/// Texts come from tables compiled into the library; asking for one allocates nothing.
/// </summary>
public static class Explanations
{
    /// <summary>The languages that have texts: <c>en</c> and <c>ja</c>.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "ja"];

    /// <summary>Normalises a language tag: <c>ja</c>, <c>ja-JP</c> and <c>JA</c> give <c>ja</c>; anything else gives <c>en</c>.</summary>
    /// <param name="language">A BCP 47 tag or null.</param>
    /// <returns><c>ja</c> or <c>en</c>.</returns>
    public static string NormalizeLanguage(string? language) =>
        language is { Length: >= 2 } && (language[0] | 0x20) == 'j' && (language[1] | 0x20) == 'a'
            && (language.Length == 2 || language[2] is '-' or '_')
            ? "ja"
            : "en";

    /// <summary>Explains a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="language">The language tag (<c>en</c>, <c>ja</c>); null or anything else means English.</param>
    /// <returns>The explanation; never null.</returns>
    public static Explanation ForReason(BounceReason reason, string? language) =>
        Internal.TextCatalog.Reason(reason, NormalizeLanguage(language));

    /// <summary>Explains a reason in English.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The explanation; never null.</returns>
    public static Explanation ForReason(BounceReason reason) => ForReason(reason, (string?)null);

    /// <summary>Explains an enhanced status code in English.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The explanation; never null.</returns>
    public static Explanation ForEnhancedCode(EnhancedStatusCode code) => ForEnhancedCode(code, null);

    /// <summary>Explains a basic reply code in English.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The explanation; never null.</returns>
    public static Explanation ForReplyCode(SmtpReplyCode code) => ForReplyCode(code, null);

    /// <summary>Explains a reason in the language of a culture.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="culture">The culture; null means English.</param>
    /// <returns>The explanation; never null.</returns>
    public static Explanation ForReason(BounceReason reason, CultureInfo? culture) => ForReason(reason, culture?.Name);

    /// <summary>
    /// Explains an enhanced status code. A registered code has its own text; any other code is explained by its
    /// subject (for example X.7.YYY, security or policy) and class.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language tag; null or anything else means English.</param>
    /// <returns>The explanation; never null (<c>default</c> gives the text for "no code").</returns>
    public static Explanation ForEnhancedCode(EnhancedStatusCode code, string? language) =>
        Internal.TextCatalog.EnhancedCode(code, NormalizeLanguage(language));

    /// <summary>Explains a basic reply code; codes outside the registry are explained by their class.</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language tag; null or anything else means English.</param>
    /// <returns>The explanation; never null.</returns>
    public static Explanation ForReplyCode(SmtpReplyCode code, string? language) =>
        Internal.TextCatalog.ReplyCode(code, NormalizeLanguage(language));
}
