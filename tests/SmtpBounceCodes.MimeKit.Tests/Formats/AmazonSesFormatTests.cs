using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class AmazonSesFormatTests
{
    private static readonly AmazonSesFormat Format = new();

    private static BounceInput Notification(string body) =>
        FormatKit.TextBounce("SES-Notices <no-reply@sns.amazonaws.example>", "AWS Notification Message", body);

    [Fact]
    public void Ses_bounce_object_gives_status_and_diagnostic_code_per_recipient()
    {
        BounceInput input = Notification("""
            {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"taro@example.jp","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"},{"emailAddress":"hanako@example.jp"}],"reportingMTA":"dsn; a1.smtp-out.example"},"mail":{"source":"sender@example.org"}}
            --
            If you wish to stop receiving notifications from this topic, please click the link below.
            """);

        List<FormatRecipient> found = FormatKit.Read(Format, input);

        Assert.Equal(["taro@example.jp", "hanako@example.jp"], found.Select(r => r.Address));
        Assert.Equal("5.1.1", found[0].Status);
        Assert.Equal("smtp; 550 5.1.1 user unknown", found[0].DiagnosticText);
        Assert.Equal("Permanent bounce (General)", found[1].DiagnosticText);
        Assert.Equal("userunknown", FormatKit.Reason(found[0]));
    }

    [Fact]
    public void Ses_delivery_delay_event_gives_each_delayed_recipient_with_its_reply()
    {
        BounceInput input = Notification("""
            {"eventType":"DeliveryDelay","mail":{"destination":["mio@example.co.uk"]},"deliveryDelay":{"delayType":"MailboxFull","delayedRecipients":[{"emailAddress":"mio@example.co.uk","status":"4.2.2","diagnosticCode":"smtp; 452 4.2.2 Mailbox over quota"}],"reportingMTA":"a7.smtp-out.example"}}
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("mio@example.co.uk", r.Address);
        Assert.Equal("delayed", r.Action);
        Assert.Equal("4.2.2", r.Status);
        Assert.Equal("mailboxfull", FormatKit.Reason(r));
    }

    [Fact]
    public void Ses_reject_event_fails_every_destination_for_the_virus_it_stands_for()
    {
        BounceInput input = Notification("""
            {"eventType":"Reject","mail":{"destination":["ap@example.org","ar@example.org"]},"reject":{"reason":"Bad content"}}
            """);

        List<FormatRecipient> found = FormatKit.Read(Format, input);

        Assert.Equal(["ap@example.org", "ar@example.org"], found.Select(r => r.Address));
        Assert.All(found, r => Assert.Equal("virusdetected", FormatKit.Reason(r)));
    }

    [Fact]
    public void Sns_envelope_holds_the_notification_as_an_escaped_string_folded_by_sendmail()
    {
        // A relay folded the long line with "!", a line end and a blank, inside the JSON string.
        BounceInput input = Notification("""
            {
              "Type" : "Notification",
              "Message" : "{\"notificationType\":\"Delivery\",\"delivery\":{\"recipients\":[\"jiro@exam!
             ple.jp\"],\"smtpResponse\":\"250 2.6.0 Message received\"}}"
            }
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("jiro@example.jp", r.Address);
        Assert.Equal("delivered", r.Action);
        Assert.Equal("delivered", FormatKit.Reason(r));
    }

    [Fact]
    public void Ses_complaint_carries_its_feedback_type()
    {
        BounceInput input = Notification("""{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"saburo@example.jp"}],"complaintFeedbackType":"abuse"}}""");

        FormatRecipient r = Assert.Single(FormatKit.Read(Format, input));

        Assert.Equal("abuse", r.FeedbackType);
    }

    [Theory]
    [InlineData("{\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":[{\"emailAddress\":\"a@example.jp\"")]
    [InlineData("{\"notificationType\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    [InlineData("notificationType { \"\\u12")]
    public void Broken_or_hostile_json_is_declined(string body) =>
        Assert.Empty(FormatKit.Read(Format, Notification(body)));
}
