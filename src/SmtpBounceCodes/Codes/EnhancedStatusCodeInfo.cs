namespace SmtpBounceCodes;

/// <summary>What the IANA registry says about an enhanced status code, or, for an unregistered code, about its subject and class.</summary>
public sealed class EnhancedStatusCodeInfo
{
    internal EnhancedStatusCodeInfo(EnhancedStatusCode code, bool isRegistered, string title, string subjectTitle,
        IReadOnlyList<SmtpReplyCode> associatedReplyCodes, string reference)
    {
        Code = code;
        IsRegistered = isRegistered;
        Title = title;
        SubjectTitle = subjectTitle;
        AssociatedReplyCodes = associatedReplyCodes;
        Reference = reference;
    }

    /// <summary>The code described.</summary>
    public EnhancedStatusCode Code { get; }

    /// <summary>Whether the registry lists the code (as X.subject.detail). Vendor codes such as 5.7.606 are not listed.</summary>
    public bool IsRegistered { get; }

    /// <summary>The registry's title (for example "Bad destination mailbox address"); for an unregistered code, its subject's title.</summary>
    public string Title { get; }

    /// <summary>The title of the subject (for example "Addressing Status").</summary>
    public string SubjectTitle { get; }

    /// <summary>The title of the class (Success, Persistent Transient Failure, Permanent Failure).</summary>
    public string ClassTitle => Code.Class switch
    {
        EnhancedStatusClass.Success => "Success",
        EnhancedStatusClass.PersistentTransientFailure => "Persistent Transient Failure",
        EnhancedStatusClass.PermanentFailure => "Permanent Failure",
        _ => "None",
    };

    /// <summary>The basic reply codes the registry associates with the code; empty when it gives none.</summary>
    public IReadOnlyList<SmtpReplyCode> AssociatedReplyCodes { get; }

    /// <summary>The defining document (for example "RFC 3463").</summary>
    public string Reference { get; }

    /// <summary>Explains the code in a language.</summary>
    /// <param name="language"><c>en</c> or <c>ja</c>; anything else means English.</param>
    /// <returns>The explanation.</returns>
    public Explanation GetExplanation(string? language) => Explanations.ForEnhancedCode(Code, language);

    /// <inheritdoc />
    public override string ToString() => Code.ToString() + " " + Title;
}
