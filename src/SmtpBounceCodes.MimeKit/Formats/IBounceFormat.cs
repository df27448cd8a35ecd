namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// A decoder for the non-standard bounce format of one MTA family (qmail, Exim, Exchange, Domino, Google Groups, the
/// Japanese carriers…). It reads the family's structure and wording from the human-readable text; it never classifies:
/// the core engine diagnoses what it finds.
/// </summary>
internal interface IBounceFormat
{
    /// <summary>The family name reported as <see cref="BounceReport.Format"/>, lowercase (<c>qmail</c>, <c>exim</c>).</summary>
    string Name { get; }

    /// <summary>Reads the recipients the message reports, in order. Returns false when the message is not of this family.</summary>
    /// <param name="input">The message and its decoded text.</param>
    /// <param name="recipients">Where to add what was found.</param>
    /// <returns>Whether the message is of this family and at least one recipient was found.</returns>
    bool TryRead(BounceInput input, List<FormatRecipient> recipients);
}

/// <summary>What a format decoder found for one recipient. Fields it cannot find stay null.</summary>
internal sealed class FormatRecipient
{
    internal required string Address { get; init; }

    internal string? DiagnosticText { get; set; }

    internal string? Status { get; set; }

    internal string? Action { get; set; }

    internal string? RemoteMta { get; set; }

    internal SmtpStage Stage { get; set; }

    internal string? FeedbackType { get; set; }
}
