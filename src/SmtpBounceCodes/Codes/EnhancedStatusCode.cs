using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SmtpBounceCodes;

/// <summary>
/// An RFC 3463 enhanced mail system status code, <c>class.subject.detail</c>, such as <c>5.1.1</c> or the vendor
/// code <c>5.7.606</c>.
/// </summary>
/// <remarks>
/// <para>The class is 2, 4 or 5; subject and detail are 0–999, written with one to three digits and no leading zero
/// (RFC 3463 §2). Codes that the registry does not list are still valid values.</para>
/// <para>Parsing and formatting allocate nothing except <see cref="ToString()"/>, which returns a cached string for
/// the registered codes.</para>
/// </remarks>
public readonly partial struct EnhancedStatusCode : IEquatable<EnhancedStatusCode>, IComparable<EnhancedStatusCode>, IComparable, IFormattable
#if NET8_0_OR_GREATER
    , ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<EnhancedStatusCode>, IUtf8SpanParsable<EnhancedStatusCode>
#endif
{
    /// <summary>The longest text form: <c>5.999.999</c>.</summary>
    public const int MaxLength = 9;

    private readonly byte _class;
    private readonly ushort _subject;
    private readonly ushort _detail;

    /// <summary>Creates a code from its three numbers.</summary>
    /// <param name="class">The class: 2, 4 or 5.</param>
    /// <param name="subject">The subject: 0–999.</param>
    /// <param name="detail">The detail: 0–999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public EnhancedStatusCode(int @class, int subject, int detail)
    {
        if (@class is not (2 or 4 or 5)) throw new ArgumentOutOfRangeException(nameof(@class), @class, "The class must be 2, 4 or 5.");
        if ((uint)subject > 999) throw new ArgumentOutOfRangeException(nameof(subject), subject, "The subject must be 0-999.");
        if ((uint)detail > 999) throw new ArgumentOutOfRangeException(nameof(detail), detail, "The detail must be 0-999.");
        _class = (byte)@class;
        _subject = (ushort)subject;
        _detail = (ushort)detail;
    }

    private EnhancedStatusCode(byte @class, ushort subject, ushort detail, bool _)
    {
        _class = @class;
        _subject = subject;
        _detail = detail;
    }

    /// <summary>The class: success, transient or permanent; <see cref="EnhancedStatusClass.None"/> for <c>default</c>.</summary>
    public EnhancedStatusClass Class => (EnhancedStatusClass)_class;

    /// <summary>The subject number (0 other, 1 addressing, 2 mailbox, 3 mail system, 4 network, 5 protocol, 6 content, 7 security).</summary>
    public int Subject => _subject;

    /// <summary>The detail number.</summary>
    public int Detail => _detail;

    /// <summary>Whether this is the <c>default</c> value, which stands for "no code".</summary>
    public bool IsEmpty => _class == 0;

    /// <summary>Whether the class is 2 (success).</summary>
    public bool IsSuccess => _class == 2;

    /// <summary>Whether the class is 4 (persistent transient failure).</summary>
    public bool IsTransient => _class == 4;

    /// <summary>Whether the class is 5 (permanent failure).</summary>
    public bool IsPermanent => _class == 5;

    /// <summary>Returns the same subject and detail with another class (for example 5.1.1 → 4.1.1).</summary>
    /// <param name="class">The new class.</param>
    /// <returns>The code with the class replaced.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="class"/> is not 2, 4 or 5.</exception>
    public EnhancedStatusCode WithClass(EnhancedStatusClass @class) => new((int)@class, _subject, _detail);

    /// <summary>Returns whether the class agrees with a basic reply code: 2.X.X with 2yz, 4.X.X with 4yz, 5.X.X with 5yz (RFC 2034 §4).</summary>
    /// <param name="replyCode">The basic reply code sent with this code.</param>
    /// <returns><see langword="true"/> when the first digits match.</returns>
    public bool AgreesWith(SmtpReplyCode replyCode) => _class != 0 && (int)replyCode / 100 == _class;

    /// <inheritdoc />
    public bool Equals(EnhancedStatusCode other) =>
        _class == other._class && _subject == other._subject && _detail == other._detail;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EnhancedStatusCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_class << 20) | (_subject << 10) | _detail;

    /// <summary>Orders by class, then subject, then detail.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(EnhancedStatusCode other) => GetHashCode().CompareTo(other.GetHashCode());

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        EnhancedStatusCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an EnhancedStatusCode.", nameof(obj)),
    };

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns><see langword="true"/> when all three numbers are equal.</returns>
    public static bool operator ==(EnhancedStatusCode left, EnhancedStatusCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns><see langword="true"/> when any number differs.</returns>
    public static bool operator !=(EnhancedStatusCode left, EnhancedStatusCode right) => !left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(EnhancedStatusCode left, EnhancedStatusCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(EnhancedStatusCode left, EnhancedStatusCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(EnhancedStatusCode left, EnhancedStatusCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(EnhancedStatusCode left, EnhancedStatusCode right) => left.CompareTo(right) >= 0;

    // ---------------------------------------------------------------- formatting

    /// <summary>Returns the text form, such as <c>5.1.1</c>; the empty string for <c>default</c>.</summary>
    /// <returns>The code as text. Registered codes come from a cache and are not allocated again.</returns>
    public override string ToString()
    {
        if (_class == 0) return string.Empty;
        string? cached = Internal.EnhancedCodeTable.CachedText(this);
        if (cached is not null) return cached;
        Span<char> buffer = stackalloc char[MaxLength];
        TryFormat(buffer, out int written);
        return buffer.Slice(0, written).ToString();
    }

    /// <summary>Returns the text form; the format and provider are ignored (there is only one form).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The code as text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the text form into <paramref name="destination"/> without allocating.</summary>
    /// <param name="destination">Where to write; <see cref="MaxLength"/> characters are always enough.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns><see langword="false"/> when the destination is too small or the value is <c>default</c>.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        Span<byte> bytes = stackalloc byte[MaxLength];
        if (!TryFormat(bytes, out int n) || n > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        for (int i = 0; i < n; i++) destination[i] = (char)bytes[i];
        charsWritten = n;
        return true;
    }

    /// <summary>Writes the text form as UTF-8 into <paramref name="utf8Destination"/> without allocating.</summary>
    /// <param name="utf8Destination">Where to write; <see cref="MaxLength"/> bytes are always enough.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <returns><see langword="false"/> when the destination is too small or the value is <c>default</c>.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (_class == 0) return false;
        int needed = 3 + DigitCount(_subject) + DigitCount(_detail);
        if (utf8Destination.Length < needed) return false;
        utf8Destination[0] = (byte)('0' + _class);
        utf8Destination[1] = (byte)'.';
        int pos = 2 + WriteDigits(utf8Destination.Slice(2), _subject);
        utf8Destination[pos++] = (byte)'.';
        pos += WriteDigits(utf8Destination.Slice(pos), _detail);
        bytesWritten = pos;
        return true;
    }

    /// <summary>Writes the text form; the format and provider are ignored.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the value is <c>default</c>.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(destination, out charsWritten);

    /// <summary>Writes the text form as UTF-8; the format and provider are ignored.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when the destination is too small or the value is <c>default</c>.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(utf8Destination, out bytesWritten);

    private static int DigitCount(int value) => value < 10 ? 1 : value < 100 ? 2 : 3;

    private static int WriteDigits(Span<byte> destination, int value)
    {
        int count = DigitCount(value);
        for (int i = count - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        return count;
    }

    // ---------------------------------------------------------------- parsing

    /// <summary>Parses a whole string such as <c>5.1.1</c>.</summary>
    /// <param name="s">The text; nothing may precede or follow the code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an enhanced status code.</exception>
    public static EnhancedStatusCode Parse(string s)
    {
        if (s is null) throw new ArgumentNullException(nameof(s));
        return ParseCore(s.AsSpan());
    }

    /// <summary>Parses a whole span such as <c>5.1.1</c>.</summary>
    /// <param name="s">The text; nothing may precede or follow the code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an enhanced status code.</exception>
    public static EnhancedStatusCode Parse(ReadOnlySpan<char> s) => ParseCore(s);

    private static EnhancedStatusCode ParseCore(ReadOnlySpan<char> s) =>
        TryParse(s, out EnhancedStatusCode value) ? value : throw Internal.ThrowHelper.InvalidEnhancedCode(s);

    /// <summary>Parses a whole UTF-8 span such as <c>5.1.1</c>.</summary>
    /// <param name="utf8Text">The text; nothing may precede or follow the code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an enhanced status code.</exception>
    public static EnhancedStatusCode Parse(ReadOnlySpan<byte> utf8Text) => ParseCore(utf8Text);

    private static EnhancedStatusCode ParseCore(ReadOnlySpan<byte> utf8Text) =>
        TryParse(utf8Text, out EnhancedStatusCode value) ? value : throw Internal.ThrowHelper.InvalidEnhancedCode(utf8Text);

    /// <summary>Parses a whole span; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an enhanced status code.</exception>
    public static EnhancedStatusCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseCore(s);

    /// <summary>Parses a whole string; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an enhanced status code.</exception>
    public static EnhancedStatusCode Parse(string s, IFormatProvider? provider)
    {
        if (s is null) throw new ArgumentNullException(nameof(s));
        return ParseCore(s.AsSpan());
    }

    /// <summary>Parses a whole UTF-8 span; the provider is ignored.</summary>
    /// <param name="utf8Text">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an enhanced status code.</exception>
    public static EnhancedStatusCode Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => ParseCore(utf8Text);

    /// <summary>Tries to parse a whole string such as <c>5.1.1</c>. Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the whole text is one enhanced status code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out EnhancedStatusCode result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to parse a whole span such as <c>5.1.1</c>. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the whole span is one enhanced status code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out EnhancedStatusCode result) =>
        TryParse(s, out result, out int consumed) && consumed == s.Length || Fail(out result);

    /// <summary>Tries to parse a whole UTF-8 span such as <c>5.1.1</c>. Never throws.</summary>
    /// <param name="utf8Text">The text.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the whole span is one enhanced status code.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out EnhancedStatusCode result) =>
        TryParse(utf8Text, out result, out int consumed) && consumed == utf8Text.Length || Fail(out result);

    /// <summary>Tries to parse a whole span; the provider is ignored. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the whole span is one enhanced status code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out EnhancedStatusCode result) => TryParse(s, out result);

    /// <summary>Tries to parse a whole string; the provider is ignored. Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the whole text is one enhanced status code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EnhancedStatusCode result) => TryParse(s, out result);

    /// <summary>Tries to parse a whole UTF-8 span; the provider is ignored. Never throws.</summary>
    /// <param name="utf8Text">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the whole span is one enhanced status code.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out EnhancedStatusCode result) => TryParse(utf8Text, out result);

    /// <summary>
    /// Parses the code at the start of <paramref name="source"/> and says how many characters it used, in the style of
    /// <c>Utf8Parser</c>: <c>"5.1.1 User unknown"</c> gives 5.1.1 and 5. The code must not run on into a digit.
    /// </summary>
    /// <param name="source">The text to read from its start.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <param name="charsConsumed">How many characters the code took, or 0.</param>
    /// <returns><see langword="true"/> when the text starts with an enhanced status code.</returns>
    public static bool TryParse(ReadOnlySpan<char> source, out EnhancedStatusCode result, out int charsConsumed)
    {
        // The grammar is ASCII: narrow the first few characters and share the byte parser.
        Span<byte> head = stackalloc byte[MaxLength + 1];
        int n = Math.Min(head.Length, source.Length);
        for (int i = 0; i < n; i++)
        {
            char c = source[i];
            head[i] = c < 0x80 ? (byte)c : (byte)0xFF;
        }

        return TryParse(head.Slice(0, n), out result, out charsConsumed);
    }

    /// <summary>
    /// Parses the code at the start of the UTF-8 <paramref name="source"/> and says how many bytes it used, in the style of
    /// <c>Utf8Parser.TryParse</c>. Allocates nothing. The code must not run on into a digit.
    /// </summary>
    /// <param name="source">The UTF-8 text to read from its start.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <param name="bytesConsumed">How many bytes the code took, or 0.</param>
    /// <returns><see langword="true"/> when the text starts with an enhanced status code.</returns>
    public static bool TryParse(ReadOnlySpan<byte> source, out EnhancedStatusCode result, out int bytesConsumed)
    {
        // class "." subject "." detail ; class = 2/4/5 ; subject, detail = 1*3DIGIT without a leading zero.
        if (source.Length >= 5 && source[0] is (byte)'2' or (byte)'4' or (byte)'5' && source[1] == (byte)'.')
        {
            int pos = 2;
            if (TryReadNumber(source, ref pos, out int subject) && pos < source.Length && source[pos] == (byte)'.')
            {
                pos++;
                if (TryReadNumber(source, ref pos, out int detail))
                {
                    result = new EnhancedStatusCode((byte)(source[0] - '0'), (ushort)subject, (ushort)detail, true);
                    bytesConsumed = pos;
                    return true;
                }
            }
        }

        bytesConsumed = 0;
        return Fail(out result);
    }

    private static bool TryReadNumber(ReadOnlySpan<byte> source, ref int pos, out int value)
    {
        value = 0;
        int start = pos;
        while (pos < source.Length && (uint)(source[pos] - '0') <= 9)
        {
            if (pos - start == 3) return false; // a fourth digit: not an RFC 3463 number
            value = value * 10 + (source[pos] - '0');
            pos++;
        }

        int length = pos - start;
        return length != 0 && (length == 1 || source[start] != (byte)'0');
    }

    private static bool Fail(out EnhancedStatusCode result)
    {
        result = default;
        return false;
    }
}
