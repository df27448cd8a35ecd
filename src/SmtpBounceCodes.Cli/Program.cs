using System.Text;

namespace SmtpBounceCodes.Cli;

internal static class Program
{
    // errno EPIPE: the reader of a pipe went away ("smtp-bounce scan … | head"). .NET puts the raw errno in HResult.
    private const int BrokenPipe = 32;

    private static int Main(string[] args)
    {
        // UTF-8 without a BOM and "\n" line ends on every platform: the output is read by scripts (jq, csv readers).
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { NewLine = "\n", AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true);
        try
        {
            int exitCode = CommandLine.Run(args, stdin, stdout, stderr);
            stdout.Flush();
            return exitCode;
        }
        catch (IOException e) when (IsOutputError(e, stdout))
        {
            // A closed pipe ends the tool quietly, like other command-line tools; a full disk is worth a line.
            if (e.HResult != BrokenPipe) stderr.Write(CommandLine.Name + ": cannot write the output: " + e.Message + "\n");
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
                // Already reported above: the buffer that failed to flush is flushed again on dispose.
            }
        }
    }

    // Commands handle their own read errors (scan reports unreadable files); what reaches here is a failed write, unless
    // the output was never written to.
    private static bool IsOutputError(IOException e, StreamWriter stdout) => e is not FileNotFoundException and not DirectoryNotFoundException && stdout.BaseStream.CanWrite;
}
