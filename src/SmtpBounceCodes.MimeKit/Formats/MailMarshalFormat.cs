namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Trustwave MailMarshal SMTP: "Could not be delivered because of" and the reason, "The following recipients were
/// affected:" and the addresses indented below, then "Additional Information" with a "Remote-MTA:" line.
/// </summary>
internal sealed class MailMarshalFormat : IBounceFormat
{
    private const string Because = "Could not be delivered because of";
    private const string Affected = "The following recipients were affected:";

    public string Name => "mailmarshal";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Because) || !FamilyText.Has(text, Affected)) return false;
        string[] lines = FamilyText.Lines(text);
        int because = FamilyText.FindLine(lines, 0, Because);
        int affected = FamilyText.FindLine(lines, because, Affected);
        if (affected < 0) return false;
        string reason = FamilyText.Join(lines, because + 1, affected);
        int remote = FamilyText.FindLineStart(lines, affected, "Remote-MTA:");
        string? host = remote < 0 ? null : FamilyText.FindAddress(lines[remote]) is null ? lines[remote].Substring(lines[remote].IndexOf(':') + 1).Trim().Trim('<', '>') : null;

        int count = recipients.Count;
        for (int i = affected + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                if (recipients.Count > count) break;
                continue;
            }

            string? address = FamilyText.LineAddress(lines[i]);
            if (address is null) break;
            FormatRecipient? r = FamilyText.Add(recipients, address, reason);
            if (r is null) continue;
            r.Action = "failed";
            r.RemoteMta = host;
        }

        return recipients.Count > count;
    }
}
