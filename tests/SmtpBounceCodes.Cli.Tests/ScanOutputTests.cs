using System.Text.Json;
using SmtpBounceCodes.Cli.Internal;
using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Cli.Tests;

/// <summary>The formatting half of scan, fed with reports built by hand.</summary>
public class ScanOutputTests
{
    private static readonly (string, BounceReport)[] Sample =
    [
        ("bounces/postfix.eml", Reports.Bounce(
            Reports.Recipient("taro@example.jp", "failed", "5.1.1", "550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown"),
            Reports.Recipient("jiro@example.org", "failed", "5.2.2", "552 5.2.2 Mailbox full, \"quota\" exceeded"))),
        ("notes/ordinary.eml", Reports.Ordinary()),
        ("fbl/abuse.eml", Reports.Feedback("shiro@isp.example.net", "abuse")),
    ];

    private static string Write(string format, string language = "en")
    {
        using var output = new StringWriter();
        ScanOutput.Write(format, language, Sample, output);
        return output.ToString();
    }

    [Fact]
    public void Jsonl_has_exactly_the_contract_fields_one_line_per_recipient()
    {
        string[] lines = Write("jsonl").TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        JsonElement first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(["file", "index", "recipient", "action", "status", "replycode", "reason", "hardbounce", "diagnostic", "kind", "rule"],
            first.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("bounces/postfix.eml", first.GetProperty("file").GetString());
        Assert.Equal(1, first.GetProperty("index").GetInt32());
        Assert.Equal("taro@example.jp", first.GetProperty("recipient").GetString());
        Assert.Equal("failed", first.GetProperty("action").GetString());
        Assert.Equal("5.1.1", first.GetProperty("status").GetString());
        Assert.Equal("550", first.GetProperty("replycode").GetString());
        Assert.Equal("userunknown", first.GetProperty("reason").GetString());
        Assert.True(first.GetProperty("hardbounce").GetBoolean());
        Assert.Equal("bounce", first.GetProperty("kind").GetString());

        JsonElement second = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(2, second.GetProperty("index").GetInt32());
        Assert.Equal("552 5.2.2 Mailbox full, \"quota\" exceeded", second.GetProperty("diagnostic").GetString());
    }

    [Fact]
    public void Jsonl_feedback_report_carries_its_feedback_type()
    {
        JsonElement feedback = JsonDocument.Parse(Write("jsonl").TrimEnd('\n').Split('\n')[2]).RootElement;
        Assert.Equal("fbl/abuse.eml", feedback.GetProperty("file").GetString());
        Assert.Equal("feedback", feedback.GetProperty("reason").GetString());
        Assert.Equal("abuse", feedback.GetProperty("feedbacktype").GetString());
        Assert.Equal("feedback", feedback.GetProperty("kind").GetString());
        Assert.False(feedback.GetProperty("hardbounce").GetBoolean());
        Assert.Equal(JsonValueKind.Null, feedback.GetProperty("status").ValueKind);
    }

    [Fact]
    public void Csv_has_a_header_and_RFC_4180_quoting()
    {
        string[] lines = Write("csv").TrimEnd('\n').Split('\n');
        Assert.Equal("file,index,recipient,action,status,replycode,reason,hardbounce,diagnostic,feedbacktype,kind,rule", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("bounces/postfix.eml,1,taro@example.jp,failed,5.1.1,550,userunknown,true,", lines[1]);
        Assert.Contains(",\"552 5.2.2 Mailbox full, \"\"quota\"\" exceeded\",", lines[2]);
        Assert.Contains(",abuse,feedback,", lines[3]);
    }

    [Fact]
    public void Table_aligns_columns_and_skips_ordinary_messages()
    {
        string[] lines = Write("table").TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("FILE", lines[0]);
        int recipientColumn = lines[0].IndexOf("RECIPIENT", StringComparison.Ordinal);
        Assert.Equal(recipientColumn, lines[1].IndexOf("taro@example.jp", StringComparison.Ordinal));
        Assert.Equal(recipientColumn, lines[3].IndexOf("shiro@isp.example.net", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("ordinary", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_in_Japanese_shows_Japanese_summaries()
    {
        string table = Write("table", "ja");
        Assert.Contains(Explanations.ForReason(BounceReason.UserUnknown, "ja").Summary, table);
    }

    [Fact]
    public void Nothing_to_report_prints_nothing_in_table_and_jsonl()
    {
        foreach (string format in new[] { "table", "jsonl" })
        {
            using var output = new StringWriter();
            ScanOutput.Write(format, "en", [("a.eml", Reports.Ordinary())], output);
            Assert.Empty(output.ToString());
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Csv_field_quoting(string field, string expected)
    {
        using var output = new StringWriter();
        Csv.WriteField(output, field);
        Assert.Equal(expected, output.ToString());
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("宛先不明", 8)]
    [InlineData("ﾃｽﾄ", 3)]
    [InlineData("メール box", 10)]
    public void Table_counts_Japanese_characters_as_two_cells(string text, int cells) => Assert.Equal(cells, TextTable.Cells(text));
}
