using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmtpBounceCodes.Internal;

namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>
/// Rules that hold for every input. The generators build SMTP-shaped texts (reply codes, enhanced codes, the rule
/// table's own phrases, stage markers, junk, non-ASCII, NUL) because FsCheck's default strings are short ASCII and
/// rarely reach the interesting paths.
/// </summary>
public class DiagnosePropertyTests
{
    private static readonly string[] Phrases = RuleTable.ProviderRules.Concat(RuleTable.TextRules).SelectMany(r => r.Phrases)
        .Concat(RuleTable.TransientHints).Concat(RuleTable.ProviderHints.Select(h => h.Phrase)).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly string[] Separators =
    [
        " ", "  ", "-", "\r\n", "\n", "\r", "\t", "\0", "; ", ": ", "... ", " (in reply to RCPT TO command) ", " (in reply to end of DATA command) ",
        " >>> MAIL FROM:<a@example.jp> <<< ", "smtp; ", "X-Unix; ", "#", "(#", ")", "[", "]", "\u3000", "\uFEFF", "\uD800",
    ];

    private static Gen<char> AnyChar => Gen.Frequency(
        (6, Gen.Choose(0x20, 0x7E).Select(i => (char)i)),
        (1, Gen.Choose(0, 0x1F).Select(i => (char)i)),
        (2, Gen.Choose(0x80, 0xFFFF).Select(i => (char)i)),
        (1, Gen.Elements('容', '量', 'ド', 'メ', 'イ', 'ン', 'ｕ', 'Ｕ', '\u00A0', 'é', 'ß')));

    private static Gen<string> Junk => AnyChar.ArrayOf().Select(a => new string(a));

    // RFC 5321 §4.2: the second digit of a reply code is 0-5 ("461" is not a reply code, and is not read as one).
    private static Gen<int> ReplyCodeIn(int first) => Gen.Choose(0, 5).Zip(Gen.Choose(0, 9), (b, c) => (first * 100) + (b * 10) + c);

    private static Gen<string> ReplyCode => Gen.Choose(2, 5).SelectMany(ReplyCodeIn).Select(i => i.ToString(CultureInfo.InvariantCulture));

    private static Gen<string> EnhancedCode =>
        Gen.Elements(2, 4, 5).Zip(Gen.Choose(0, 9)).Zip(Gen.Choose(0, 999), (cs, d) => $"{cs.Item1}.{cs.Item2}.{d}");

    private static Gen<string> Token => Gen.Frequency(
        (3, ReplyCode), (3, EnhancedCode), (5, Gen.Elements(Phrases)), (2, Junk), (4, Gen.Elements(Separators)));

    /// <summary>Texts that look like replies and bounce lines, with junk mixed in.</summary>
    private static Gen<string> SmtpShaped => Token.ListOf().Select(parts => string.Concat(parts));

    private static Gen<string> AnyText => Gen.OneOf(SmtpShaped, Junk, Gen.Constant(string.Empty));

    [Property(MaxTest = 500)]
    public Property Diagnose_is_total_on_any_text() =>
        Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose(text);
            // The engine turns an internal defect into "engine.error" rather than throwing: that must never happen.
            return d.Evidence.RuleId != "engine.error" && BounceReasons.All.Contains(d.Reason);
        });

    [Property(MaxTest = 300)]
    public Property Every_entry_point_is_total() =>
        Prop.ForAll(AnyText.ToArbitrary(), AnyText.ToArbitrary(), Gen.Choose(-1000, 1000).ToArbitrary(), (a, b, code) =>
        {
            var results = new[]
            {
                Diagnoser.Diagnose(code, a),
                Diagnoser.Diagnose(new DeliveryStatusFields { Status = a, DiagnosticCode = b, Action = b, RemoteMta = a }),
                Diagnoser.Diagnose(b, new DiagnoseOptions { RemoteHost = a, Language = b, Stage = (SmtpStage)(Math.Abs(code) % 8) }),
            };
            return results.All(d => d.Evidence.RuleId != "engine.error");
        });

    [Fact]
    public void Null_and_empty_inputs_are_undefined()
    {
        Assert.Equal(BounceReason.Undefined, Diagnoser.Diagnose((string?)null).Reason);
        Assert.Equal(BounceReason.Undefined, Diagnoser.Diagnose(string.Empty).Reason);
        Assert.Equal(BounceReason.Undefined, Diagnoser.Diagnose((DeliveryStatusFields?)null).Reason);
        Assert.Equal(BounceReason.Undefined, Diagnoser.Diagnose(ReadOnlySpan<char>.Empty).Reason);
        Assert.Equal(BounceReason.OnHold, Diagnoser.Diagnose("\0\0\0 nothing known here").Reason);
    }

    [Property(MaxTest = 500)]
    public Property A_4xx_reply_is_never_a_hard_bounce() =>
        Prop.ForAll(ReplyCodeIn(4).ToArbitrary(), SmtpShaped.ToArbitrary(), (code, rest) =>
        {
            string text = code.ToString(CultureInfo.InvariantCulture) + " " + rest;
            return !Diagnoser.Diagnose(text).IsHardBounce
                && !Diagnoser.Diagnose(code, rest).IsHardBounce
                && !Diagnoser.Diagnose(code, "550 5.1.1 " + rest).IsHardBounce;
        });

    [Property(MaxTest = 500)]
    public Property A_4_x_x_status_is_never_a_hard_bounce() =>
        Prop.ForAll(Gen.Choose(0, 9).ToArbitrary(), Gen.Choose(0, 999).ToArbitrary(), SmtpShaped.ToArbitrary(), (subject, detail, rest) =>
        {
            string status = $"4.{subject}.{detail}";
            return !Diagnoser.Diagnose(new DeliveryStatusFields { Status = status, Action = "failed", DiagnosticCode = "smtp; 550 " + rest }).IsHardBounce
                && !Diagnoser.Diagnose("550 " + status + " " + rest).IsHardBounce
                && !Diagnoser.Diagnose(new DeliveryStatusFields { Status = "5.1.1", Action = "delayed", DiagnosticCode = rest }).IsHardBounce;
        });

    [Property(MaxTest = 500)]
    public Property String_and_span_overloads_agree() =>
        Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            SmtpBounceCodes.Diagnosis s = Diagnoser.Diagnose(text);
            SmtpBounceCodes.Diagnosis span = Diagnoser.Diagnose(text.AsSpan());
            return s.Reason == span.Reason && s.IsPermanent == span.IsPermanent && s.ReplyCode == span.ReplyCode
                && s.EnhancedCode == span.EnhancedCode && s.Stage == span.Stage && s.Provider == span.Provider
                && s.Evidence.RuleId == span.Evidence.RuleId && s.Evidence.MatchStart == span.Evidence.MatchStart
                && s.Evidence.MatchLength == span.Evidence.MatchLength;
        });

    [Property(MaxTest = 500)]
    public Property Evidence_points_into_the_text() =>
        Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            DiagnosisEvidence e = Diagnoser.Diagnose(text).Evidence;
            return e.MatchStart < 0 || (e.MatchLength > 0 && e.MatchStart + e.MatchLength <= text.Length);
        });

    [Property(MaxTest = 300)]
    public Property Surrounding_white_space_changes_nothing_but_the_offset() =>
        Prop.ForAll(SmtpShaped.ToArbitrary(), text =>
        {
            SmtpBounceCodes.Diagnosis plain = Diagnoser.Diagnose(text);
            SmtpBounceCodes.Diagnosis padded = Diagnoser.Diagnose("  \r\n" + text + "\n ");
            return plain.Reason == padded.Reason && (plain.Evidence.MatchStart < 0 || padded.Evidence.MatchStart == plain.Evidence.MatchStart + 4
                || text.Length != text.TrimStart().Length);
        });
}
