namespace SmtpBounceCodes.Cli.Internal;

/// <summary>
/// The options and operands of one command. Options may come before or after the operands, as <c>--name value</c> or
/// <c>--name=value</c>; <c>--</c> ends the options, so that a text that starts with a dash can still be given.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private Arguments(string command) => Command = command;

    /// <summary>The command the arguments belong to, for error messages.</summary>
    internal string Command { get; }

    /// <summary>The operands, in order.</summary>
    internal List<string> Operands { get; } = [];

    /// <summary>Whether <c>--help</c> or <c>-h</c> was given.</summary>
    internal bool Help { get; private set; }

    /// <summary>Reads the arguments after the command name.</summary>
    /// <param name="command">The command name.</param>
    /// <param name="args">The arguments after it.</param>
    /// <param name="flags">The options that take no value (such as <c>--json</c>).</param>
    /// <param name="valued">The options that take a value (such as <c>--lang</c>).</param>
    /// <exception cref="UsageException">An unknown option, or an option without its value.</exception>
    internal static Arguments Read(string command, ReadOnlySpan<string> args, string[] flags, string[] valued)
    {
        var result = new Arguments(command);
        bool optionsEnded = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            // A lone "-" is an operand (standard input), as is anything after "--".
            if (optionsEnded || arg.Length < 2 || arg[0] != '-')
            {
                result.Operands.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (arg is "--help" or "-h")
            {
                result.Help = true;
                continue;
            }

            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            string name = equals > 0 ? arg[..equals] : arg;
            if (Array.IndexOf(flags, name) >= 0)
            {
                if (equals > 0) throw new UsageException($"{command}: option '{name}' takes no value");
                result._options[name] = null;
            }
            else if (Array.IndexOf(valued, name) >= 0)
            {
                string? value = equals > 0 ? arg[(equals + 1)..] : i + 1 < args.Length ? args[++i] : null;
                if (string.IsNullOrEmpty(value)) throw new UsageException($"{command}: option '{name}' needs a value");
                result._options[name] = value;
            }
            else
            {
                throw new UsageException($"{command}: unknown option '{name}'");
            }
        }

        return result;
    }

    /// <summary>Whether a flag was given.</summary>
    internal bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The value of an option restricted to a few choices, or the default when absent.</summary>
    /// <exception cref="UsageException">The value is not one of the choices.</exception>
    internal string Choice(string name, string[] choices, string defaultValue)
    {
        if (!_options.TryGetValue(name, out string? value) || value is null) return defaultValue;
        foreach (string choice in choices)
        {
            if (string.Equals(choice, value, StringComparison.OrdinalIgnoreCase)) return choice;
        }

        throw new UsageException($"{Command}: {name} must be one of {string.Join(", ", choices)} (got '{value}')");
    }

    /// <summary>The language asked for with <c>--lang</c>: <c>en</c> or <c>ja</c>.</summary>
    internal string Language => Choice("--lang", ["en", "ja"], "en");
}
