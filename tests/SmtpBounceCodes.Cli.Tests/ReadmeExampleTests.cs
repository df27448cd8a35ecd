using MailKit.Net.Smtp;
using MimeKit;
using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Cli.Tests;

/// <summary>
/// The C# example of README.md, compiled and run here so that it cannot rot: the test checks that README.md holds the
/// text between the markers below, line for line.
/// </summary>
public class ReadmeExampleTests
{
    /// <summary>Stands in for MailKit's SmtpClient: the server refuses the recipient, as a real one does at RCPT TO.</summary>
    private sealed class RefusingClient(SmtpStatusCode status, string text)
    {
        public Task SendAsync(MimeMessage message) =>
            throw new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, status, message.To.Mailboxes.First(), text);
    }

    private static async Task Example(RefusingClient client, MimeMessage message, HashSet<string> suppressed, HashSet<string> retry, string path)
    {
        // README example: begin
        // 1. MailKit threw while sending: is the address dead, or should we retry later?
        try { await client.SendAsync(message); }
        catch (SmtpCommandException ex) when (ex.Mailbox is not null)
        {
            Diagnosis d = Diagnoser.Diagnose((int)ex.StatusCode, ex.Message);
            if (d.IsHardBounce) suppressed.Add(ex.Mailbox.Address);      // userunknown, hostunknown…
            else if (d.Advice == RetryAdvice.RetryLater) retry.Add(ex.Mailbox.Address);
        }

        // 2. A pasted text, explained in Japanese.
        Diagnosis pasted = Diagnoser.Diagnose("550 5.7.1 Access denied", DiagnoseOptions.ForLanguage("ja"));
        Console.WriteLine($"{pasted.ReasonName}: {pasted.Explanation.Remedy}");

        // 3. A bounce e-mail from the return-path mailbox: one result per recipient.
        foreach (BounceRecipient r in BounceReader.ReadFile(path, null).Recipients)
            Console.WriteLine($"{r.Address}: {r.Diagnosis.ReasonName}, hard bounce: {r.Diagnosis.IsHardBounce}");
        // README example: end
    }

    private static MimeMessage Newsletter(string to)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("news@example.com"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "October newsletter";
        return message;
    }

    [Fact]
    public async Task MailKit_unknown_user_goes_to_the_suppression_list()
    {
        HashSet<string> suppressed = [], retry = [];
        var client = new RefusingClient(SmtpStatusCode.MailboxUnavailable, "5.1.1 <taro@example.jp>: Recipient address rejected: User unknown in local recipient table");
        await Example(client, Newsletter("taro@example.jp"), suppressed, retry, Cli.SamplePath("mail", "bounces", "postfix-user-unknown.eml"));
        Assert.Equal(["taro@example.jp"], suppressed);
        Assert.Empty(retry);
    }

    [Fact]
    public async Task MailKit_full_mailbox_is_retried_later()
    {
        HashSet<string> suppressed = [], retry = [];
        var client = new RefusingClient(SmtpStatusCode.MailboxBusy, "4.2.2 <jiro@example.org>: Mailbox full, try again later");
        await Example(client, Newsletter("jiro@example.org"), suppressed, retry, Cli.SamplePath("mail", "bounces", "postfix-user-unknown.eml"));
        Assert.Empty(suppressed);
        Assert.Equal(["jiro@example.org"], retry);
    }

    [Fact]
    public void Readme_shows_exactly_the_example_compiled_here()
    {
        string source = File.ReadAllText(Path.Combine(Cli.RepoRoot, "tests", "SmtpBounceCodes.Cli.Tests", "ReadmeExampleTests.cs"));
        string readme = File.ReadAllText(Path.Combine(Cli.RepoRoot, "README.md"));
        string[] lines = source.Split('\n');
        int begin = Array.FindIndex(lines, l => l.Trim() == "// README example: begin");
        int end = Array.FindIndex(lines, l => l.Trim() == "// README example: end");
        string[] body = lines[(begin + 1)..end];
        int indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        string example = string.Join('\n', body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        Assert.Contains(example, readme.Replace("\r\n", "\n"));
    }
}
