using System.Text;

namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>
/// Makes the legacy charsets bounces are written in (ISO-2022-JP, Shift_JIS, EUC-KR, windows-1252…) decodable. .NET
/// Core only knows the Unicode encodings and Latin-1 until the code-pages provider is registered; without it MimeKit
/// leaves a Japanese bounce's text as raw escape sequences.
/// </summary>
internal static class Charsets
{
    private static int _registered;

    /// <summary>Registers <see cref="CodePagesEncodingProvider"/> once per process (further calls do nothing).</summary>
    internal static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0) Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }
}
