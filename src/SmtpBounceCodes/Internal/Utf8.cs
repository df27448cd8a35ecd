using System.Text;

namespace SmtpBounceCodes.Internal;

internal static class Utf8
{
    // Replacement (not exception) fallback: invalid UTF-8 is part of the input space, never an error.
    private static readonly Encoding Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    internal static string Decode(ReadOnlySpan<byte> bytes)
    {
#if NETSTANDARD2_0
        return bytes.IsEmpty ? string.Empty : Lenient.GetString(bytes.ToArray());
#else
        return Lenient.GetString(bytes);
#endif
    }
}
