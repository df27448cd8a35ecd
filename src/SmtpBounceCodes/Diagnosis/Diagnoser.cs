namespace SmtpBounceCodes;

/// <summary>
/// Diagnoses SMTP replies and bounce texts: one decision engine for every entry point. Every method is total: any
/// input, including null, empty or binary text, gives a <see cref="Diagnosis"/>, never an exception.
/// </summary>
/// <remarks>
/// Decision order: provider rules, then phrases in the text, then the enhanced status code, then the basic reply code,
/// then the SMTP stage; <c>onhold</c> when there is error text but nothing decides, <c>undefined</c> when there is
/// nothing at all. Phrases are matched case-insensitively in one linear pass over the text.
/// </remarks>
/// <example>
/// <code>
/// Diagnosis d = Diagnoser.Diagnose("550 5.1.1 &lt;taro@example.jp&gt;: Recipient address rejected: User unknown");
/// // d.Reason == BounceReason.UserUnknown, d.IsHardBounce == true, d.Advice == RetryAdvice.SuppressRecipient
///
/// // MailKit: catch (SmtpCommandException ex) { var d = Diagnoser.Diagnose((int)ex.StatusCode, ex.Message); }
/// // System.Net.Mail: catch (SmtpException ex) { var d = Diagnoser.Diagnose((int)ex.StatusCode, ex.Message); }
/// </code>
/// </example>
public static class Diagnoser
{
    /// <summary>Diagnoses a reply or bounce text, such as <c>550 5.1.1 User unknown</c> or a Postfix <c>said:</c> line.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="options">Language and hints; null for the defaults.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(string? text, DiagnoseOptions? options) =>
        Diagnose(text.AsSpan(), options);

    /// <summary>Diagnoses a reply or bounce text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Language and hints; null for the defaults.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(ReadOnlySpan<char> text, DiagnoseOptions? options) =>
        Internal.DiagnosisEngine.Run(text, replyCode: null, status: null, Internal.DsnAction.Unknown, options ?? DiagnoseOptions.Default, stageHint: SmtpStage.Unknown);

    /// <summary>Diagnoses a parsed reply.</summary>
    /// <param name="reply">The reply; null gives <c>undefined</c>.</param>
    /// <param name="options">Language and hints; null for the defaults.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(SmtpReply? reply, DiagnoseOptions? options)
    {
        options ??= DiagnoseOptions.Default;
        if (reply is null) return Internal.DiagnosisEngine.Run(default, null, null, Internal.DsnAction.Unknown, options, SmtpStage.Unknown);
        return Internal.DiagnosisEngine.Run(reply.Text.AsSpan(), reply.Code, reply.EnhancedCode, Internal.DsnAction.Unknown, options,
            reply.Stage, reply.RemoteHost);
    }

    /// <summary>
    /// Diagnoses a reply code and its text, as an SMTP client library reports them: MailKit's
    /// <c>SmtpCommandException.StatusCode</c> and <c>Message</c>, or System.Net.Mail's <c>SmtpException.StatusCode</c>
    /// and <c>Message</c>. The text may or may not repeat the code.
    /// </summary>
    /// <param name="replyCode">The three-digit code (for example <c>(int)ex.StatusCode</c>); other values are ignored.</param>
    /// <param name="text">The reply text, or null.</param>
    /// <param name="options">Language and hints (the stage, when the exception says which command failed).</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(int replyCode, string? text, DiagnoseOptions? options)
    {
        SmtpReplyCode? code = replyCode is >= 200 and <= 599 ? (SmtpReplyCode)replyCode : null;
        return Internal.DiagnosisEngine.Run(text.AsSpan(), code, null, Internal.DsnAction.Unknown, options ?? DiagnoseOptions.Default, SmtpStage.Unknown);
    }

    /// <summary>Diagnoses the per-recipient fields of a delivery status notification (RFC 3464).</summary>
    /// <param name="fields">Status, Diagnostic-Code, Action and Remote-MTA as found in the report; null gives <c>undefined</c>.</param>
    /// <param name="options">Language and hints; null for the defaults.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(DeliveryStatusFields? fields, DiagnoseOptions? options)
    {
        options ??= DiagnoseOptions.Default;
        if (fields is null) return Internal.DiagnosisEngine.Run(default, null, null, Internal.DsnAction.Unknown, options, SmtpStage.Unknown);
        EnhancedStatusCode? status = Internal.DsnValues.ParseStatus(fields.Status);
        Internal.DsnAction action = Internal.DsnValues.ParseAction(fields.Action);
        string? remote = Internal.DsnValues.StripType(fields.RemoteMta);

        // The engine reads the diagnostic with its type: "x-unix;" marks program output, not an SMTP reply. Without
        // a diagnostic, a comment in the Status field ("5.2.1 (mailbox disabled)") is the only text there is.
        ReadOnlySpan<char> diagnostic = fields.DiagnosticCode.AsSpan().Trim();
        if (diagnostic.IsEmpty) diagnostic = Internal.DsnValues.StatusComment(fields.Status);
        return Internal.DiagnosisEngine.Run(diagnostic, null, status, action, options, fields.Stage, remote);
    }

    /// <summary>Diagnoses a reply or bounce text with the default options (English).</summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(string? text) => Diagnose(text.AsSpan(), null);

    /// <summary>Diagnoses a reply or bounce text with the default options (English).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(ReadOnlySpan<char> text) => Diagnose(text, null);

    /// <summary>Diagnoses a parsed reply with the default options (English).</summary>
    /// <param name="reply">The reply; null gives <c>undefined</c>.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(SmtpReply? reply) => Diagnose(reply, null);

    /// <summary>Diagnoses a reply code and its text with the default options (English); see <see cref="Diagnose(int, string?, DiagnoseOptions?)"/>.</summary>
    /// <param name="replyCode">The three-digit code.</param>
    /// <param name="text">The reply text, or null.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(int replyCode, string? text) => Diagnose(replyCode, text, null);

    /// <summary>Diagnoses DSN fields with the default options (English).</summary>
    /// <param name="fields">The fields; null gives <c>undefined</c>.</param>
    /// <returns>The diagnosis.</returns>
    public static Diagnosis Diagnose(DeliveryStatusFields? fields) => Diagnose(fields, null);

    /// <summary>
    /// The diagnosis of a report that is not a failure: a complaint (<see cref="BounceReason.Feedback"/>), an auto-reply
    /// (<see cref="BounceReason.Vacation"/>) or a success report (<see cref="BounceReason.Delivered"/>), as a bounce
    /// reader recognises them from the report's structure. Other reasons give <see cref="BounceReason.Undefined"/>.
    /// </summary>
    /// <param name="kind">Feedback, Vacation or Delivered.</param>
    /// <param name="options">Language; null for English.</param>
    /// <returns>The diagnosis, decided by <see cref="DecisionSource.ReportKind"/>.</returns>
    public static Diagnosis ForReport(BounceReason kind, DiagnoseOptions? options) =>
        Internal.DiagnosisEngine.ForReport(kind, options ?? DiagnoseOptions.Default);
}
