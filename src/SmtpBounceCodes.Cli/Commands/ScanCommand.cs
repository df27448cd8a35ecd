using System.Text;
using SmtpBounceCodes.Cli.Internal;
using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Cli.Commands;

/// <summary>
/// <c>smtp-bounce scan [--format table|jsonl|csv] [--lang en|ja] PATH…</c>: reads bounce e-mails from message files,
/// directories (recursively), mbox files and maildirs, and prints one row per recipient result.
/// </summary>
/// <remarks>
/// <para>What a PATH is: a directory with a <c>cur</c> or <c>new</c> subdirectory is a maildir; any other directory is
/// walked recursively (every file, in ordinal name order; symbolic links to directories are not followed); a file whose
/// first line starts with <c>From </c> is an mbox; any other file is one message.</para>
/// <para>The <c>file</c> of a row is the path relative to the PATH argument it came from, with <c>/</c> separators; for a
/// file given directly, its name. A message of an mbox adds <c>#</c> and its 1-based number in the mbox
/// (<c>returned.mbox#2</c>).</para>
/// <para>A file that cannot be read prints one line on standard error and the scan goes on; the exit code is then 1.</para>
/// </remarks>
internal sealed class ScanCommand
{
    internal const string Usage = "smtp-bounce scan [--format table|jsonl|csv] [--lang en|ja] PATH…   (.eml files, directories, mbox, maildir)";

    private static readonly byte[] MboxMarker = "From "u8.ToArray();

    private readonly IReportSource _source;
    private readonly BounceReadOptions _options;
    private readonly ScanOutput _output;
    private readonly TextWriter _stderr;
    private bool _failed;

    private ScanCommand(IReportSource source, BounceReadOptions options, ScanOutput output, TextWriter stderr)
    {
        _source = source;
        _options = options;
        _output = output;
        _stderr = stderr;
    }

    internal static int Run(Arguments args, TextWriter stdout, TextWriter stderr, IReportSource source)
    {
        string format = args.Choice("--format", ScanOutput.Formats, "table");
        string language = args.Language;
        if (args.Operands.Count == 0) throw new UsageException("scan: missing PATH");
        using ScanOutput output = ScanOutput.Create(format, language, stdout);
        var scan = new ScanCommand(source, new BounceReadOptions { Language = language }, output, stderr);
        foreach (string path in args.Operands) scan.ScanPath(path);
        scan._output.Finish();
        return scan._failed ? 1 : 0;
    }

    private void ScanPath(string path)
    {
        if (Directory.Exists(path)) ScanDirectory(Path.GetFullPath(path), Path.GetFullPath(path));
        else if (File.Exists(path)) ScanFile(path, Path.GetFileName(path));
        else Fail(path, "no such file or directory");
    }

    private void ScanDirectory(string root, string directory)
    {
        string[] files, directories;
        try
        {
            files = Directory.GetFiles(directory);
            directories = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(Relative(root, directory), e.Message);
            return;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(directories, StringComparer.Ordinal);
        bool maildir = directories.Any(d => Path.GetFileName(d) is "cur" or "new");
        if (maildir) ScanMaildir(root, directory);
        else
        {
            foreach (string file in files) ScanFile(file, Relative(root, file));
        }

        foreach (string sub in directories)
        {
            // A maildir's own folders were read above (tmp holds messages still being written); its other folders
            // (Maildir++ subfolders such as .Junk) are walked like any directory.
            if (maildir && Path.GetFileName(sub) is "cur" or "new" or "tmp") continue;
            if (new DirectoryInfo(sub).LinkTarget is not null) continue;
            ScanDirectory(root, sub);
        }
    }

    private void ScanMaildir(string root, string directory)
    {
        try
        {
            foreach (KeyValuePair<string, BounceReport> entry in _source.ReadMaildir(directory, _options))
            {
                _output.Add(Relative(root, Path.GetFullPath(entry.Key)), entry.Value);
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            Fail(Relative(root, directory), e.Message);
        }
    }

    private void ScanFile(string path, string name)
    {
        try
        {
            if (IsMbox(path))
            {
                using FileStream stream = File.OpenRead(path);
                int number = 0;
                foreach (BounceReport report in _source.ReadMbox(stream, _options)) _output.Add(name + "#" + (++number).ToString(System.Globalization.CultureInfo.InvariantCulture), report);
            }
            else
            {
                _output.Add(name, _source.ReadFile(path, _options));
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            Fail(name, e.Message);
        }
    }

    /// <summary>An mbox starts with its first message's "From " separator line.</summary>
    private static bool IsMbox(string path)
    {
        using FileStream stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[5];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return read == head.Length && head.SequenceEqual(MboxMarker);
    }

    // The reader is total on content; what is left is the file system (missing, unreadable, a directory that vanished)
    // and, defensively, a bug in a reader for one odd message, which must not end a scan of a whole mailbox.
    private static bool IsReadFailure(Exception e) => e is not (OutOfMemoryException or StackOverflowException);

    private void Fail(string name, string reason)
    {
        _failed = true;
        _stderr.Write(new StringBuilder("smtp-bounce: scan: cannot read '").Append(name).Append("': ").Append(OneLine(reason)).Append('\n').ToString());
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
