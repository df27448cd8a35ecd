namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Gmail's text notifications (before Google moved to RFC 3464 reports): "Delivery to the following recipient failed
/// permanently:" (or "has been delayed:"), the addresses indented below, then "Technical details of permanent
/// failure:" and Google's paragraph, which quotes the remote reply after "The error that the other server returned
/// was:", up to "----- Original message -----". The current notices ("** Message not delivered **", "** Address not
/// found **") explain in a paragraph and quote the remote reply after "The response was:" or "The response from the
/// remote server was:"; their recipients are in the <c>X-Failed-Recipients</c> header, and their delivery-status part,
/// when it has the Diagnostic-Code, is left to the RFC 3464 reader.
/// </summary>
internal sealed class GmailFormat : IBounceFormat
{
    /// <summary>The beginning every list intro wording shares: one search for it rules them all out on most texts.</summary>
    private const string ListIntroStart = "Delivery to the following recipient";

    private static readonly string[] ListIntro =
    [
        ListIntroStart + " failed permanently:",
        ListIntroStart + "s failed permanently:",
        ListIntroStart + " failed:",
        ListIntroStart + "s failed:",
        ListIntroStart + " has been delayed:",
        ListIntroStart + "s have been delayed:",
        ListIntroStart + "s has been delayed:",
    ];

    private const string Details = "Technical details of";
    private const string Quoted = "The error that the other server returned was:";

    private static readonly string[] EndMarkers = ["----- Original message -----", "----- Message header follows -----", "----- Original message follows -----"];

    private static readonly string[] Responses = ["The response was:", "The response from the remote server was:"];

    public string Name => "gmail";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, ListIntroStart) || !FamilyText.HasAny(text, ListIntro)) return FamilyText.HasAny(text, Responses) && !FamilyText.ReportExplainsEveryRecipient(input) && ReadCurrent(input, recipients);
        string[] lines = FamilyText.Lines(text);
        int intro = FamilyText.FindLine(lines, 0, ListIntro);
        bool delayed = FamilyText.Has(lines[intro], "delayed");

        // The addresses: the lines after the intro up to the first line that is not one.
        var addresses = new List<string>();
        int i = intro + 1;
        for (; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            string? address = FamilyText.LineAddress(lines[i]);
            if (address is null) break;
            addresses.Add(address);
        }

        int end = FamilyText.FindLine(lines, i, EndMarkers);
        if (end < 0) end = lines.Length;
        int details = FamilyText.FindLine(lines, i, Details);
        string? diagnostic = null;
        string? remote = null;
        if (details >= 0 && details < end)
        {
            string block = FamilyText.Join(lines, details + 1, end);

            // Google's preamble ("…rejected by the recipient domain…") is not the error: the quoted reply is.
            diagnostic = FamilyText.After(block, Quoted) ?? block;
            remote = FamilyText.HostAfter(block, " by ");
        }
        else if (i < end)
        {
            // Servers that copied Gmail's layout without its details block ("The server … answered:" and the reply)
            // put the error in the paragraphs after the addresses.
            diagnostic = FamilyText.Join(lines, i, end);
            if (diagnostic.Length == 0) diagnostic = null;
        }

        int count = recipients.Count;
        foreach (string address in addresses)
        {
            FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
            if (r is null) continue;
            r.Action = delayed ? "delayed" : "failed";
            r.RemoteMta = remote;
        }

        return recipients.Count > count;
    }

    /// <summary>The current layout: a "** … **" headline, an explanation, then the quoted response.</summary>
    private static bool ReadCurrent(BounceInput input, List<FormatRecipient> recipients)
    {
        string[] lines = FamilyText.Lines(input.Text);
        int response = FamilyText.FindLine(lines, 0, Responses);
        int headline = FamilyText.FindLineStart(lines, 0, "** ");

        // Copied out of the HTML view (a forward), the headline loses its asterisks: "Address not found" alone.
        if (headline < 0 || headline > response) headline = HeadlineLine(lines, response);
        if (headline < 0 || response < headline) return false;

        // The explanation: the first paragraph after the headline; the response: the next paragraph after its label.
        int from = headline + 1;
        while (from < response && lines[from].Trim().Length == 0) from++;
        int to = from;
        while (to < response && lines[to].Trim().Length > 0) to++;
        int replyFrom = response + 1;
        while (replyFrom < lines.Length && lines[replyFrom].Trim().Length == 0) replyFrom++;
        int replyTo = replyFrom;
        while (replyTo < lines.Length && lines[replyTo].Trim().Length > 0) replyTo++;
        string diagnostic = (FamilyText.Join(lines, replyFrom, replyTo) + " " + FamilyText.Join(lines, from, to)).Trim();

        // The recipients: the X-Failed-Recipients header, else the address the explanation names ("Your message wasn't
        // delivered to taro@example.jp because …"), as in a notice forwarded by a person.
        string[] failed = FamilyText.FailedRecipients(input);
        if (failed.Length == 0 && FamilyText.FindAddress(FamilyText.After(FamilyText.Join(lines, from, to), DeliveredTo) ?? string.Empty) is { } named) failed = [named];
        int count = recipients.Count;
        foreach (string address in failed)
        {
            FormatRecipient? r = FamilyText.Add(recipients, address, diagnostic);
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }

    /// <summary>Gmail's headlines over the explanation of its current notices.</summary>
    private static readonly string[] Headlines = ["Address not found", "Message not delivered", "Message blocked", "Delivery incomplete"];

    /// <summary>Where the explanation names the recipient: "Your message wasn't delivered to taro@example.jp because …".</summary>
    private const string DeliveredTo = "delivered to ";

    /// <summary>The last line before <paramref name="response"/> that is one of Gmail's headlines and nothing else; -1 when there is none.</summary>
    private static int HeadlineLine(string[] lines, int response)
    {
        for (int i = Math.Min(response, lines.Length) - 1; i >= 0; i--)
        {
            string line = lines[i].Trim().Trim('*').Trim();
            foreach (string headline in Headlines)
            {
                if (line.Equals(headline, StringComparison.OrdinalIgnoreCase)) return i;
            }
        }

        return -1;
    }
}
