using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpBounceCodes.Benchmarks;

/// <summary>
/// Parsing a wire reply: the naive way a user would write it (split the lines, one regular expression per line), the
/// strict parsers over strings, spans and UTF-8 bytes, and the lenient extraction.
/// </summary>
[MemoryDiagnoser]
public partial class ReplyParsingBenchmarks
{
    private string _text = string.Empty;
    private byte[] _utf8 = [];

    /// <summary>Which reply: a typical one-line Postfix reply, or Gmail's four-line reply.</summary>
    [Params("typical", "gmail-multiline")]
    public string Reply { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        _text = Reply == "typical" ? Inputs.TypicalReply : Inputs.GmailMultilineReply;
        _utf8 = Encoding.UTF8.GetBytes(_text);
    }

    [Benchmark(Baseline = true, Description = "naive Split + Regex")]
    public NaiveReply? Naive() => NaiveReply.Parse(_text);

    [Benchmark(Description = "SmtpReply.TryParse(string)")]
    public SmtpReply? TryParseString() => SmtpReply.TryParse(_text, out SmtpReply? reply) ? reply : null;

    [Benchmark(Description = "SmtpReply.TryParse(span)")]
    public SmtpReply? TryParseSpan() => SmtpReply.TryParse(_text.AsSpan(), out SmtpReply? reply) ? reply : null;

    [Benchmark(Description = "SmtpReplyParser.TryParseReply(utf8)")]
    public SmtpReplySummary TryParseUtf8() => SmtpReplyParser.TryParseReply(_utf8, out SmtpReplySummary reply, out _) ? reply : default;

    [Benchmark(Description = "SmtpReply.Extract(string)")]
    public SmtpReply Extract() => SmtpReply.Extract(_text);

    /// <summary>What a user writes without a library: split on line breaks, match each line with a regular expression.</summary>
    public sealed partial record NaiveReply(int Code, string? EnhancedCode, List<string> Lines)
    {
        [GeneratedRegex(@"^(\d{3})([ -])(?:([245]\.\d{1,3}\.\d{1,3}) )?(.*)$")]
        private static partial Regex LinePattern();

        public static NaiveReply? Parse(string text)
        {
            var lines = new List<string>();
            int code = 0;
            string? enhanced = null;
            foreach (string line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
            {
                Match m = LinePattern().Match(line);
                if (!m.Success) return null;
                code = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                enhanced ??= m.Groups[3].Success ? m.Groups[3].Value : null;
                lines.Add(m.Groups[4].Value);
            }

            return lines.Count == 0 ? null : new NaiveReply(code, enhanced, lines);
        }
    }
}
