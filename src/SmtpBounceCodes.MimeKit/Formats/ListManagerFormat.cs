namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// A mailing-list manager's refusal of a post (Mailman, Sympa, LISTSERV; fml has its own reader): the manager's
/// header and a refusal in the subject (<see cref="Internal.BounceCues.ListRefusalCue"/>). The list refused the sender:
/// the recipient is the list's address, the refused message's To (attached, or quoted under the notice), and the
/// notice's own text says why.
/// </summary>
internal sealed class ListManagerFormat : IBounceFormat
{
    public string Name => "listmanager";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        if (Internal.BounceCues.ListRefusalCue(input.Message, input.Subject) is null) return false;
        string? list = FamilyText.AttachedRecipient(input.Message) ?? FamilyText.QuotedLineAddress(FamilyText.Lines(input.Text), 0, "To:");
        string text = FamilyText.Join(input.OwnLines, 0, input.OwnLines.Length);
        FormatRecipient? r = FamilyText.Add(recipients, list, text.Length == 0 ? null : text);
        if (r is null) return false;
        r.Action = "failed";
        return true;
    }
}
