using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmtpBounceCodes.Internal;

namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>
/// The automaton's shortcuts (dense rows, single-edge states, the plain ASCII run, flagged transitions) must report
/// exactly what a plain search reports: the same matches, in the same order. The reference below folds the text the
/// same documented way and compares every part at every position, with no automaton at all.
/// </summary>
public class PhraseMatcherReferenceTests
{
    private static readonly string[] RulePhrases = RuleTable.ProviderRules.Concat(RuleTable.TextRules).SelectMany(r => r.Phrases)
        .Concat(RuleTable.TransientHints).Concat(RuleTable.ProviderHints.Select(h => h.Phrase))
        .Concat(ReplyExtractor.StageMarkers.Select(m => m.Marker)).ToArray();

    private static readonly PhraseMatcher RuleMatcher = new(RulePhrases);

    private static readonly Reference RuleReference = new(RulePhrases);

    private static readonly string[] Separators = [" ", "  ", "-", "\r\n", "\t", ". ", "550-5.1.1 ", "550 5.7.1 ", "421-", "\u3000", "\uFF35"];

    private static Gen<string> Fragment =>
        from phrase in Gen.Elements(RulePhrases)
        from cut in Gen.Choose(0, 3)
        from upper in Gen.Elements(false, false, true)
        let text = phrase.Replace("\\b", string.Empty, StringComparison.Ordinal).Replace("*", " x ", StringComparison.Ordinal)
        let piece = cut == 0 ? text : text.Substring(0, text.Length * cut / 4)
        select upper ? piece.ToUpperInvariant() : piece;

    private static Gen<string> RuleShaped => Gen.Frequency(
            (6, Fragment), (3, Gen.Elements(Separators)), (1, Gen.Choose(200, 599).Select(i => i.ToString(CultureInfo.InvariantCulture))),
            (1, Gen.Elements("xyz", "Ｕｓｅｒ", "宛先", "の", "é", "\0")))
        .ListOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 400)]
    public Property Rule_table_matcher_reports_what_a_plain_search_reports() =>
        Prop.ForAll(RuleShaped.ToArbitrary(), text => Same(RuleMatcher, RuleReference, text));

    private static Gen<string> SmallPhrase =>
        from all in Gen.Elements("a", "ab", "ba", "abc", "b a", "aab", "ca", "Ab", "ｂ", "é", "5a").NonEmptyListOf()
        let parts = all.Take(4).ToList()
        from gap in Gen.Elements(false, false, true)
        from start in Gen.Elements(false, false, true)
        let body = gap && parts.Count > 1 ? string.Join("*", parts) : string.Concat(parts)
        select (start ? "\\b" : string.Empty) + body;

    private static Gen<string> SmallText =>
        Gen.Elements("a", "b", "c", "A", "B", " ", "  ", "é", "ａ", "5", "550-5.1.1 ", "x", "\n").ListOf().Select(p => string.Concat(p));

    [Property(MaxTest = 400)]
    public Property Small_alphabet_matcher_reports_what_a_plain_search_reports() =>
        Prop.ForAll(SmallPhrase.NonEmptyListOf().ToArbitrary(), SmallText.ToArbitrary(), (phrases, text) =>
        {
            string[] list = phrases.Where(p => Fold(p.Replace("\\b", string.Empty, StringComparison.Ordinal)).Trim().Length > 0).ToArray();
            if (list.Length == 0) return true;
            return Same(new PhraseMatcher(list), new Reference(list), text);
        });

    private static bool Same(PhraseMatcher matcher, Reference reference, string text)
    {
        var sink = new Recorder(new List<(int, int, int)>());
        Span<int> chain = new int[matcher.ChainSlots * 2];
        matcher.Match(text.AsSpan(), chain, ref sink);
        return sink.Matches.SequenceEqual(reference.Match(text));
    }

    private static string Fold(string s) => new(s.Select(PhraseMatcher.Fold).ToArray());

    private readonly struct Recorder(List<(int Pattern, int Start, int Length)> matches) : PhraseMatcher.ISink
    {
        internal List<(int Pattern, int Start, int Length)> Matches { get; } = matches;

        public void OnMatch(int pattern, int start, int length) => Matches.Add((pattern, start, length));
    }

    /// <summary>A plain search with the matcher's documented semantics.</summary>
    private sealed class Reference
    {
        private readonly List<(int Pattern, int Index, string Text, bool WordStart, bool WordEnd, bool IsLast, int Slot)> _parts = [];
        private readonly int _slots;

        internal Reference(string[] phrases)
        {
            // The phrase syntax is parsed by the matcher's own helper: what is checked here is the search.
            for (int p = 0; p < phrases.Length; p++)
            {
                (string Folded, bool WordStart, bool WordEnd)[] pieces = PhraseMatcher.SplitPhrase(phrases[p]);
                for (int i = 0; i < pieces.Length; i++)
                {
                    _parts.Add((p, i, pieces[i].Folded, pieces[i].WordStart, pieces[i].WordEnd, i == pieces.Length - 1, pieces.Length > 1 ? _slots++ : -1));
                }
            }
        }

        internal List<(int, int, int)> Match(string text)
        {
            // The folded text: repeated reply codes after white space dropped, white space runs as one space.
            var chars = new List<char>();
            var offsets = new List<int>();
            bool lastSpace = true;
            for (int i = 0; i < text.Length; i++)
            {
                if (lastSpace && text[i] is >= '2' and <= '5')
                {
                    int skip = PhraseMatcher.RepeatedCodeLength(text.AsSpan(), i);
                    if (skip > 0)
                    {
                        i += skip - 1;
                        continue;
                    }
                }

                char c = PhraseMatcher.Fold(text[i]);
                if (c == ' ' && lastSpace) continue;
                lastSpace = c == ' ';
                chars.Add(c);
                offsets.Add(i);
            }

            var found = new List<(int, int, int)>();
            int[] chain = Enumerable.Repeat(-1, _slots * 2).ToArray();
            string folded = new(chars.ToArray());
            for (int end = 1; end <= folded.Length; end++)
            {
                // Longest first, then in the order the phrases were given: the order an Aho–Corasick output list has.
                foreach (var part in _parts.Select((p, id) => (p, id)).Where(x => x.p.Text.Length <= end
                             && string.CompareOrdinal(folded, end - x.p.Text.Length, x.p.Text, 0, x.p.Text.Length) == 0)
                             .OrderByDescending(x => x.p.Text.Length).ThenBy(x => x.id).Select(x => x.p))
                {
                    int start = offsets[end - part.Text.Length], last = offsets[end - 1];
                    if (part.WordStart && start > 0 && char.IsLetterOrDigit(text[start - 1])) continue;
                    if (part.WordEnd && last + 1 < text.Length && char.IsLetterOrDigit(text[last + 1])) continue;
                    if (part.Slot < 0)
                    {
                        found.Add((part.Pattern, start, last + 1 - start));
                        continue;
                    }

                    int slot = part.Slot * 2;
                    if (part.Index == 0)
                    {
                        chain[slot] = start;
                        chain[slot + 1] = last + 1;
                        continue;
                    }

                    int prevStart = chain[slot - 2], prevEnd = chain[slot - 1];
                    if (prevEnd < 0 || prevEnd > start || start - prevEnd > PhraseMatcher.MaxGap) continue;
                    if (part.IsLast)
                    {
                        found.Add((part.Pattern, prevStart, last + 1 - prevStart));
                    }
                    else
                    {
                        chain[slot] = prevStart;
                        chain[slot + 1] = last + 1;
                    }
                }
            }

            return found;
        }
    }
}
