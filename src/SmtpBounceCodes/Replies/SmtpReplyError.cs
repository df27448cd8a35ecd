namespace SmtpBounceCodes;

/// <summary>Why a text is not a valid SMTP reply (RFC 5321 §4.2).</summary>
public enum SmtpReplyError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The input is empty.</summary>
    Empty,

    /// <summary>A line does not start with a three-digit reply code (2–5, 0–5, 0–9).</summary>
    MissingCode,

    /// <summary>The code is followed by something other than a space, a hyphen or the end of the line.</summary>
    InvalidSeparator,

    /// <summary>A continuation line repeats a different code than the first line (strict mode only).</summary>
    CodeMismatch,

    /// <summary>The last line is a continuation line (<c>550-…</c>): the reply is cut off.</summary>
    Incomplete,

    /// <summary>Something follows the final line of the reply.</summary>
    TrailingData,
}
