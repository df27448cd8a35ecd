namespace SmtpBounceCodes;

/// <summary>The per-recipient fields of a delivery status notification (RFC 3464 §2.3), as strings from the report.</summary>
public sealed class DeliveryStatusFields
{
    /// <summary><c>Status</c>: the enhanced status code, such as <c>5.1.1</c>.</summary>
    public string? Status { get; init; }

    /// <summary><c>Diagnostic-Code</c>, with or without its type: <c>smtp; 550 5.1.1 User unknown</c>.</summary>
    public string? DiagnosticCode { get; init; }

    /// <summary><c>Action</c>: failed, delayed, delivered, relayed or expanded.</summary>
    public string? Action { get; init; }

    /// <summary><c>Remote-MTA</c>, with or without its type: <c>dns; mx.example.jp</c>.</summary>
    public string? RemoteMta { get; init; }

    /// <summary>The SMTP command the reply came to, when the bounce says it (some MTAs write it in a private field).</summary>
    public SmtpStage Stage { get; init; }
}
