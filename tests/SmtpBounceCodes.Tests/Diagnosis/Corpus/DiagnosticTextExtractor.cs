using System.Text;
using System.Text.Json;

namespace SmtpBounceCodes.Tests.Diagnosis.Corpus;

/// <summary>One recipient's diagnostic text taken from a corpus bounce, paired with the answer Sisimai expects.</summary>
/// <param name="File">The corpus path, such as <c>maildir/bsd/lhost-postfix-01.eml</c>.</param>
/// <param name="Index">1-based position of the recipient in the message.</param>
/// <param name="Fields">The DSN fields (for texts without a delivery-status part, only the diagnostic text).</param>
/// <param name="FromDeliveryStatus">Whether the text came from a <c>message/delivery-status</c> part.</param>
/// <param name="Expected">The reason Sisimai gives.</param>
internal sealed record CorpusText(string File, int Index, DeliveryStatusFields Fields, bool FromDeliveryStatus, string Expected);

/// <summary>
/// Pulls the per-recipient diagnostic texts out of the corpus bounces, without MimeKit (the core has no dependency):
/// the fields of the first <c>message/delivery-status</c> part, unfolded; for bounces without one, the paragraphs of the
/// human-readable text that carry an SMTP reply. The MimeKit package reads bounces properly; this only feeds
/// <see cref="Diagnoser"/> the texts Sisimai's answers were given for. Set <c>SMTPBOUNCE_DUMP_DIAGNOSTICS</c> to a
/// file path to get the pairs as JSON lines (see <see cref="CorpusAgreementTests"/>).
/// </summary>
internal static class DiagnosticTextExtractor
{
    /// <summary>Every corpus text that could be paired with an expected result, and the files that could not.</summary>
    internal static (List<CorpusText> Texts, List<string> Skipped) Load(string corpus)
    {
        var expected = new Dictionary<string, List<(int Index, string Reason)>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(corpus, "sisimai", "expected.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            string file = e.GetProperty("file").GetString()!;
            if (!file.StartsWith("maildir/bsd/", StringComparison.Ordinal)) continue;
            if (!expected.TryGetValue(file, out List<(int, string)>? rows)) expected[file] = rows = [];
            rows.Add((e.GetProperty("index").GetInt32(), e.GetProperty("reason").GetString()!));
        }

        var texts = new List<CorpusText>();
        var skipped = new List<string>();
        foreach ((string file, List<(int Index, string Reason)> rows) in expected.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Feedback reports, auto-replies and success reports are told apart by their structure, not their text.
            if (rows.TrueForAll(r => r.Reason is "feedback" or "vacation" or "delivered"))
            {
                skipped.Add(file + " (not a failure)");
                continue;
            }

            string path = Path.Combine(corpus, "sisimai", file.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                skipped.Add(file + " (missing)");
                continue;
            }

            string[] lines = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
            List<(string Recipient, DeliveryStatusFields Fields)>? dsn = ReadDeliveryStatus(lines, out int dsnAt);
            bool fromDsn = dsn is { Count: > 0 };
            List<DeliveryStatusFields> found = fromDsn ? Complete(dsn!, lines[..dsnAt]) : ReadErrorParagraphs(DecodeQuotedPrintableBody(lines));
            rows.Sort((a, b) => a.Index.CompareTo(b.Index));

            // Pair by position; a text-only bounce whose paragraphs do not line up with the recipients is ambiguous.
            if (found.Count == 0 || (!fromDsn && found.Count != rows.Count && rows.Count != 1))
            {
                skipped.Add(file + (found.Count == 0 ? " (no diagnostic text)" : " (paragraphs do not line up)"));
                continue;
            }

            foreach ((int index, string reason) in rows)
            {
                if (reason is "feedback" or "vacation" or "delivered") continue;
                if (index - 1 < found.Count) texts.Add(new CorpusText(file, index, found[index - 1], fromDsn, reason));
            }
        }

        return (texts, skipped);
    }

    /// <summary>
    /// What a bounce reader adds from the human-readable part: the SMTP command the reply came to (Postfix writes
    /// "(in reply to RCPT TO command)" there, not in the report), and the error text when the report has no
    /// Diagnostic-Code.
    /// </summary>
    private static List<DeliveryStatusFields> Complete(List<(string Recipient, DeliveryStatusFields Fields)> records, string[] human)
    {
        List<DeliveryStatusFields> paragraphs = ReadErrorParagraphs(human);
        string text = string.Join("\n", human);
        var completed = new List<DeliveryStatusFields>(records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            (string recipient, DeliveryStatusFields r) = records[i];
            string? diagnostic = r.DiagnosticCode;
            if (string.IsNullOrWhiteSpace(diagnostic) && (paragraphs.Count == records.Count || paragraphs.Count == 1))
                diagnostic = paragraphs[paragraphs.Count == 1 ? 0 : i].DiagnosticCode;
            SmtpStage stage = StageNear(text, recipient);
            if (stage == SmtpStage.Unknown && records.Count == 1) stage = SmtpBounceCodes.Internal.ReplyExtractor.FindStage(text);
            completed.Add(new DeliveryStatusFields { Status = r.Status, DiagnosticCode = diagnostic, Action = r.Action, RemoteMta = r.RemoteMta, Stage = stage });
        }

        return completed;
    }

    /// <summary>The stage named in the paragraph of the human-readable text that names the recipient.</summary>
    private static SmtpStage StageNear(string text, string recipient)
    {
        int at = recipient.Length > 3 ? text.IndexOf(recipient, StringComparison.OrdinalIgnoreCase) : -1;
        if (at < 0) return SmtpStage.Unknown;
        int start = text.LastIndexOf("\n\n", at, StringComparison.Ordinal);
        int end = text.IndexOf("\n\n", at, StringComparison.Ordinal);
        start = start < 0 ? 0 : start;
        end = end < 0 ? text.Length : end;
        return SmtpBounceCodes.Internal.ReplyExtractor.FindStage(text.AsSpan(start, end - start));
    }

    /// <summary>The per-recipient fields of the first delivery-status part, or null when there is none.</summary>
    internal static List<(string Recipient, DeliveryStatusFields Fields)>? ReadDeliveryStatus(string[] lines, out int partAt)
    {
        partAt = lines.Length;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("content-type:", StringComparison.OrdinalIgnoreCase)) continue;
            string value = Unfold(lines, i, out int next).Substring("content-type:".Length).Trim();
            if (!value.StartsWith("message/", StringComparison.OrdinalIgnoreCase) || !value.Contains("delivery-status", StringComparison.OrdinalIgnoreCase)) continue;

            // The part's headers: back to the boundary or blank line before, forward to the blank line after.
            int headerStart = i;
            while (headerStart > 0 && lines[headerStart - 1].Length > 0 && !lines[headerStart - 1].StartsWith("--", StringComparison.Ordinal)) headerStart--;
            int bodyStart = next;
            while (bodyStart < lines.Length && lines[bodyStart].Length > 0) bodyStart++;
            string encoding = string.Empty;
            for (int h = headerStart; h < bodyStart; h++)
            {
                if (lines[h].StartsWith("content-transfer-encoding:", StringComparison.OrdinalIgnoreCase))
                    encoding = lines[h].Substring("content-transfer-encoding:".Length).Trim().ToLowerInvariant();
            }

            int bodyEnd = bodyStart + 1;
            while (bodyEnd < lines.Length && !lines[bodyEnd].StartsWith("--", StringComparison.Ordinal)) bodyEnd++;
            partAt = headerStart;
            string[] body = Decode(lines[Math.Min(bodyStart + 1, lines.Length)..bodyEnd], encoding);
            return ReadRecipientFields(body);
        }

        return null;
    }

    private static string[] Decode(string[] body, string encoding)
    {
        if (encoding == "base64")
        {
            try
            {
                byte[] bytes = Convert.FromBase64String(string.Concat(body).Trim());
                return Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            }
            catch (FormatException)
            {
                return body;
            }
        }

        if (encoding == "quoted-printable")
        {
            var sb = new StringBuilder();
            foreach (string line in body)
            {
                bool soft = line.EndsWith('=');
                string l = soft ? line[..^1] : line;
                for (int i = 0; i < l.Length; i++)
                {
                    if (l[i] == '=' && i + 2 < l.Length && Uri.IsHexDigit(l[i + 1]) && Uri.IsHexDigit(l[i + 2]))
                    {
                        sb.Append((char)Convert.ToInt32(l.Substring(i + 1, 2), 16));
                        i += 2;
                    }
                    else
                    {
                        sb.Append(l[i]);
                    }
                }

                if (!soft) sb.Append('\n');
            }

            return sb.ToString().Split('\n');
        }

        return body;
    }

    /// <summary>Groups the fields into per-recipient records (blank lines separate them; broken reports omit the blank lines).</summary>
    private static List<(string Recipient, DeliveryStatusFields Fields)> ReadRecipientFields(string[] body)
    {
        var records = new List<(string, DeliveryStatusFields)>();
        var current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < body.Length; i++)
        {
            if (body[i].Trim().Length == 0)
            {
                Flush(records, current);
                continue;
            }

            int colon = body[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !IsFieldName(body[i].AsSpan(0, colon))) continue;
            string name = body[i][..colon];
            string value = Unfold(body, i, out int next)[(colon + 1)..].Trim();
            i = next - 1;
            bool startsRecipient =
                (name.Equals("final-recipient", StringComparison.OrdinalIgnoreCase) && current.ContainsKey("final-recipient"))
                || (name.Equals("original-recipient", StringComparison.OrdinalIgnoreCase)
                    && (current.ContainsKey("original-recipient") || (current.ContainsKey("final-recipient") && (current.ContainsKey("action") || current.ContainsKey("status")))));
            if (startsRecipient) Flush(records, current);
            current.TryAdd(name, value);
        }

        Flush(records, current);
        return records;
    }

    private static void Flush(List<(string, DeliveryStatusFields)> records, Dictionary<string, string> fields)
    {
        if (fields.ContainsKey("final-recipient") || fields.ContainsKey("original-recipient") || fields.ContainsKey("status") || fields.ContainsKey("action"))
        {
            var record = new DeliveryStatusFields
            {
                Status = fields.GetValueOrDefault("status"),
                DiagnosticCode = fields.GetValueOrDefault("diagnostic-code"),
                Action = fields.GetValueOrDefault("action"),
                RemoteMta = fields.GetValueOrDefault("remote-mta"),
            };
            string recipient = fields.GetValueOrDefault("final-recipient") ?? fields.GetValueOrDefault("original-recipient") ?? string.Empty;
            int semi = recipient.IndexOf(';', StringComparison.Ordinal);
            records.Add((recipient[(semi + 1)..].Trim().Trim('<', '>'), record));
        }

        fields.Clear();
    }

    /// <summary>
    /// For a bounce without a delivery-status part: the paragraphs of its human-readable text (before the returned
    /// message) that carry an SMTP reply, a qmail-style <c>(#5.1.1)</c>, or an enhanced code at the start of a line.
    /// </summary>
    internal static List<DeliveryStatusFields> ReadErrorParagraphs(string[] lines)
    {
        int start = Array.IndexOf(lines, string.Empty);
        var found = new List<DeliveryStatusFields>();
        if (start < 0) return found;
        var paragraph = new List<string>();
        bool hasReply = false;
        for (int i = start + 1; i <= lines.Length; i++)
        {
            string line = i < lines.Length ? lines[i] : string.Empty;
            if (i < lines.Length && EndsHumanText(line))
            {
                line = string.Empty;
                i = lines.Length;
            }

            string trimmed = line.Trim();
            bool breakLine = trimmed.Length == 0 || trimmed.StartsWith("--", StringComparison.Ordinal)
                || trimmed.StartsWith("content-", StringComparison.OrdinalIgnoreCase);
            if (breakLine)
            {
                if (hasReply) found.Add(new DeliveryStatusFields { DiagnosticCode = string.Join("\n", paragraph) });
                paragraph.Clear();
                hasReply = false;
                continue;
            }

            paragraph.Add(line);
            hasReply |= CarriesReply(trimmed);
        }

        return found;
    }

    /// <summary>Undoes quoted-printable when the message declares it (Gmail's own bounces), so that paragraphs read as text.</summary>
    private static string[] DecodeQuotedPrintableBody(string[] lines)
    {
        int blank = Array.IndexOf(lines, string.Empty);
        if (blank < 0) return lines;
        bool qp = false;
        for (int i = 0; i < lines.Length && !qp; i++)
        {
            qp = lines[i].StartsWith("content-transfer-encoding:", StringComparison.OrdinalIgnoreCase)
                && lines[i].Contains("quoted-printable", StringComparison.OrdinalIgnoreCase);
        }

        if (!qp) return lines;
        return [.. lines[..(blank + 1)], .. Decode(lines[(blank + 1)..], "quoted-printable")];
    }

    private static bool EndsHumanText(string line)
    {
        string t = line.Trim();
        if (t.StartsWith("content-type:", StringComparison.OrdinalIgnoreCase)
            && (t.Contains("rfc822", StringComparison.OrdinalIgnoreCase) || t.Contains("message/", StringComparison.OrdinalIgnoreCase))) return true;
        if (t.StartsWith("received:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("return-path:", StringComparison.OrdinalIgnoreCase)) return true;
        bool separator = t.Length > 3 && (t[0] is '-' or '=' or '_' or '*') && t[1] == t[0];
        return separator && (t.Contains("original", StringComparison.OrdinalIgnoreCase) || t.Contains("copy of", StringComparison.OrdinalIgnoreCase)
            || t.Contains("returned message", StringComparison.OrdinalIgnoreCase) || t.Contains("message header", StringComparison.OrdinalIgnoreCase));
    }

    private static bool CarriesReply(string trimmed)
    {
        string t = trimmed.TrimStart('<', '>', ' ');
        if (StartsWithCode(t)) return true;
        // "host mx.example.jp [192.0.2.1]: 550 …", "Remote host said: 550 …", "the server returned was: 554 …".
        for (int colon = t.IndexOf(':', StringComparison.Ordinal); colon >= 0; colon = t.IndexOf(':', colon + 1))
        {
            if (StartsWithCode(t[(colon + 1)..].TrimStart())) return true;
        }

        return t.Contains("(#5.", StringComparison.Ordinal) || t.Contains("(#4.", StringComparison.Ordinal);
    }

    private static bool StartsWithCode(string t) =>
        t.Length >= 4 && t[0] is '4' or '5'
        && ((char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[2]) && t[3] is ' ' or '-') || (t[1] == '.' && char.IsAsciiDigit(t[2]) && t[3] == '.'));

    private static string Unfold(string[] lines, int at, out int next)
    {
        var sb = new StringBuilder(lines[at]);
        next = at + 1;
        while (next < lines.Length && lines[next].Length > 0 && lines[next][0] is ' ' or '\t')
        {
            sb.Append(' ').Append(lines[next].Trim());
            next++;
        }

        return sb.ToString();
    }

    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
        }

        return true;
    }
}
