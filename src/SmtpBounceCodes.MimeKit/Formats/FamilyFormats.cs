namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// The decoders of the MTA families whose bounces are not (only) RFC 3464 reports, in the order they are tried.
/// A decoder with a narrow marker (a product name, a provider's own sentence) comes before one that keys on wording
/// several products share, so the narrow one claims its messages first.
/// </summary>
internal static class FamilyFormats
{
    /// <summary>
    /// Every family decoder, each completed by <see cref="WithReportStatus"/>. The RFC 3464 reader should be tried
    /// first for reports whose delivery-status part carries Diagnostic-Codes: the decoders that would repeat such a
    /// report step aside by themselves (Postfix, sendmail, Exchange, X3, EZweb); the others read their text anyway,
    /// since it says more than the report (Exim, qmail, OpenSMTPD, Messaging Server, McAfee…).
    /// </summary>
    internal static readonly IBounceFormat[] All = Array.ConvertAll<IBounceFormat, IBounceFormat>(
    [
        // Structured notifications and provider letters: their markers belong to nobody else.
        new AmazonSesFormat(),
        new AmazonWorkMailFormat(),
        new GoogleGroupsFormat(),
        new GmailFormat(),
        new DragonFlyFormat(),

        // Products named by their own layout or wording.
        new Exchange2003Format(),
        new Exchange2007Format(),
        new DominoFormat(),
        new NotesFormat(),
        new MailMarshalFormat(),  // before IMail: both say "Undeliverable Mail"
        new IMailFormat(),
        new VerizonFormat(),
        new ApacheJamesFormat(),
        new MailFoundryFormat(),
        new MFilterFormat(),
        new ActivehunterFormat(), // before sendmail: the same fatal-error list
        new EZwebFormat(),
        new KddiFormat(),
        new TrendMicroFormat(),
        new BiglobeFormat(),      // before McAfee: a longer form of the same heading
        new McAfeeFormat(),
        new FmlFormat(),
        new ListManagerFormat(),  // after fml: the other list managers' refusals to post
        new DeutscheTelekomFormat(),
        new MimecastFormat(),
        new MessagingServerFormat(),
        new MDaemonFormat(),
        new OpenSmtpdFormat(),
        new X1Format(),
        new X2Format(),
        new X3Format(),
        new X4Format(),
        new X6Format(),

        // Open-source MTAs and the providers that kept their layout: the widest wording comes last.
        new PostfixFormat(),
        new YahooFormat(),        // before qmail: qmail's blocks under Yahoo's own greeting
        new QmailFormat(),
        new ZohoFormat(),         // before Exim: Exim's opening sentence over Zoho's lines
        new EximFormat(),
        new SendmailFormat(),
        new V5SendmailFormat(),
    ], format => new WithReportStatus(format));

    /// <summary>
    /// Completes what a decoder read with the Status of the message's delivery-status part, for the recipients whose
    /// text has no enhanced code (qmail-style texts inside an RFC 3464 report, Messaging Server, OpenSMTPD).
    /// </summary>
    private sealed class WithReportStatus(IBounceFormat inner) : IBounceFormat
    {
        public string Name => inner.Name;

        public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
        {
            int from = recipients.Count;
            if (!inner.TryRead(input, recipients)) return false;
            FamilyText.FillStatusFromReport(input, recipients, from);
            return true;
        }
    }
}
