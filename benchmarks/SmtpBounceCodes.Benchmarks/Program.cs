using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace SmtpBounceCodes.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        IConfig config = DefaultConfig.Instance;
        if (Inputs.CorpusDirectory is null)
        {
            // The corpus is shared data beside the repository, not part of it: without it, say so and measure the rest.
            Console.WriteLine($"Corpus not found ({Inputs.CorpusHint}): the '{BounceReadingBenchmarks.CorpusCategory}' benchmarks are skipped.");
            config = ManualConfig.Create(DefaultConfig.Instance)
                .AddFilter(new SimpleFilter(b => !b.Descriptor.Categories.Contains(BounceReadingBenchmarks.CorpusCategory)));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
