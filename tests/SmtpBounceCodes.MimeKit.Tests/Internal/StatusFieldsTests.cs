using SmtpBounceCodes.MimeKit.Internal;

namespace SmtpBounceCodes.MimeKit.Tests.Internal;

/// <summary>The delivery-status field reader on the layouts real MTAs produce.</summary>
public sealed class StatusFieldsTests
{
    [Fact]
    public void Standard_report_gives_message_fields_and_one_group_per_recipient()
    {
        StatusFields f = StatusFields.Parse("""
            Reporting-MTA: dns; mx.example.jp
            Arrival-Date: Tue, 3 Mar 2026 10:00:00 +0900

            Final-Recipient: rfc822; a@example.jp
            Action: failed
            Status: 5.1.1

            Final-Recipient: rfc822; b@example.jp
            Action: delayed
            Status: 4.4.1
            """);

        Assert.Equal("dns; mx.example.jp", f.Message.Get("Reporting-MTA"));
        Assert.Equal(["rfc822; a@example.jp", "rfc822; b@example.jp"], f.Recipients.Select(g => g.Get("Final-Recipient")));
        Assert.Equal(["failed", "delayed"], f.Recipients.Select(g => g.Get("Action")));
    }

    [Fact]
    public void Folded_diagnostic_code_is_unfolded_with_single_spaces()
    {
        StatusFields f = StatusFields.Parse("Final-Recipient: rfc822; a@example.jp\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.jp>:\n    Recipient address rejected:\n\tUser unknown\n");

        Assert.Equal("smtp; 550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown", f.Recipients[0].Get("Diagnostic-Code"));
    }

    [Fact]
    public void Diagnostic_code_folded_without_leading_white_space_keeps_its_continuation()
    {
        StatusFields f = StatusFields.Parse("Final-Recipient: rfc822; a@example.jp\nDiagnostic-Code: smtp; 550 mailbox\nunavailable for this user\nStatus: 5.2.1\n");

        Assert.Equal("smtp; 550 mailbox unavailable for this user", f.Recipients[0].Get("Diagnostic-Code"));
        Assert.Equal("5.2.1", f.Recipients[0].Get("Status"));
    }

    [Fact]
    public void Action_before_Final_Recipient_belongs_to_that_recipient()
    {
        // Amazon SES writes Action first, then Final-Recipient and Original-Recipient.
        StatusFields f = StatusFields.Parse("""
            Reporting-MTA: dns; inbound.example.com

            Action: failed
            Final-Recipient: rfc822; a@example.jp
            Original-Recipient: rfc822; a@example.jp
            Status: 5.1.1

            Action: failed
            Final-Recipient: rfc822; b@example.jp
            Status: 5.2.2
            """);

        Assert.Equal(2, f.Recipients.Count);
        Assert.Equal(["failed", "failed"], f.Recipients.Select(g => g.Get("Action")));
        Assert.Equal(["5.1.1", "5.2.2"], f.Recipients.Select(g => g.Get("Status")));
    }

    [Fact]
    public void Records_without_blank_lines_between_them_are_split_at_the_repeated_fields()
    {
        StatusFields f = StatusFields.Parse("""
            Reporting-MTA: dns; gw.example.net
            Original-Recipient: rfc822; a@example.jp
            Final-Recipient: rfc822; a@example.jp
            Action: failed
            Status: 5.1.1
            Original-Recipient: rfc822; b@example.jp
            Final-Recipient: rfc822; b@example.jp
            Action: failed
            Status: 5.7.1
            """);

        Assert.Equal(["rfc822; a@example.jp", "rfc822; b@example.jp"], f.Recipients.Select(g => g.Get("Final-Recipient")));
        Assert.Equal(["5.1.1", "5.7.1"], f.Recipients.Select(g => g.Get("Status")));
    }

    [Fact]
    public void Stray_blank_line_inside_a_record_does_not_lose_its_fields()
    {
        StatusFields f = StatusFields.Parse("Final-Recipient: rfc822; a@example.jp\nAction: failed\n\n\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 no such user\n");

        FieldGroup g = Assert.Single(f.Recipients);
        Assert.Equal("5.1.1", g.Get("Status"));
        Assert.Equal("smtp; 550 no such user", g.Get("Diagnostic-Code"));
    }

    [Fact]
    public void Per_message_fields_after_the_recipients_go_to_the_message()
    {
        StatusFields f = StatusFields.Parse("Final-Recipient: rfc822; a@example.jp\nAction: failed\n\nReporting-MTA: dns; late.example.jp\n");

        Assert.Equal("dns; late.example.jp", f.Message.Get("Reporting-MTA"));
        Assert.Null(f.Recipients[0].Get("Reporting-MTA"));
    }

    [Fact]
    public void Field_names_compare_without_case()
    {
        StatusFields f = StatusFields.Parse("final-recipient: rfc822; a@example.jp\nACTION: failed\nstatus: 5.1.1\n");

        Assert.Equal("failed", Assert.Single(f.Recipients).Get("Action"));
    }

    [Fact]
    public void Text_without_fields_gives_no_recipient()
    {
        Assert.Empty(StatusFields.Parse("This is not a delivery status.\n\nJust words: and colons.\n").Recipients);
    }
}
