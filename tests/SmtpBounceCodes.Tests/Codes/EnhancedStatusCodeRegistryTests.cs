namespace SmtpBounceCodes.Tests.Codes;

public class EnhancedStatusCodeRegistryTests
{
    [Fact]
    public void Every_row_of_the_IANA_table_can_be_looked_up()
    {
        string path = Path.Combine(TestPaths.SharedData, "enhanced-status-codes.tsv");
        string[] rows = File.ReadLines(path).Where(l => l.StartsWith("X.", StringComparison.Ordinal)).ToArray();
        Assert.Equal(rows.Length, EnhancedStatusCodeRegistry.All.Count);
        foreach (string row in rows)
        {
            string[] cols = row.Split('\t');
            EnhancedStatusCode code = EnhancedStatusCode.Parse("5" + cols[0][1..]);
            Assert.True(EnhancedStatusCodeRegistry.TryGet(code, out EnhancedStatusCodeInfo? info), cols[0]);
            Assert.Equal(cols[1], info.Title);
            Assert.Equal(cols[3], info.Reference);
            Assert.True(EnhancedStatusCodeRegistry.TryGet(code.WithClass(EnhancedStatusClass.PersistentTransientFailure), out _));
        }
    }

    [Fact]
    public void Associated_basic_codes_are_read()
    {
        EnhancedStatusCodeRegistry.TryGet(EnhancedStatusCode.Parse("5.1.1"), out EnhancedStatusCodeInfo? info);
        Assert.Equal(new[] { (SmtpReplyCode)451, (SmtpReplyCode)550 }, info!.AssociatedReplyCodes);
    }

    [Fact]
    public void Vendor_code_falls_back_to_its_subject()
    {
        EnhancedStatusCodeInfo info = EnhancedStatusCodeRegistry.Describe(EnhancedStatusCode.Parse("5.7.606"));
        Assert.False(info.IsRegistered);
        Assert.Equal("Security or Policy Status", info.Title);
        Assert.Equal("Permanent Failure", info.ClassTitle);
    }

    [Theory]
    [InlineData(550, "5.1.1", true)]
    [InlineData(450, "4.1.1", true)]  // same code in the transient class
    [InlineData(550, "4.2.2", false)] // classes disagree (RFC 2034 §4)
    [InlineData(552, "5.2.2", true)]
    [InlineData(421, "4.2.2", false)] // X.2.2 is associated with 552 only
    [InlineData(554, "5.7.606", true)] // unregistered: only the class is checked
    public void Pairs_are_judged_plausible_or_not(int reply, string status, bool plausible) =>
        Assert.Equal(plausible, EnhancedStatusCodeRegistry.IsPlausiblePair((SmtpReplyCode)reply, EnhancedStatusCode.Parse(status)));
}
