using SmtpBounceCodes.Cli.Internal;
using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Cli.Tests;

/// <summary>Reports built by hand, as the MimeKit reader would give them, with diagnoses from the core engine.</summary>
internal static class Reports
{
    internal static BounceRecipient Recipient(string address, string action, string? status, string? diagnostic, string? language = null) =>
        new()
        {
            Address = address,
            Action = action,
            Status = status is null ? null : EnhancedStatusCode.Parse(status),
            ReplyCode = diagnostic is null ? null : SmtpReply.Extract(diagnostic).Code,
            DiagnosticText = diagnostic,
            Diagnosis = Diagnoser.Diagnose(new DeliveryStatusFields { Status = status, DiagnosticCode = diagnostic, Action = action },
                DiagnoseOptions.ForLanguage(language)),
        };

    internal static BounceReport Bounce(params BounceRecipient[] recipients) =>
        new() { Kind = BounceReportKind.Bounce, Format = "rfc3464", Recipients = recipients };

    internal static BounceReport Feedback(string address, string feedbackType) =>
        new()
        {
            Kind = BounceReportKind.Feedback,
            Format = "arf",
            Recipients = [new BounceRecipient { Address = address, FeedbackType = feedbackType, Diagnosis = Diagnoser.ForReport(BounceReason.Feedback, null) }],
        };

    internal static BounceReport Ordinary() => new() { Kind = BounceReportKind.NotABounce };
}

/// <summary>
/// A stand-in for the MimeKit reader: a "message" is a text file with lines <c>rcpt: ADDRESS STATUS TEXT…</c> (one
/// failed recipient each) and optionally <c>kind: feedback</c>; a file containing <c>boom</c> fails to read. It lets the
/// tests check the walk (paths, order, mbox numbering, maildirs, errors) without depending on the reader.
/// </summary>
internal sealed class FakeSource : IReportSource
{
    internal List<string?> Languages { get; } = [];

    public BounceReport ReadFile(string path, BounceReadOptions options)
    {
        Languages.Add(options.Language);
        return FromText(File.ReadAllText(path));
    }

    public IEnumerable<BounceReport> ReadMbox(Stream stream, BounceReadOptions options)
    {
        Languages.Add(options.Language);
        using var reader = new StreamReader(stream);
        var message = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("From ", StringComparison.Ordinal) && message.Count > 0)
            {
                yield return FromText(string.Join('\n', message));
                message.Clear();
            }

            message.Add(line);
        }

        if (message.Count > 0) yield return FromText(string.Join('\n', message));
    }

    public IEnumerable<KeyValuePair<string, BounceReport>> ReadMaildir(string path, BounceReadOptions options)
    {
        Languages.Add(options.Language);
        foreach (string folder in new[] { "cur", "new" })
        {
            string dir = Path.Combine(path, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (string file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
            {
                yield return new(file, FromText(File.ReadAllText(file)));
            }
        }
    }

    private static BounceReport FromText(string text)
    {
        if (text.Contains("boom", StringComparison.Ordinal)) throw new IOException("simulated read failure");
        string[] lines = text.Split('\n');
        var recipients = lines.Where(l => l.StartsWith("rcpt: ", StringComparison.Ordinal))
            .Select(l => l[6..].Split(' ', 3))
            .Select(p => Reports.Recipient(p[0], "failed", p[1], p.Length > 2 ? p[2] : null))
            .ToArray();
        if (lines.Contains("kind: feedback")) return Reports.Feedback(recipients[0].Address, "abuse");
        return recipients.Length == 0 ? Reports.Ordinary() : Reports.Bounce(recipients);
    }
}
