namespace SmtpBounceCodes.MimeKit;

/// <summary>Options for <see cref="BounceReader"/>.</summary>
public sealed class BounceReadOptions
{
    /// <summary>The default options.</summary>
    public static BounceReadOptions Default { get; } = new();

    /// <summary>The language of the diagnoses' explanations: <c>en</c> (default) or <c>ja</c>.</summary>
    public string? Language { get; init; }
}
