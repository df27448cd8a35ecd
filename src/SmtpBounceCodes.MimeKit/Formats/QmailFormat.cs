namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// qmail (and netqmail, vpopmail, s/qmail): "Hi. This is the qmail-send program at …", then one block per recipient
/// opened by a line <c>&lt;user@example.jp&gt;:</c> and closed by the next such line or by the line
/// <c>--- Below this line is a copy of the message.</c> / <c>--- Enclosed are the original headers…</c>.
/// A block holds either qmail's own explanation ("Sorry, no mailbox here by that name. (#5.1.1)") or what the
/// remote host said, after a line that names the SMTP step ("… does not like recipient.").
/// </summary>
internal sealed class QmailFormat : IBounceFormat
{
    // The greeting lines of qmail and of the patched builds that reword it. Localised builds translate the greeting
    // but keep the program's name ("Este é o programa qmail-send em …", "Dies ist das Programm qmail-send …").
    private static readonly string[] StartMarkers =
    [
        "qmail-send",
        "This is the qmail program",
        "wasn't able to deliver your message to the following addresses",
        "was not able to deliver your message to the following addresses",
        "unable to deliver your message to the following addresses",
    ];

    // The line that ends the recipient blocks: "--- Below this line is a copy of the message.", "--- Enclosed are the
    // original headers…", and their translations ("--- Segue abaixo uma cópia da sua mensagem."). qmail starts no
    // other line with three dashes and a space.
    private static readonly string[] EndMarkers = ["--- "];

    // qmail-remote's lines that say at which step the remote host refused (qmail-remote.c).
    internal static readonly (string Marker, SmtpStage Stage)[] StageLines =
    [
        ("but sender was rejected", SmtpStage.MailFrom),
        ("but my name was rejected", SmtpStage.Helo),
        ("but greeting failed", SmtpStage.Connect),
        ("does not like recipient", SmtpStage.RcptTo),
        ("failed on DATA command", SmtpStage.Data),
        ("failed after I sent the message", SmtpStage.EndOfData),
        ("most progress was RCPT TO", SmtpStage.RcptTo),
        ("most progress was MAIL FROM", SmtpStage.MailFrom),
        ("most progress was DATA", SmtpStage.Data),
    ];

    public string Name => "qmail";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.HasAny(text, StartMarkers)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, StartMarkers);
        int end = FamilyText.FindLineStart(lines, start, EndMarkers);
        if (end < 0) end = lines.Length;

        return ReadBlocks(lines, start + 1, end, StageLines, recipients);
    }

    /// <summary>
    /// Reads qmail-style blocks under another greeting (Yahoo, X2, X4): from the line holding <paramref name="intro"/>
    /// to the first line starting with one of <paramref name="endMarkers"/>. False when the greeting is absent.
    /// </summary>
    internal static bool ReadAfter(string text, string intro, string[] endMarkers, (string Marker, SmtpStage Stage)[] stages, List<FormatRecipient> recipients)
    {
        if (!FamilyText.Has(text, intro)) return false;
        string[] lines = FamilyText.Lines(text);
        int start = FamilyText.FindLine(lines, 0, intro);
        int end = FamilyText.FindLineStart(lines, start, endMarkers);
        return ReadBlocks(lines, start + 1, end < 0 ? lines.Length : end, stages, recipients);
    }

    /// <summary>
    /// Reads the qmail-style blocks between <paramref name="from"/> and <paramref name="end"/>: each opened by a line
    /// <c>&lt;a@example.jp&gt;:</c>, holding the error up to the next such line. Also used by the providers that kept
    /// qmail's layout (Yahoo). Returns whether a recipient was added.
    /// </summary>
    internal static bool ReadBlocks(string[] lines, int from, int end, (string Marker, SmtpStage Stage)[] stages, List<FormatRecipient> recipients)
    {
        int count = recipients.Count;
        int open = -1;
        string? address = null;
        for (int i = from; i <= end; i++)
        {
            string? next = i < end ? RecipientLine(lines[i]) : null;
            if (next is null && i < end) continue;
            if (address is not null) AddBlock(recipients, address, lines, open + 1, i, stages);
            address = next;
            open = i;
        }

        return recipients.Count > count;
    }

    private static readonly char[] NotInAWord = [' ', '\t', '<', '>', '\u3000'];

    /// <summary>
    /// The address of a recipient line <c>&lt;a@example.jp&gt;:</c>; null for any other line. qmail writes the address it
    /// was given, so a mistyped one (<c>&lt;a@example,jp&gt;:</c>, the seed page's comma) still opens a block: any single
    /// word with an '@' between the brackets is kept as written.
    /// </summary>
    private static string? RecipientLine(string line)
    {
        string trimmed = line.Trim();
        if (trimmed.Length <= 4 || trimmed[0] != '<' || !trimmed.EndsWith(">:", StringComparison.Ordinal)) return null;
        if (FamilyText.LineAddress(trimmed) is { } address) return address;
        string inner = trimmed.Substring(1, trimmed.Length - 3);
        int at = inner.IndexOf('@');
        bool oneWord = at > 0 && at < inner.Length - 1 && inner.IndexOf('@', at + 1) < 0
            && inner.IndexOfAny(NotInAWord) < 0;
        return oneWord ? inner : null;
    }

    private static void AddBlock(List<FormatRecipient> recipients, string address, string[] lines, int from, int to, (string Marker, SmtpStage Stage)[] stages)
    {
        string block = FamilyText.Join(lines, from, to);
        SmtpStage stage = SmtpStage.Unknown;
        string? remote = null;
        foreach ((string marker, SmtpStage s) in stages)
        {
            int at = block.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            stage = s;
            remote = RemoteBefore(block, at);
            break;
        }

        // qmail-send appends "I'm not going to try again; this message has been in the queue too long." to the block
        // of each recipient whose temporary failure outlived the queue: it stays, it is part of that recipient's story.
        string diagnostic = block;
        FormatRecipient? recipient = FamilyText.Add(recipients, address, diagnostic);
        if (recipient is null) return;
        recipient.Action = "failed";
        recipient.Stage = stage;
        recipient.RemoteMta = remote;
    }

    /// <summary>The host or IP address written just before a step line ("192.0.2.1 does not like recipient", "Connected to 192.0.2.1 but …").</summary>
    private static string? RemoteBefore(string block, int at)
    {
        int end = at;
        while (end > 0 && block[end - 1] == ' ') end--;
        int start = end;
        while (start > 0 && (char.IsLetterOrDigit(block[start - 1]) || block[start - 1] is '.' or '-' or ':')) start--;
        string host = block.Substring(start, end - start);
        return host.IndexOf('.') > 0 && char.IsLetterOrDigit(host[host.Length - 1]) ? host : null;
    }
}
