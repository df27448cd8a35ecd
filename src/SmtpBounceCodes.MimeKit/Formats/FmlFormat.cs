namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// fml, the mailing-list manager (it signs <c>X-MLServer: fml …</c>): a refusal from the list itself, whose first
/// paragraph says why and names the list ("You are not a member of this mailing list &lt;list@example.jp&gt;.",
/// "Duplicated Message-ID in &lt;list@example.jp&gt;.").
/// </summary>
internal sealed class FmlFormat : IBounceFormat
{
    public string Name => "fml";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string server = input.Message.Headers["X-MLServer"] ?? string.Empty;
        if (!FamilyText.Starts(server, "fml")) return false;
        string[] lines = FamilyText.Lines(input.Text);
        int first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0) first++;
        int end = first;
        while (end < lines.Length && lines[end].Trim().Length > 0) end++;
        string paragraph = FamilyText.Join(lines, first, end);

        // The list's address: in the first paragraph, else on the notice's list line ("メーリングリスト: list@…"), else the
        // quoted original's To line.
        string? list = FamilyText.FindAddress(paragraph) ?? FamilyText.QuotedLineAddress(lines, end, "メーリングリスト", "mailing list", "To:");

        FormatRecipient? r = FamilyText.Add(recipients, list, paragraph);
        if (r is null) return false;
        r.Action = "failed";
        return true;
    }
}
