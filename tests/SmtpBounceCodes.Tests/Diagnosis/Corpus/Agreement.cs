using System.Globalization;
using System.Text;

namespace SmtpBounceCodes.Tests.Diagnosis.Corpus;

/// <summary>Counts how often Diagnose agrees with Sisimai, overall and per expected reason, and lists the disagreements.</summary>
internal sealed class Agreement
{
    private readonly SortedDictionary<string, (int Total, int Agreed)> _perReason = new(StringComparer.Ordinal);
    private readonly List<string> _disagreements = [];

    internal int Total { get; private set; }

    internal int Agreed { get; private set; }

    internal double Rate => Total == 0 ? 0 : (double)Agreed / Total;

    internal void Add(string expected, SmtpBounceCodes.Diagnosis actual, string label)
    {
        bool agreed = actual.ReasonName == expected;
        Total++;
        if (agreed) Agreed++;
        (int total, int ok) = _perReason.GetValueOrDefault(expected);
        _perReason[expected] = (total + 1, ok + (agreed ? 1 : 0));
        if (!agreed) _disagreements.Add($"  expected {expected,-16} got {actual.ReasonName,-16} [{actual.Evidence.RuleId}] {label}");
    }

    internal string Render(string title)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{title}: {Agreed}/{Total} agree ({Rate:P1})\n");
        foreach ((string reason, (int total, int ok)) in _perReason.OrderBy(p => (double)p.Value.Agreed / p.Value.Total).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {reason,-16} {ok,4}/{total,-4} {(double)ok / total,7:P1}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"Disagreements ({_disagreements.Count}):\n");
        foreach (string d in _disagreements) sb.Append(d).Append('\n');
        return sb.ToString();
    }

    internal static string OneLine(string? text)
    {
        if (text is null) return string.Empty;
        string flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 220 ? flat[..220] + "…" : flat;
    }
}
