using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Cli.Internal;

/// <summary>
/// Where <c>scan</c> gets its reports. The tool uses <see cref="BounceReader"/>; tests give reports they build, so that
/// the walk over files, directories, mbox files and maildirs is tested apart from the reading of each message.
/// </summary>
internal interface IReportSource
{
    BounceReport ReadFile(string path, BounceReadOptions options);

    IEnumerable<BounceReport> ReadMbox(Stream stream, BounceReadOptions options);

    IEnumerable<KeyValuePair<string, BounceReport>> ReadMaildir(string path, BounceReadOptions options);
}

/// <summary>The real source: the MimeKit package's reader.</summary>
internal sealed class BounceReaderSource : IReportSource
{
    internal static BounceReaderSource Instance { get; } = new();

    public BounceReport ReadFile(string path, BounceReadOptions options) => BounceReader.ReadFile(path, options);

    public IEnumerable<BounceReport> ReadMbox(Stream stream, BounceReadOptions options) => BounceReader.ReadMbox(stream, options);

    public IEnumerable<KeyValuePair<string, BounceReport>> ReadMaildir(string path, BounceReadOptions options) =>
        BounceReader.ReadMaildir(path, options);
}
