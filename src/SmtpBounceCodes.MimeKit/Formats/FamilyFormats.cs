namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// The decoders of the MTA families whose bounces are not (only) RFC 3464 reports, in the order they are tried.
/// A decoder with a narrow marker (a product name, a provider's own sentence) comes before one that keys on wording
/// several products share, so the narrow one claims its messages first.
/// </summary>
internal static class FamilyFormats
{
    internal static readonly IBounceFormat[] All = Array.ConvertAll<IBounceFormat, IBounceFormat>(
    [
        new Exchange2003Format(),
        new Exchange2007Format(),
        new DominoFormat(),
        new NotesFormat(),
        new YahooFormat(),
        new X1Format(),
        new X2Format(),
        new X3Format(),
        new X4Format(),
        new X6Format(),
        new MailMarshalFormat(),
        new AmazonWorkMailFormat(),
        new AmazonSesFormat(),
        new IMailFormat(),
        new VerizonFormat(),
        new MailFoundryFormat(),
        new MFilterFormat(),
        new ActivehunterFormat(),
        new EZwebFormat(),
        new KddiFormat(),
        new ApacheJamesFormat(),
        new TrendMicroFormat(),
        new BiglobeFormat(),
        new McAfeeFormat(),
        new FmlFormat(),
        new DeutscheTelekomFormat(),
        new QmailFormat(),
        new DragonFlyFormat(),
        new GoogleGroupsFormat(),
        new GmailFormat(),
        new OpenSmtpdFormat(),
        new MessagingServerFormat(),
        new MimecastFormat(),
        new PostfixFormat(),
        new ZohoFormat(),
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
