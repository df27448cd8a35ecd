namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// au one net (KDDI, dion.ne.jp): a Japanese notice, then the server's words — "Your mail sent on: &lt;date&gt;",
/// "Could not be delivered to: &lt;user@example.jp&gt;" and the reason on the next line ("As their mailbox is full.").
/// The first text part is often only a MIME preamble: every text part is read.
/// </summary>
internal sealed class KddiFormat : IBounceFormat
{
    private const string SentOn = "Your mail sent on:";
    private const string NotDelivered = "Could not be delivered to:";

    public string Name => "kddi";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        bool here = FamilyText.Has(text, NotDelivered);
        if (!here)
        {
            // The preamble-only first part: look further only for messages that say they come from au one net.
            if (!FamilyText.Has(input.From, "dion.ne.jp") && !FamilyText.Has(input.From, "auone-net.jp") && !FamilyText.Has(text, "This message is in MIME format")) return false;
            text = FamilyText.PlainTexts(input);
            if (!FamilyText.Has(text, NotDelivered)) return false;
        }

        if (!FamilyText.Has(text, SentOn)) return false;
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        for (int at = FamilyText.FindLine(lines, 0, NotDelivered); at >= 0; at = FamilyText.FindLine(lines, at + 1, NotDelivered))
        {
            int end = at + 1;
            while (end < lines.Length && lines[end].Trim().Length > 0 && !FamilyText.Has(lines[end], NotDelivered) && !FamilyText.Has(lines[end], SentOn)) end++;
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(lines[at]), FamilyText.Join(lines, at + 1, end));
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }
}
