using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class FamilyFormatsTests
{
    // Marker lines of the families, so that random texts reach deep into the decoders, not only their first check.
    private static readonly string[] Markers =
    [
        "Hi. This is the qmail-send program at example.jp.", "<a@example.jp>:", "This message was created automatically by mail delivery software.",
        "The following address(es) failed:", "  a@example.jp", "    SMTP error from remote mail server after RCPT TO:<a@example.jp>:",
        "There was an error delivering your mail to <a@example.jp>.", "Delivery to the following recipient failed permanently:",
        "Technical details of permanent failure:", "did not reach the following recipient(s):", "a@example.jp on Mon, 3 May 2004",
        "----- Transcript of session follows -----", ">>> RCPT To:<a@example.jp>", "<<< 550 no", "550 <a@example.jp>... User unknown",
        "was not delivered to:", "because:", "------- Failure Reasons  --------", "Recipient address: a@example.jp", "Reason: x",
        "Diagnostic code: smtp; 550", "Recipient: <a@example.jp>", "Your mail sent on: x", "Could not be delivered to: <a@example.jp>",
        "The response was:", "** Message not delivered **", "-- a@example.jp", "The problem appears to be :", "Additional information follows :",
        "In:  RCPT TO:<a@example.jp>", "Out: 550 5.1.1 no", "Transcript of session follows.", "This is the mail system at host x.",
        "This is the MAILER-DAEMON, please DO NOT REPLY to this email.", "the following list of recipients:", "a@example.jp: 550 no",
        "ERROR_CODE :550", "Technical report:", "Final-Recipient: rfc822; a@example.jp", "Google Groups", "groups.google.com",
        "Error message below:", "Message details:", "RCPT TO: a@example.jp", "Sent <<< RCPT TO:<a@example.jp>", "Received >>> 550 no",
        "@", "<", ">:", "@@@@", "a@", "@b", "",
    ];

    [Fact]
    public void Decoders_are_tried_in_one_list_with_unique_lowercase_names()
    {
        string[] names = FamilyFormats.All.Select(f => f.Name).ToArray();

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Equal(n.ToLowerInvariant(), n));
    }

    // One short bounce per family layout, written for these tests, with the decoder that must read it.
    public static TheoryData<string, string, string, string> FamilySamples => new()
    {
        { "qmail", "MAILER-DAEMON@example.jp", "failure notice", "Hi. This is the qmail-send program at example.jp.\n\n<a@example.co.jp>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n" },
        { "yahoo", "MAILER-DAEMON@yahoo.example.com", "Failure Notice", "Sorry, we were unable to deliver your message to the following address.\n\n<a@example.co.jp>:\nRemote host said: 550 5.1.1 unknown [RCPT_TO]\n" },
        { "exim", "Mail Delivery System <Mailer-Daemon@example.org>", "Mail delivery failed", "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  a@example.co.jp\n    retry timeout exceeded\n" },
        { "postfix", "MAILER-DAEMON@example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender", "This is the mail system at host mx.example.org.\n\n<a@example.co.jp>: host mx.example.co.jp[192.0.2.1] said: 550 5.1.1 unknown (in\n    reply to RCPT TO command)\n" },
        { "v5sendmail", "Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Returned mail: User unknown", "   ----- Transcript of session follows -----\n550 <a@example.co.jp>... User unknown\n\n   ----- Unsent message follows -----\n" },
        { "dragonfly", "MAILER-DAEMON <>", "Mail delivery failed", "This is the DragonFly Mail Agent v0.13 at example.org.\n\nThere was an error delivering your mail to <a@example.co.jp>.\n\nmx.example.co.jp [192.0.2.1] did not like our RCPT TO:\n550 5.1.1 unknown\n\nMessage headers follow.\n" },
        { "gmail", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", "Delivery to the following recipient failed permanently:\n\n     a@example.co.jp\n\nTechnical details of permanent failure:\nThe error that the other server returned was: 550 5.1.1 unknown\n\n----- Original message -----\n" },
        { "exchange2003", "System Administrator <postmaster@example.jp>", "Undeliverable: x", "Your message\n\ndid not reach the following recipient(s):\n\na@example.co.jp on Mon, 3 May 2004 10:00:00 +0900\n    The recipient name is not recognized\n" },
        { "opensmtpd", "Mailer Daemon <MAILER-DAEMON@example.jp>", "Delivery status notification: error", "    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\na@example.co.jp: 550 5.1.1 unknown\n\n    Below is a copy of the original message:\n" },
        { "domino", "Postmaster@example.jp", "DELIVERY FAILURE: x", "Your message\n\nwas not delivered to:\n\n  a@example.co.jp\n\nbecause:\n\n  User a (a@example.co.jp) not listed in Domino Directory\n" },
        { "x1", "MAILER-DAEMON@example.jp", "Returned Mail: User unknown", "---The following addresses had delivery errors---\n\na@example.co.jp [User unknown]\n" },
        { "mcafee", "<MAILER-DAEMON@example.jp>", "Delivery Status", "    --- The following addresses had delivery problems ---\n\n<a@example.co.jp>   (User unknown)\n" },
        { "sendmail", "Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Returned mail: see transcript for details", "   ----- The following addresses had permanent fatal errors -----\n<a@example.co.jp>\n    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n550 5.1.1 <a@example.co.jp>... User unknown\n" },
    };

    [Theory]
    [MemberData(nameof(FamilySamples))]
    public void Each_family_sample_is_read_by_its_own_decoder_and_by_no_other(string family, string from, string subject, string body)
    {
        BounceInput input = FormatKit.TextBounce(from, subject, body);

        string[] readers = FamilyFormats.All.Where(f => f.TryRead(input, [])).Select(f => f.Name).ToArray();

        Assert.Equal([family], readers);
    }

    [Fact]
    public void Status_of_the_delivery_status_part_completes_a_text_without_code()
    {
        BounceInput input = FormatKit.Input("""
            From: MAILER-DAEMON@example.jp
            Subject: failure notice
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"

            --b
            Content-Type: text/plain

            Hi. This is the qmail-send program at example.jp.

            <taro@example.co.jp>:
            192.0.2.1 does not like recipient.
            Remote host said: 550 Mailbox full

            <hanako@example.co.jp>:
            Remote host said: 550 5.1.1 No such user

            --- Below this line is a copy of the message.

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; example.jp

            Final-Recipient: rfc822; taro@example.co.jp
            Action: failed
            Status: 5.2.2

            Final-Recipient: rfc822; hanako@example.co.jp
            Action: failed
            Status: 5.0.0

            --b--
            """);

        List<FormatRecipient> found = [];
        IBounceFormat format = FamilyFormats.All.First(f => f.TryRead(input, found));

        Assert.Equal("qmail", format.Name);
        Assert.Equal("5.2.2", found[0].Status);
        Assert.Null(found[1].Status);
    }

    [Property(MaxTest = 300)]
    public Property Every_decoder_is_total_on_texts_made_of_its_markers()
    {
        Gen<string> line = Gen.OneOf(Gen.Elements(Markers), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));
        Gen<string> text = Gen.ListOf(line).Select(lines => string.Join("\n", lines));
        return Prop.ForAll(text.ToArbitrary(), body =>
        {
            BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@example.jp", "Mail System Error - Returned Mail", body);
            foreach (IBounceFormat format in FamilyFormats.All)
            {
                var found = new List<FormatRecipient>();
                bool read = format.TryRead(input, found);
                if (read != found.Count > 0 || found.Any(r => string.IsNullOrEmpty(r.Address))) return false;
            }

            return true;
        });
    }

    [Fact]
    public void Every_decoder_reads_a_text_of_one_repeated_marker_up_to_the_size_limit_and_the_recipient_cap()
    {
        // A quadratic step in any decoder would make this test crawl: each text is the largest the input allows, made of
        // the lines that open recipients (the marker lines in between reach the decoders' other states).
        foreach (string marker in Markers.Where(m => m.Contains('@', StringComparison.Ordinal)))
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; sb.Length < BounceInput.MaxTextLength; i++)
            {
                sb.Append(marker.Replace("a@example.jp", $"u{i}@example.jp", StringComparison.Ordinal)).Append('\n');
                if (i % 7 == 0) sb.Append(Markers[i % Markers.Length]).Append('\n');
            }

            BounceInput input = FormatKit.TextBounce("MAILER-DAEMON@example.jp", "Undeliverable Mail", sb.ToString());
            foreach (IBounceFormat format in FamilyFormats.All)
            {
                var found = new List<FormatRecipient>();
                format.TryRead(input, found);
                Assert.True(found.Count <= FamilyText.MaxRecipients, $"{format.Name} on '{marker}': {found.Count}");
                Assert.All(found, r => Assert.True((r.DiagnosticText?.Length ?? 0) <= FamilyText.MaxDiagnosticLength));
            }
        }
    }

    [Property]
    public Property Address_finder_returns_an_address_from_the_text_or_nothing(string? text)
    {
        text ??= string.Empty;
        string? address = FamilyText.FindAddress(text);
        return (address is null || (text.Contains(address, StringComparison.Ordinal) && address.Contains('@', StringComparison.Ordinal))).ToProperty();
    }
}
