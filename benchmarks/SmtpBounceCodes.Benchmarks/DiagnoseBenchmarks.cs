using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpBounceCodes.Benchmarks;

/// <summary>
/// Diagnosing a text: <see cref="Diagnoser.Diagnose(string?)"/> against the naive way, a list of about thirty compiled
/// regular expressions tried in order until one matches.
/// </summary>
[MemoryDiagnoser]
public class DiagnoseBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Which text: a short reply, Gmail's long flattened reply, or a Japanese reply.</summary>
    [Params("short", "gmail-long", "japanese")]
    public string Text { get; set; } = "short";

    [GlobalSetup]
    public void Setup() => _text = Text switch
    {
        "short" => Inputs.ShortText,
        "gmail-long" => Inputs.GmailLongText,
        _ => Inputs.JapaneseText,
    };

    [Benchmark(Baseline = true, Description = "naive: 30 Regex in order")]
    public string Naive() => NaiveClassifier.Classify(_text);

    [Benchmark(Description = "Diagnoser.Diagnose(string)")]
    public Diagnosis Diagnose() => Diagnoser.Diagnose(_text);

    /// <summary>The classifier a user writes first: patterns in order, the first that matches wins.</summary>
    public static class NaiveClassifier
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

        private static readonly (Regex Pattern, string Reason)[] Patterns =
        [
            (new Regex(@"too many (messages|connections|recipients)", Options), "ratelimited"),
            (new Regex(@"rate limit(ed)?", Options), "ratelimited"),
            (new Regex(@"try again later", Options), "ratelimited"),
            (new Regex(@"(user|mailbox|recipient) (unknown|not found)", Options), "userunknown"),
            (new Regex(@"no such (user|mailbox|recipient)", Options), "userunknown"),
            (new Regex(@"does not exist", Options), "userunknown"),
            (new Regex(@"no mailbox here", Options), "userunknown"),
            (new Regex(@"host (unknown|not found)", Options), "hostunknown"),
            (new Regex(@"domain (not found|does not exist)", Options), "hostunknown"),
            (new Regex(@"mailbox (is )?full|over ?quota|quota exceeded", Options), "mailboxfull"),
            (new Regex(@"(message|mail) (is )?too (large|big)|size exceeds", Options), "emailtoolarge"),
            (new Regex(@"relay(ing)? (access )?(denied|not permitted)", Options), "norelaying"),
            (new Regex(@"(listed|blocked) (at|by|using)|blacklist|blocklist", Options), "blocked"),
            (new Regex(@"access denied|connection refused", Options), "blocked"),
            (new Regex(@"reverse (dns|hostname)|ptr record", Options), "requireptr"),
            (new Regex(@"(spf|dkim|dmarc).*(fail|policy)", Options), "authfailure"),
            (new Regex(@"reputation", Options), "badreputation"),
            (new Regex(@"spam|junk mail|unsolicited", Options), "spamdetected"),
            (new Regex(@"virus|malware|infected", Options), "virusdetected"),
            (new Regex(@"account (is )?(disabled|suspended|inactive)", Options), "suspend"),
            (new Regex(@"sender (address )?rejected|domain of sender", Options), "rejected"),
            (new Regex(@"policy (violation|reasons?)|rejected by policy", Options), "policyviolation"),
            (new Regex(@"starttls|tls (required|handshake)", Options), "failedstarttls"),
            (new Regex(@"not rfc ?5322|duplicate header", Options), "notcompliantrfc"),
            (new Regex(@"attachment|content (rejected|refused)", Options), "contenterror"),
            (new Regex(@"insufficient (system )?storage|disk full", Options), "systemfull"),
            (new Regex(@"mail loop|loops back|dns lookup", Options), "networkerror"),
            (new Regex(@"timed? ?out|retry timeout|expired", Options), "expired"),
            (new Regex(@"syntax error|unrecognized command|unsupported option", Options), "syntaxerror"),
            (new Regex(@"internal (server )?error|system error", Options), "systemerror"),
            (new Regex(@"宛先.*(存在しません|不明)", Options), "userunknown"),
            (new Regex(@"容量.*(超え|いっぱい)", Options), "mailboxfull"),
        ];

        public static string Classify(string text)
        {
            foreach ((Regex pattern, string reason) in Patterns)
            {
                if (pattern.IsMatch(text)) return reason;
            }

            return "onhold";
        }
    }
}
