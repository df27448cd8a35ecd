using SmtpBounceCodes.Internal;

namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>The stage markers found in the matcher's pass, and the matcher's reading of flattened multi-line replies.</summary>
public class StageAndMatcherTests
{
    public static TheoryData<string, SmtpStage> Markers()
    {
        var data = new TheoryData<string, SmtpStage>();
        foreach ((string marker, SmtpStage stage) in ReplyExtractor.StageMarkers) data.Add(marker, stage);
        return data;
    }

    [Theory]
    [MemberData(nameof(Markers))]
    public void Every_stage_marker_names_its_stage_in_Diagnose(string marker, SmtpStage stage)
    {
        string text = "550 something failed " + marker.ToUpperInvariant() + " <taro@example.jp>";
        Assert.Equal(stage, Diagnoser.Diagnose(text).Stage);
        Assert.Equal(ReplyExtractor.FindStage(text.AsSpan()), Diagnoser.Diagnose(text).Stage);
    }

    [Fact]
    public void The_earliest_stage_marker_wins()
    {
        Assert.Equal(SmtpStage.MailFrom, Diagnoser.Diagnose("550 refused (in reply to MAIL FROM command) then (in reply to RCPT TO command)").Stage);
        Assert.Equal(SmtpStage.RcptTo, Diagnoser.Diagnose("550 refused (in reply to RCPT TO command) then (in reply to MAIL FROM command)").Stage);
    }

    [Fact]
    public void A_stage_marker_broken_across_lines_is_found() =>
        Assert.Equal(SmtpStage.RcptTo, Diagnoser.Diagnose("550 5.1.1 <taro@example.jp>: User unknown (in reply to\r\n    RCPT TO command)").Stage);

    [Fact]
    public void The_callers_stage_outranks_the_text() =>
        Assert.Equal(SmtpStage.Data, Diagnoser.Diagnose("550 x (in reply to RCPT TO command)", new DiagnoseOptions { Stage = SmtpStage.Data }).Stage);

    [Theory]
    [InlineData("550-5.7.1 next", 9)]
    [InlineData("550 5.7.1 next", 9)]
    [InlineData("550-Mailbox", 4)]
    [InlineData("550 Mailbox", 0)]      // a code followed by text is the reply itself, not a repetition
    [InlineData("550-5.7.1x", 0)]
    [InlineData("550-5.7.1000 x", 0)]
    [InlineData("550-123", 0)]
    [InlineData("55", 0)]
    [InlineData("421-4.7.28", 10)]
    public void Repeated_reply_prefix_length(string text, int expected) =>
        Assert.Equal(expected, PhraseMatcher.RepeatedCodeLength(text.AsSpan(), 0));

    [Fact]
    public void Phrase_broken_by_a_repeated_reply_prefix_still_matches()
    {
        SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose("550-5.2.2 The email account that you tried to reach is over 550-5.2.2 quota. - gsmtp");
        Assert.Equal(BounceReason.MailboxFull, d.Reason);
        Assert.Equal("google.over-quota", d.Evidence.RuleId);
    }

    [Fact]
    public void Word_boundaries_keep_a_phrase_inside_a_longer_word_from_matching()
    {
        // "\bspf\b" must not match inside "openspf"; "\blocked\b" must not match inside "blocked".
        Assert.NotEqual(BounceReason.AuthFailure, Diagnoser.Diagnose("550 see http://www.openspf.example/why").Reason);
        Assert.NotEqual(BounceReason.Suspend, Diagnoser.Diagnose("550 5.7.1 blocked").Reason);
        Assert.Equal(BounceReason.Suspend, Diagnoser.Diagnose("550 5.2.1 account locked").Reason);
    }

    [Fact]
    public void Gap_phrase_matches_both_parts_in_order_within_the_gap()
    {
        Assert.Equal(BounceReason.MailboxFull, Diagnoser.Diagnose("452 mailbox for taro@example.jp is full").Reason);
        Assert.NotEqual(BounceReason.MailboxFull, Diagnoser.Diagnose("452 full of mailbox").Reason);
        Assert.NotEqual(BounceReason.MailboxFull, Diagnoser.Diagnose("452 mailbox " + new string('x', 200) + " full").Reason);
    }

    [Fact]
    public void Evidence_points_at_the_deciding_phrase_in_the_original_text()
    {
        const string text = "   550 5.2.2 <taro@example.jp>: Mailbox Full";
        DiagnosisEvidence e = Diagnoser.Diagnose(text).Evidence;
        Assert.Equal("Mailbox Full", text.Substring(e.MatchStart, e.MatchLength));
    }

    [Fact]
    public void Words_inside_a_link_are_not_the_replys_words()
    {
        // Cox's help page sits under /residential/: the reply refuses the sender, it does not block a client.
        const string text = "550 5.1.0 <ann@example.org> sender rejected. Refer to https://www.cox.example/residential/support/email-error-codes.html for more";
        SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose(text);
        Assert.Equal(BounceReason.Rejected, d.Reason);
        Assert.Equal("sender rejected", text.Substring(d.Evidence.MatchStart, d.Evidence.MatchLength));
        Assert.Equal(BounceReason.MailboxFull, Diagnoser.Diagnose("552 5.2.2 see http://help.example/user-unknown: mailbox full").Reason);
    }

    [Fact]
    public void A_link_that_names_a_block_list_counts() =>
        Assert.Equal(BounceReason.Blocked, Diagnoser.Diagnose("553 http://www.spamhaus.org/query/bl?ip=192.0.2.1").Reason);

    [Theory]
    [InlineData("see https://a.example/x y", 4, 23)]
    [InlineData("<http://a.example/x>", 1, 19)]
    [InlineData(":// no scheme, then ftp://b", 20, 27)]
    [InlineData("no link at all", -1, -1)]
    public void A_link_is_a_scheme_then_everything_up_to_space_or_a_bracket(string text, int start, int end)
    {
        Assert.Equal(start, DiagnosisEngine.FindLink(text.AsSpan(), 0, out int found));
        if (start >= 0) Assert.Equal(end, found);
    }
}
