using System.Text;

namespace SmtpBounceCodes.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // UTF-8 without a BOM and "\n" line ends on every platform: the output is read by scripts (jq, csv readers).
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { NewLine = "\n", AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return CommandLine.Run(args, stdin, stdout, stderr);
        }
        catch (IOException) when (!stdout.BaseStream.CanWrite || Console.IsOutputRedirected)
        {
            // "smtp-bounce scan … | head": the reader of the pipe went away (EPIPE); stop quietly like other tools.
            return 1;
        }
        finally
        {
            try
            {
                stdout.Dispose();
            }
            catch (IOException)
            {
                // The same closed pipe, met again while flushing the last buffered lines.
            }
        }
    }
}
