namespace SmtpBounceCodes.Cli;

/// <summary>The smtp-bounce command line; see DESIGN.md for the contract. Placeholder until the CLI issue work lands.</summary>
internal static class CommandLine
{
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine("usage: smtp-bounce parse|diagnose|codes|scan …");
            return 2;
        }

        Diagnosis d = Diagnoser.Diagnose(string.Join(' ', args.Skip(1)));
        stdout.WriteLine(d);
        return 0;
    }
}
