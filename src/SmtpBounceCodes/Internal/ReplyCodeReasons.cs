namespace SmtpBounceCodes.Internal;

/// <summary>
/// Basic reply code (and stage) → reason, the last steps before giving up. Only codes whose meaning is narrow enough
/// decide on their own; 550, 553 and 554 decide only together with the stage.
/// </summary>
internal static class ReplyCodeReasons
{
    internal static bool TryGet(SmtpReplyCode code, SmtpStage stage, out BounceReason reason, out string ruleId, out DecisionSource source)
    {
        source = DecisionSource.ReplyCode;
        int c = (int)code;
        (reason, ruleId) = c switch
        {
            >= 200 and < 300 => (BounceReason.Delivered, "reply.2xx"),
            421 => (BounceReason.SystemError, "reply.421"),
            452 => (BounceReason.SystemFull, "reply.452"),
            500 or 501 or 502 or 503 or 504 => (BounceReason.SyntaxError, "reply.50x"),
            521 => (BounceReason.NotAccept, "reply.521"),
            556 => (BounceReason.NotAccept, "reply.556"),
            530 or 534 or 535 or 538 => (BounceReason.SecurityError, "reply.auth"),
            551 => (BounceReason.HasMoved, "reply.551"),
            552 => stage is SmtpStage.Data or SmtpStage.EndOfData ? (BounceReason.EmailTooLarge, "reply.552.data") : (BounceReason.MailboxFull, "reply.552"),
            555 => (BounceReason.SyntaxError, "reply.555"),
            _ => (BounceReason.Undefined, string.Empty),
        };
        if (reason != BounceReason.Undefined) return true;

        // The stage decides what a generic refusal meant.
        source = DecisionSource.Stage;
        (reason, ruleId) = (stage, c / 100) switch
        {
            (SmtpStage.Connect, 4 or 5) => (BounceReason.Blocked, "stage.connect"),
            (SmtpStage.Helo, 4 or 5) => (BounceReason.Blocked, "stage.helo"),
            (SmtpStage.Authentication, 4 or 5) => (BounceReason.SecurityError, "stage.auth"),
            (SmtpStage.MailFrom, 5) => (BounceReason.Rejected, "stage.mailfrom"),
            (SmtpStage.RcptTo, 5) when c == 550 || c == 553 => (BounceReason.UserUnknown, "stage.rcptto"),
            _ => (BounceReason.Undefined, string.Empty),
        };
        return reason != BounceReason.Undefined;
    }
}
