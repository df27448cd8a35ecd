namespace SmtpBounceCodes;

/// <summary>The first digit of a basic reply code (RFC 5321 §4.2.1).</summary>
public enum SmtpReplyClass
{
    /// <summary>Not a valid reply code.</summary>
    None = 0,

    /// <summary>2yz: positive completion.</summary>
    PositiveCompletion = 2,

    /// <summary>3yz: positive intermediate; the server waits for more input.</summary>
    PositiveIntermediate = 3,

    /// <summary>4yz: transient negative completion; the same command may succeed later.</summary>
    TransientNegative = 4,

    /// <summary>5yz: permanent negative completion; repeating the same command will fail again.</summary>
    PermanentNegative = 5,
}

/// <summary>The second digit of a basic reply code (RFC 5321 §4.2.1).</summary>
public enum SmtpReplyCategory
{
    /// <summary>x0z: syntax.</summary>
    Syntax = 0,

    /// <summary>x1z: information (status, help).</summary>
    Information = 1,

    /// <summary>x2z: the transmission channel (connections).</summary>
    Connections = 2,

    /// <summary>x3z: not specified by RFC 5321; AUTH replies use it.</summary>
    Unspecified3 = 3,

    /// <summary>x4z: not specified by RFC 5321.</summary>
    Unspecified4 = 4,

    /// <summary>x5z: the mail system (mailboxes, storage, transactions).</summary>
    MailSystem = 5,
}

/// <summary>Facts about basic reply codes, including codes that <see cref="SmtpReplyCode"/> does not name.</summary>
public static class SmtpReplyCodeInfo
{
    /// <summary>Returns whether <paramref name="code"/> has the shape of a reply code: three digits, 2–5 then 0–5 then 0–9.</summary>
    /// <param name="code">The code to check.</param>
    /// <returns><see langword="true"/> for 200–559 with a second digit of 0–5.</returns>
    public static bool IsWellFormed(this SmtpReplyCode code)
    {
        int value = (int)code;
        return value is >= 200 and <= 559 && (value / 10 % 10) <= 5;
    }

    /// <summary>Returns whether the code is one of the registered codes named by <see cref="SmtpReplyCode"/>.</summary>
    /// <param name="code">The code to check.</param>
    /// <returns><see langword="true"/> when an RFC or the IANA registry defines the code.</returns>
    public static bool IsRegistered(this SmtpReplyCode code) => Internal.ReplyCodeTable.IsRegistered((int)code);

    /// <summary>
    /// Returns the class (first digit) of the code. Codes seen in the wild with a second digit above 5 (<c>571</c>)
    /// still have a class: clients interpret unknown codes by their first digit (RFC 5321 §4.2.1).
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>The class, or <see cref="SmtpReplyClass.None"/> outside 200–599.</returns>
    public static SmtpReplyClass GetClass(this SmtpReplyCode code) =>
        (int)code is >= 200 and <= 599 ? (SmtpReplyClass)((int)code / 100) : SmtpReplyClass.None;

    /// <summary>Returns the category (second digit) of the code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The category; for a code that is not well formed, <see cref="SmtpReplyCategory.Syntax"/>.</returns>
    public static SmtpReplyCategory GetCategory(this SmtpReplyCode code) =>
        code.IsWellFormed() ? (SmtpReplyCategory)((int)code / 10 % 10) : SmtpReplyCategory.Syntax;

    /// <summary>Returns whether the code reports a transient failure (4yz): the same command may succeed later.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for 4yz.</returns>
    public static bool IsTransient(this SmtpReplyCode code) => code.GetClass() == SmtpReplyClass.TransientNegative;

    /// <summary>Returns whether the code reports a permanent failure (5yz).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for 5yz.</returns>
    public static bool IsPermanent(this SmtpReplyCode code) => code.GetClass() == SmtpReplyClass.PermanentNegative;

    /// <summary>Returns whether the code is positive (2yz or 3yz).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for 2yz and 3yz.</returns>
    public static bool IsPositive(this SmtpReplyCode code) =>
        code.GetClass() is SmtpReplyClass.PositiveCompletion or SmtpReplyClass.PositiveIntermediate;

    /// <summary>Returns the short reply text the defining RFC gives for a registered code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The RFC's short text, or <see langword="null"/> for an unregistered code.</returns>
    public static string? GetRfcName(this SmtpReplyCode code) => Internal.ReplyCodeTable.Find((int)code)?.RfcName;

    /// <summary>Returns the document that defines the code (for example <c>RFC 5321 §4.2.3</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The reference, or <see langword="null"/> for an unregistered code.</returns>
    public static string? GetReference(this SmtpReplyCode code) => Internal.ReplyCodeTable.Find((int)code)?.Reference;

    /// <summary>Formats the code as its three digits.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The three digits, from a cached table (no allocation for 200–599).</returns>
    public static string ToCodeString(this SmtpReplyCode code) => Internal.ReplyCodeTable.Digits((int)code);
}
