namespace SmtpBounceCodes.MimeKit.Tests;

/// <summary>The bounce samples we wrote (tests/SmtpBounceCodes.MimeKit.Tests/Samples), copied beside the test assembly.</summary>
internal static class Samples
{
    internal static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    internal static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    internal static BounceReport Read(string name) => BounceReader.ReadFile(PathOf(name), null);

    /// <summary>
    /// Reads a multipart/report delivery-status message built from its parts: the human-readable text, the
    /// delivery-status fields as written (per-message group, blank line, per-recipient groups), and any parts that
    /// follow them, each starting with its own headers. LF line ends; the boundary is "b".
    /// </summary>
    internal static BounceReport ReadReport(string text, string status, params string[] moreParts) =>
        Read(System.Text.Encoding.UTF8.GetBytes(Report(text, status, moreParts)));

    /// <summary>The message <see cref="ReadReport"/> reads, as text (to attach it to another message).</summary>
    internal static string Report(string text, string status, params string[] moreParts)
    {
        var sb = new System.Text.StringBuilder("""
            Return-Path: <>
            From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
            To: sender@example.org
            Subject: Undelivered Mail Returned to Sender
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"


            """);
        sb.Append("--b\nContent-Type: text/plain\n\n").Append(text).Append("\n\n");
        sb.Append("--b\nContent-Type: message/delivery-status\n\n").Append(status).Append("\n\n");
        foreach (string part in moreParts) sb.Append("--b\n").Append(part).Append("\n\n");
        sb.Append("--b--\n");
        return sb.ToString().Replace("\r\n", "\n");
    }

    internal static BounceReport Read(byte[] bytes, BounceReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return BounceReader.Read(stream, options);
    }
}
