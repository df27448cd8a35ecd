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

    /// <summary>
    /// Registers the code pages of <see cref="CodePagesEncodingProvider"/> once per process (further calls do nothing),
    /// through <see cref="RememberingProvider"/>.
    /// </summary>
    internal static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0) Encoding.RegisterProvider(new RememberingProvider(CodePagesEncodingProvider.Instance));
    }

    /// <summary>
    /// <see cref="CodePagesEncodingProvider"/>, remembering the code pages it does not serve. A registered provider is
    /// asked first for every <see cref="Encoding.GetEncoding(int)"/>, and the code-pages provider answers "not mine"
    /// for UTF-8 and Latin-1 (built into .NET) by reading its table again each time: about 5 µs per call, against
    /// 0.1 µs without it. MimeKit asks for UTF-8 by number whenever it parses an address or decodes a header or an
    /// epilogue, several times per bounce. The provider's table is fixed, so a code page it did not serve once it never
    /// serves; the answers are the provider's own.
    /// </summary>
    private sealed class RememberingProvider(EncodingProvider inner) : EncodingProvider
    {
        /// <summary>One bit per code page (0 to 65535) that <c>inner</c> was asked for and does not serve.</summary>
        private readonly int[] _absent = new int[65536 / 32];

        public override Encoding? GetEncoding(int codepage)
        {
            if (IsAbsent(codepage)) return null;
            Encoding? encoding = inner.GetEncoding(codepage);
            if (encoding is null) MarkAbsent(codepage);
            return encoding;
        }

        public override Encoding? GetEncoding(int codepage, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
        {
            if (IsAbsent(codepage)) return null;
            Encoding? encoding = inner.GetEncoding(codepage, encoderFallback, decoderFallback);
            if (encoding is null) MarkAbsent(codepage);
            return encoding;
        }

        public override Encoding? GetEncoding(string name) => inner.GetEncoding(name);

        public override Encoding? GetEncoding(string name, EncoderFallback encoderFallback, DecoderFallback decoderFallback) =>
            inner.GetEncoding(name, encoderFallback, decoderFallback);

#if NET5_0_OR_GREATER
        public override IEnumerable<EncodingInfo> GetEncodings() => inner.GetEncodings();
#endif

        // Code page 0 is the system's default code page, which the provider may resolve differently; it is never remembered.
        private bool IsAbsent(int codepage) =>
            codepage is > 0 and < 65536 && (Volatile.Read(ref _absent[codepage >> 5]) & (1 << (codepage & 31))) != 0;

        private void MarkAbsent(int codepage)
        {
            if (codepage is <= 0 or >= 65536) return;
            ref int word = ref _absent[codepage >> 5];
            int bit = 1 << (codepage & 31);
            int seen;
            do
            {
                seen = Volatile.Read(ref word);
            }
            while ((seen & bit) == 0 && Interlocked.CompareExchange(ref word, seen | bit, seen) != seen);
        }
    }
}
