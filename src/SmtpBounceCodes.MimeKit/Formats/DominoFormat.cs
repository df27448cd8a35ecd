namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// HCL/IBM Domino's delivery failure report: "Your message … was not delivered to:", the address indented on the
/// next line, then "because:" and the reason indented below it ("User x (user@example.jp) not listed in Domino
/// Directory"). A report for several recipients repeats the pair. Some versions put the address and the reason on the
/// label's own line ("was not delivered to:   user@example.de" / "because:   …"). A report in another language keeps
/// the layout under translated labels, and may name a recipient by its Notes name ("Agnès Roussel/Technique/Example")
/// only: see <see cref="ReadByShape"/>.
/// </summary>
internal sealed class DominoFormat : IBounceFormat
{
    private const string NotDelivered = "was not delivered to:";
    private const string Because = "because:";
    private const string SubjectPrefix = "DELIVERY FAILURE:";

    public string Name => "domino";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        if (!FamilyText.Has(text, NotDelivered) || !FamilyText.Has(text, Because)) return ReadByShape(input, recipients) || ReadSubject(input, recipients);
        string[] lines = FamilyText.Lines(text);
        int count = recipients.Count;
        var pending = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.EndsWith(NotDelivered, StringComparison.OrdinalIgnoreCase))
            {
                pending.Clear();
                for (i++; i < lines.Length && !lines[i].Trim().Equals(Because, StringComparison.OrdinalIgnoreCase); i++)
                {
                    string? address = FamilyText.LineAddress(lines[i]);
                    if (address is not null) pending.Add(address);
                }

                // The reason: the indented lines after "because:", from the first non-blank one up to a blank line.
                int from = i + 1;
                while (from < lines.Length && lines[from].Trim().Length == 0) from++;
                int to = from;
                while (to < lines.Length && lines[to].Trim().Length > 0) to++;
                string reason = FamilyText.Join(lines, from, to);
                foreach (string address in pending)
                {
                    FormatRecipient? r = FamilyText.Add(recipients, address, reason);
                    if (r is not null) r.Action = "failed";
                }

                i = to;
            }
            else if (line.StartsWith(NotDelivered, StringComparison.OrdinalIgnoreCase)
                && FamilyText.LineAddress(line.Substring(NotDelivered.Length)) is { } address
                && i + 1 < lines.Length && lines[i + 1].Trim() is { } next && next.StartsWith(Because, StringComparison.OrdinalIgnoreCase))
            {
                // The same-line layout: "was not delivered to:   user@example.de", then "because:   the reason" and the
                // indented lines that continue it.
                var reason = new System.Text.StringBuilder(next.Substring(Because.Length).Trim());
                int j = i + 2;
                for (; j < lines.Length && lines[j].Length > 0 && char.IsWhiteSpace(lines[j][0]) && lines[j].Trim().Length > 0; j++)
                    FamilyText.AppendBounded(reason, lines[j].Trim());
                FormatRecipient? r = FamilyText.Add(recipients, address, reason.ToString());
                if (r is not null) r.Action = "failed";
                i = j - 1;
            }
        }

        return recipients.Count > count;
    }

    /// <summary>
    /// A report in another language, from a server that is Domino by its own marks (<see cref="IsDomino"/>), read by its
    /// shape: a line that ends in a colon ("n'a pas été remis aux destinataires suivants :", "wurde an folgende Empfänger
    /// nicht zugestellt:"), the recipients indented under it, then an indented labelled reason ("Motif :	…", "Grund:	…").
    /// A recipient named only by its Notes name is found among the returned message's recipients.
    /// </summary>
    private static bool ReadByShape(BounceInput input, List<FormatRecipient> recipients)
    {
        if (!IsDomino(input.Message)) return false;
        string[] lines = input.OwnLines;
        int count = recipients.Count;
        for (int i = 0; i < lines.Length; i++)
        {
            string label = lines[i].TrimEnd();
            if (!label.EndsWith(':') || FamilyText.Indent(label) > 0) continue;
            var names = new List<string>();
            System.Text.StringBuilder? reason = null;
            int j = i + 1;
            for (; j < lines.Length && reason is null; j++)
            {
                string line = lines[j].Trim();
                if (line.Length == 0) continue;
                if (FamilyText.Indent(lines[j]) == 0)
                {
                    // The reason's label on a line of its own ("Grund:"), the reason indented under it.
                    if (names.Count != 0 && line.EndsWith(':') && IsShortLabel(line.Substring(0, line.Length - 1))) reason = new System.Text.StringBuilder();
                    else break;
                    continue;
                }

                if (LabelledValue(line) is { } value) reason = new System.Text.StringBuilder(value);
                else names.Add(line);
            }

            // The reason runs on over the indented lines that follow, up to a blank line (under a label of its own,
            // from the first line that is not blank).
            if (reason is { Length: 0 }) while (j < lines.Length && lines[j].Trim().Length == 0) j++;
            for (; reason is not null && j < lines.Length && FamilyText.Indent(lines[j]) > 0 && lines[j].Trim().Length > 0; j++)
                FamilyText.AppendBounded(reason, lines[j].Trim());
            if (names.Count == 0 || reason is null || reason.Length == 0) continue;
            foreach (string name in names)
            {
                string? address = FamilyText.LineAddress(name) ?? NotesNameAddress(name, input.Message, names.Count);
                FormatRecipient? r = FamilyText.Add(recipients, address, reason.ToString());
                if (r is not null) r.Action = "failed";
            }

            i = j - 1;
        }

        return recipients.Count > count;
    }

    /// <summary>
    /// Domino's own marks on the report: a Received line by "Lotus/IBM/HCL Domino Release …", an X-MIMETrack header,
    /// or a Message-ID of Domino's shape (<c>OF…-ON…@</c>).
    /// </summary>
    private static bool IsDomino(global::MimeKit.MimeMessage message)
    {
        if (message.Headers.Contains("X-MIMETrack")) return true;
        string id = message.MessageId ?? string.Empty;
        if (id.StartsWith("OF", StringComparison.Ordinal) && id.IndexOf("-ON", StringComparison.Ordinal) > 0) return true;
        // The raw bytes: decoding every Received value into a string costs more than the rest of this decoder.
        foreach (global::MimeKit.Header header in message.Headers)
        {
            if (header.Id == global::MimeKit.HeaderId.Received && header.RawValue.AsSpan().IndexOf("Domino Release"u8) >= 0) return true;
        }

        return false;
    }

    /// <summary>
    /// The value of a short label at the start of a line ("Motif :	La base …" gives "La base …"): at most three words
    /// before the colon, no address or Notes name among them. Null when the line is not labelled so.
    /// </summary>
    private static string? LabelledValue(string line)
    {
        int colon = line.IndexOf(':');
        if (colon <= 0 || !IsShortLabel(line.Substring(0, colon))) return null;
        string value = line.Substring(colon + 1).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>Whether a text is a label of one to three words, 30 characters at most, without an address or a Notes name.</summary>
    private static bool IsShortLabel(string label)
    {
        label = label.Trim();
        return label.Length is > 0 and <= 30 && label.IndexOfAny(['@', '/', '<']) < 0 && label.Split(' ').Length <= 3;
    }

    /// <summary>
    /// The address of a recipient Domino names by its Notes name ("Agnès Roussel/Technique/Example", "CN=…/O=…"): the
    /// returned message's recipient of that display name, or its only recipient when the report names only one.
    /// </summary>
    private static string? NotesNameAddress(string name, global::MimeKit.MimeMessage message, int named)
    {
        string common = name.Split('/')[0].Trim();
        if (common.StartsWith("CN=", StringComparison.OrdinalIgnoreCase)) common = common.Substring(3);
        foreach (global::MimeKit.MimeEntity part in message.BodyParts)
        {
            if (part is not global::MimeKit.MessagePart { Message: { } returned }) continue;
            var mailboxes = returned.To.Mailboxes.Concat(returned.Cc.Mailboxes).ToList();
            foreach (global::MimeKit.MailboxAddress mailbox in mailboxes)
            {
                if (string.Equals(mailbox.Name?.Trim(), common, StringComparison.OrdinalIgnoreCase)) return mailbox.Address;
            }

            return named == 1 && mailboxes.Count == 1 ? mailboxes[0].Address : null;
        }

        return null;
    }

    /// <summary>
    /// A report in another language ("wurde an folgende Empfänger nicht zugestellt:") still carries Domino's English
    /// subject, which holds the reason and the address: "DELIVERY FAILURE: User Jürgen Weiß (j.weiss@example.de) not
    /// listed in Domino Directory".
    /// </summary>
    private static bool ReadSubject(BounceInput input, List<FormatRecipient> recipients)
    {
        string? reason = FamilyText.After(input.Subject, SubjectPrefix);
        // Domino writes the prefix in capitals; other MTAs' "Delivery failure:" subjects are not this layout.
        if (string.IsNullOrEmpty(reason) || !input.Subject.TrimStart().StartsWith(SubjectPrefix, StringComparison.Ordinal)) return false;
        FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(reason!), reason);
        if (r is null) return false;
        r.Action = "failed";
        return true;
    }
}
