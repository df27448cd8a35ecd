namespace SmtpBounceCodes;

/// <summary>A short explanation for a person who sends mail: what happened, why, and what to do.</summary>
public sealed class Explanation
{
    internal Explanation(string language, string summary, string cause, string remedy)
    {
        Language = language;
        Summary = summary;
        Cause = cause;
        Remedy = remedy;
    }

    /// <summary>The language the texts are in: <c>en</c> or <c>ja</c>.</summary>
    public string Language { get; }

    /// <summary>One line: what happened.</summary>
    public string Summary { get; }

    /// <summary>Why it usually happens.</summary>
    public string Cause { get; }

    /// <summary>What the sender should do.</summary>
    public string Remedy { get; }

    /// <inheritdoc />
    public override string ToString() => Summary;
}
