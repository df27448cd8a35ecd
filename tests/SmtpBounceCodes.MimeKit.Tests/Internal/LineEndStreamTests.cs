using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmtpBounceCodes.MimeKit.Internal;

namespace SmtpBounceCodes.MimeKit.Tests.Internal;

/// <summary>The stream that gives MimeKit LF line ends whatever the file has.</summary>
public sealed class LineEndStreamTests
{
    [Theory]
    [InlineData("a\nb", "a\nb")]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\r\rb", "a\n\nb")]
    [InlineData("a\r\r\nb", "a\nb")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    [InlineData("a\r", "a\n")]
    [InlineData("a\r\r", "a\n\n")]
    [InlineData("\r\n", "\n")]
    [InlineData("", "")]
    public void Line_ends_become_LF(string input, string expected)
    {
        Assert.Equal(expected, ReadAll(input, chunk: 4096));
    }

    [Property(MaxTest = 300)]
    public Property Output_does_not_depend_on_how_the_reader_chunks_its_reads(NonEmptyString text, PositiveInt chunk)
    {
        // Line-end characters are made frequent so that chunk borders fall between CR and LF.
        string s = new(text.Get.Select(c => (c % 4) switch { 0 => '\r', 1 => '\n', _ => c }).ToArray());
        int size = (chunk.Get % 7) + 1;
        return Prop.ToProperty(ReadAll(s, size) == ReadAll(s, 4096));
    }

    [Property(MaxTest = 300)]
    public Property Output_has_no_CR_left(NonEmptyString text)
    {
        string s = new(text.Get.Select(c => (c % 3) switch { 0 => '\r', 1 => '\n', _ => c }).ToArray());
        return Prop.ToProperty(!ReadAll(s, 3).Contains('\r'));
    }

    [Fact]
    public async Task Asynchronous_reads_give_the_same_bytes()
    {
        const string input = "From: a\r\rSubject: b\r\n\r\nbody\r\r\nend\r";
        using var stream = new LineEndStream(new MemoryStream(Encoding.Latin1.GetBytes(input)), leaveOpen: false);
        var output = new MemoryStream();
        var buffer = new byte[3];
        int n;
        while ((n = await stream.ReadAsync(buffer.AsMemory(0, buffer.Length))) > 0) output.Write(buffer, 0, n);

        Assert.Equal(ReadAll(input, 4096), Encoding.Latin1.GetString(output.ToArray()));
    }

    private static string ReadAll(string input, int chunk)
    {
        using var stream = new LineEndStream(new MemoryStream(Encoding.Latin1.GetBytes(input)), leaveOpen: false);
        var output = new MemoryStream();
        var buffer = new byte[chunk];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, n);
        return Encoding.Latin1.GetString(output.ToArray());
    }
}
