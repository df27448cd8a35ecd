#if NETSTANDARD2_0
namespace SmtpBounceCodes.MimeKit
{
    /// <summary>String members netstandard2.0 lacks, so that one source reads the same on every target.</summary>
    internal static class StringPolyfills
    {
        internal static bool Contains(this string s, string value, StringComparison comparison) => s.IndexOf(value, comparison) >= 0;

        internal static bool Contains(this string s, char value) => s.IndexOf(value) >= 0;

        internal static bool StartsWith(this string s, char value) => s.Length != 0 && s[0] == value;

        internal static bool EndsWith(this string s, char value) => s.Length != 0 && s[s.Length - 1] == value;
    }
}
#endif
