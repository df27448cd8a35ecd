using System.Text;
using global::MimeKit;

namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>
/// The parts of a message a report is read from: delivery-status and feedback-report bodies, the returned original
/// message (or its headers). Found in one bounded walk of the MIME tree that does not enter embedded messages.
/// </summary>
internal sealed class ReportParts
{
    /// <summary>The walk stops after this many entities: a report has a handful, a hostile message may have millions.</summary>
    internal const int MaxEntities = 2_000;

    /// <summary>How deep the walk goes (the parser already treats deeper nesting as leaves).</summary>
    internal const int MaxDepth = 64;

    internal List<MimePart> StatusParts { get; } = [];

    internal List<MimePart> FeedbackParts { get; } = [];

    /// <summary>The returned original message: the first message/rfc822 (or message/global) part.</summary>
    internal MimeMessage? OriginalMessage => AttachedMessages.Count == 0 ? null : AttachedMessages[0];

    /// <summary>Every attached message (message/rfc822 or message/global parts), in order, at most <see cref="MaxAttached"/>.</summary>
    internal List<MimeMessage> AttachedMessages { get; } = [];

    /// <summary>How many attached messages are kept for <see cref="AttachedMessages"/>.</summary>
    internal const int MaxAttached = 32;

    /// <summary>The returned original headers: a text/rfc822-headers part, when there is no whole message.</summary>
    internal HeaderList? OriginalHeaders { get; private set; }

    /// <summary>Text parts after the first, which may hold a delivery status sent as text/plain.</summary>
    internal List<TextPart> OtherTextParts { get; } = [];

    /// <summary>Whether the walk was cut short by <see cref="MaxEntities"/>.</summary>
    internal bool Truncated { get; private set; }

    internal static ReportParts Find(MimeMessage message, ParserOptions options)
    {
        var parts = new ReportParts();
        if (message.Body is null) return parts;
        var stack = new Stack<KeyValuePair<MimeEntity, int>>();
        stack.Push(new KeyValuePair<MimeEntity, int>(message.Body, 0));
        int seen = 0;
        bool firstText = true;
        while (stack.Count != 0)
        {
            if (++seen > MaxEntities)
            {
                parts.Truncated = true;
                break;
            }

            KeyValuePair<MimeEntity, int> item = stack.Pop();
            MimeEntity entity = item.Key;
            ContentType type = entity.ContentType;
            string mediaType = type.MediaType ?? string.Empty;
            string subtype = type.MediaSubtype ?? string.Empty;

            if (entity is Multipart multipart)
            {
                if (item.Value >= MaxDepth) continue;
                // Pushed in reverse so that the parts are visited in document order.
                for (int i = multipart.Count - 1; i >= 0; i--) stack.Push(new KeyValuePair<MimeEntity, int>(multipart[i], item.Value + 1));
                continue;
            }

            if (IsStatusType(mediaType, subtype))
            {
                if (entity is MimePart statusPart) parts.StatusParts.Add(statusPart);
                continue;
            }

            if (mediaType.Equals("message", StringComparison.OrdinalIgnoreCase) && subtype.Equals("feedback-report", StringComparison.OrdinalIgnoreCase))
            {
                if (entity is MimePart feedbackPart) parts.FeedbackParts.Add(feedbackPart);
                continue;
            }

            if (entity is MessagePart messagePart)
            {
                if (IsHeadersType(mediaType, subtype))
                {
                    parts.OriginalHeaders ??= messagePart.Message?.Headers;
                }
                else if (messagePart.Message is not null)
                {
                    if (parts.AttachedMessages.Count < MaxAttached) parts.AttachedMessages.Add(messagePart.Message);
                }

                continue;
            }

            if (entity is TextPart text)
            {
                if (IsHeadersType(mediaType, subtype)) parts.OriginalHeaders ??= LoadHeaders(DecodeText(text, StatusFields.MaxLength), options);
                else if (!firstText && text.IsPlain) parts.OtherTextParts.Add(text);
                if (text.IsPlain) firstText = false;
                continue;
            }

            // message/rfc822 sent with a transfer encoding (base64: a forwarded bounce, a mailer that encodes everything),
            // which MimeKit does not parse inside: decoded and parsed here, at most MaxEncodedMessageBytes of it.
            if (entity is MimePart other && mediaType.Equals("message", StringComparison.OrdinalIgnoreCase)
                && (subtype.Equals("rfc822", StringComparison.OrdinalIgnoreCase) || subtype.Equals("global", StringComparison.OrdinalIgnoreCase)))
            {
                MimeMessage? inner = LoadEncodedMessage(other, options);
                if (inner is not null && parts.AttachedMessages.Count < MaxAttached) parts.AttachedMessages.Add(inner);
                parts.OriginalHeaders ??= inner?.Headers ?? LoadHeaders(DecodeText(other, 64 * 1024), options);
            }
        }

        return parts;
    }

    /// <summary>
    /// Decodes a part's content (transfer encoding undone) to text, at most <paramref name="maxBytes"/> bytes of it, in
    /// the part's charset; without one, ISO-2022-JP when the bytes use its escapes, else UTF-8 when they are valid
    /// UTF-8, else Latin-1. Never throws (empty on failure).
    /// </summary>
    internal static string DecodeText(MimePart part, int maxBytes)
    {
        try
        {
            if (part.Content is null) return string.Empty;
            byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int length;
                using (Stream decoded = part.Content.Open())
                {
                    length = ReadAtMost(decoded, maxBytes, ref buffer);
                }

                return Decode(buffer, length, part.ContentType.Charset);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
#pragma warning disable CA1031 // A part that cannot be decoded is read as empty: the caller records what it misses.
        catch (Exception)
#pragma warning restore CA1031
        {
            return string.Empty;
        }
    }

    internal static string Decode(byte[] bytes, string? charset) => Decode(bytes, bytes.Length, charset);

    /// <summary>Decodes the first <paramref name="length"/> bytes of <paramref name="bytes"/>; see <see cref="DecodeText"/>.</summary>
    private static string Decode(byte[] bytes, int length, string? charset)
    {
        Encoding? encoding = null;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = EncodingOf(charset!.Trim());
            }
#pragma warning disable CA1031 // An unknown charset name: guess from the bytes.
            catch (Exception)
#pragma warning restore CA1031
            {
                encoding = null;
            }
        }

        // A declared charset the bytes cannot be in (Shift_JIS sent as "ISO-2022-JP", UTF-8 as "us-ascii") is a mistake
        // of the sender: the bytes decide instead.
        if (encoding is not null && !Fits(encoding, bytes, length)) encoding = GuessAfter(encoding, bytes, length);
        encoding ??= Guess(bytes, length);
        return encoding.GetString(bytes, 0, length);
    }

    /// <summary>
    /// Whether the bytes can be in <paramref name="encoding"/>: a 7-bit charset (US-ASCII, ISO-2022-JP) has no byte at or
    /// above 0x80, UTF-8 is valid UTF-8. Other charsets decode any bytes, and are taken at their word.
    /// </summary>
    private static bool Fits(Encoding encoding, byte[] bytes, int length)
    {
        int codePage = encoding.CodePage;
        bool sevenBit = codePage is 20127 or 50220 or 50221 or 50222;
        if (!sevenBit && codePage != 65001) return true;
        if (!HasHighBytes(bytes, length)) return true;
        return !sevenBit && IsUtf8(bytes, length);
    }

    /// <summary>
    /// The encoding the bytes are in when the declared one cannot be: UTF-8 when they are valid UTF-8; for a Japanese
    /// declaration, Shift_JIS or EUC-JP when they decode strictly as one of them; else Latin-1, which decodes anything.
    /// </summary>
    private static Encoding GuessAfter(Encoding declared, byte[] bytes, int length)
    {
        if (IsUtf8(bytes, length)) return StrictUtf8;
        if (declared.CodePage is 50220 or 50221 or 50222 or 932 or 51932 or 20932)
        {
            foreach (Encoding? japanese in StrictJapanese)
            {
                if (japanese is null) continue;
                try
                {
                    _ = japanese.GetCharCount(bytes, 0, length);
                    return japanese;
                }
                catch (DecoderFallbackException)
                {
                }
            }
        }

        return Latin1;
    }

    private static bool HasHighBytes(byte[] bytes, int length)
    {
#if NET8_0_OR_GREATER
        return bytes.AsSpan(0, length).IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
#else
        for (int i = 0; i < length; i++)
        {
            if (bytes[i] >= 0x80) return true;
        }

        return false;
#endif
    }

    private static bool IsUtf8(byte[] bytes, int length)
    {
#if NET8_0_OR_GREATER
        return System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(0, length));
#else
        try
        {
            _ = StrictUtf8.GetCharCount(bytes, 0, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
#endif
    }

    private static Encoding Guess(byte[] bytes, int length)
    {
        bool high = false;
        for (int i = 0; i < length; i++)
        {
            byte b = bytes[i];
            if (b == 0x1B && i + 1 < length && bytes[i + 1] is (byte)'$' or (byte)'(') return Iso2022Jp ?? Latin1;
            if (b >= 0x80) high = true;
        }

        return !high || IsUtf8(bytes, length) ? StrictUtf8 : Latin1;
    }

    /// <summary>
    /// The charsets looked up so far. <see cref="Encoding.GetEncoding(string)"/> goes through the registered providers
    /// on every call, which cost more than decoding a short text part; the answer for a name does not change once the
    /// code pages are registered (a provider registered later by the application is not seen for names already read).
    /// Declared before the encodings below: static fields initialise in textual order, and <see cref="Iso2022Jp"/> is
    /// looked up through this table.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding> KnownEncodings = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The charset names .NET does not serve, with MimeKit's answer for them (null: none, or an encoding this platform
    /// does not support, such as UTF-7). Each lookup of such a name throws and catches an exception, which costs more
    /// than decoding the part; the answer does not change. Declared before the encodings below, like
    /// <see cref="KnownEncodings"/>. Bounded by <see cref="MaxOtherCharsets"/>: these names come from the input, and
    /// names beyond the bound are looked up each time as before.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> OtherCharsets = new(StringComparer.OrdinalIgnoreCase);

    private const int MaxOtherCharsets = 256;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    private static readonly Encoding Latin1 = Encoding.GetEncoding("iso-8859-1");

    private static readonly Encoding? Iso2022Jp = TryGetEncoding("iso-2022-jp");

    /// <summary>Shift_JIS and EUC-JP that throw on bytes they cannot decode, tried in that order (see <see cref="GuessAfter"/>).</summary>
    private static readonly Encoding?[] StrictJapanese = [StrictEncoding("shift_jis"), StrictEncoding("euc-jp")];

    private static Encoding? StrictEncoding(string name)
    {
        Charsets.EnsureRegistered();
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
#pragma warning disable CA1031 // Not every platform has every charset.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return EncodingOf(name);
        }
#pragma warning disable CA1031 // Not every platform has every charset.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>
    /// The encoding of a charset name: .NET's own table first (with the code pages registered, see
    /// <see cref="Charsets"/>), then MimeKit's aliases. MimeKit alone is not enough: it builds its table once, and if that
    /// happened before the code pages were registered it never knows ISO-2022-JP or Shift_JIS.
    /// </summary>
    private static Encoding? EncodingOf(string charset)
    {
        Charsets.EnsureRegistered();
        if (KnownEncodings.TryGetValue(charset, out Encoding? known)) return known;
        if (OtherCharsets.TryGetValue(charset, out Encoding? other)) return other;
        try
        {
            Encoding encoding = Encoding.GetEncoding(charset);

            // Only names .NET knows are kept, so the table is bounded by its list of charsets whatever the input says.
            KnownEncodings.TryAdd(charset, encoding);
            return encoding;
        }
        catch (ArgumentException)
        {
            Encoding? encoding = null;
            try
            {
                encoding = new ContentType("text", "plain") { Charset = charset }.CharsetEncoding;
            }
            finally
            {
                RememberOther(charset, encoding);
            }

            return encoding;
        }
        catch (NotSupportedException)
        {
            RememberOther(charset, null);
            throw;
        }
    }

    private static void RememberOther(string charset, Encoding? encoding)
    {
        if (OtherCharsets.Count < MaxOtherCharsets) OtherCharsets.TryAdd(charset, encoding);
    }

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> bytes of <paramref name="stream"/> into <paramref name="buffer"/> (a
    /// pooled array, swapped for a larger pooled one as needed) and returns how many were read.
    /// </summary>
    private static int ReadAtMost(Stream stream, int maxBytes, ref byte[] buffer)
    {
        int length = 0;
        while (length < maxBytes)
        {
            if (length == buffer.Length)
            {
                byte[] larger = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(maxBytes, 2L * buffer.Length));
                Buffer.BlockCopy(buffer, 0, larger, 0, length);
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            int n = stream.Read(buffer, length, Math.Min(buffer.Length, maxBytes) - length);
            if (n <= 0) break;
            length += n;
        }

        return length;
    }

    /// <summary>How much of a transfer-encoded message/rfc822 part is decoded and parsed: enough for a bounce and the start of what it returns.</summary>
    private const int MaxEncodedMessageBytes = 256 * 1024;

    /// <summary>The message inside a transfer-encoded message/rfc822 part (cut at <see cref="MaxEncodedMessageBytes"/>), or null.</summary>
    private static MimeMessage? LoadEncodedMessage(MimePart part, ParserOptions options)
    {
        if (part.Content is null) return null;
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int length;
            using (Stream decoded = part.Content.Open())
            {
                length = ReadAtMost(decoded, MaxEncodedMessageBytes, ref buffer);
            }

            if (length == 0) return null;
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            MimeMessage message = MimeMessage.Load(options, stream);
            return message.Headers.Count == 0 ? null : message;
        }
#pragma warning disable CA1031 // An unreadable attachment is skipped; its headers may still be read as text.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a block of header lines (a text/rfc822-headers body or the headers quoted in a bounce text).</summary>
    internal static HeaderList? LoadHeaders(string text, ParserOptions options)
    {
        if (text.Length == 0) return null;
        try
        {
            // The blank line ends the block, as after a message's headers.
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Replace('\r', '\n') + "\n\n"));
            HeaderList headers = HeaderList.Load(options, stream);
            return headers.Count == 0 ? null : headers;
        }
#pragma warning disable CA1031 // Quoted headers are a courtesy: unreadable ones are skipped.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static bool IsStatusType(string mediaType, string subtype) =>
        (mediaType.Equals("message", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("text", StringComparison.OrdinalIgnoreCase))
        && (subtype.Equals("delivery-status", StringComparison.OrdinalIgnoreCase) || subtype.Equals("global-delivery-status", StringComparison.OrdinalIgnoreCase));

    private static bool IsHeadersType(string mediaType, string subtype) =>
        (mediaType.Equals("text", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("message", StringComparison.OrdinalIgnoreCase))
        && (subtype.Equals("rfc822-headers", StringComparison.OrdinalIgnoreCase) || subtype.Equals("rfc822-header", StringComparison.OrdinalIgnoreCase)
            || subtype.Equals("global-headers", StringComparison.OrdinalIgnoreCase));
}
