using System.Text;

namespace SmtpBounceCodes.Cli.Internal;

/// <summary>
/// Prints rows as aligned columns. Widths are counted in terminal cells, so that Japanese text (two cells per
/// character) does not push the columns after it out of line. The last column is never padded. A table made without
/// headers prints only its rows (label/value blocks).
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = headers.Length == 0 ? [] : [headers];
    private readonly int _headerRows = headers.Length == 0 ? 0 : 1;

    /// <summary>The number of rows added (the header not counted).</summary>
    internal int RowCount => _rows.Count - _headerRows;

    internal void Add(params string?[] cells) => _rows.Add(cells.Select(c => OneLine(c ?? "-")).ToArray());

    internal void WriteTo(TextWriter output)
    {
        if (_rows.Count == 0) return;
        int columns = _rows.Max(r => r.Length);
        int[] widths = new int[columns];
        foreach (string[] row in _rows)
        {
            for (int c = 0; c < row.Length; c++) widths[c] = Math.Max(widths[c], Cells(row[c]));
        }

        var line = new StringBuilder();
        foreach (string[] row in _rows)
        {
            line.Clear();
            for (int c = 0; c < row.Length; c++)
            {
                line.Append(row[c]);
                if (c < row.Length - 1) line.Append(' ', widths[c] - Cells(row[c]) + 2);
            }

            output.Write(line.ToString().TrimEnd());
            output.Write('\n');
        }
    }

    /// <summary>The number of terminal cells a text takes: two for East Asian wide and full-width characters.</summary>
    internal static int Cells(string text)
    {
        int cells = 0;
        foreach (Rune rune in text.EnumerateRunes()) cells += IsWide(rune.Value) ? 2 : 1;
        return cells;
    }

    // The wide ranges of Unicode's East Asian Width property that occur in mail: Hangul Jamo, CJK punctuation to Yi,
    // Hangul syllables, CJK compatibility, full-width forms, and the supplementary ideographic planes.
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);

    // A cell holds one line: line breaks and tabs in diagnostic texts would break the alignment.
    private static string OneLine(string text) =>
        text.AsSpan().IndexOfAny("\r\n\t") < 0 ? text : text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
}
