using System.Diagnostics.CodeAnalysis;

namespace SmtpBounceCodes;

/// <summary>
/// An SMTP reply: its basic code, its enhanced status code, the text of each line with the codes removed, and the
/// stage of the conversation when the text says it.
/// </summary>
/// <remarks>
/// <para><see cref="Parse(string)"/> and the <c>TryParse</c> methods read wire replies strictly (RFC 5321 §4.2).
/// <see cref="Extract(string)"/> reads the wrapped texts found in bounces (<c>smtp; 550 …</c>, Postfix's
/// <c>host … said:</c>, Exim, qmail, Exchange, sendmail) and always returns a value.</para>
/// <para>For high volume, <see cref="SmtpReplyParser"/> reads replies from UTF-8 without allocating.</para>
/// </remarks>
public sealed class SmtpReply
{
    private string? _text;

    internal SmtpReply(SmtpReplyCode? code, EnhancedStatusCode? enhancedCode, IReadOnlyList<string> lines, SmtpStage stage, string? remoteHost)
    {
        Code = code;
        EnhancedCode = enhancedCode;
        Lines = lines;
        Stage = stage;
        RemoteHost = remoteHost;
    }

    /// <summary>The basic reply code, or null when the text holds none.</summary>
    public SmtpReplyCode? Code { get; }

    /// <summary>The enhanced status code, or null when the text holds none.</summary>
    public EnhancedStatusCode? EnhancedCode { get; }

    /// <summary>The text of each line with the reply code and the enhanced code removed; empty for a reply such as <c>250</c>.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Whether the reply had more than one line.</summary>
    public bool IsMultiline => Lines.Count > 1;

    /// <summary>The stage of the SMTP conversation, when the text names it (for example "in reply to RCPT TO command").</summary>
    public SmtpStage Stage { get; }

    /// <summary>The remote host that gave the reply, when the wrapping text names it (Postfix "host mx.example.jp[192.0.2.1] said:").</summary>
    public string? RemoteHost { get; }

    /// <summary>The lines joined with single spaces.</summary>
    public string Text => _text ??= Lines.Count switch
    {
        0 => string.Empty,
        1 => Lines[0],
        _ => string.Join(" ", Lines),
    };

    /// <summary>Whether the reply reports a permanent failure (5yz, or 5.X.X when there is no basic code).</summary>
    public bool IsPermanent => Code is { } c ? c.IsPermanent() : EnhancedCode is { IsPermanent: true };

    /// <summary>Whether the reply reports a transient failure (4yz, or 4.X.X when there is no basic code).</summary>
    public bool IsTransient => Code is { } c ? c.IsTransient() : EnhancedCode is { IsTransient: true };

    /// <summary>Parses a wire reply strictly.</summary>
    /// <param name="s">One or more reply lines.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid reply; the message says why and where.</exception>
    public static SmtpReply Parse(string s)
    {
        if (s is null) throw new ArgumentNullException(nameof(s));
        return Internal.ReplyBuilder.TryBuild(s.AsSpan(), strict: true, out SmtpReply? reply, out SmtpReplyError error, out int offset)
            ? reply
            : throw Internal.ThrowHelper.InvalidReply(error, offset);
    }

    /// <summary>Tries to parse a wire reply strictly. Never throws.</summary>
    /// <param name="s">One or more reply lines, or null.</param>
    /// <param name="reply">The reply, or null.</param>
    /// <returns>Whether the whole text is one valid reply (a final line break is allowed).</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, [NotNullWhen(true)] out SmtpReply? reply)
    {
        if (s is null)
        {
            reply = null;
            return false;
        }

        return TryParse(s.AsSpan(), strict: true, out reply, out _);
    }

    /// <summary>Tries to parse a wire reply strictly. Never throws.</summary>
    /// <param name="s">One or more reply lines.</param>
    /// <param name="reply">The reply, or null.</param>
    /// <returns>Whether the whole text is one valid reply.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, [NotNullWhen(true)] out SmtpReply? reply) => TryParse(s, strict: true, out reply, out _);

    /// <summary>Tries to parse a wire reply from UTF-8 (invalid sequences become U+FFFD in the text). Never throws.</summary>
    /// <param name="utf8Text">One or more reply lines as UTF-8.</param>
    /// <param name="reply">The reply, or null.</param>
    /// <returns>Whether the whole input is one valid reply.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, [NotNullWhen(true)] out SmtpReply? reply)
    {
        // The fast path validates first, so that only valid replies pay for decoding.
        if (!SmtpReplyParser.TryParseReply(utf8Text, out _, out int consumed) || !Internal.ReplyBuilder.OnlyLineBreaks(utf8Text.Slice(consumed)))
        {
            reply = null;
            return false;
        }

        return TryParse(Internal.Utf8.Decode(utf8Text).AsSpan(), strict: true, out reply, out _);
    }

    /// <summary>Tries to parse a wire reply and says why it failed. Never throws.</summary>
    /// <param name="s">One or more reply lines.</param>
    /// <param name="strict">Whether every line must repeat the first line's code (RFC 5321 §4.2.1).</param>
    /// <param name="reply">The reply, or null.</param>
    /// <param name="error">Why the text is not a valid reply, or <see cref="SmtpReplyError.None"/>.</param>
    /// <returns>Whether the whole text is one valid reply.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, bool strict, [NotNullWhen(true)] out SmtpReply? reply, out SmtpReplyError error) =>
        Internal.ReplyBuilder.TryBuild(s, strict, out reply, out error, out _);

    /// <summary>
    /// Finds the reply inside a wrapped text from a bounce: a DSN <c>Diagnostic-Code</c> (<c>smtp; 550 5.1.1 …</c>),
    /// Postfix (<c>host mx.example.jp[192.0.2.1] said: 550 … (in reply to RCPT TO command)</c>), Exim (<c>SMTP error from
    /// remote mail server after RCPT TO:&lt;…&gt;: 550 …</c>), qmail (<c>Remote host said: …</c>), Exchange
    /// (<c>Remote Server returned '550 5.1.1 …'</c>), sendmail transcripts, and multi-line replies flattened onto one line.
    /// Never throws; always returns a reply (with null codes when the text holds none).
    /// </summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>The reply found.</returns>
    public static SmtpReply Extract(string? text) => Internal.ReplyExtractor.Extract(text.AsSpan());

    /// <summary>Finds the reply inside a wrapped text; see <see cref="Extract(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The reply found.</returns>
    public static SmtpReply Extract(ReadOnlySpan<char> text) => Internal.ReplyExtractor.Extract(text);

    /// <summary>Formats the reply as one line: code, enhanced code and text.</summary>
    /// <returns>For example <c>550 5.1.1 User unknown</c>.</returns>
    public override string ToString()
    {
        string code = Code is { } c ? c.ToCodeString() : string.Empty;
        string enhanced = EnhancedCode?.ToString() ?? string.Empty;
        return string.Join(" ", new[] { code, enhanced, Text }.Where(p => p.Length > 0));
    }
}
