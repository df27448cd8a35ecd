namespace SmtpBounceCodes.MimeKit;

/// <summary>
/// Reads bounce e-mails: delivery status notifications (RFC 3464, RFC 6533), feedback reports (RFC 5965),
/// auto-replies (RFC 3834) and the non-standard formats of real MTAs. Every method is total: a broken message gives
/// what could be read, with <see cref="BounceReport.Errors"/> saying what could not; nothing throws but argument
/// errors and cancellation.
/// </summary>
/// <remarks>
/// Bounces come in legacy charsets (ISO-2022-JP, Shift_JIS, windows-1252…) that .NET Core cannot decode by default: the
/// first read registers the code pages of <see cref="System.Text.CodePagesEncodingProvider"/> for the process so that they can.
/// </remarks>
public static class BounceReader
{
    // Before MimeKit builds its charset table, so that the messages it parses decode ISO-2022-JP and Shift_JIS headers.
    static BounceReader() => Internal.Charsets.EnsureRegistered();

    /// <summary>Reads a parsed message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The report (kind <see cref="BounceReportKind.NotABounce"/> for an ordinary message).</returns>
    public static BounceReport Read(global::MimeKit.MimeMessage message, BounceReadOptions? options)
    {
        if (message is null) throw new ArgumentNullException(nameof(message));
        return Internal.ReportBuilder.Build(message, options ?? BounceReadOptions.Default);
    }

    /// <summary>Reads a message from a stream (the whole stream is one message).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The report; a stream that is not a message gives a report with an error.</returns>
    public static BounceReport Read(Stream stream, BounceReadOptions? options)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        return Internal.ReportBuilder.Build(stream, options ?? BounceReadOptions.Default);
    }

    /// <summary>Reads a message from a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    public static Task<BounceReport> ReadAsync(Stream stream, BounceReadOptions? options, CancellationToken cancellationToken) =>
        Internal.ReportBuilder.BuildAsync(stream ?? throw new ArgumentNullException(nameof(stream)), options ?? BounceReadOptions.Default, cancellationToken);

    /// <summary>Reads a message file (.eml).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static BounceReport ReadFile(string path, BounceReadOptions? options)
    {
        using FileStream stream = File.OpenRead(path);
        return Read(stream, options);
    }

    /// <summary>Reads a message file (.eml).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static async Task<BounceReport> ReadFileAsync(string path, BounceReadOptions? options, CancellationToken cancellationToken)
    {
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every message of an mbox file, in order.</summary>
    /// <param name="stream">The mbox stream.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>One report per message (ordinary messages included, as <see cref="BounceReportKind.NotABounce"/>).</returns>
    public static IEnumerable<BounceReport> ReadMbox(Stream stream, BounceReadOptions? options)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        return Internal.ReportBuilder.BuildMbox(stream, options ?? BounceReadOptions.Default);
    }

    /// <summary>Reads every message of a maildir folder (its <c>cur</c> and <c>new</c> subfolders, or the folder itself when it has none).</summary>
    /// <param name="path">The maildir folder.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The path of each file with its report.</returns>
    public static IEnumerable<KeyValuePair<string, BounceReport>> ReadMaildir(string path, BounceReadOptions? options)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return Internal.ReportBuilder.BuildMaildir(path, options ?? BounceReadOptions.Default);
    }

    /// <summary>Reads every message of an mbox file, in order, without blocking on the stream.</summary>
    /// <param name="stream">The mbox stream.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One report per message (ordinary messages included, as <see cref="BounceReportKind.NotABounce"/>).</returns>
    public static Task<IReadOnlyList<BounceReport>> ReadMboxAsync(Stream stream, BounceReadOptions? options, CancellationToken cancellationToken)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        return Internal.ReportBuilder.BuildMboxAsync(stream, options ?? BounceReadOptions.Default, cancellationToken);
    }

    /// <summary>Reads every message of a maildir folder without blocking on the files; see <see cref="ReadMaildir"/>.</summary>
    /// <param name="path">The maildir folder.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The path of each file with its report, sorted by file name.</returns>
    public static Task<IReadOnlyList<KeyValuePair<string, BounceReport>>> ReadMaildirAsync(string path, BounceReadOptions? options, CancellationToken cancellationToken)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return Internal.ReportBuilder.BuildMaildirAsync(path, options ?? BounceReadOptions.Default, cancellationToken);
    }
}
