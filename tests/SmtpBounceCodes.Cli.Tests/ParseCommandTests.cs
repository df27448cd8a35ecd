using System.Text.Json;

namespace SmtpBounceCodes.Cli.Tests;

public class ParseCommandTests
{
    private const string GmailStyleMultiline =
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n" +
        "550-5.1.1 double-checking the recipient's email address for typos or\r\n" +
        "550 5.1.1 unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser\r\n";

    [Fact]
    public void Postfix_reply_to_RCPT_TO_as_json()
    {
        CliResult r = Cli.Run("parse", "--json", "550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown in local recipient table");
        Assert.Equal(0, r.ExitCode);
        JsonElement json = Assert.Single(r.JsonLines);
        Assert.Equal("550", json.GetProperty("replycode").GetString());
        Assert.Equal("5.1.1", json.GetProperty("status").GetString());
        Assert.Equal(["<taro@example.jp>: Recipient address rejected: User unknown in local recipient table"],
            json.GetProperty("lines").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.False(json.GetProperty("multiline").GetBoolean());
        Assert.True(json.GetProperty("wire").GetBoolean());
    }

    [Fact]
    public void Multiline_Gmail_style_reply_keeps_every_line_without_its_codes()
    {
        CliResult r = Cli.Run("parse", "--json", GmailStyleMultiline);
        JsonElement json = Assert.Single(r.JsonLines);
        Assert.True(json.GetProperty("multiline").GetBoolean());
        string[] lines = json.GetProperty("lines").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("The email account", lines[0]);
        Assert.DoesNotContain(lines, l => l.Contains("550") || l.Contains("5.1.1"));
    }

    [Fact]
    public void Postfix_said_line_falls_back_to_extraction_and_names_the_stage()
    {
        CliResult r = Cli.Run("parse", "--json",
            "host mx.example.jp[192.0.2.25] said: 550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)");
        JsonElement json = Assert.Single(r.JsonLines);
        Assert.False(json.GetProperty("wire").GetBoolean());
        Assert.Equal("550", json.GetProperty("replycode").GetString());
        Assert.Equal("5.1.1", json.GetProperty("status").GetString());
        Assert.Equal("rcptto", json.GetProperty("stage").GetString());
    }

    [Fact]
    public void Text_without_any_code_gives_nulls_not_an_error()
    {
        CliResult r = Cli.Run("parse", "--json", "Sorry, I could not deliver your message");
        Assert.Equal(0, r.ExitCode);
        JsonElement json = Assert.Single(r.JsonLines);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("replycode").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("status").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("stage").ValueKind);
    }

    [Fact]
    public void Unquoted_words_are_joined_into_one_text()
    {
        CliResult joined = Cli.Run("parse", "--json", "550", "5.1.1", "User", "unknown");
        CliResult quoted = Cli.Run("parse", "--json", "550 5.1.1 User unknown");
        Assert.Equal(quoted.Stdout, joined.Stdout);
    }

    [Fact]
    public void Dash_reads_a_multiline_reply_from_standard_input()
    {
        CliResult r = Cli.RunWithInput(GmailStyleMultiline, "parse", "--json", "-");
        JsonElement json = Assert.Single(r.JsonLines);
        Assert.Equal("550", json.GetProperty("replycode").GetString());
        Assert.Equal(3, json.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public void Human_output_names_code_status_and_lines()
    {
        CliResult r = Cli.Run("parse", "550 5.1.1 User unknown");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("reply code   550 (Requested action not taken: mailbox unavailable)", r.Stdout);
        Assert.Contains("status       5.1.1 (Bad destination mailbox address)", r.Stdout);
        Assert.Contains("line 1       User unknown", r.Stdout);
        Assert.DoesNotContain("\r", r.Stdout);
    }
}
