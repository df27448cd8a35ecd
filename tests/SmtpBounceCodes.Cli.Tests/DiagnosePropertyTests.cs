using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SmtpBounceCodes.Cli.Tests;

public class DiagnosePropertyTests
{
    // Line breaks separate the texts; everything else, including lone surrogates and control characters, is fair game.
    private static string OneLine(string? s) => (s ?? string.Empty).Replace('\r', ' ').Replace('\n', ' ');

    [Property(MaxTest = 60)]
    public Property Stdin_keeps_one_valid_json_object_per_line_for_any_text(string?[] texts)
    {
        string[] lines = texts.Select(OneLine).ToArray();
        CliResult r = Cli.RunWithInput(string.Concat(lines.Select(l => l + "\n")), "diagnose", "--stdin");
        string[] output = r.Lines;
        bool sameCount = output.Length == lines.Length;
        bool allJson = output.All(l => JsonDocument.Parse(l).RootElement.ValueKind == JsonValueKind.Object);
        bool sameOrder = sameCount && lines.Select((l, i) => JsonDocument.Parse(output[i]).RootElement.GetProperty("reason").GetString() == Diagnoser.Diagnose(l).ReasonName).All(b => b);
        return (r.ExitCode == 0 && sameCount && allJson && sameOrder).Label($"lines {lines.Length} → {output.Length}");
    }

    [Property(MaxTest = 60)]
    public Property Parse_json_is_valid_for_any_text(NonNull<string> text)
    {
        CliResult r = Cli.Run("parse", "--json", "--", text.Get);
        return (r.ExitCode == 0 && r.JsonLines.Length == 1).ToProperty();
    }
}
