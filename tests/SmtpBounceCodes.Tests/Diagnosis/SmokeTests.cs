namespace SmtpBounceCodes.Tests.Diagnosis;

public class SmokeTests
{
    [Theory]
    [InlineData("550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown", BounceReason.UserUnknown)]
    [InlineData("550 Host unknown", BounceReason.HostUnknown)]
    [InlineData("550 Relaying Denied", BounceReason.NoRelaying)]
    public void Seed_cases_smoke(string text, BounceReason expected) => Assert.Equal(expected, Diagnoser.Diagnose(text).Reason);
}
