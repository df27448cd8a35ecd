namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// The format decoders, in the order they are tried on a likely bounce that has no delivery-status part: the first
/// that returns recipients wins. Family decoders (they recognise their MTA by structure and wording) come first;
/// <see cref="GenericFormat"/>, which accepts any text with an address and an error, stays last.
/// </summary>
internal static class FormatRegistry
{
    /// <summary>Every decoder, most specific first.</summary>
    internal static IReadOnlyList<IBounceFormat> Formats { get; } = [.. FamilyFormats.All, new GenericFormat()];
}
