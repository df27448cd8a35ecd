namespace SmtpBounceCodes.Internal;

internal static class Advice
{
    internal static RetryAdvice For(BounceReason reason, bool permanent) => reason switch
    {
        BounceReason.Delivered or BounceReason.Vacation => RetryAdvice.None,
        BounceReason.Feedback or BounceReason.Suppressed => RetryAdvice.SuppressRecipient,
        // A dead address is suppressed only when the failure is permanent: a 4xx "user unknown" may be a lookup hiccup.
        BounceReason.UserUnknown or BounceReason.HostUnknown or BounceReason.HasMoved or BounceReason.NotAccept
            or BounceReason.Filtered => permanent ? RetryAdvice.SuppressRecipient : RetryAdvice.RetryLater,
        BounceReason.Rejected or BounceReason.AuthFailure or BounceReason.BadReputation or BounceReason.Blocked
            or BounceReason.RequirePtr or BounceReason.NoRelaying or BounceReason.SecurityError or BounceReason.FailedStartTls
            or BounceReason.SyntaxError or BounceReason.PolicyViolation => RetryAdvice.FixSenderSide,
        BounceReason.ContentError or BounceReason.EmailTooLarge or BounceReason.NotCompliantRfc or BounceReason.VirusDetected
            or BounceReason.SpamDetected => RetryAdvice.FixMessage,
        _ => RetryAdvice.RetryLater,
    };
}
