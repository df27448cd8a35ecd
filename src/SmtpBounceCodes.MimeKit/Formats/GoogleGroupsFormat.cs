namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Google Groups' refusal to post: a letter to the sender ("Hello sender@…,"), written in the sender's language,
/// saying that the group may not exist or that the sender may not post to it, signed "Google Groups", with a link to
/// groups.google.com or to Google's help for Groups. The group's address is in the <c>X-Failed-Recipients</c> header (the greeting names the
/// sender, never the recipient); the letter is the error text.
/// </summary>
internal sealed class GoogleGroupsFormat : IBounceFormat
{
    /// <summary>The group's pages, or Google's help pages for Groups (newer letters link only those).</summary>
    private static readonly string[] HelpLinks = ["groups.google.com", "support.google.com/groups"];
    /// <summary>The signature, in English and in the languages that translate the product's name.</summary>
    private static readonly string[] Signatures = ["Google Groups", "Google グループ", "Google 그룹스", "Google 网上论坛"];
    private const string Original = "----- Original message -----";

    public string Name => "googlegroups";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.HasAny(text, Signatures) || !FamilyText.HasAny(text, HelpLinks)) return false;
        string[] lines = FamilyText.Lines(text);
        int end = FamilyText.FindLine(lines, 0, Original);
        if (end < 0) end = lines.Length;
        int signature = FamilyText.FindLine(lines, 0, Signatures);
        if (signature < 0 || signature > end) return false;

        string[] failed = FamilyText.FailedRecipients(input);
        if (failed.Length == 0)
        {
            // Without the header, the group is the recipient of the returned message.
            int to = FamilyText.FindLineStart(lines, end, "To:");
            string? address = to < 0 ? null : FamilyText.FindAddress(lines[to]);
            failed = address is null ? [] : [address];
        }

        // The letter without its greeting line (which names the sender).
        int first = 0;
        while (first < end && lines[first].Trim().Length == 0) first++;
        string letter = FamilyText.Join(lines, first + 1, end);

        int count = recipients.Count;
        foreach (string address in failed)
        {
            FormatRecipient? r = FamilyText.Add(recipients, address, letter);
            if (r is not null) r.Action = "failed";
        }

        return recipients.Count > count;
    }
}
