using System.Buffers;
using SmtpBounceCodes.Cli.Internal;

namespace SmtpBounceCodes.Cli.Commands;

/// <summary>
/// <c>smtp-bounce demo [--lang en|ja]</c>: runs parse, diagnose, codes and scan over the samples built into the tool
/// (the repository's <c>samples/</c> folder, embedded at build time), printing each command line before its output.
/// </summary>
internal static class DemoCommand
{
    internal const string Usage = "smtp-bounce demo [--lang en|ja]      (parse, diagnose and scan the built-in samples)";

    // A multi-line reply as an SMTP client receives it: every line repeats the code, '-' marks a continuation.
    private const string MultilineReply =
        "550-5.1.1 The mailbox you tried to reach does not exist. Check the\r\n" +
        "550-5.1.1 address for typing mistakes and stray spaces. More at\r\n" +
        "550 5.1.1 https://mail.example.net/help/no-such-user";

    // Characters that make a shell word need quotes.
    private static readonly SearchValues<char> ShellSpecial = SearchValues.Create(" <>;'\"\\[]()&|$");

    private const string Wrapped =
        "taro@example.jp: host mx.example.jp[192.0.2.25] said: 550 5.1.1 <taro@example.jp>: Recipient address rejected: " +
        "User unknown in local recipient table (in reply to RCPT TO command)";

    internal static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Operands.Count > 0) throw new UsageException("demo: takes no operands");
        string language = args.Language;
        string directory = Samples.ExtractToTemporaryDirectory();
        try
        {
            string replies = Path.Combine(directory, "replies.txt");
            string mail = Path.Combine(directory, "mail");
            // --lang is passed on only when given, so that the default demo shows the plain commands.
            string[] lang = args.Has("--lang") ? ["--lang", language] : [];
            string[][] steps =
            [
                ["parse", "--json", MultilineReply],
                ["parse", Wrapped],
                ["diagnose", .. lang, "550 5.7.1 Access denied: 198.51.100.7 is listed at bl.example.org"],
                ["diagnose", "--stdin", .. lang],
                ["codes", .. lang, "5.7.1"],
                ["scan", .. lang, mail],
                ["scan", "--format", "jsonl", mail],
            ];
            int exitCode = 0;
            foreach (string[] step in steps) exitCode = Math.Max(exitCode, Step(stdout, stderr, step.Contains("--stdin") ? replies : null, step));
            return exitCode;
        }
        finally
        {
            Samples.Delete(directory);
        }
    }

    private static int Step(TextWriter stdout, TextWriter stderr, string? input, string[] args)
    {
        // The command line is shown as a user would type it, with the samples' temporary folder hidden.
        string shown = string.Join(' ', args.Select(Show)) + (input is null ? string.Empty : " < samples/" + Path.GetFileName(input));
        stdout.Write("\n$ " + CommandLine.Name + " " + shown + "\n");
        using TextReader stdin = input is null ? TextReader.Null : new StreamReader(input);
        return CommandLine.Run(args, stdin, stdout, stderr);
    }

    private static string Show(string arg)
    {
        if (Path.IsPathRooted(arg)) return "samples/" + Path.GetFileName(arg);
        string escaped = arg.Replace("\r\n", "\\r\\n", StringComparison.Ordinal);
        return escaped.AsSpan().IndexOfAny(ShellSpecial) < 0 ? escaped : (escaped.Contains("\\r\\n", StringComparison.Ordinal) ? "$'" + escaped + "'" : "'" + escaped + "'");
    }
}
