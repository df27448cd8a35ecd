using System.Text.Json;
using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Cli.Tests;

/// <summary>
/// A fact that needs the real bounce reader. While the MimeKit package still holds its placeholder reader (which
/// reads nothing), these tests are skipped with the reason "reader not merged yet"; once it reads the sample, they run.
/// </summary>
public sealed class RealReaderFactAttribute : FactAttribute
{
    public RealReaderFactAttribute()
    {
        if (!ReaderIsReal) Skip = "reader not merged yet";
    }

    private static bool ReaderIsReal { get; } =
        BounceReader.ReadFile(Cli.SamplePath("mail", "bounces", "postfix-user-unknown.eml"), null).Recipients.Count > 0;
}

/// <summary>scan over the samples we wrote, with the real reader.</summary>
public class ScanEndToEndTests
{
    private static JsonElement[] ScanJsonl(params string[] paths)
    {
        CliResult r = Cli.Run(["scan", "--format", "jsonl", .. paths]);
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stderr);
        return r.JsonLines;
    }

    [RealReaderFact]
    public void Postfix_user_unknown_sample_gives_one_hard_bounce()
    {
        JsonElement row = Assert.Single(ScanJsonl(Cli.SamplePath("mail", "bounces", "postfix-user-unknown.eml")));
        Assert.Equal("postfix-user-unknown.eml", row.GetProperty("file").GetString());
        Assert.Equal(1, row.GetProperty("index").GetInt32());
        Assert.Equal("taro@example.jp", row.GetProperty("recipient").GetString());
        Assert.Equal("failed", row.GetProperty("action").GetString());
        Assert.Equal("5.1.1", row.GetProperty("status").GetString());
        Assert.Equal("550", row.GetProperty("replycode").GetString());
        Assert.Equal("userunknown", row.GetProperty("reason").GetString());
        Assert.True(row.GetProperty("hardbounce").GetBoolean());
        Assert.Equal("bounce", row.GetProperty("kind").GetString());
        Assert.Contains("User unknown", row.GetProperty("diagnostic").GetString());
    }

    [RealReaderFact]
    public void Samples_folder_covers_directories_mbox_and_maildir()
    {
        JsonElement[] rows = ScanJsonl(Cli.SamplePath("mail"));
        string[] keys = rows.Select(r => r.GetProperty("file").GetString() + " " + r.GetProperty("recipient").GetString()).ToArray();
        Assert.Contains("bounces/sendmail-two-recipients.eml hanako@nonexistent.example.net", keys);
        Assert.Contains("bounces/sendmail-two-recipients.eml jiro@example.org", keys);
        Assert.Contains("mbox/returned.mbox#2 rokuro@example.net", keys);
        Assert.Contains("maildir/new/1760500000.M1P100.mail.example.com nanami@partner.example.org", keys);
        Assert.Contains("maildir/cur/1760500100.M2P100.mail.example.com hachiro@example.net", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("bounces/ordinary.eml", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.StartsWith("mbox/returned.mbox#1", StringComparison.Ordinal));

        JsonElement feedback = rows.Single(r => r.GetProperty("file").GetString() == "bounces/feedback-abuse.eml");
        Assert.Equal("abuse", feedback.GetProperty("feedbacktype").GetString());
        Assert.Equal("feedback", feedback.GetProperty("reason").GetString());
        JsonElement delayed = rows.Single(r => r.GetProperty("file").GetString() == "bounces/postfix-delayed-rate-limited.eml");
        Assert.Equal("delay", delayed.GetProperty("kind").GetString());
        Assert.False(delayed.GetProperty("hardbounce").GetBoolean());
    }

    [Fact]
    public void Ordinary_message_prints_nothing()
    {
        CliResult r = Cli.Run("scan", "--format", "jsonl", Cli.SamplePath("mail", "bounces", "ordinary.eml"));
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.Empty(r.Stderr);
    }
}
