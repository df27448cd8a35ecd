namespace SmtpBounceCodes.Cli.Internal;

/// <summary>A mistake in the command line itself (unknown option, missing argument, bad value): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
