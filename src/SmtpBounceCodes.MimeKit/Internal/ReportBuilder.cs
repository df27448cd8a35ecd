using global::MimeKit;

namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>
/// Loads messages for <see cref="BounceReader"/> (single files, mbox, maildir) and hands each to
/// <see cref="ReportAnalyzer"/>. Every failure to read becomes a report with an error, never an exception.
/// </summary>
internal static class ReportBuilder
{
    /// <summary>
    /// Lenient parsing: bounces come from every broken producer there is. The MIME depth is bounded well below the
    /// parser's default because a report needs only a few levels, and hostile nesting must stay cheap.
    /// </summary>
    internal static ParserOptions ParserOptions { get; } = CreateParserOptions();

    internal static BounceReport Build(MimeMessage message, BounceReadOptions options) => ReportAnalyzer.Analyze(message, options);

    internal static BounceReport Build(Stream stream, BounceReadOptions options)
    {
        MimeMessage message;
        try
        {
            using Stream normalized = Normalize(stream);
            message = MimeMessage.Load(ParserOptions, normalized);
        }
#pragma warning disable CA1031 // Total by contract: anything the parser cannot read becomes an error in the report.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Unreadable(ex);
        }

        return ReportAnalyzer.Analyze(message, options);
    }

    internal static async Task<BounceReport> BuildAsync(Stream stream, BounceReadOptions options, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            using Stream normalized = Normalize(stream);
            message = await MimeMessage.LoadAsync(ParserOptions, normalized, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Total by contract: anything the parser cannot read becomes an error in the report.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Unreadable(ex);
        }

        return ReportAnalyzer.Analyze(message, options);
    }

    /// <summary>How much of a seekable stream is looked at for bare CR line ends before it is handed to MimeKit as it is.</summary>
    private const int LineEndProbe = 8 * 1024;

    /// <summary>
    /// The stream MimeKit should parse. Only messages with bare CR line ends need <see cref="LineEndStream"/>, and its
    /// copy costs as much as the parse on a large message: a seekable stream whose first bytes have no bare CR is
    /// parsed as it is (through a wrapper that leaves it open). A message with classic Mac line ends has them from its
    /// first header on.
    /// </summary>
    internal static Stream Normalize(Stream stream)
    {
        if (!stream.CanSeek) return new LineEndStream(stream, leaveOpen: true);
        long start = stream.Position;

        // Pooled: a new 8 KB array per message cost as much as the scan of it.
        const int size = LineEndProbe + 1;
        byte[] probe = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
        try
        {
            int read = 0, n;
            while (read < size && (n = stream.Read(probe, read, size - read)) > 0) read += n;
            stream.Position = start;
            // Each CR is found by a vectorised search: most messages have none, or only CRLF pairs.
            for (int i = probe.AsSpan(0, read).IndexOf((byte)'\r'); i >= 0; i = NextCr(probe, i + 1, read))
            {
                // A CR followed by anything but LF (or the last byte of the probe, which cannot be judged) is a bare CR.
                if (i + 1 < read ? probe[i + 1] != (byte)'\n' : read < size)
                    return new LineEndStream(stream, leaveOpen: true);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(probe);
        }

        return new NonClosingStream(stream);
    }

    /// <summary>The index of the first CR in <paramref name="bytes"/> from <paramref name="from"/> to <paramref name="end"/>, or -1.</summary>
    private static int NextCr(byte[] bytes, int from, int end)
    {
        int at = bytes.AsSpan(from, end - from).IndexOf((byte)'\r');
        return at < 0 ? -1 : from + at;
    }

    internal static IEnumerable<BounceReport> BuildMbox(Stream stream, BounceReadOptions options)
    {
        var normalized = new LineEndStream(stream, leaveOpen: true);
        var parser = new MimeParser(ParserOptions, normalized, MimeFormat.Mbox, persistent: false);
        try
        {
            while (true)
            {
                MimeMessage? message = null;
                BounceReport? failure = null;
                try
                {
                    if (parser.IsEndOfStream) break;
                    message = parser.ParseMessage();
                }
#pragma warning disable CA1031 // A broken mbox gives what was read before the damage, then one error report.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    failure = Unreadable(ex);
                }

                if (failure is not null)
                {
                    // An empty mbox holds no message; anything else that cannot be read is reported.
                    if (normalized.Consumed != 0) yield return failure;
                    yield break;
                }

                yield return ReportAnalyzer.Analyze(message!, options);
            }
        }
        finally
        {
            normalized.Dispose();
        }
    }

    internal static async Task<IReadOnlyList<BounceReport>> BuildMboxAsync(Stream stream, BounceReadOptions options, CancellationToken cancellationToken)
    {
        var reports = new List<BounceReport>();
        using var normalized = new LineEndStream(stream, leaveOpen: true);
        var parser = new MimeParser(ParserOptions, normalized, MimeFormat.Mbox, persistent: false);
        while (!parser.IsEndOfStream)
        {
            MimeMessage message;
            try
            {
                message = await parser.ParseMessageAsync(cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A broken mbox gives what was read before the damage, then one error report.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                if (normalized.Consumed != 0) reports.Add(Unreadable(ex));
                break;
            }

            reports.Add(ReportAnalyzer.Analyze(message, options));
        }

        return reports;
    }

    internal static IEnumerable<KeyValuePair<string, BounceReport>> BuildMaildir(string path, BounceReadOptions options)
    {
        foreach (string file in MaildirFiles(path))
        {
            yield return new KeyValuePair<string, BounceReport>(file, ReadFile(file, options));
        }
    }

    internal static async Task<IReadOnlyList<KeyValuePair<string, BounceReport>>> BuildMaildirAsync(string path, BounceReadOptions options, CancellationToken cancellationToken)
    {
        var reports = new List<KeyValuePair<string, BounceReport>>();
        foreach (string file in MaildirFiles(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            BounceReport report;
            try
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                report = await BuildAsync(stream, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                report = Unreadable(ex);
            }

            reports.Add(new KeyValuePair<string, BounceReport>(file, report));
        }

        return reports;
    }

    /// <summary>
    /// The message files of a maildir: its <c>cur</c> and <c>new</c> subfolders when it has them, else the folder
    /// itself; sorted by name (maildir names start with the delivery time), dot files skipped.
    /// </summary>
    internal static List<string> MaildirFiles(string path)
    {
        var folders = new List<string>();
        foreach (string sub in new[] { "cur", "new" })
        {
            string candidate = Path.Combine(path, sub);
            if (Directory.Exists(candidate)) folders.Add(candidate);
        }

        if (folders.Count == 0) folders.Add(path);
        var files = new List<string>();
        foreach (string folder in folders)
        {
            try
            {
                foreach (string file in Directory.GetFiles(folder))
                {
                    if (!Path.GetFileName(file).StartsWith('.')) files.Add(file);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder gives no files; the others are still read.
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
        return files;
    }

    internal static BounceReport Unreadable(Exception ex) => new()
    {
        Kind = BounceReportKind.NotABounce,
        Errors = ["The input could not be read as a message: " + ex.Message],
    };

    private static BounceReport ReadFile(string file, BounceReadOptions options)
    {
        try
        {
            using FileStream stream = File.OpenRead(file);
            return Build(stream, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(ex);
        }
    }

    private static ParserOptions CreateParserOptions()
    {
        ParserOptions options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Looser;
        options.ParameterComplianceMode = RfcComplianceMode.Looser;
        options.Rfc2047ComplianceMode = RfcComplianceMode.Looser;
        options.AllowAddressesWithoutDomain = true;
        options.AllowUnquotedCommasInAddresses = true;
        options.MaxMimeDepth = 32;
        return options;
    }
}
