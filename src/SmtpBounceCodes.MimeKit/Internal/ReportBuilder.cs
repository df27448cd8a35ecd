namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>Placeholder: reads nothing yet. Replaced by the bounce-reading work.</summary>
internal static class ReportBuilder
{
    internal static BounceReport Build(global::MimeKit.MimeMessage message, BounceReadOptions options) => new();

    internal static BounceReport Build(Stream stream, BounceReadOptions options) => new();

    internal static Task<BounceReport> BuildAsync(Stream stream, BounceReadOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(new BounceReport());

    internal static IEnumerable<BounceReport> BuildMbox(Stream stream, BounceReadOptions options) => [];

    internal static IEnumerable<KeyValuePair<string, BounceReport>> BuildMaildir(string path, BounceReadOptions options) => [];
}
