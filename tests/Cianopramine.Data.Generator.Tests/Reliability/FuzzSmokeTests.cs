using Cianopramine.Data.Reliability;
using Cianopramine.Data.Reliability.Fuzzing;
using Xunit.Abstractions;

namespace Cianopramine.Data.Generator.Tests.Reliability;

/// <summary>
/// Issue 7, part 5, in the suite: the fuzzer (tests/Cianopramine.Data.Fuzz runs it for as long as you like) for a few
/// seconds with a fixed seed, over the corpus, the library's data and random valid datasets. It must find nothing.
/// </summary>
public sealed class FuzzSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void A_short_fuzzing_run_finds_no_crash_hang_or_disagreement()
    {
        var seeds = FuzzEngine.Seeds(
            new[] { Corpus.BadDirectory, Corpus.GoodDirectory, Corpus.FuzzDirectory },
            new[] { System.Text.Encoding.UTF8.GetBytes(CianopramineDataset.Instance.ToJson()) }
                .Concat(Enumerable.Range(0, 5).Select(seed => System.Text.Encoding.UTF8.GetBytes(RandomDatasets.Build(DatasetShape.Small, seed).ToJson()))));

        var report = FuzzEngine.Run(new FuzzSettings(TimeSpan.FromSeconds(8), Seed: 7, SaveDirectory: Environment.GetEnvironmentVariable("CIANOPRAMINE_FUZZ_SAVE"), PerInputTimeout: TimeSpan.FromSeconds(20), MinimumExecutions: 60), seeds, output.WriteLine);

        output.WriteLine(report.ToString());
        report.Findings.Should().BeEmpty();
        report.Executions.Should().BeGreaterThan(50);
        report.LoadedByBoth.Should().BeGreaterThan(0, "some mutants stay valid and reach the emitter");
    }
}
