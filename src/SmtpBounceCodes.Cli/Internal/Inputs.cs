namespace SmtpBounceCodes.Cli.Internal;

/// <summary>Where a command's text comes from.</summary>
internal static class Inputs
{
    /// <summary>
    /// The TEXT operand: the operands joined with spaces (so that <c>diagnose 550 5.1.1 User unknown</c> works without
    /// quotes), or the whole of standard input for <c>-</c> (for multi-line replies).
    /// </summary>
    /// <exception cref="UsageException">No TEXT was given.</exception>
    internal static string Text(Arguments args, TextReader stdin)
    {
        if (args.Operands.Count == 0) throw new UsageException($"{args.Command}: missing TEXT");
        if (args.Operands is ["-"]) return stdin.ReadToEnd();
        return string.Join(' ', args.Operands);
    }
}
