using System.Text;

namespace SmtpBounceCodes.MimeKit.Tests.Reports;

/// <summary>Reading many messages: mbox files and maildir folders, synchronously and asynchronously.</summary>
public sealed class MailboxReaderTests
{
    private static readonly string[] MboxSamples = ["dsn-postfix-two-recipients.eml", "ordinary-forward.eml", "arf-abuse.eml"];

    [Fact]
    public void Mbox_gives_one_report_per_message_in_order()
    {
        List<BounceReport> reports = BounceReader.ReadMbox(new MemoryStream(Mbox("\n")), null).ToList();

        Assert.Equal([BounceReportKind.Bounce, BounceReportKind.NotABounce, BounceReportKind.Feedback], reports.Select(r => r.Kind));
        Assert.Equal(2, reports[0].Recipients.Count);
    }

    [Fact]
    public void Mbox_with_CRLF_or_bare_CR_line_ends_reads_like_LF()
    {
        string lf = Summary(BounceReader.ReadMbox(new MemoryStream(Mbox("\n")), null));

        Assert.Equal(lf, Summary(BounceReader.ReadMbox(new MemoryStream(Mbox("\r\n")), null)));
        Assert.Equal(lf, Summary(BounceReader.ReadMbox(new MemoryStream(Mbox("\r")), null)));
    }

    [Fact]
    public async Task Mbox_read_asynchronously_gives_the_same_reports()
    {
        IReadOnlyList<BounceReport> reports = await BounceReader.ReadMboxAsync(new MemoryStream(Mbox("\n")), null, CancellationToken.None);

        Assert.Equal(Summary(BounceReader.ReadMbox(new MemoryStream(Mbox("\n")), null)), Summary(reports));
    }

    [Fact]
    public void Empty_mbox_gives_no_report()
    {
        Assert.Empty(BounceReader.ReadMbox(new MemoryStream([]), null));
    }

    [Fact]
    public async Task Maildir_reads_cur_and_new_sorted_by_file_name_and_skips_dot_files()
    {
        string dir = Path.Combine(Path.GetTempPath(), "smtpbounce-maildir-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "cur"));
            Directory.CreateDirectory(Path.Combine(dir, "new"));
            Directory.CreateDirectory(Path.Combine(dir, "tmp"));
            File.Copy(Samples.PathOf("arf-abuse.eml"), Path.Combine(dir, "new", "1700000003.M3.host"));
            File.Copy(Samples.PathOf("dsn-delayed.eml"), Path.Combine(dir, "cur", "1700000001.M1.host:2,S"));
            File.Copy(Samples.PathOf("ordinary-forward.eml"), Path.Combine(dir, "cur", "1700000002.M2.host:2,S"));
            File.Copy(Samples.PathOf("dsn-base64-status.eml"), Path.Combine(dir, "tmp", "1700000000.M0.host"));
            File.WriteAllText(Path.Combine(dir, "cur", ".hidden"), "not a message");

            List<KeyValuePair<string, BounceReport>> reports = BounceReader.ReadMaildir(dir, null).ToList();

            Assert.Equal(["1700000001.M1.host:2,S", "1700000002.M2.host:2,S", "1700000003.M3.host"], reports.Select(r => Path.GetFileName(r.Key)));
            Assert.Equal([BounceReportKind.Delay, BounceReportKind.NotABounce, BounceReportKind.Feedback], reports.Select(r => r.Value.Kind));

            IReadOnlyList<KeyValuePair<string, BounceReport>> async = await BounceReader.ReadMaildirAsync(dir, null, CancellationToken.None);
            Assert.Equal(reports.Select(r => r.Key + " " + r.Value.Kind), async.Select(r => r.Key + " " + r.Value.Kind));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Folder_without_cur_and_new_is_read_as_it_is()
    {
        string dir = Path.Combine(Path.GetTempPath(), "smtpbounce-flat-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            File.Copy(Samples.PathOf("dsn-bare-cr.eml"), Path.Combine(dir, "b.eml"));
            File.Copy(Samples.PathOf("dsn-delayed.eml"), Path.Combine(dir, "a.eml"));

            List<KeyValuePair<string, BounceReport>> reports = BounceReader.ReadMaildir(dir, null).ToList();

            Assert.Equal(["a.eml", "b.eml"], reports.Select(r => Path.GetFileName(r.Key)));
            Assert.Equal("natsu@example.jp", reports[1].Value.Recipients[0].Address);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Single_message_read_asynchronously_equals_the_synchronous_read()
    {
        await using FileStream stream = new(Samples.PathOf("dsn-postfix-two-recipients.eml"), FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);

        BounceReport async = await BounceReader.ReadAsync(stream, null, CancellationToken.None);
        BounceReport fromFile = await BounceReader.ReadFileAsync(Samples.PathOf("dsn-postfix-two-recipients.eml"), null, CancellationToken.None);

        string expected = Summary([Samples.Read("dsn-postfix-two-recipients.eml")]);
        Assert.Equal(expected, Summary([async]));
        Assert.Equal(expected, Summary([fromFile]));
    }

    /// <summary>An mbox of the samples, each after a "From " line, with the given line end.</summary>
    private static byte[] Mbox(string newline)
    {
        var sb = new StringBuilder();
        foreach (string name in MboxSamples)
        {
            string text = Encoding.UTF8.GetString(Samples.Bytes(name)).Replace("\r\n", "\n");
            sb.Append("From MAILER-DAEMON Tue Mar  3 10:15:02 2026\n").Append(text);
            if (!text.EndsWith('\n')) sb.Append('\n');
            sb.Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString().Replace("\n", newline));
    }

    private static string Summary(IEnumerable<BounceReport> reports) =>
        string.Join("\n", reports.Select(r => r.Kind + ": " + string.Join("; ", r.Recipients.Select(x => $"{x.Address} {x.Status} {x.Diagnosis.ReasonName} {x.DiagnosticText}"))));
}
