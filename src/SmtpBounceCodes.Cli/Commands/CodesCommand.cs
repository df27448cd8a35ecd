using System.Globalization;
using SmtpBounceCodes.Cli.Internal;

namespace SmtpBounceCodes.Cli.Commands;

/// <summary>
/// <c>smtp-bounce codes [--lang en|ja] [CODE]</c>: explains a basic reply code (550) or an enhanced status code
/// (5.7.1, X.7.1, vendor codes such as 5.7.606); without CODE, lists every registered code of both kinds.
/// </summary>
internal static class CodesCommand
{
    internal const string Usage = "smtp-bounce codes [--lang en|ja] [CODE]      (550, 5.7.1, X.7.1; no CODE: the whole table)";

    internal static int Run(Arguments args, TextWriter stdout)
    {
        string language = args.Language;
        if (args.Operands.Count > 1) throw new UsageException("codes: give at most one CODE");
        if (args.Operands.Count == 0)
        {
            WriteTables(language, stdout);
            return 0;
        }

        string code = args.Operands[0].Trim();
        if (TryReplyCode(code, out SmtpReplyCode reply)) WriteReplyCode(reply, language, stdout);
        else if (TryEnhancedCode(code, out EnhancedStatusCode enhanced)) WriteEnhancedCode(enhanced, language, stdout);
        else throw new UsageException($"codes: '{code}' is neither a reply code (such as 550) nor an enhanced status code (such as 5.7.1)");
        return 0;
    }

    /// <summary>Three digits from 200 to 599; unregistered codes such as 571 are accepted and explained by their class.</summary>
    internal static bool TryReplyCode(string text, out SmtpReplyCode code)
    {
        code = default;
        if (text.Length != 3 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value is < 200 or > 599) return false;
        code = (SmtpReplyCode)value;
        return true;
    }

    /// <summary>An enhanced code; the registry's own notation X.s.d is read as the permanent class.</summary>
    internal static bool TryEnhancedCode(string text, out EnhancedStatusCode code)
    {
        if (text.Length > 1 && text[0] is 'X' or 'x' && text[1] == '.') text = "5" + text[1..];
        return EnhancedStatusCode.TryParse(text, out code) && !code.IsEmpty;
    }

    private static void WriteReplyCode(SmtpReplyCode code, string language, TextWriter stdout)
    {
        Explanation explanation = Explanations.ForReplyCode(code, language);
        var table = new TextTable();
        table.Add("code", code.ToCodeString() + (code.GetRfcName() is { } name ? "  " + name : "  (not a registered reply code; explained by its class)"));
        table.Add("class", ClassName(code));
        if (code.GetReference() is { } reference) table.Add("reference", reference);
        AddExplanation(table, explanation, language);
        table.WriteTo(stdout);

        var paired = EnhancedStatusCodeRegistry.All.Where(info => info.AssociatedReplyCodes.Contains(code)).ToList();
        if (paired.Count == 0) return;
        stdout.Write($"\nenhanced status codes the registry pairs with {code.ToCodeString()}:\n");
        var list = new TextTable();
        foreach (EnhancedStatusCodeInfo info in paired) list.Add("  " + RegistryNotation(info.Code), info.Title);
        list.WriteTo(stdout);
    }

    private static void WriteEnhancedCode(EnhancedStatusCode code, string language, TextWriter stdout)
    {
        EnhancedStatusCodeInfo info = EnhancedStatusCodeRegistry.Describe(code);
        var table = new TextTable();
        string subject = "X." + code.Subject.ToString(CultureInfo.InvariantCulture) + ".XXX " + info.SubjectTitle;
        table.Add("code", code + "  " + (info.IsRegistered ? info.Title : "not in the IANA registry; explained by its subject, " + subject));
        table.Add("class", ((int)code.Class).ToString(CultureInfo.InvariantCulture) + ".X.X " + info.ClassTitle);
        table.Add("subject", subject);
        if (info.AssociatedReplyCodes.Count > 0) table.Add("reply codes", string.Join(' ', info.AssociatedReplyCodes.Select(c => c.ToCodeString())));
        if (info.IsRegistered) table.Add("reference", info.Reference);
        AddExplanation(table, Explanations.ForEnhancedCode(code, language), language);
        table.WriteTo(stdout);
    }

    private static void WriteTables(string language, TextWriter stdout)
    {
        stdout.Write("Reply codes (RFC 5321 and extensions)\n");
        var replies = new TextTable("CODE", "CLASS", "RFC TEXT", "SUMMARY");
        foreach (SmtpReplyCode code in Enum.GetValues<SmtpReplyCode>().Where(c => c.IsRegistered()).Distinct().Order())
        {
            replies.Add(code.ToCodeString(), ClassName(code), code.GetRfcName(), Explanations.ForReplyCode(code, language).Summary);
        }

        replies.WriteTo(stdout);
        stdout.Write("\nEnhanced status codes (IANA registry; X is 2 success, 4 transient or 5 permanent)\n");
        var enhanced = new TextTable("CODE", "REPLY CODES", "TITLE", "SUMMARY");
        foreach (EnhancedStatusCodeInfo info in EnhancedStatusCodeRegistry.All)
        {
            enhanced.Add(RegistryNotation(info.Code), string.Join(' ', info.AssociatedReplyCodes.Select(c => c.ToCodeString())), info.Title,
                Explanations.ForEnhancedCode(info.Code, language).Summary);
        }

        enhanced.WriteTo(stdout);
    }

    private static void AddExplanation(TextTable table, Explanation explanation, string language)
    {
        table.Add(Labels.Get("summary", language), explanation.Summary);
        table.Add(Labels.Get("cause", language), explanation.Cause);
        table.Add(Labels.Get("remedy", language), explanation.Remedy);
    }

    private static string RegistryNotation(EnhancedStatusCode code) =>
        "X." + code.Subject.ToString(CultureInfo.InvariantCulture) + "." + code.Detail.ToString(CultureInfo.InvariantCulture);

    private static string ClassName(SmtpReplyCode code) => code.GetClass() switch
    {
        SmtpReplyClass.PositiveCompletion => "positive",
        SmtpReplyClass.PositiveIntermediate => "intermediate",
        SmtpReplyClass.TransientNegative => "transient",
        SmtpReplyClass.PermanentNegative => "permanent",
        // 571 and other codes outside RFC 5321's grammar (second digit above 5) still say something by their first digit.
        _ => ((int)code / 100) switch { 4 => "transient", 5 => "permanent", _ => "other" },
    };
}
