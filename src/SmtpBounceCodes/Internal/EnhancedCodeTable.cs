namespace SmtpBounceCodes.Internal;

/// <summary>One enumerated row of the IANA enhanced status code registry (facts only: numbers, title, codes, RFC).</summary>
internal sealed record RegistryRow(int Subject, int Detail, string Title, string AssociatedCodes, string Reference);

/// <summary>The IANA "Enumerated Status Codes" sub-registry, as of its 2024-12-06 revision (see ../shared/data).</summary>
internal static class EnhancedCodeTable
{
    internal static readonly RegistryRow[] Rows =
    [
        new(0, 0, "Other undefined Status", "", "RFC 3463"),
        new(1, 0, "Other address status", "", "RFC 3463"),
        new(1, 1, "Bad destination mailbox address", "451 550", "RFC 3463"),
        new(1, 2, "Bad destination system address", "", "RFC 3463"),
        new(1, 3, "Bad destination mailbox address syntax", "501", "RFC 3463"),
        new(1, 4, "Destination mailbox address ambiguous", "", "RFC 3463"),
        new(1, 5, "Destination address valid", "250", "RFC 3463"),
        new(1, 6, "Destination mailbox has moved, No forwarding address", "", "RFC 3463"),
        new(1, 7, "Bad sender's mailbox address syntax", "", "RFC 3463"),
        new(1, 8, "Bad sender's system address", "451 501", "RFC 3463"),
        new(1, 9, "Message relayed to non-compliant mailer", "", "RFC 3886"),
        new(1, 10, "Recipient address has null MX", "556", "RFC 7505, RFC 7504"),
        new(2, 0, "Other or undefined mailbox status", "", "RFC 3463"),
        new(2, 1, "Mailbox disabled, not accepting messages", "", "RFC 3463"),
        new(2, 2, "Mailbox full", "552", "RFC 3463"),
        new(2, 3, "Message length exceeds administrative limit", "552", "RFC 3463"),
        new(2, 4, "Mailing list expansion problem", "450 452", "RFC 3463"),
        new(3, 0, "Other or undefined mail system status", "221 250 421 451 550 554", "RFC 3463"),
        new(3, 1, "Mail system full", "452", "RFC 3463"),
        new(3, 2, "System not accepting network messages", "453 521", "RFC 3463, RFC 7504"),
        new(3, 3, "System not capable of selected features", "", "RFC 3463"),
        new(3, 4, "Message too big for system", "552 554", "RFC 3463"),
        new(3, 5, "System incorrectly configured", "", "RFC 3463"),
        new(3, 6, "Requested priority was changed", "250 251", "RFC 6710"),
        new(4, 0, "Other or undefined network or routing status", "", "RFC 3463"),
        new(4, 1, "No answer from host", "451", "RFC 3463"),
        new(4, 2, "Bad connection", "421", "RFC 3463"),
        new(4, 3, "Directory server failure", "451 550", "RFC 3463"),
        new(4, 4, "Unable to route", "", "RFC 3463"),
        new(4, 5, "Mail system congestion", "451", "RFC 3463"),
        new(4, 6, "Routing loop detected", "", "RFC 3463"),
        new(4, 7, "Delivery time expired", "", "RFC 3463"),
        new(5, 0, "Other or undefined protocol status", "220 250 251 252 253 451 452 454 458 459 501 502 503 554", "RFC 3463"),
        new(5, 1, "Invalid command", "430 500 501 503 530 550 554 555", "RFC 3463"),
        new(5, 2, "Syntax error", "500 501 502 550 555", "RFC 3463"),
        new(5, 3, "Too many recipients", "451", "RFC 3463"),
        new(5, 4, "Invalid command arguments", "451 501 502 503 504 550 555", "RFC 3463"),
        new(5, 5, "Wrong protocol version", "", "RFC 3463"),
        new(5, 6, "Authentication Exchange line is too long", "500", "RFC 4954"),
        new(6, 0, "Other or undefined media error", "", "RFC 3463"),
        new(6, 1, "Media not supported", "", "RFC 3463"),
        new(6, 2, "Conversion required and prohibited", "", "RFC 3463"),
        new(6, 3, "Conversion required but not supported", "554", "RFC 3463"),
        new(6, 4, "Conversion with loss performed", "250", "RFC 3463"),
        new(6, 5, "Conversion Failed", "", "RFC 3463"),
        new(6, 6, "Message content not available", "554", "RFC 4468"),
        new(6, 7, "Non-ASCII addresses not permitted for that sender/recipient", "553 550", "RFC 6531"),
        new(6, 8, "UTF-8 string reply is required, but not permitted by the SMTP client", "252 553 550", "RFC 6531"),
        new(6, 9, "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected", "550", "RFC 6531"),
        new(6, 10, "(none; deprecated)", "", "RFC 6531"),
        new(7, 0, "Other or undefined security status", "220 235 450 454 500 501 503 504 530 535 550", "RFC 3463"),
        new(7, 1, "Delivery not authorized, message refused", "451 454 502 503 533 550 551", "RFC 3463"),
        new(7, 2, "Mailing list expansion prohibited", "550", "RFC 3463"),
        new(7, 3, "Security conversion required but not possible", "", "RFC 3463"),
        new(7, 4, "Security features not supported", "504", "RFC 3463"),
        new(7, 5, "Cryptographic failure", "", "RFC 3463"),
        new(7, 6, "Cryptographic algorithm not supported", "", "RFC 3463"),
        new(7, 7, "Message integrity failure", "", "RFC 3463"),
        new(7, 8, "Authentication credentials invalid", "535 554", "RFC 4954"),
        new(7, 9, "Authentication mechanism is too weak", "534", "RFC 4954"),
        new(7, 10, "Encryption Needed", "523", "RFC 5248"),
        new(7, 11, "Encryption required for requested authentication mechanism", "524 538", "RFC 4954"),
        new(7, 12, "A password transition is needed", "422 432", "RFC 4954"),
        new(7, 13, "User Account Disabled", "525", "RFC 5248"),
        new(7, 14, "Trust relationship required", "535 554", "RFC 5248"),
        new(7, 15, "Priority Level is too low", "450 550", "RFC 6710"),
        new(7, 16, "Message is too big for the specified priority", "552", "RFC 6710"),
        new(7, 17, "Mailbox owner has changed", "", "RFC 7293"),
        new(7, 18, "Domain owner has changed", "", "RFC 7293"),
        new(7, 19, "RRVS test cannot be completed", "", "RFC 7293"),
        new(7, 20, "No passing DKIM signature found", "550", "RFC 7372, RFC 6376"),
        new(7, 21, "No acceptable DKIM signature found", "550", "RFC 7372, RFC 6376"),
        new(7, 22, "No valid author-matched DKIM signature found", "550", "RFC 7372, RFC 6376"),
        new(7, 23, "SPF validation failed", "550", "RFC 7372, RFC 7208"),
        new(7, 24, "SPF validation error", "451 550", "RFC 7372, RFC 7208"),
        new(7, 25, "Reverse DNS validation failed", "550", "RFC 7372, RFC 7601"),
        new(7, 26, "Multiple authentication checks failed", "550", "RFC 7372"),
        new(7, 27, "Sender address has null MX", "550", "RFC 7505"),
        new(7, 28, "Mail flood detected", "", "draft-levine-mailbomb-header (Internet-Draft)"),
        new(7, 29, "ARC validation failure", "550", "RFC 8617"),
        new(7, 30, "REQUIRETLS support required", "550", "RFC 8689"),
    ];

    internal static readonly (int Subject, string Title, string Reference)[] Subjects =
    [
        (0, "Other or Undefined Status", "RFC 3463"),
        (1, "Addressing Status", "RFC 3463"),
        (2, "Mailbox Status", "RFC 3463"),
        (3, "Mail System Status", "RFC 3463"),
        (4, "Network and Routing Status", "RFC 3463"),
        (5, "Mail Delivery Protocol Status", "RFC 3463"),
        (6, "Message Content or Media Status", "RFC 3463"),
        (7, "Security or Policy Status", "RFC 3463"),
    ];

    // Text cache for every class × registered row, so ToString() of a common code does not allocate.
    private static readonly Dictionary<int, string> TextCache = BuildTextCache();

    internal static RegistryRow? Find(int subject, int detail)
    {
        foreach (RegistryRow row in Rows)
        {
            if (row.Subject == subject && row.Detail == detail) return row;
        }

        return null;
    }

    internal static string? CachedText(EnhancedStatusCode code) =>
        TextCache.TryGetValue(code.GetHashCode(), out string? text) ? text : null;

    private static Dictionary<int, string> BuildTextCache()
    {
        var cache = new Dictionary<int, string>(Rows.Length * 3);
        foreach (int c in new[] { 2, 4, 5 })
        {
            foreach (RegistryRow row in Rows)
            {
                var code = new EnhancedStatusCode(c, row.Subject, row.Detail);
                cache[code.GetHashCode()] = string.Concat(
                    c.ToString(System.Globalization.CultureInfo.InvariantCulture), ".",
                    row.Subject.ToString(System.Globalization.CultureInfo.InvariantCulture), ".",
                    row.Detail.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return cache;
    }
}
