using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MimeKit;
using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Benchmarks;

/// <summary>
/// Reading bounce e-mails: every message of the corpus (one per invocation, in turn: the mean is the cost of an average
/// bounce, and 1 / mean is reports per second), and a 20 MB bounce that carries the original message with a large
/// attachment. Each is compared with what MimeKit alone needs to parse the same bytes (the baseline): the reader should
/// cost little more than reading the message does.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BounceReadingBenchmarks
{
    internal const string CorpusCategory = "corpus";
    internal const string LargeCategory = "large-20MB";

    private byte[][] _corpus = [];
    private byte[] _large = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Inputs.CorpusDirectory is { } dir
            ? Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray()
            : [];
        _large = LargeBounce(20 * 1024 * 1024);
    }

    [Benchmark(Baseline = true, Description = "MimeKit parse (corpus message)")]
    [BenchmarkCategory(CorpusCategory)]
    public MimeMessage ParseCorpusMessage() => MimeMessage.Load(new MemoryStream(NextCorpusMessage(), writable: false));

    [Benchmark(Description = "BounceReader.Read (corpus message)")]
    [BenchmarkCategory(CorpusCategory)]
    public BounceReport ReadCorpusMessage() => BounceReader.Read(new MemoryStream(NextCorpusMessage(), writable: false), null);

    [Benchmark(Baseline = true, Description = "MimeKit parse (20 MB bounce)")]
    [BenchmarkCategory(LargeCategory)]
    public MimeMessage ParseLargeBounce() => MimeMessage.Load(new MemoryStream(_large, writable: false));

    [Benchmark(Description = "BounceReader.Read (20 MB bounce)")]
    [BenchmarkCategory(LargeCategory)]
    public BounceReport ReadLargeBounce() => BounceReader.Read(new MemoryStream(_large, writable: false), null);

    private byte[] NextCorpusMessage()
    {
        byte[] message = _corpus[_next];
        _next = (_next + 1) % _corpus.Length;
        return message;
    }

    /// <summary>
    /// A Postfix-style DSN whose third part is the original message with a base64 attachment, padded to about
    /// <paramref name="size"/> bytes. The attachment is random, so that nothing compresses or short-cuts.
    /// </summary>
    internal static byte[] LargeBounce(int size)
    {
        var random = new Random(20251014);
        byte[] attachment = new byte[size / 4 * 3];
        random.NextBytes(attachment);
        string base64 = Convert.ToBase64String(attachment, Base64FormattingOptions.InsertLineBreaks);

        var text = new StringBuilder(size + 4096);
        text.Append("Return-Path: <>\r\n")
            .Append("Date: Tue, 14 Oct 2025 09:12:44 +0900\r\n")
            .Append("From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\r\n")
            .Append("To: news@example.com\r\n")
            .Append("Subject: Undelivered Mail Returned to Sender\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"OUTER\"\r\n\r\n")
            .Append("--OUTER\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n")
            .Append("<taro@example.jp>: host mx.example.jp[192.0.2.25] said: 552 5.3.4 Message size exceeds fixed maximum\r\n")
            .Append("    message size (in reply to end of DATA command)\r\n\r\n")
            .Append("--OUTER\r\nContent-Type: message/delivery-status\r\n\r\n")
            .Append("Reporting-MTA: dns; mail.example.com\r\n\r\n")
            .Append("Final-Recipient: rfc822; taro@example.jp\r\nAction: failed\r\nStatus: 5.3.4\r\n")
            .Append("Remote-MTA: dns; mx.example.jp\r\n")
            .Append("Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed maximum message size\r\n\r\n")
            .Append("--OUTER\r\nContent-Type: message/rfc822\r\n\r\n")
            .Append("From: Example News <news@example.com>\r\nTo: taro@example.jp\r\nSubject: Catalogue\r\n")
            .Append("Message-Id: <catalogue-1@example.com>\r\nMIME-Version: 1.0\r\n")
            .Append("Content-Type: multipart/mixed; boundary=\"INNER\"\r\n\r\n")
            .Append("--INNER\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThe catalogue is attached.\r\n")
            .Append("--INNER\r\nContent-Type: application/pdf; name=\"catalogue.pdf\"\r\n")
            .Append("Content-Disposition: attachment; filename=\"catalogue.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
            .Append(base64)
            .Append("\r\n--INNER--\r\n\r\n--OUTER--\r\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
