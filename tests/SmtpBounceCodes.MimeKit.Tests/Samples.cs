namespace SmtpBounceCodes.MimeKit.Tests;

/// <summary>The bounce samples we wrote (tests/SmtpBounceCodes.MimeKit.Tests/Samples), copied beside the test assembly.</summary>
internal static class Samples
{
    internal static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    internal static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    internal static BounceReport Read(string name) => BounceReader.ReadFile(PathOf(name), null);

    internal static BounceReport Read(byte[] bytes, BounceReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return BounceReader.Read(stream, options);
    }
}
