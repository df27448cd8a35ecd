using System.Reflection;
using SmtpBounceCodes.Cli.Commands;
using SmtpBounceCodes.Cli.Internal;

namespace SmtpBounceCodes.Cli;

/// <summary>
/// The <c>smtp-bounce</c> command line (contract: DESIGN.md, "Command line"; documented in README.md). Exit codes:
/// 0 done, 1 something could not be read (scan), 2 a mistake in the command line. Errors are one line on standard
/// error; output is UTF-8 with "\n" line ends.
/// </summary>
internal static class CommandLine
{
    internal const string Name = "smtp-bounce";

    private static readonly string GeneralUsage =
        "usage:\n" +
        "  " + ParseCommand.Usage + "\n" +
        Indent(DiagnoseCommand.Usage) + "\n" +
        "  " + CodesCommand.Usage + "\n" +
        "  " + ScanCommand.Usage + "\n" +
        "  " + DemoCommand.Usage + "\n" +
        "  smtp-bounce --help | --version\n" +
        "\n" +
        "Says why an e-mail bounced and what to do, from an SMTP reply, a bounce text or bounce e-mails.\n" +
        "Exit codes: 0 done, 1 a file could not be read, 2 a mistake in the command line.\n";

    /// <summary>Runs one command line, in-process (the tests call this directly).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input (<c>diagnose --stdin</c>, TEXT <c>-</c>).</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, BounceReaderSource.Instance);

    /// <summary>Runs one command line with another source of bounce reports for <c>scan</c> (tests).</summary>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IReportSource source)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            if (args.Length == 0) throw new UsageException("missing command (parse, diagnose, codes, scan, demo)");
            string command = args[0];
            ReadOnlySpan<string> rest = args.AsSpan(1);
            switch (command)
            {
                case "--help" or "-h" or "help":
                    stdout.Write(GeneralUsage);
                    return 0;
                case "--version":
                    stdout.Write(Name + " " + Version + "\n");
                    return 0;
                case "parse":
                    return WithHelp(Arguments.Read(command, rest, ["--json"], []), ParseCommand.Usage, stdout, a => ParseCommand.Run(a, stdin, stdout));
                case "diagnose":
                    return WithHelp(Arguments.Read(command, rest, ["--json", "--stdin"], ["--lang", "--format"]), DiagnoseCommand.Usage, stdout,
                        a => DiagnoseCommand.Run(a, stdin, stdout));
                case "codes":
                    return WithHelp(Arguments.Read(command, rest, [], ["--lang"]), CodesCommand.Usage, stdout, a => CodesCommand.Run(a, stdout));
                case "scan":
                    return WithHelp(Arguments.Read(command, rest, [], ["--format", "--lang"]), ScanCommand.Usage, stdout,
                        a => ScanCommand.Run(a, stdout, stderr, source));
                case "demo":
                    return WithHelp(Arguments.Read(command, rest, [], ["--lang"]), DemoCommand.Usage, stdout, a => DemoCommand.Run(a, stdout, stderr));
                default:
                    throw new UsageException(command.StartsWith('-') ? $"unknown option '{command}'" : $"unknown command '{command}'");
            }
        }
        catch (UsageException e)
        {
            stderr.Write(Name + ": " + e.Message + " (see '" + Name + " --help')\n");
            return 2;
        }
    }

    /// <summary>The package version, without the source revision the SDK appends after '+'.</summary>
    internal static string Version
    {
        get
        {
            string? version = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(version)) return "0.0.0";
            int plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    private static int WithHelp(Arguments args, string usage, TextWriter stdout, Func<Arguments, int> run)
    {
        if (!args.Help) return run(args);
        stdout.Write("usage:\n" + Indent(usage) + "\n");
        return 0;
    }

    private static string Indent(string lines) => "  " + lines.Replace("\n", "\n  ", StringComparison.Ordinal);
}
