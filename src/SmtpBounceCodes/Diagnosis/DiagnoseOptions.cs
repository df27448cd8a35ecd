namespace SmtpBounceCodes;

/// <summary>Hints and preferences for <see cref="Diagnoser"/>.</summary>
public sealed class DiagnoseOptions
{
    /// <summary>The default options: English, no hints.</summary>
    public static DiagnoseOptions Default { get; } = new();

    /// <summary>The language of the explanation: <c>en</c> (default) or <c>ja</c>; other tags fall back to English.</summary>
    public string? Language { get; init; }

    /// <summary>The SMTP stage, when the caller knows it (for example the reply came to RCPT TO). Overrides what the text says.</summary>
    public SmtpStage Stage { get; init; }

    /// <summary>The remote host that answered (for example <c>gmail-smtp-in.l.google.com</c>), used to recognise the provider.</summary>
    public string? RemoteHost { get; init; }

    /// <summary>Creates options with a language.</summary>
    /// <param name="language"><c>en</c> or <c>ja</c>.</param>
    /// <returns>The options.</returns>
    public static DiagnoseOptions ForLanguage(string? language) => new() { Language = language };
}
