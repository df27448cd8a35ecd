using System.Text;

namespace SmtpBounceCodes.Internal;

/// <summary>Builds exceptions away from the hot paths so that the parsers stay small and inlinable.</summary>
internal static class ThrowHelper
{
    private const int MaxEcho = 40;

    internal static FormatException InvalidEnhancedCode(ReadOnlySpan<char> text) =>
        new($"'{Echo(text)}' is not an enhanced status code (class.subject.detail, such as 5.1.1).");

    internal static FormatException InvalidEnhancedCode(ReadOnlySpan<byte> utf8Text) =>
        new($"'{Echo(utf8Text)}' is not an enhanced status code (class.subject.detail, such as 5.1.1).");

    internal static FormatException InvalidReply(SmtpReplyError error, int offset) =>
        new($"Not a valid SMTP reply: {error} at offset {offset}.");

    internal static string Echo(ReadOnlySpan<char> text) =>
        text.Length <= MaxEcho ? text.ToString() : text.Slice(0, MaxEcho).ToString() + "…";

    internal static string Echo(ReadOnlySpan<byte> utf8Text)
    {
        ReadOnlySpan<byte> head = utf8Text.Length <= MaxEcho ? utf8Text : utf8Text.Slice(0, MaxEcho);
#if NETSTANDARD2_0
        string s = Encoding.UTF8.GetString(head.ToArray());
#else
        string s = Encoding.UTF8.GetString(head);
#endif
        return utf8Text.Length <= MaxEcho ? s : s + "…";
    }
}
