namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>One block of <c>Name: value</c> fields of a delivery-status or feedback-report body, folded lines unfolded.</summary>
internal sealed class FieldGroup
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    internal IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    internal int Count => _fields.Count;

    internal void Add(string name, string value) => _fields.Add(new KeyValuePair<string, string>(name, value));

    /// <summary>Appends a continuation line to the last field, joined by one space (RFC 5322 unfolding, whitespace collapsed).</summary>
    internal void Continue(string text)
    {
        if (_fields.Count == 0) return;
        KeyValuePair<string, string> last = _fields[_fields.Count - 1];
        string value = last.Value.Length == 0 ? text : last.Value + " " + text;
        _fields[_fields.Count - 1] = new KeyValuePair<string, string>(last.Key, value);
    }

    /// <summary>The first non-empty value of a field (names compare case-insensitively), or null.</summary>
    internal string? Get(string name)
    {
        foreach (KeyValuePair<string, string> field in _fields)
        {
            if (field.Value.Length != 0 && string.Equals(field.Key, name, StringComparison.OrdinalIgnoreCase)) return field.Value;
        }

        return null;
    }

    /// <summary>Every non-empty value of a field, in order (Original-Rcpt-To may repeat).</summary>
    internal List<string> GetAll(string name)
    {
        var values = new List<string>();
        foreach (KeyValuePair<string, string> field in _fields)
        {
            if (field.Value.Length != 0 && string.Equals(field.Key, name, StringComparison.OrdinalIgnoreCase)) values.Add(field.Value);
        }

        return values;
    }

    internal bool Has(string name) => Get(name) is not null;

    /// <summary>Adds the fields of <paramref name="other"/> this group lacks (a recipient group cut in two by a stray blank line).</summary>
    internal void MergeMissing(FieldGroup other)
    {
        foreach (KeyValuePair<string, string> field in other._fields)
        {
            if (!Has(field.Key)) _fields.Add(field);
        }
    }
}

/// <summary>
/// The fields of a <c>message/delivery-status</c> (RFC 3464 §2.2–2.3), <c>message/global-delivery-status</c> (RFC 6533)
/// or <c>message/feedback-report</c> (RFC 5965) body: the per-message fields and one group per recipient.
/// </summary>
/// <remarks>
/// Read from the decoded text rather than trusting the blank lines that should separate the groups: real MTAs omit
/// them, double them, or put the per-message fields in the middle. A recipient group starts at a recipient field
/// (<c>Original-Recipient</c>, <c>Final-Recipient</c>) unless the current group has not named its recipient yet;
/// per-message fields go to the message wherever they appear.
/// </remarks>
internal sealed class StatusFields
{
    /// <summary>A status body longer than this is cut: no real report needs more, and the cut bounds the work.</summary>
    internal const int MaxLength = 512 * 1024;

    /// <summary>At most this many recipient groups are read from one report.</summary>
    internal const int MaxGroups = 10_000;

    // RFC 3464 §2.2 per-message fields, and the vendor fields that describe the message rather than a recipient.
    private static readonly HashSet<string> PerMessageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reporting-MTA", "DSN-Gateway", "Received-From-MTA", "Arrival-Date", "Original-Envelope-Id",
        "X-Postfix-Queue-ID", "X-Postfix-Sender", "X-Original-Message-ID",
    };

    internal FieldGroup Message { get; } = new();

    internal List<FieldGroup> Recipients { get; } = [];

    /// <summary>Adds another report's recipients (and the per-message fields this one lacks).</summary>
    internal void Append(StatusFields other)
    {
        Message.MergeMissing(other.Message);
        foreach (FieldGroup g in other.Recipients)
        {
            if (Recipients.Count < MaxGroups) Recipients.Add(g);
        }
    }

    internal static bool IsRecipientField(string name) =>
        name.Equals("Final-Recipient", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Original-Recipient", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the fields of a status body (any line ends). Never throws; unreadable lines are skipped.</summary>
    internal static StatusFields Parse(string text)
    {
        var result = new StatusFields();
        if (text.Length > MaxLength) text = text.Substring(0, MaxLength);
        var state = new GroupState(result);
        FieldGroup? lastTarget = null; // where continuation lines go
        string? lastName = null;

        int pos = 0;
        while (pos <= text.Length && result.Recipients.Count < MaxGroups)
        {
            int end = IndexOfLineEnd(text, pos);
            string line = text.Substring(pos, end - pos);
            pos = end + 1;
            if (end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n') pos++;

            if (line.Length != 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                string folded = line.Trim();
                if (folded.Length != 0 && lastTarget is not null) lastTarget.Continue(folded);
                continue;
            }

            if (line.Trim().Length == 0)
            {
                state.Blank();
                lastTarget = null;
                lastName = null;
                continue;
            }

            int colon = FieldNameLength(line);
            if (colon <= 0)
            {
                // A broken fold (no leading white space) of a long Diagnostic-Code: keep it with the field it continues.
                if (lastTarget is not null && string.Equals(lastName, "Diagnostic-Code", StringComparison.OrdinalIgnoreCase))
                    lastTarget.Continue(line.Trim());
                continue;
            }

            string name = line.Substring(0, colon).Trim();
            string value = line.Substring(colon + 1).Trim();
            lastName = name;
            if (PerMessageNames.Contains(name) || (!state.HasGroup && !IsRecipientField(name) && !IsPerRecipientField(name)))
            {
                result.Message.Add(name, value);
                lastTarget = result.Message;
                continue;
            }

            lastTarget = state.Add(name, value);
        }

        state.Close();
        return result;
    }

    /// <summary>Builds the recipient groups as fields arrive, tolerating missing and stray blank lines.</summary>
    private sealed class GroupState(StatusFields result)
    {
        private FieldGroup? _current;
        private bool _named;         // the current group has a recipient field
        private bool _afterFinal;    // the current group has a non-recipient field after its Final-Recipient
        private bool _blankSince;    // a blank line came after the current group's last field

        internal bool HasGroup => _current is not null;

        internal void Blank() => _blankSince = _current is not null;

        internal FieldGroup Add(string name, string value)
        {
            bool isRecipient = IsRecipientField(name);
            if (_current is null || StartsNewGroup(name, isRecipient))
            {
                Close();
                _current = new FieldGroup();
                _named = false;
                _afterFinal = false;
            }

            if (isRecipient && !_named)
            {
                _named = true;
                result.Recipients.Add(_current);
            }

            if (!isRecipient && _current.Has("Final-Recipient")) _afterFinal = true;
            _current.Add(name, value);
            _blankSince = false;
            return _current;
        }

        private bool StartsNewGroup(string name, bool isRecipient)
        {
            FieldGroup current = _current!;
            if (isRecipient)
            {
                if (!_named) return false; // Action/Status came first: this recipient names that group
                // A repeated field, a blank line, or an Original-Recipient after the fields that follow a Final-Recipient:
                // the next recipient. (Original-Recipient right after Final-Recipient is the same recipient.)
                return _blankSince || current.Has(name)
                    || (_afterFinal && name.Equals("Original-Recipient", StringComparison.OrdinalIgnoreCase));
            }

            // A field the group already has starts an unnamed group (the next record put Action before Final-Recipient):
            // for the RFC 3464 fields even without a blank line, for others only after one. A new field after a stray
            // blank line still belongs to the group.
            return _named && current.Has(name) && (_blankSince || IsPerRecipientField(name));
        }

        /// <summary>An unnamed group (fields cut off from their recipient by a stray blank line) joins the group before it.</summary>
        internal void Close()
        {
            if (_current is null || _named) return;
            if (result.Recipients.Count != 0) result.Recipients[result.Recipients.Count - 1].MergeMissing(_current);
            else if (_current.Has("Action") || _current.Has("Status")) result.Recipients.Add(_current);
        }
    }

    /// <summary>Per-recipient fields (RFC 3464 §2.3) that, seen before any recipient, start a group rather than join the message block.</summary>
    private static bool IsPerRecipientField(string name) =>
        name.Equals("Action", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Status", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Diagnostic-Code", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Remote-MTA", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Last-Attempt-Date", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Final-Log-ID", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Will-Retry-Until", StringComparison.OrdinalIgnoreCase)
        || name.Equals("X-Actual-Recipient", StringComparison.OrdinalIgnoreCase);

    private static int IndexOfLineEnd(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r') return i;
        }

        return text.Length;
    }

    /// <summary>The index of the colon ending a field name (RFC 5322 ftext, bounded), or -1.</summary>
    private static int FieldNameLength(string line)
    {
        int max = Math.Min(line.Length, 80);
        for (int i = 0; i < max; i++)
        {
            char c = line[i];
            if (c == ':') return i;
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.')) return -1;
        }

        return -1;
    }
}
