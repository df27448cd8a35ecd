using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmtpBounceCodes.Cli.Internal;

/// <summary>
/// Writes one JSON object per line with <see cref="Utf8JsonWriter"/> (no reflection, so the tool stays trimmable).
/// Non-ASCII text is written as is, not as \u escapes, so that Japanese explanations stay readable in a terminal.
/// </summary>
internal sealed class JsonLineWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The output is never embedded in HTML, so the relaxed encoder is safe and keeps "<" and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;
    private readonly TextWriter _output;

    internal JsonLineWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Starts a new object.</summary>
    internal Utf8JsonWriter BeginLine()
    {
        _buffer.Clear();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        return _json;
    }

    /// <summary>Ends the object and writes it as one line.</summary>
    internal void EndLine()
    {
        _json.WriteEndObject();
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _output.Write('\n');
    }

    public void Dispose() => _json.Dispose();
}

/// <summary>Writes string properties that may hold text from untrusted input.</summary>
internal static class JsonExtensions
{
    /// <summary>Writes a string or null. Lone surrogates (possible in damaged input) become U+FFFD instead of failing.</summary>
    internal static void WriteText(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, Scrub(value));
    }

    /// <summary>Writes an array of strings.</summary>
    internal static void WriteTexts(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values) json.WriteStringValue(Scrub(value));
        json.WriteEndArray();
    }

    /// <summary>Replaces lone surrogates with U+FFFD; returns the same string when there are none (the usual case).</summary>
    internal static string Scrub(string value)
    {
        int i = 0;
        for (; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && !IsPairAt(value, i)) break;
            if (char.IsHighSurrogate(value[i])) i++;
        }

        if (i == value.Length) return value;
        var builder = new StringBuilder(value.Length);
        for (int j = 0; j < value.Length; j++)
        {
            if (char.IsHighSurrogate(value[j]) && IsPairAt(value, j))
            {
                builder.Append(value, j, 2);
                j++;
            }
            else
            {
                builder.Append(char.IsSurrogate(value[j]) ? '\uFFFD' : value[j]);
            }
        }

        return builder.ToString();
    }

    private static bool IsPairAt(string value, int i) =>
        char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
}
