using System.Text.Json;
using SmtpBounceCodes.Cli.Internal;

namespace SmtpBounceCodes.Cli.Commands;

/// <summary><c>smtp-bounce parse [--json] TEXT</c>: the code, enhanced code, lines and stage of a reply.</summary>
internal static class ParseCommand
{
    internal const string Usage = "smtp-bounce parse [--json] TEXT      (TEXT '-' reads standard input)";

    internal static int Run(Arguments args, TextReader stdin, TextWriter stdout)
    {
        string text = Inputs.Text(args, stdin);
        (SmtpReply reply, bool wire) = Read(text);
        if (args.Has("--json")) WriteJson(reply, wire, stdout);
        else WriteHuman(reply, wire, stdout);
        return 0;
    }

    /// <summary>
    /// A wire reply is parsed strictly (RFC 5321 §4.2: every line repeats the code); anything else, such as a DSN
    /// <c>Diagnostic-Code</c> or a Postfix <c>said:</c> line, goes through the lenient extraction.
    /// </summary>
    internal static (SmtpReply Reply, bool Wire) Read(string text) =>
        SmtpReply.TryParse(text, out SmtpReply? reply) ? (reply, true) : (SmtpReply.Extract(text), false);

    private static void WriteJson(SmtpReply reply, bool wire, TextWriter stdout)
    {
        using var output = new JsonLineWriter(stdout);
        Utf8JsonWriter json = output.BeginLine();
        json.WriteText("replycode", Names.ReplyCode(reply.Code));
        json.WriteText("status", Names.Status(reply.EnhancedCode));
        json.WriteTexts("lines", reply.Lines);
        json.WriteBoolean("multiline", reply.IsMultiline);
        json.WriteText("stage", Names.Stage(reply.Stage));
        json.WriteText("remotehost", reply.RemoteHost);
        json.WriteBoolean("wire", wire);
        output.EndLine();
    }

    private static void WriteHuman(SmtpReply reply, bool wire, TextWriter stdout)
    {
        var table = new TextTable();
        table.Add("reply code", reply.Code is { } code ? code.ToCodeString() + Describe(code) : "none");
        table.Add("status", reply.EnhancedCode is { } status ? status + " (" + EnhancedStatusCodeRegistry.Describe(status).Title + ")" : "none");
        table.Add("stage", Names.Stage(reply.Stage) ?? "unknown");
        table.Add("remote host", reply.RemoteHost ?? "unknown");
        table.Add("form", wire ? "wire reply (RFC 5321)" : "extracted from a wrapped text");
        for (int i = 0; i < reply.Lines.Count; i++) table.Add("line " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), reply.Lines[i]);
        table.WriteTo(stdout);
    }

    private static string Describe(SmtpReplyCode code) => code.GetRfcName() is { } name ? " (" + name + ")" : string.Empty;
}
