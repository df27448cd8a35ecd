namespace SmtpBounceCodes;

/// <summary>
/// One line of a wire reply, as read by <see cref="SmtpReplyParser"/>: the code, whether the line ends the reply, the
/// enhanced code at the start of the text (RFC 2034), and where the rest of the text lies in the input. Holds no
/// reference to the input, so it costs nothing to return.
/// </summary>
public readonly struct SmtpReplyLine : IEquatable<SmtpReplyLine>
{
    internal SmtpReplyLine(SmtpReplyCode code, bool isLast, EnhancedStatusCode enhancedCode, int textStart, int textLength)
    {
        Code = code;
        IsLast = isLast;
        EnhancedCode = enhancedCode;
        TextStart = textStart;
        TextLength = textLength;
    }

    /// <summary>The three-digit reply code.</summary>
    public SmtpReplyCode Code { get; }

    /// <summary>Whether this is the final line (<c>550 </c> rather than <c>550-</c>).</summary>
    public bool IsLast { get; }

    /// <summary>The enhanced code at the start of the text; <c>default</c> (<see cref="EnhancedStatusCode.IsEmpty"/>) when none.</summary>
    public EnhancedStatusCode EnhancedCode { get; }

    /// <summary>Offset of the text (after the code, the separator and any enhanced code) in the input given to the parser.</summary>
    public int TextStart { get; }

    /// <summary>Length of the text, without the line break.</summary>
    public int TextLength { get; }

    /// <inheritdoc />
    public bool Equals(SmtpReplyLine other) =>
        Code == other.Code && IsLast == other.IsLast && EnhancedCode == other.EnhancedCode
        && TextStart == other.TextStart && TextLength == other.TextLength;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SmtpReplyLine other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Code * 31 + EnhancedCode.GetHashCode()) * 31 + TextStart;

    /// <summary>Compares two lines.</summary>
    /// <param name="left">A line.</param>
    /// <param name="right">Another line.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SmtpReplyLine left, SmtpReplyLine right) => left.Equals(right);

    /// <summary>Compares two lines.</summary>
    /// <param name="left">A line.</param>
    /// <param name="right">Another line.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SmtpReplyLine left, SmtpReplyLine right) => !left.Equals(right);
}
