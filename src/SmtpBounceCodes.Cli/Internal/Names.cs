using SmtpBounceCodes.MimeKit;

namespace SmtpBounceCodes.Cli.Internal;

/// <summary>
/// The names the command line prints for enum values, in the style of the reason wire names: lowercase, no separators.
/// They are part of the output contract (documented in README.md), so they are spelled out here rather than derived
/// from the enum member names, which may be renamed.
/// </summary>
internal static class Names
{
    /// <summary>The stage names: connect, helo, auth (AUTH and STARTTLS), mailfrom, rcptto, data, enddata; null when unknown.</summary>
    internal static string? Stage(SmtpStage stage) => stage switch
    {
        SmtpStage.Connect => "connect",
        SmtpStage.Helo => "helo",
        SmtpStage.Authentication => "auth",
        SmtpStage.MailFrom => "mailfrom",
        SmtpStage.RcptTo => "rcptto",
        SmtpStage.Data => "data",
        SmtpStage.EndOfData => "enddata",
        _ => null,
    };

    internal static string Advice(RetryAdvice advice) => advice switch
    {
        RetryAdvice.SuppressRecipient => "suppressrecipient",
        RetryAdvice.RetryLater => "retrylater",
        RetryAdvice.FixSenderSide => "fixsenderside",
        RetryAdvice.FixMessage => "fixmessage",
        _ => "none",
    };

    internal static string Party(FaultParty party) => party switch
    {
        FaultParty.Recipient => "recipient",
        FaultParty.Sender => "sender",
        FaultParty.Message => "message",
        FaultParty.Network => "network",
        _ => "unknown",
    };

    internal static string Kind(BounceReportKind kind) => kind switch
    {
        BounceReportKind.Bounce => "bounce",
        BounceReportKind.Delay => "delay",
        BounceReportKind.Delivered => "delivered",
        BounceReportKind.Feedback => "feedback",
        BounceReportKind.AutoReply => "autoreply",
        _ => "none",
    };

    internal static string? ReplyCode(SmtpReplyCode? code) => code is { } c ? c.ToCodeString() : null;

    internal static string? Status(EnhancedStatusCode? code) => code is { IsEmpty: false } c ? c.ToString() : null;
}
