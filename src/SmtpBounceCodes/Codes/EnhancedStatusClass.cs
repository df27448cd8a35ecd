namespace SmtpBounceCodes;

/// <summary>The class (first number) of an RFC 3463 enhanced status code.</summary>
public enum EnhancedStatusClass
{
    /// <summary>No code (the default value of <see cref="EnhancedStatusCode"/>).</summary>
    None = 0,

    /// <summary>2.X.X: success.</summary>
    Success = 2,

    /// <summary>4.X.X: persistent transient failure; the message may be delivered later.</summary>
    PersistentTransientFailure = 4,

    /// <summary>5.X.X: permanent failure; the same message to the same address will fail again.</summary>
    PermanentFailure = 5,
}
