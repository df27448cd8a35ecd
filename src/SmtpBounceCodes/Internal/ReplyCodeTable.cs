namespace SmtpBounceCodes.Internal;

/// <summary>A registered basic reply code: facts from ../shared/data/reply-codes.tsv (RFC short text and reference).</summary>
internal sealed record ReplyCodeRow(int Code, string RfcName, string Reference);

/// <summary>Lookup table for the registered basic reply codes.</summary>
internal static class ReplyCodeTable
{
    internal static readonly ReplyCodeRow[] Rows =
    [
        new(211, "System status, or system help reply", "RFC 5321 §4.2.3"),
        new(214, "Help message", "RFC 5321 §4.2.3"),
        new(220, "<domain> Service ready", "RFC 5321 §4.2.3; RFC 3207"),
        new(221, "<domain> Service closing transmission channel", "RFC 5321 §4.2.3"),
        new(235, "Authentication successful", "RFC 4954"),
        new(250, "Requested mail action okay, completed", "RFC 5321 §4.2.3"),
        new(251, "User not local; will forward to <forward-path>", "RFC 5321 §4.2.3, §3.4"),
        new(252, "Cannot VRFY user, but will accept message and attempt delivery", "RFC 5321 §4.2.3, §3.5.3"),
        new(253, "OK, <n> pending messages for node <x> started", "RFC 1985"),
        new(334, "Server challenge", "RFC 4954"),
        new(354, "Start mail input; end with <CRLF>.<CRLF>", "RFC 5321 §4.2.3"),
        new(421, "<domain> Service not available, closing transmission channel", "RFC 5321 §4.2.3"),
        new(422, "(registry-only) password transition", "IANA enhanced registry (X.7.12)"),
        new(430, "(registry-only)", "IANA enhanced registry (X.5.1)"),
        new(432, "A password transition is needed", "RFC 4954"),
        new(450, "Requested mail action not taken: mailbox unavailable", "RFC 5321 §4.2.3"),
        new(451, "Requested action aborted: local error in processing", "RFC 5321 §4.2.3"),
        new(452, "Requested action not taken: insufficient system storage", "RFC 5321 §4.2.3; RFC 1870"),
        new(453, "You have no mail", "RFC 2645"),
        new(454, "TLS not available due to temporary reason / Temporary authentication failure", "RFC 3207; RFC 4954"),
        new(455, "Server unable to accommodate parameters", "RFC 5321 §4.2.3"),
        new(458, "Unable to queue messages for node <x>", "RFC 1985; RFC 2645"),
        new(459, "Node <x> not allowed: <reason>", "RFC 1985; RFC 2645"),
        new(500, "Syntax error, command unrecognized", "RFC 5321 §4.2.3"),
        new(501, "Syntax error in parameters or arguments", "RFC 5321 §4.2.3"),
        new(502, "Command not implemented", "RFC 5321 §4.2.3, §4.2.4"),
        new(503, "Bad sequence of commands", "RFC 5321 §4.2.3"),
        new(504, "Command parameter not implemented", "RFC 5321 §4.2.3; RFC 4954"),
        new(521, "Host does not accept mail", "RFC 7504 (earlier RFC 1846)"),
        new(523, "(registry-only) Encryption needed", "IANA enhanced registry (X.7.10) / RFC 5248"),
        new(524, "(registry-only) Encryption required for mechanism", "IANA enhanced registry (X.7.11)"),
        new(525, "(registry-only) User account disabled", "IANA enhanced registry (X.7.13) / RFC 5248"),
        new(530, "Authentication required / Must issue a STARTTLS command first", "RFC 4954; RFC 3207"),
        new(533, "(registry-only)", "IANA enhanced registry (X.7.1)"),
        new(534, "Authentication mechanism is too weak", "RFC 4954"),
        new(535, "Authentication credentials invalid", "RFC 4954"),
        new(538, "Encryption required for requested authentication mechanism", "RFC 4954"),
        new(550, "Requested action not taken: mailbox unavailable", "RFC 5321 §4.2.3"),
        new(551, "User not local; please try <forward-path>", "RFC 5321 §4.2.3, §3.4"),
        new(552, "Requested mail action aborted: exceeded storage allocation", "RFC 5321 §4.2.3, §4.5.3.1.10; RFC 1870"),
        new(553, "Requested action not taken: mailbox name not allowed", "RFC 5321 §4.2.3"),
        new(554, "Transaction failed (at connection opening: No SMTP service here)", "RFC 5321 §4.2.3, §3.1"),
        new(555, "MAIL FROM/RCPT TO parameters not recognized or not implemented", "RFC 5321 §4.2.3 (from RFC 1869)"),
        new(556, "Domain does not accept mail", "RFC 7504; RFC 7505"),
    ];

    private static readonly string[] DigitStrings = BuildDigits();

    internal static ReplyCodeRow? Find(int code)
    {
        // 44 rows: a binary search over the sorted table beats a dictionary's hashing here.
        int lo = 0, hi = Rows.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = Rows[mid].Code;
            if (c == code) return Rows[mid];
            if (c < code) lo = mid + 1; else hi = mid - 1;
        }

        return null;
    }

    internal static bool IsRegistered(int code) => Find(code) is not null;

    internal static string Digits(int code) =>
        code is >= 200 and <= 599 ? DigitStrings[code - 200] : code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] BuildDigits()
    {
        var result = new string[400];
        for (int i = 0; i < result.Length; i++) result[i] = (i + 200).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return result;
    }
}
