using System.Text;

namespace SmtpBounceCodes.MimeKit.Formats;

/// <summary>
/// Amazon SES notifications mailed as JSON (an SNS e-mail subscription, "AWS Notification Message"): either SES's own
/// object — <c>{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":…,"status":…,
/// "diagnosticCode":…}]…}}</c>, or <c>"Complaint"</c>/<c>"Delivery"</c>, or <c>"eventType"</c> in event publishing (with
/// its <c>"DeliveryDelay"</c> and <c>"Reject"</c>) — or
/// that object as the string <c>"Message"</c> of an SNS envelope. Bounces without a diagnostic code are described by
/// SES's bounce type and subtype ("Permanent bounce (Suppressed)").
/// </summary>
internal sealed class AmazonSesFormat : IBounceFormat
{
    public string Name => "amazonses";

    public bool TryRead(BounceInput input, List<FormatRecipient> recipients)
    {
        string text = input.Text;
        int open = text.IndexOf('{');
        if (open < 0 || (!FamilyText.Has(text, "notificationType") && !FamilyText.Has(text, "eventType"))) return false;

        // Sendmail-style folding of lines longer than the SMTP limit leaves "!" + line end + blank inside the JSON.
        string json = text.Substring(open).Replace("!\n ", string.Empty);
        if (Json.Parse(json) is not Dictionary<string, object?> root) return false;
        if (root.TryGetValue("Message", out object? inner) && inner is string message && Json.Parse(message) is Dictionary<string, object?> wrapped) root = wrapped;

        string type = Str(root, "notificationType") ?? Str(root, "eventType") ?? string.Empty;
        int count = recipients.Count;
        switch (type.ToUpperInvariant())
        {
            case "BOUNCE":
                ReadBounce(Obj(root, "bounce"), recipients);
                break;
            case "COMPLAINT":
                ReadComplaint(Obj(root, "complaint"), recipients);
                break;
            case "DELIVERY":
                ReadDelivery(Obj(root, "delivery"), recipients);
                break;
            case "DELIVERYDELAY":
                ReadDelay(Obj(root, "deliveryDelay"), recipients);
                break;
            case "REJECT":
                ReadReject(Obj(root, "reject"), Obj(root, "mail"), recipients);
                break;
        }

        return recipients.Count > count;
    }

    private static void ReadBounce(Dictionary<string, object?>? bounce, List<FormatRecipient> recipients)
    {
        if (bounce is null) return;
        string summary = $"{Str(bounce, "bounceType")} bounce ({Str(bounce, "bounceSubType")})";
        ReadRecipients(bounce, "bouncedRecipients", summary, action: null, Str(bounce, "remoteMtaIp") ?? Str(bounce, "reportingMTA"), recipients);
    }

    /// <summary>
    /// Event publishing's "DeliveryDelay": each of <c>delayedRecipients</c> with its status and the remote reply, else
    /// SES's delay type ("MailboxFull", "TransientCommunicationFailure").
    /// </summary>
    private static void ReadDelay(Dictionary<string, object?>? delay, List<FormatRecipient> recipients)
    {
        if (delay is null) return;
        ReadRecipients(delay, "delayedRecipients", $"Delivery delayed ({Str(delay, "delayType")})", "delayed", Str(delay, "reportingMTA"), recipients);
    }

    /// <summary>
    /// The entries of a list of recipients (<paramref name="key"/>): each address with the remote reply, else
    /// <paramref name="summary"/>, its status, and <paramref name="action"/> (when null, the entry's own, else failed).
    /// </summary>
    private static void ReadRecipients(Dictionary<string, object?> parent, string key, string summary, string? action, string? remote, List<FormatRecipient> recipients)
    {
        foreach (Dictionary<string, object?> entry in Objects(parent, key))
        {
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(Str(entry, "emailAddress") ?? string.Empty), Str(entry, "diagnosticCode") ?? summary);
            if (r is null) continue;
            r.Action = action ?? Str(entry, "action") ?? "failed";
            r.Status = Str(entry, "status");
            r.RemoteMta = remote;
        }
    }

    /// <summary>
    /// Event publishing's "Reject": SES accepted the message, found a virus in it and did not try to deliver it (that is
    /// what the event means; its own reason says only "Bad content"). Every address of <c>mail.destination</c> failed.
    /// </summary>
    private static void ReadReject(Dictionary<string, object?>? reject, Dictionary<string, object?>? mail, List<FormatRecipient> recipients)
    {
        if (reject is null || mail is null || !mail.TryGetValue("destination", out object? list) || list is not List<object?> addresses) return;
        string text = $"Rejected by Amazon SES: a virus was found in the message ({Str(reject, "reason")})";
        foreach (object? address in addresses)
        {
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(address as string ?? string.Empty), text);
            if (r is not null) r.Action = "failed";
        }
    }

    private static void ReadComplaint(Dictionary<string, object?>? complaint, List<FormatRecipient> recipients)
    {
        if (complaint is null) return;
        string feedback = Str(complaint, "complaintFeedbackType") ?? "abuse";
        foreach (Dictionary<string, object?> entry in Objects(complaint, "complainedRecipients"))
        {
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(Str(entry, "emailAddress") ?? string.Empty), null);
            if (r is not null) r.FeedbackType = feedback;
        }
    }

    private static void ReadDelivery(Dictionary<string, object?>? delivery, List<FormatRecipient> recipients)
    {
        if (delivery is null || !delivery.TryGetValue("recipients", out object? list) || list is not List<object?> addresses) return;
        foreach (object? address in addresses)
        {
            FormatRecipient? r = FamilyText.Add(recipients, FamilyText.FindAddress(address as string ?? string.Empty), Str(delivery, "smtpResponse"));
            if (r is null) continue;
            r.Action = "delivered";
            r.RemoteMta = Str(delivery, "remoteMtaIp") ?? Str(delivery, "reportingMTA");
        }
    }

    private static string? Str(Dictionary<string, object?> o, string key) => o.TryGetValue(key, out object? v) ? v as string : null;

    private static Dictionary<string, object?>? Obj(Dictionary<string, object?> o, string key) => o.TryGetValue(key, out object? v) ? v as Dictionary<string, object?> : null;

    private static IEnumerable<Dictionary<string, object?>> Objects(Dictionary<string, object?> o, string key)
    {
        if (!o.TryGetValue(key, out object? v) || v is not List<object?> list) yield break;
        foreach (object? item in list)
        {
            if (item is Dictionary<string, object?> entry) yield return entry;
        }
    }

    /// <summary>
    /// A small JSON reader for these notifications: objects, arrays, strings, and the other literals kept as text.
    /// Linear in the input; nesting deeper than <see cref="MaxDepth"/> or any syntax error gives null, never an exception.
    /// </summary>
    internal static class Json
    {
        internal const int MaxDepth = 32;

        internal static object? Parse(string text)
        {
            int at = 0;
            return TryValue(text, ref at, 0, out object? value) ? value : null;
        }

        private static bool TryValue(string s, ref int at, int depth, out object? value)
        {
            value = null;
            SkipBlanks(s, ref at);
            if (at >= s.Length || depth > MaxDepth) return false;
            switch (s[at])
            {
                case '{':
                    return TryObject(s, ref at, depth, out value);
                case '[':
                    return TryArray(s, ref at, depth, out value);
                case '"':
                    bool ok = TryString(s, ref at, out string? str);
                    value = str;
                    return ok;
                default:
                    int start = at;
                    while (at < s.Length && s[at] is not (',' or '}' or ']') && !char.IsWhiteSpace(s[at])) at++;
                    string literal = s.Substring(start, at - start);
                    value = literal == "null" ? null : literal;
                    return at > start;
            }
        }

        private static bool TryObject(string s, ref int at, int depth, out object? value)
        {
            var o = new Dictionary<string, object?>(StringComparer.Ordinal);
            value = o;
            at++;
            SkipBlanks(s, ref at);
            if (at < s.Length && s[at] == '}')
            {
                at++;
                return true;
            }

            while (at < s.Length)
            {
                SkipBlanks(s, ref at);
                if (at >= s.Length || s[at] != '"' || !TryString(s, ref at, out string? key)) return false;
                SkipBlanks(s, ref at);
                if (at >= s.Length || s[at] != ':') return false;
                at++;
                if (!TryValue(s, ref at, depth + 1, out object? item)) return false;
                o[key!] = item;
                SkipBlanks(s, ref at);
                if (at >= s.Length) return false;
                if (s[at] == '}')
                {
                    at++;
                    return true;
                }

                if (s[at] != ',') return false;
                at++;
            }

            return false;
        }

        private static bool TryArray(string s, ref int at, int depth, out object? value)
        {
            var list = new List<object?>();
            value = list;
            at++;
            SkipBlanks(s, ref at);
            if (at < s.Length && s[at] == ']')
            {
                at++;
                return true;
            }

            while (at < s.Length)
            {
                if (!TryValue(s, ref at, depth + 1, out object? item)) return false;
                list.Add(item);
                SkipBlanks(s, ref at);
                if (at >= s.Length) return false;
                if (s[at] == ']')
                {
                    at++;
                    return true;
                }

                if (s[at] != ',') return false;
                at++;
            }

            return false;
        }

        private static bool TryString(string s, ref int at, out string? value)
        {
            value = null;
            var sb = new StringBuilder();
            for (at++; at < s.Length; at++)
            {
                char c = s[at];
                if (c == '"')
                {
                    at++;
                    value = sb.ToString();
                    return true;
                }

                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }

                if (++at >= s.Length) return false;
                switch (s[at])
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        int code = 0;
                        for (int k = 1; k <= 4; k++)
                        {
                            int digit = at + k < s.Length ? HexValue(s[at + k]) : -1;
                            if (digit < 0) return false;
                            code = (code * 16) + digit;
                        }

                        sb.Append((char)code);
                        at += 4;
                        break;
                    default: sb.Append(s[at]); break;
                }
            }

            return false;
        }

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

        private static void SkipBlanks(string s, ref int at)
        {
            while (at < s.Length && char.IsWhiteSpace(s[at])) at++;
        }
    }
}
