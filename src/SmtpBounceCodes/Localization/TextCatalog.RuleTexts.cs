namespace SmtpBounceCodes.Internal;

internal static partial class TextCatalog
{
    /// <summary>Texts: to be written.</summary>
    internal static readonly TextEntry[] RuleTexts = [];
}
