using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SmtpBounceCodes.MimeKit.Tests.Reports;

/// <summary>Huge, deep, cut, empty and random inputs: the reader answers, never throws.</summary>
public sealed class HostileInputTests
{
    private const string SmallBounce = """
        From: Mail Delivery System <MAILER-DAEMON@mx.example.jp>
        To: sender@example.com
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="outer"

        --outer
        Content-Type: text/plain

        Your message could not be delivered.

        --outer
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.jp

        Final-Recipient: rfc822; haru@example.jp
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp; 550 5.1.1 User unknown

        """;

    [Fact]
    public void Bounce_with_a_20_MB_attachment_reads_like_the_same_bounce_without_it()
    {
        var rng = new Random(20);
        byte[] blob = new byte[20 * 1024 * 1024];
        rng.NextBytes(blob);
        var sb = new StringBuilder(SmallBounce.Replace("\r\n", "\n"));
        sb.Append("--outer\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"big.bin\"\n\n");
        sb.Append(Convert.ToBase64String(blob, Base64FormattingOptions.InsertLineBreaks)).Append("\n--outer--\n");

        BounceReport big = Samples.Read(Encoding.ASCII.GetBytes(sb.ToString()));
        BounceReport small = Samples.Read(Encoding.ASCII.GetBytes(SmallBounce + "--outer--\n"));

        Assert.Equal(Summary(small), Summary(big));
        Assert.Equal("haru@example.jp", Assert.Single(big.Recipients).Address);
    }

    [Fact]
    public void Bounce_with_a_20_MB_text_part_keeps_only_the_start_of_it()
    {
        string filler = new('x', 20 * 1024 * 1024);
        string message = "From: MAILER-DAEMON@mx.example.jp\nSubject: Undeliverable\nContent-Type: text/plain\n\n"
            + "<aki@example.jp>: 550 5.1.1 User unknown\n\n" + filler + "\n";

        BounceReport report = Samples.Read(Encoding.ASCII.GetBytes(message));

        BounceRecipient r = Assert.Single(report.Recipients);
        Assert.Equal("aki@example.jp", r.Address);
        Assert.True(r.DiagnosticText!.Length < 10_000);
    }

    [Fact]
    public void MIME_nested_10000_deep_is_cut_short_and_the_report_before_it_still_read()
    {
        const int depth = 10_000;
        var sb = new StringBuilder(SmallBounce.Replace("\r\n", "\n"));
        sb.Append("--outer\n");
        for (int i = 0; i < depth; i++) sb.Append("Content-Type: multipart/mixed; boundary=\"b").Append(i).Append("\"\n\n--b").Append(i).Append('\n');
        sb.Append("Content-Type: text/plain\n\ndeep\n");
        for (int i = depth - 1; i >= 0; i--) sb.Append("--b").Append(i).Append("--\n");
        sb.Append("--outer--\n");

        BounceReport report = Samples.Read(Encoding.ASCII.GetBytes(sb.ToString()));

        Assert.Equal(BounceReportKind.Bounce, report.Kind);
        Assert.Equal("haru@example.jp", Assert.Single(report.Recipients).Address);
    }

    [Fact]
    public void Message_cut_off_in_the_second_recipient_gives_the_first_and_what_was_read_of_the_second()
    {
        byte[] whole = Samples.Bytes("dsn-postfix-two-recipients.eml");
        string text = Encoding.ASCII.GetString(whole);
        int cut = text.IndexOf("Diagnostic-Code: smtp; 552", StringComparison.Ordinal);

        BounceReport report = Samples.Read(whole.AsSpan(0, cut).ToArray());

        Assert.Equal(["hanako@example.ne.jp", "jiro@example.org"], report.Recipients.Select(r => r.Address));
        Assert.Equal(BounceReason.UserUnknown, report.Recipients[0].Diagnosis.Reason);
        Assert.Equal("5.2.2", report.Recipients[1].Status?.ToString());
    }

    [Fact]
    public void Empty_input_is_not_a_bounce_and_says_why()
    {
        BounceReport report = Samples.Read([]);

        Assert.Equal(BounceReportKind.NotABounce, report.Kind);
        Assert.Empty(report.Recipients);
        Assert.NotEmpty(report.Errors);
    }

    [Fact]
    public void Headers_only_bounce_without_body_gives_no_recipient()
    {
        BounceReport report = Samples.Read(Encoding.ASCII.GetBytes("From: MAILER-DAEMON@mx.example.jp\nSubject: Undeliverable\n"));

        Assert.Equal(BounceReportKind.NotABounce, report.Kind);
        Assert.Empty(report.Recipients);
    }

    [Property(MaxTest = 200)]
    public Property Random_bytes_give_a_report_and_never_an_exception(byte[] junk) =>
        Prop.ToProperty(Samples.Read(junk ?? []) is not null);

    [Property(MaxTest = 200)]
    public Property Random_text_after_bounce_headers_gives_a_report_and_never_an_exception(string body)
    {
        string message = "From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail\nContent-Type: multipart/report; boundary=x\n\n--x\nContent-Type: message/delivery-status\n\n"
            + (body ?? string.Empty) + "\n--x--\n";
        BounceReport report = Samples.Read(Encoding.UTF8.GetBytes(message));
        return Prop.ToProperty(report.Recipients.All(r => r.Diagnosis is not null));
    }

    /// <summary>
    /// Real-shaped bounces broken the ways mail gets broken on the way: cut anywhere, a line lost or doubled, line ends
    /// changed, a byte turned into 8-bit junk, a 200,000-character line pushed in. Every sample of ours, every kind of
    /// damage: the reader answers with a report whose recipients all carry a diagnosis, and never throws.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Damaged_samples_give_a_report_and_never_an_exception() =>
        Prop.ForAll(DamagedSamples().ToArbitrary(), bytes =>
        {
            BounceReport report = Samples.Read(bytes);
            return report.Recipients.All(r => r.Diagnosis is not null && r.Address is not null)
                && (report.Kind != BounceReportKind.NotABounce || report.Recipients.Count == 0);
        });

    private static readonly string[] SampleFiles = Directory.GetFiles(Samples.PathOf(""), "*.eml", SearchOption.AllDirectories);

    private static Gen<byte[]> DamagedSamples() =>
        from index in Gen.Choose(0, SampleFiles.Length - 1)
        from damage in Gen.Choose(0, 6)
        from at in Gen.Choose(0, int.MaxValue - 1)
        from junk in Gen.Choose(0x80, 0xFF)
        select Damage(File.ReadAllBytes(SampleFiles[index]), damage, at, (byte)junk);

    private static byte[] Damage(byte[] bytes, int damage, int at, byte junk)
    {
        if (bytes.Length == 0) return bytes;
        int pos = at % bytes.Length;
        switch (damage)
        {
            case 0: // cut off
                return bytes.AsSpan(0, pos).ToArray();
            case 1: // a line lost
            case 2: // a line doubled
            {
                int start = Array.LastIndexOf(bytes, (byte)'\n', pos) + 1;
                int end = Array.IndexOf(bytes, (byte)'\n', pos);
                end = end < 0 ? bytes.Length : end + 1;
                byte[] line = bytes.AsSpan(start, end - start).ToArray();
                IEnumerable<byte> rest = bytes.Skip(end);
                return (damage == 1 ? bytes.Take(start).Concat(rest) : bytes.Take(end).Concat(line).Concat(rest)).ToArray();
            }

            case 3: // every line end a bare CR
                return Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace("\r\n", "\n").Replace('\n', '\r'));
            case 4: // every line end CRLF
                return Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace("\r\n", "\n").Replace("\n", "\r\n"));
            case 5: // one byte of 8-bit junk
            {
                byte[] copy = (byte[])bytes.Clone();
                copy[pos] = junk;
                return copy;
            }

            default: // a very long line pushed in
                return bytes.Take(pos).Concat(Encoding.ASCII.GetBytes(new string('x', 200_000))).Concat(bytes.Skip(pos)).ToArray();
        }
    }

    private static string Summary(BounceReport r) =>
        r.Kind + ": " + string.Join("; ", r.Recipients.Select(x => $"{x.Address} {x.Status} {x.ReplyCode} {x.Diagnosis.ReasonName} {x.DiagnosticText}"));
}
