using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

public sealed class ListManagerFormatTests
{
    [Fact]
    public void Listserv_refusal_to_post_names_the_list_quoted_under_the_notice()
    {
        BounceInput input = FormatKit.Input("""
            From: "L-Soft list server at LISTS.EXAMPLE.EDU (17.0)" <LISTSERV@LISTS.EXAMPLE.EDU>
            To: ann@example.com
            Subject: Rejected posting to HIST-L@LISTS.EXAMPLE.EDU
            X-LSV-ListID: HIST-L
            Content-Type: text/plain; charset=us-ascii

            You are not authorized to send mail to the HIST-L list from your ann@example.com account.

            ------------------------ Rejected message (4 lines) --------------------------
            From: Ann <ann@example.com>
            To: HIST-L@LISTS.EXAMPLE.EDU
            Subject: Call for papers
            """);

        FormatRecipient r = Assert.Single(FormatKit.Read(new ListManagerFormat(), input));

        Assert.Equal("HIST-L@LISTS.EXAMPLE.EDU", r.Address);
        Assert.Equal("rejected", FormatKit.Reason(r));
    }

    [Fact]
    public void A_list_post_that_merely_mentions_rejection_is_not_a_refusal()
    {
        // The subject words count only beside a list manager's own header.
        BounceInput input = FormatKit.TextBounce("Ann <ann@example.com>", "Why my paper was rejected", "To: HIST-L@LISTS.EXAMPLE.EDU\n\nA story.");

        Assert.Empty(FormatKit.Read(new ListManagerFormat(), input));
    }
}
