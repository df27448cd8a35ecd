using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SmtpBounceCodes.Tests.Replies;

/// <summary>Rules that hold for every input, checked on generated SMTP-shaped and arbitrary inputs.</summary>
public class SmtpReplyProperties
{
    private static readonly Gen<int> Class = Gen.Elements(2, 4, 5);
    private static readonly Gen<int> Number = Gen.Frequency((3, Gen.Choose(0, 9)), (2, Gen.Choose(10, 99)), (1, Gen.Choose(100, 999)));

    private static readonly Gen<EnhancedStatusCode> Codes =
        from c in Class
        from s in Number
        from d in Number
        select new EnhancedStatusCode(c, s, d);

    private static readonly Gen<string> Words = Gen.Elements(
        "User unknown", "Mailbox full", "Relaying denied", "メールボックスが見つかりません", "Postfach voll", "", " ",
        "5.1.1", "550", "-", "\t", "\u0000", "<taro@example.jp>", "(#5.1.1)", "try again later");

    /// <summary>Wire replies: 1–5 lines of code, separator, optional enhanced code and text.</summary>
    private static readonly Gen<string> WireReplies =
        from code in Gen.Choose(200, 559).Where(c => c / 10 % 10 <= 5)
        from lines in Gen.Choose(1, 5)
        from enhanced in Gen.OneOf(Codes.Select(c => c.ToString() + " "), Gen.Constant(string.Empty))
        from count in Gen.Choose(0, 4)
        from words in Words.ArrayOf(count)
        let text = string.Join(' ', words)
        from eol in Gen.Elements("\r\n", "\n", "\r")
        select string.Concat(Enumerable.Range(0, lines).Select(i =>
            code.ToString(System.Globalization.CultureInfo.InvariantCulture) + (i == lines - 1 ? " " : "-") + enhanced + text + eol));

    [Property(MaxTest = 500)]
    public Property Format_then_parse_round_trips() =>
        Prop.ForAll(Codes.ToArbitrary(), code =>
        {
            string text = code.ToString();
            Span<byte> utf8 = stackalloc byte[EnhancedStatusCode.MaxLength];
            code.TryFormat(utf8, out int n);
            return EnhancedStatusCode.Parse(text) == code
                && EnhancedStatusCode.Parse(utf8[..n]) == code
                && EnhancedStatusCode.Parse(text.AsSpan()) == code;
        });

    [Property(MaxTest = 1000)]
    public Property TryParse_never_throws_on_arbitrary_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s =>
        {
            _ = EnhancedStatusCode.TryParse(s, out _);
            _ = SmtpReply.TryParse(s, out _);
            _ = SmtpReply.TryParse((s ?? string.Empty).AsSpan(), false, out _, out _);
            SmtpReply.Extract(s);
            return true;
        });

    [Property(MaxTest = 1000)]
    public Property TryParse_never_throws_on_arbitrary_bytes() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            bytes ??= [];
            _ = EnhancedStatusCode.TryParse(bytes, out _, out _);
            _ = SmtpReplyParser.TryParseReply(bytes, out _, out _);
            _ = SmtpReply.TryParse(bytes, out _);
            return true;
        });

    [Property(MaxTest = 500)]
    public Property Utf8_span_and_string_paths_agree() =>
        Prop.ForAll(WireReplies.ToArbitrary(), wire =>
        {
            bool okBytes = SmtpReplyParser.TryParseReply(Encoding.UTF8.GetBytes(wire), out SmtpReplySummary b, out int bytes);
            bool okChars = SmtpReplyParser.TryParseReply(wire.AsSpan(), out SmtpReplySummary c, out int chars);
            bool okReply = SmtpReply.TryParse(wire, out SmtpReply? reply);
            return okBytes && okChars && okReply
                && b == c
                && Encoding.UTF8.GetByteCount(wire.AsSpan(0, chars)) == bytes
                && reply!.Code == b.Code
                && (reply.EnhancedCode ?? default) == b.EnhancedCode
                && Math.Max(reply.Lines.Count, 1) == b.LineCount;
        });

    [Property(MaxTest = 500)]
    public Property A_4xx_code_is_never_called_permanent() =>
        Prop.ForAll(Codes.Where(c => c.IsTransient).ToArbitrary(), Gen.Choose(400, 459).ToArbitrary(), (status, code) =>
        {
            SmtpReply reply = SmtpReply.Extract($"{code} {status} Mailbox temporarily unavailable");
            return !status.IsPermanent && !reply.IsPermanent && reply.IsTransient;
        });
}
