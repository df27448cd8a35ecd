using System.Text;
using MimeKit;
using SmtpBounceCodes.MimeKit.Formats;

namespace SmtpBounceCodes.MimeKit.Tests.Formats;

/// <summary>Runs decoders over messages written inline in the tests.</summary>
internal static class FormatKit
{
    /// <summary>Parses a raw message (LF line ends are fine) and prepares it for the decoders.</summary>
    internal static BounceInput Input(string raw)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw));
        return BounceInput.Create(MimeMessage.Load(stream));
    }

    /// <summary>A one-part plain-text bounce with the given From, Subject and body.</summary>
    internal static BounceInput TextBounce(string from, string subject, string body) =>
        Input($"From: {from}\nTo: sender@example.org\nSubject: {subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}");

    /// <summary>What <paramref name="format"/> reads from <paramref name="input"/>; empty when it declines the message.</summary>
    internal static List<FormatRecipient> Read(IBounceFormat format, BounceInput input)
    {
        var found = new List<FormatRecipient>();
        bool accepted = format.TryRead(input, found);
        Assert.Equal(accepted, found.Count > 0);
        return found;
    }

    /// <summary>The reason the core engine gives to what a decoder found.</summary>
    internal static string Reason(FormatRecipient r) =>
        Diagnoser.Diagnose(new DeliveryStatusFields { Status = r.Status, DiagnosticCode = r.DiagnosticText, Action = r.Action, RemoteMta = r.RemoteMta, Stage = r.Stage }, null).ReasonName;
}
