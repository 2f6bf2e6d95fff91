using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace Cianopramine.Data.Benchmarks.Infrastructure;

/// <summary>
/// The configurations of the benchmarks. Every run reports time, ratio to the baseline, allocations and allocation
/// ratio (MemoryDiagnoser), and writes CSV (for docs/performance.md and the plot) and GitHub Markdown.
/// </summary>
public static class BenchmarkConfigs
{
    /// <summary>
    /// The job used when the command line names none: one process, 3 warm-up and 7 measured iterations. Bounded (a
    /// nanosecond benchmark takes about 10 s) yet steady enough for ratios on a 2-core machine.
    /// </summary>
    public static Job Bounded { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(7)
        .WithId("Bounded");

    /// <summary>The settings every configuration shares: diagnosers, exporters and the summary style.</summary>
    public static ManualConfig Common(ManualConfig config)
    {
        config.AddDiagnoser(MemoryDiagnoser.Default);
        if (!config.GetExporters().Any(e => e is CsvExporter))
        {
            config.AddExporter(MarkdownExporter.GitHub);
        }

        // Plain numbers in fixed units (ns, bytes) for benchmarks/scripts/report.py, next to the usual exports.
        config.AddExporter(new PlainCsvExporter());

        config.AddColumn(StatisticColumn.Median);
        config.SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
        config.AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
        return config;
    }

    /// <summary>
    /// A class's own job, whatever the command line says (the local configuration wins), with the common settings.
    /// </summary>
    public abstract class FixedJobConfig : ManualConfig
    {
        protected FixedJobConfig(Job job)
        {
            Common(this);
            UnionRule = ConfigUnionRule.AlwaysUseLocal;
            AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
            AddColumnProvider(DefaultColumnProviders.Instance);
            AddJob(job);
        }
    }

    /// <summary>
    /// The first call in a new process (<see cref="RunStrategy.ColdStart"/>): each of 15 processes measures one
    /// invocation, with no warm-up and no pilot. The command line's jobs do not apply (the local configuration wins).
    /// </summary>
    public sealed class ColdStartConfig() : FixedJobConfig(Job.Default
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(15)
            .WithWarmupCount(0)
            .WithIterationCount(1)
            .WithId("ColdStart"))
    {
    }

    /// <summary>
    /// Operations that take from milliseconds to seconds (the generator, the compiler, materialising 100k results):
    /// one process, one warm-up, five measured iterations, each one invocation. The command line's jobs do not apply.
    /// </summary>
    public sealed class SlowConfig() : FixedJobConfig(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Slow"))
    {
    }

    /// <summary>
    /// Starting a published app and waiting for it to exit: each invocation is a whole new process, so the host process
    /// needs no cold-start strategy; two warm-up runs (the page cache) and twenty measured, one invocation each.
    /// </summary>
    public sealed class ProcessStartConfig() : FixedJobConfig(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(20)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Process"))
    {
    }

    /// <summary>
    /// The first materialisation of a generated assembly in a new process at each size: 5 processes per size, one
    /// invocation each (JIT of the generated code and of the library included). The command line's jobs do not apply.
    /// </summary>
    public sealed class ScaleColdStartConfig() : FixedJobConfig(Job.Default
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(5)
            .WithWarmupCount(0)
            .WithIterationCount(1)
            .WithId("ColdStart"))
    {
    }
}

/// <summary>
/// <c>*-report-plain.csv</c>: BenchmarkDotNet's CSV with every time in nanoseconds and every size in bytes, without unit
/// suffixes in the cells, so scripts read numbers. (The default CSV prints "1.23 μs".)
/// </summary>
internal sealed class PlainCsvExporter : ExporterBase
{
    private readonly CsvExporter _csv = new(CsvSeparator.Comma, new SummaryStyle(
        CultureInfo.InvariantCulture, printUnitsInHeader: true, sizeUnit: SizeUnit.B, timeUnit: TimeUnit.Nanosecond,
        printUnitsInContent: false, printZeroValuesInContent: true));

    protected override string FileExtension => "csv";

    protected override string FileNameSuffix => "-plain";

    public override void ExportToLog(Summary summary, ILogger logger) => _csv.ExportToLog(summary, logger);
}
