using System.Globalization;
using System.Text;
using SmtpBounceCodes.Internal;

namespace SmtpBounceCodes.Tests.Localization;

/// <summary>
/// Renders docs/reasons.md and docs/codes.md from the tables compiled into the library, so that the documentation
/// cannot drift from the code. <see cref="GeneratedDocsTests"/> compares the committed files with this rendering.
/// </summary>
internal static class DocsRenderer
{
    internal const string UpdateVariable = "SMTPBOUNCE_UPDATE_DOCS";

    private const string GeneratedNote =
        "<!-- Generated from the code by tests/SmtpBounceCodes.Tests/Localization/DocsRenderer.cs: do not edit by hand.\n" +
        "     Regenerate with: SMTPBOUNCE_UPDATE_DOCS=1 dotnet test tests/SmtpBounceCodes.Tests --filter GeneratedDocsTests -->\n";

    /// <summary>The reasons: a table of their facts, then each reason explained in English and Japanese.</summary>
    internal static string RenderReasons()
    {
        var sb = new StringBuilder();
        sb.Append(GeneratedNote).Append('\n');
        sb.Append("# Bounce reasons\n\n");
        sb.Append("The reason taxonomy of SmtpBounceCodes: the 34 reasons of Sisimai 5.6 with the same wire names. ")
          .Append("*Hard* reasons mean the address itself is dead; `Diagnosis.IsHardBounce` is true only when the failure is also ")
          .Append("permanent (5xx). *Advice* is `Diagnosis.Advice` for a permanent failure, and for a temporary one where it differs. ")
          .Append("The texts are what `Explanations.ForReason` and `Diagnosis.Explanation` return.\n\n");

        sb.Append("| reason | hard | fault party | advice | summary |\n");
        sb.Append("|---|---|---|---|---|\n");
        foreach (BounceReason reason in BounceReasons.All)
        {
            sb.Append("| [`").Append(reason.GetWireName()).Append("`](#").Append(reason.GetWireName()).Append(") | ")
              .Append(reason.IsHardReason() ? "yes" : reason.IsBounce() ? "no" : "—").Append(" | ")
              .Append(Words(reason.GetFaultParty().ToString())).Append(" | ")
              .Append(AdviceText(reason)).Append(" | ")
              .Append(Cell(Explanations.ForReason(reason, "en").Summary)).Append(" |\n");
        }

        foreach (BounceReason reason in BounceReasons.All)
        {
            sb.Append("\n## ").Append(reason.GetWireName()).Append("\n\n");
            AppendExplanation(sb, "English", Explanations.ForReason(reason, "en"));
            AppendExplanation(sb, "日本語", Explanations.ForReason(reason, "ja"));
        }

        return sb.ToString();
    }

    /// <summary>The enhanced status codes of the registry (with classes and subjects), then the registered reply codes.</summary>
    internal static string RenderCodes()
    {
        var sb = new StringBuilder();
        sb.Append(GeneratedNote).Append('\n');
        sb.Append("# Status codes\n\n");
        sb.Append("What `Explanations.ForEnhancedCode` and `Explanations.ForReplyCode` say about each code. ")
          .Append("Titles, associated basic codes and references are facts from the IANA registry and the RFCs; ")
          .Append("the summaries are ours.\n\n");

        sb.Append("## Enhanced status codes (RFC 3463)\n\n");
        sb.Append("### Classes\n\n");
        sb.Append("| class | summary | 日本語 |\n|---|---|---|\n");
        foreach (int cls in new[] { 2, 4, 5 })
        {
            AppendKeyRow(sb, cls.ToString(CultureInfo.InvariantCulture) + ".X.X", "class:" + cls.ToString(CultureInfo.InvariantCulture));
        }

        AppendKeyRow(sb, "none", "class:0");

        sb.Append("\n### Subjects\n\nA detail the registry does not list (such as 5.7.606) is explained by its subject.\n\n");
        sb.Append("| subject | title | summary | 日本語 |\n|---|---|---|---|\n");
        for (int subject = 0; subject < EnhancedCodeTable.Subjects.Length; subject++)
        {
            string key = "subject:" + subject.ToString(CultureInfo.InvariantCulture);
            sb.Append("| X.").Append(subject.ToString(CultureInfo.InvariantCulture)).Append(".X | ")
              .Append(Cell(EnhancedStatusCodeRegistry.GetSubjectTitle(subject))).Append(" | ")
              .Append(Cell(TextCatalog.TryGet(key, "en")!.Summary)).Append(" | ")
              .Append(Cell(TextCatalog.TryGet(key, "ja")!.Summary)).Append(" |\n");
        }

        sb.Append("\n### Registered codes\n\n");
        sb.Append("The registry lists each code once as X.subject.detail; the class digit (2, 4 or 5) comes from the reply.\n\n");
        sb.Append("| code | title | basic codes | reference | summary | 日本語 |\n|---|---|---|---|---|---|\n");
        foreach (EnhancedStatusCodeInfo info in EnhancedStatusCodeRegistry.All)
        {
            string code = "X." + info.Code.Subject.ToString(CultureInfo.InvariantCulture) + "." + info.Code.Detail.ToString(CultureInfo.InvariantCulture);
            sb.Append("| ").Append(code).Append(" | ")
              .Append(Cell(info.Title)).Append(" | ")
              .Append(string.Join(" ", info.AssociatedReplyCodes.Select(c => ((int)c).ToString(CultureInfo.InvariantCulture)))).Append(" | ")
              .Append(Cell(info.Reference)).Append(" | ")
              .Append(Cell(info.GetExplanation("en").Summary)).Append(" | ")
              .Append(Cell(info.GetExplanation("ja").Summary)).Append(" |\n");
        }

        sb.Append("\n## Basic reply codes (RFC 5321 and extensions)\n\n");
        sb.Append("There is no registry of basic reply codes; a code not listed here is explained by its first digit.\n\n");
        sb.Append("| first digit | summary | 日本語 |\n|---|---|---|\n");
        foreach (int cls in new[] { 2, 3, 4, 5 })
        {
            AppendKeyRow(sb, cls.ToString(CultureInfo.InvariantCulture) + "xx", "replyclass:" + cls.ToString(CultureInfo.InvariantCulture));
        }

        AppendKeyRow(sb, "other", "replyclass:0");

        sb.Append("\n| code | RFC text | reference | summary | 日本語 |\n|---|---|---|---|---|\n");
        foreach (ReplyCodeRow row in ReplyCodeTable.Rows)
        {
            var code = (SmtpReplyCode)row.Code;
            sb.Append("| ").Append(code.ToCodeString()).Append(" | ")
              .Append(Cell(code.GetRfcName() ?? "")).Append(" | ")
              .Append(Cell(code.GetReference() ?? "")).Append(" | ")
              .Append(Cell(Explanations.ForReplyCode(code, "en").Summary)).Append(" | ")
              .Append(Cell(Explanations.ForReplyCode(code, "ja").Summary)).Append(" |\n");
        }

        return sb.ToString();
    }

    private static void AppendKeyRow(StringBuilder sb, string label, string key) =>
        sb.Append("| ").Append(label).Append(" | ")
          .Append(Cell(TextCatalog.TryGet(key, "en")!.Summary)).Append(" | ")
          .Append(Cell(TextCatalog.TryGet(key, "ja")!.Summary)).Append(" |\n");

    private static void AppendExplanation(StringBuilder sb, string heading, Explanation e)
    {
        bool ja = e.Language == "ja";
        sb.Append("**").Append(heading).Append("**\n\n");
        sb.Append("- ").Append(ja ? "概要" : "Summary").Append(ja ? "：" : ": ").Append(e.Summary).Append('\n');
        sb.Append("- ").Append(ja ? "原因" : "Cause").Append(ja ? "：" : ": ").Append(e.Cause).Append('\n');
        sb.Append("- ").Append(ja ? "対処" : "Remedy").Append(ja ? "：" : ": ").Append(e.Remedy).Append("\n\n");
    }

    private static string AdviceText(BounceReason reason)
    {
        RetryAdvice permanent = Advice.For(reason, permanent: true);
        RetryAdvice temporary = Advice.For(reason, permanent: false);
        return permanent == temporary
            ? Words(permanent.ToString())
            : "5xx: " + Words(permanent.ToString()) + "; 4xx: " + Words(temporary.ToString());
    }

    // "SuppressRecipient" → "suppress recipient".
    private static string Words(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i])) sb.Append(' ');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }

    // A table cell: pipes would split the cell, and "<domain>" would vanish as an HTML tag.
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
