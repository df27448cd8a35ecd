namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Mimecast's "[Postmaster] Email Delivery Failure": the recipient after "…the following address could not be
/// delivered:" (or "…addressed to email address :") as "-- user@example.jp", Mimecast's reading after "The problem
/// appears to be :" and the remote reply after "Additional information follows :", each on a "-- " line.
/// </summary>
internal sealed class MimecastFormat : IBounceFormat
{
    private const string Problem = "The problem appears to be :";
    private const string Additional = "Additional information follows :";

    public string Name => "mimecast";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, Problem) || !FamilyText.Has(text, Additional)) return false;
        string[] lines = FamilyText.Lines(text);
        int problem = FamilyText.FindLine(lines, 0, Problem);
        int additional = FamilyText.FindLine(lines, problem, Additional);
        int address = FamilyText.FindLineStart(lines, 0, "-- ");
        if (address < 0 || address > problem || additional < 0) return false;

        string reading = Dashed(lines, problem + 1);
        string reply = Dashed(lines, additional + 1);
        FormatRecipient? r = FamilyText.Add(recipients, FamilyText.LineAddress(lines[address].Trim().Substring(3)), (reply + " " + reading).Trim());
        if (r is null) return false;
        r.Action = "failed";
        return true;
    }

    /// <summary>The "-- " lines from <paramref name="from"/> on, without their dashes.</summary>
    private static string Dashed(string[] lines, int from)
    {
        var parts = new List<string>();
        for (int i = from; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 && parts.Count == 0) continue;
            if (!line.StartsWith("--", StringComparison.Ordinal)) break;
            parts.Add(line.TrimStart('-').Trim());
        }

        return string.Join(" ", parts);
    }
}
