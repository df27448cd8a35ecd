namespace SmtpBounceCodes;

/// <summary>What <see cref="SmtpReplyParser.TryParseReply(ReadOnlySpan{byte}, out SmtpReplySummary, out int)"/> reads from a whole reply without allocating.</summary>
public readonly struct SmtpReplySummary : IEquatable<SmtpReplySummary>
{
    internal SmtpReplySummary(SmtpReplyCode code, EnhancedStatusCode enhancedCode, int lineCount)
    {
        Code = code;
        EnhancedCode = enhancedCode;
        LineCount = lineCount;
    }

    /// <summary>The reply code.</summary>
    public SmtpReplyCode Code { get; }

    /// <summary>The enhanced code of the first line that has one; <c>default</c> when none.</summary>
    public EnhancedStatusCode EnhancedCode { get; }

    /// <summary>How many lines the reply has.</summary>
    public int LineCount { get; }

    /// <summary>Whether the reply has more than one line.</summary>
    public bool IsMultiline => LineCount > 1;

    /// <inheritdoc />
    public bool Equals(SmtpReplySummary other) => Code == other.Code && EnhancedCode == other.EnhancedCode && LineCount == other.LineCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SmtpReplySummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Code * 31 + EnhancedCode.GetHashCode()) * 31 + LineCount;

    /// <summary>Compares two summaries.</summary>
    /// <param name="left">A summary.</param>
    /// <param name="right">Another summary.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SmtpReplySummary left, SmtpReplySummary right) => left.Equals(right);

    /// <summary>Compares two summaries.</summary>
    /// <param name="left">A summary.</param>
    /// <param name="right">Another summary.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SmtpReplySummary left, SmtpReplySummary right) => !left.Equals(right);
}
