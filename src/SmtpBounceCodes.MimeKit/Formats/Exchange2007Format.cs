namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Exchange Server 2007 and later, Exchange Online (Office 365): a friendly part in the sender's language ("Delivery has
/// failed to these recipients or groups:", "Échec de la remise…"), then the part for administrators, whose headings
/// are localised too but whose body is not: per recipient, the address on a line of its own followed by the reply —
/// "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "#550 5.2.2 STOREDRV.Deliver: mailbox
/// full ##", or dated attempts "… - Remote Server at host (ip) returned '…'" (Office 365 may put the remote host's
/// name on a line between). The Office 365 layout of 2017 lists "Recipient Address:" and "Reported error:" under
/// "Original Message Details" and "Error Details". Reports that carry a delivery-status part are the RFC 3464 reader's.
/// </summary>
internal sealed class Exchange2007Format : IBounceFormat
{
    private const string Returned = "returned '";
    private const string RecipientAddress = "Recipient Address:";
    private const string ReportedError = "Reported error:";

    public string Name => "exchange2007";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        bool details = FamilyText.Has(text, ReportedError) && FamilyText.Has(text, RecipientAddress);
        if ((!FamilyText.Has(text, Returned) && !FamilyText.Has(text, "\n#") && !details && !HasQuotedReply(text)) || FamilyText.ReportExplainsEveryRecipient(input)) return false;
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        if (details) ReadDetails(lines, recipients);
        for (int i = 0; i < lines.Length; i++)
        {
            string? address = FamilyText.LineAddress(lines[i]);
            if (address is null) continue;
            // The reply under the address, maybe with the remote host's name between; an HTML-only report leaves a
            // blank line after each (a line break of the markup and one of the text).
            int reply = SkipBlank(lines, i + 1);
            if (reply + 1 < lines.Length && IsHost(lines[reply].Trim())) reply = SkipBlank(lines, reply + 1);
            if (reply >= lines.Length || !IsReply(lines[reply].Trim())) continue;

            int end = reply;
            while (end < lines.Length && lines[end].Trim().Length > 0 && FamilyText.LineAddress(lines[end]) is null) end++;
            FormatRecipient? r = FamilyText.Add(recipients, address, FamilyText.Join(lines, reply, end).TrimStart('#'));
            if (r is not null)
            {
                r.Action = "failed";
                r.RemoteMta = FamilyText.HostAfter(r.DiagnosticText ?? string.Empty, "Remote Server at ");
            }

            i = end - 1;
        }

        return recipients.Count > count;
    }

    /// <summary>The 2017 layout: each "Recipient Address:" is followed, further down, by its "Reported error:".</summary>
    private static void ReadDetails(string[] lines, List<FormatRecipient> recipients)
    {
        FormatRecipient? pending = null;
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.StartsWith(RecipientAddress, StringComparison.OrdinalIgnoreCase))
            {
                pending = FamilyText.Add(recipients, FamilyText.LineAddress(line.Substring(RecipientAddress.Length)), null);
                if (pending is not null) pending.Action = "failed";
            }
            else if (pending is not null && line.StartsWith(ReportedError, StringComparison.OrdinalIgnoreCase))
            {
                pending.DiagnosticText = line.Substring(ReportedError.Length).Trim();
                pending = null;
            }
        }
    }

    /// <summary>The first line from <paramref name="from"/> that is not blank, looking at most two blank lines ahead.</summary>
    private static int SkipBlank(string[] lines, int from)
    {
        int line = from;
        while (line < lines.Length && lines[line].Trim().Length == 0 && line - from < 2) line++;
        return line;
    }

    /// <summary>A bare host name ("msmx.example.jp"): one token with a dot and no '@'.</summary>
    private static bool IsHost(string line) => line.Length > 3 && line.IndexOf(' ') < 0 && line.IndexOf('.') > 0 && line.IndexOf('@') < 0;

    /// <summary>
    /// "#550 5.1.1 …", "Remote Server returned '…'", "3/09/2016 8:05:56 PM - Remote Server at … returned '…'", and the
    /// same in the administrator's language ("Remoteserver hat '530 5.7.3 …' zurückgegeben").
    /// </summary>
    private static bool IsReply(string line) =>
        (line.Length > 2 && line[0] == '#' && line[1] is '4' or '5') || FamilyText.Has(line, Returned) || HasQuotedReply(line);

    /// <summary>
    /// Whether a reply stands in single quotes ('550 5.1.1 …'): Exchange translates "Remote Server returned '…'" with
    /// the administrator's part ("Remoteserver hat '…' zurückgegeben", "Le serveur distant a retourné '…'", "リモート
    /// サーバーから '…' が返されました") but quotes the reply as it came.
    /// </summary>
    private static bool HasQuotedReply(string text)
    {
        for (int q = text.IndexOf('\''); q >= 0 && q + 4 < text.Length; q = text.IndexOf('\'', q + 1))
        {
            if (text[q + 1] is '4' or '5' && char.IsDigit(text[q + 2]) && char.IsDigit(text[q + 3]) && text[q + 4] is ' ' or '-'
                && text.IndexOf('\'', q + 5) > 0) return true;
        }

        return false;
    }
}
