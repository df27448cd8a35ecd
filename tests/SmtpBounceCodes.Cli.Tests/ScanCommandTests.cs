using System.Text.Json;

namespace SmtpBounceCodes.Cli.Tests;

/// <summary>The walk over files, directories, mbox files and maildirs, with a stand-in reader (see <see cref="FakeSource"/>).</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static (string File, int Index, string Recipient)[] Rows(CliResult r) =>
        r.JsonLines.Select(j => (j.GetProperty("file").GetString()!, j.GetProperty("index").GetInt32(), j.GetProperty("recipient").GetString()!)).ToArray();

    [Fact]
    public void Single_file_argument_is_named_by_its_file_name()
    {
        string path = _temp.Write("in/box/one.eml", "rcpt: taro@example.jp 5.1.1 550 5.1.1 User unknown\n");
        CliResult r = Cli.RunWith(new FakeSource(), "", "scan", "--format", "jsonl", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal([("one.eml", 1, "taro@example.jp")], Rows(r));
    }

    [Fact]
    public void Directory_is_walked_recursively_in_name_order_with_relative_slash_paths()
    {
        _temp.Write("b.eml", "rcpt: b@example.jp 5.1.1\n");
        _temp.Write("a.eml", "rcpt: a1@example.jp 5.1.1\nrcpt: a2@example.jp 5.2.2\n");
        _temp.Write("sub/deeper/c.eml", "rcpt: c@example.jp 5.1.1\n");
        _temp.Write("sub/ordinary.eml", "Subject: hello\n");
        CliResult r = Cli.RunWith(new FakeSource(), "", "scan", "--format", "jsonl", _temp.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(
            [("a.eml", 1, "a1@example.jp"), ("a.eml", 2, "a2@example.jp"), ("b.eml", 1, "b@example.jp"), ("sub/deeper/c.eml", 1, "c@example.jp")],
            Rows(r));
    }

    [Fact]
    public void Mbox_messages_are_numbered_after_a_hash()
    {
        _temp.Write("box/returned.mbox",
            "From someone@example.jp Wed Oct 15 09:55:00 2025\nSubject: ordinary\n\n" +
            "From MAILER-DAEMON Wed Oct 15 10:00:00 2025\nrcpt: rokuro@example.net 5.7.1\n\n" +
            "From MAILER-DAEMON Wed Oct 15 10:05:00 2025\nrcpt: nanami@example.org 5.1.1\n");
        CliResult r = Cli.RunWith(new FakeSource(), "", "scan", "--format", "jsonl", _temp.Path);
        Assert.Equal([("box/returned.mbox#2", 1, "rokuro@example.net"), ("box/returned.mbox#3", 1, "nanami@example.org")], Rows(r));

        CliResult direct = Cli.RunWith(new FakeSource(), "", "scan", "--format", "jsonl", Path.Combine(_temp.Path, "box", "returned.mbox"));
        Assert.Equal("returned.mbox#2", Rows(direct)[0].File);
    }

    [Fact]
    public void Directory_with_cur_and_new_is_read_as_a_maildir()
    {
        _temp.Write("Maildir/new/1760500000.M1P1.host", "rcpt: new@example.jp 5.7.1\n");
        _temp.Write("Maildir/cur/1760500100.M2P1.host", "rcpt: cur@example.jp 5.3.4\n");
        _temp.Write("Maildir/tmp/1760500200.M3P1.host", "rcpt: being-written@example.jp 5.1.1\n");
        _temp.Write("Maildir/.Bounces/cur/1760500300.M4P1.host", "rcpt: subfolder@example.jp 5.1.1\n");
        var source = new FakeSource();
        CliResult maildir = Cli.RunWith(source, "", "scan", "--format", "jsonl", Path.Combine(_temp.Path, "Maildir"));
        Assert.Equal(0, maildir.ExitCode);
        Assert.Equal(
            [("cur/1760500100.M2P1.host", 1, "cur@example.jp"), ("new/1760500000.M1P1.host", 1, "new@example.jp"),
             (".Bounces/cur/1760500300.M4P1.host", 1, "subfolder@example.jp")],
            Rows(maildir));

        CliResult parent = Cli.RunWith(new FakeSource(), "", "scan", "--format", "jsonl", _temp.Path);
        Assert.Equal("Maildir/cur/1760500100.M2P1.host", Rows(parent)[0].File);
    }

    [Fact]
    public void Unreadable_file_prints_one_error_line_and_the_scan_goes_on_with_exit_code_1()
    {
        _temp.Write("1-good.eml", "rcpt: good@example.jp 5.1.1\n");
        _temp.Write("2-broken.eml", "boom\n");
        _temp.Write("3-good.eml", "rcpt: after@example.jp 5.1.1\n");
        CliResult r = Cli.RunWith(new FakeSource(), "", "scan", "--format", "jsonl", _temp.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(["good@example.jp", "after@example.jp"], Rows(r).Select(x => x.Recipient).ToArray());
        Assert.Equal("smtp-bounce: scan: cannot read '2-broken.eml': simulated read failure\n", r.Stderr);
    }

    [Fact]
    public void Missing_path_is_reported_and_the_other_paths_are_still_scanned()
    {
        string good = _temp.Write("good.eml", "rcpt: good@example.jp 5.1.1\n");
        string missing = Path.Combine(_temp.Path, "no-such-file.eml");
        CliResult r = Cli.RunWith(new FakeSource(), "", "scan", "--format", "jsonl", missing, good);
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("no-such-file.eml", r.Stderr);
        Assert.Equal("good@example.jp", Assert.Single(Rows(r)).Recipient);
    }

    [Fact]
    public void Missing_path_with_the_real_reader_exits_1()
    {
        CliResult r = Cli.Run("scan", Path.Combine(_temp.Path, "nothing-here"));
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("smtp-bounce: scan: cannot read '", r.Stderr);
    }

    [Fact]
    public void Lang_is_passed_to_the_reader()
    {
        string path = _temp.Write("one.eml", "rcpt: taro@example.jp 5.1.1\n");
        var source = new FakeSource();
        Cli.RunWith(source, "", "scan", "--lang", "ja", path);
        Assert.Equal(["ja"], source.Languages);
    }

    [Fact]
    public void Csv_and_table_cover_the_same_rows_as_jsonl()
    {
        _temp.Write("a.eml", "rcpt: a1@example.jp 5.1.1\nrcpt: a2@example.jp 5.2.2\n");
        _temp.Write("fbl.eml", "kind: feedback\nrcpt: c@example.jp 5.7.1\n");
        CliResult jsonl = Cli.RunWith(new FakeSource(), "", "scan", "--format", "jsonl", _temp.Path);
        CliResult csv = Cli.RunWith(new FakeSource(), "", "scan", "--format", "csv", _temp.Path);
        CliResult table = Cli.RunWith(new FakeSource(), "", "scan", _temp.Path);
        Assert.Equal(3, jsonl.Lines.Length);
        Assert.Equal(4, csv.Lines.Length);
        Assert.Equal(4, table.Lines.Length);
        JsonElement feedback = jsonl.JsonLines[2];
        Assert.Equal("abuse", feedback.GetProperty("feedbacktype").GetString());
        Assert.False(jsonl.JsonLines[0].TryGetProperty("feedbacktype", out _));
    }
}
