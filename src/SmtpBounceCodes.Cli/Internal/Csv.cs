namespace SmtpBounceCodes.Cli.Internal;

/// <summary>RFC 4180 fields: quoted when they hold a comma, a quote or a line break, with quotes doubled.</summary>
internal static class Csv
{
    internal static void WriteRow(TextWriter output, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) output.Write(',');
            WriteField(output, fields[i]);
        }

        // RFC 4180 asks for CRLF; the tool writes "\n" everywhere, which every CSV reader accepts.
        output.Write('\n');
    }

    internal static void WriteField(TextWriter output, string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(field);
            return;
        }

        output.Write('"');
        output.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
