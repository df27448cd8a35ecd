namespace SmtpBounceCodes.Benchmarks;

/// <summary>Where the benchmarks find their inputs: the texts below, and the shared corpus beside the repository.</summary>
internal static class Inputs
{
    /// <summary>A Postfix reply to RCPT TO, the most common bounce reply there is.</summary>
    internal const string TypicalReply = "550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown in local recipient table\r\n";

    /// <summary>Gmail's multi-line reply for an address that does not exist, as it arrives on the wire.</summary>
    internal const string GmailMultilineReply =
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n" +
        "550-5.1.1 double-checking the recipient's email address for typos or\r\n" +
        "550-5.1.1 unnecessary spaces. For more information, go to\r\n" +
        "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7a1b2c3d4e5sor1234567b3.101 - gsmtp\r\n";

    /// <summary>A short reply, as MailKit's exception gives it.</summary>
    internal const string ShortText = "550 5.1.1 User unknown";

    /// <summary>The Gmail reply flattened onto one line, as a DSN's Diagnostic-Code carries it.</summary>
    internal const string GmailLongText =
        "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the " +
        "recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1 " +
        "https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7a1b2c3d4e5sor1234567b3.101 - gsmtp";

    /// <summary>A Japanese reply: the mailbox is full.</summary>
    internal const string JapaneseText = "552 5.2.2 宛先のメールボックスの容量が上限を超えているため、メールを受信できません";

    private const string CorpusRelative = "../shared/corpus/sisimai/maildir/bsd";

    /// <summary>How the corpus is looked for, for the message printed when it is absent.</summary>
    internal static string CorpusHint => "SMTPBOUNCE_CORPUS or <repo>/" + CorpusRelative;

    /// <summary>The corpus folder of one-bounce-per-file samples, or null when it is not there.</summary>
    internal static string? CorpusDirectory { get; } = FindCorpus();

    private static string? FindCorpus()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("SMTPBOUNCE_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            string bsd = Path.Combine(fromEnvironment, "sisimai", "maildir", "bsd");
            return Directory.Exists(bsd) ? bsd : null;
        }

        // The benchmarks run from generated projects deep under bin/; the repository root is the folder with the .sln.
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "SmtpBounceCodes.sln"))) continue;
            string corpus = Path.GetFullPath(Path.Combine(dir.FullName, CorpusRelative));
            return Directory.Exists(corpus) ? corpus : null;
        }

        return null;
    }
}
