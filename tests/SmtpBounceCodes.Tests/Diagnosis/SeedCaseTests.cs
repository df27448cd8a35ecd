namespace SmtpBounceCodes.Tests.Diagnosis;

/// <summary>
/// The cases of the seed page (a Japanese newsletter service's help page on 550–555 error mails): every one is
/// recognised with the reason the page describes.
/// </summary>
public class SeedCaseTests
{
    [Theory]
    [InlineData("550 Host unknown", BounceReason.HostUnknown)]
    [InlineData("550 User unknown", BounceReason.UserUnknown)]
    [InlineData("550 5.1.1 xxxxxx@hogehoge.ne.jp... User unknown", BounceReason.UserUnknown)]
    [InlineData("Sorry, no mailbox here by that name. (#5.1.1)", BounceReason.UserUnknown)]
    [InlineData("550 Relaying Denied", BounceReason.NoRelaying)]
    [InlineData("550 5.7.1 Access denied", BounceReason.Blocked)]
    [InlineData("550 sorry, no mailbox here by that name. (#5.1.1) (in reply to RCPT TO command)", BounceReason.UserUnknown)]
    [InlineData("551 Access Denied", BounceReason.UserUnknown)]
    [InlineData("552 Message is too large", BounceReason.EmailTooLarge)]
    [InlineData("552 mailbox over quota", BounceReason.MailboxFull)]
    [InlineData("553 Unbalanced", BounceReason.UserUnknown)]
    [InlineData("553 Recipient is not local", BounceReason.NoRelaying)]
    [InlineData("553 Spam or junk mail threshold exceeded.", BounceReason.SpamDetected)]
    [InlineData("554 Service unavailable", BounceReason.OnHold)]
    [InlineData("554 Unsolicited Bulk Email not accepted!! Check", BounceReason.SpamDetected)]
    [InlineData("555 Unsupported option: xxxxxxxxx", BounceReason.SyntaxError)]
    public void Seed_page_case_is_recognised(string text, BounceReason expected)
    {
        SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose(text);
        Assert.Equal(expected, d.Reason);
        Assert.True(d.IsPermanent, "every seed case is a 5xx");
    }

    // The seed rules carry explanations of their own (keyed by rule id): the seed texts must keep reaching them.
    [Theory]
    [InlineData("550 5.7.1 Access denied", "seed.550-5.7.1-access-denied")]
    [InlineData("551 Access Denied", "seed.551-access-denied")]
    [InlineData("553 Unbalanced", "seed.553-unbalanced")]
    [InlineData("553 Recipient is not local", "seed.553-not-local")]
    [InlineData("554 Service unavailable", "seed.554-service-unavailable")]
    [InlineData("555 Unsupported option: xxxxxxxxx", "seed.555-unsupported-option")]
    public void Seed_text_is_decided_by_its_own_rule(string text, string ruleId) =>
        Assert.Equal(ruleId, Diagnoser.Diagnose(text).Evidence.RuleId);

    [Theory]
    [InlineData("550 User unknown", true)]
    [InlineData("550 Host unknown", true)]
    [InlineData("552 mailbox over quota", false)]
    [InlineData("550 Relaying Denied", false)]
    public void Only_a_dead_address_is_a_hard_bounce(string text, bool hard) =>
        Assert.Equal(hard, Diagnoser.Diagnose(text).IsHardBounce);

    [Fact]
    public void Qmail_no_mailbox_in_reply_to_RCPT_TO_records_the_stage()
    {
        SmtpBounceCodes.Diagnosis d = Diagnoser.Diagnose("550 sorry, no mailbox here by that name. (#5.1.1) (in reply to RCPT TO command)");
        Assert.Equal(SmtpStage.RcptTo, d.Stage);
        Assert.Equal(new EnhancedStatusCode(5, 1, 1), d.EnhancedCode);
        Assert.Equal(RetryAdvice.SuppressRecipient, d.Advice);
    }
}
