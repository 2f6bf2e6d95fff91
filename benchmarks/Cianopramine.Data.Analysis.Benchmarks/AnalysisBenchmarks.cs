using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Cianopramine.Data.Benchmarks.Synthetic;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Units;
using DuckDB.NET.Data;

namespace Cianopramine.Data.Analysis.Benchmarks;

/// <summary>
/// One in-process job, no warm-up, one measured invocation per benchmark: at 1,000,000 results an export takes
/// seconds and the dataset is built once per process (it is shared by every case through a static cache), which is
/// what a 2-core shared machine allows in about ten minutes. The figures are single runs, not statistics.
/// </summary>
public sealed class SingleShotConfig : ManualConfig
{
    public SingleShotConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true))
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1).WithInvocationCount(1).WithUnrollFactor(1)
            .WithId("SingleShot"));
        AddDiagnoser(MemoryDiagnoser.Default);
        Options |= ConfigOptions.DisableOptimizationsValidator;
    }
}

[Config(typeof(SingleShotConfig))]
public class AnalysisBenchmarks
{
    private static readonly Lazy<(Dataset Dataset, string Folder)> Data = new(Build);
    private Dataset _dataset = null!;
    private string _folder = null!;
    private string _results = null!;

    /// <summary>Results in the synthetic dataset (CIANOPRAMINE_ANALYSIS_RESULTS overrides 1,000,000).</summary>
    public static int Size => int.TryParse(Environment.GetEnvironmentVariable("CIANOPRAMINE_ANALYSIS_RESULTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;

    [GlobalSetup]
    public void Setup()
    {
        (_dataset, _folder) = Data.Value;
        _results = Path.Combine(_folder, "parquet", "results.parquet");
    }

    private static (Dataset, string) Build()
    {
        // The builder is deterministic (seeded), so the files of an earlier run of the same size are reused.
        var folder = Path.Combine(Path.GetTempPath(), "cianopramine-analysis-bench", Size.ToString(CultureInfo.InvariantCulture));
        var json = Path.Combine(folder, "json");
        var done = Path.Combine(folder, "json.complete");
        if (!File.Exists(done))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            new SyntheticDatasetBuilder(Size).WriteTo(json);
            File.WriteAllText(done, string.Empty);
        }

        var files = Directory.GetFiles(json, "*.dataset.json").Order(StringComparer.Ordinal);
        var dataset = DatasetLoader.Load(files.Select(DatasetSource.FromFile), new DatasetLoadOptions { MaxBytes = int.MaxValue }).Dataset;
        dataset.ToTables().WriteParquetAsync(Path.Combine(folder, "parquet")).GetAwaiter().GetResult();
        return (dataset, folder);
    }

    [Benchmark(Description = "Export: Arrow record batches + IPC files")]
    [BenchmarkCategory("Export")]
    public IReadOnlyList<string> ExportArrow() => _dataset.ToTables().WriteArrowFiles(Path.Combine(_folder, "arrow"));

    [Benchmark(Description = "Export: Parquet, single results file")]
    [BenchmarkCategory("Export")]
    public IReadOnlyList<string> ExportParquet() => _dataset.ToTables().WriteParquetAsync(Path.Combine(_folder, "parquet-export")).GetAwaiter().GetResult();

    [Benchmark(Description = "Export: Parquet, partitioned by target")]
    [BenchmarkCategory("Export")]
    public IReadOnlyList<string> ExportParquetPartitioned() => _dataset.ToTables().WriteParquetAsync(Path.Combine(_folder, "parquet-partitioned"), ParquetLayout.PartitionedByTarget).GetAwaiter().GetResult();

    [Benchmark(Description = "Read back: Parquet -> Dataset")]
    [BenchmarkCategory("Export")]
    public Dataset ReadParquet() => DatasetTableReader.ReadParquetAsync(Path.Combine(_folder, "parquet")).GetAwaiter().GetResult();

    [Benchmark(Description = "API: per-target counts")]
    [BenchmarkCategory("Per-target counts")]
    public int ApiPerTargetCounts()
    {
        var total = 0;
        foreach (var target in _dataset.Targets)
        {
            total += _dataset.Results.At(target).Count();
        }

        return total;
    }

    [Benchmark(Description = "DuckDB: per-target counts")]
    [BenchmarkCategory("Per-target counts")]
    public long DuckDbPerTargetCounts() => Sum($"SELECT target_id, count(*) FROM read_parquet('{_results}') GROUP BY target_id");

    [Benchmark(Description = "API: potency filter (at most 1 µM, partition)")]
    [BenchmarkCategory("Potency filter")]
    public int ApiPotency()
    {
        var partition = _dataset.Results.AtMost(1m, MolarUnit.Micromolar).Partition();
        return partition.Matched.Count + partition.NotMatched.Count + partition.Undecided.Count;
    }

    [Benchmark(Description = "DuckDB: potency filter (at most 1 µM, partition)")]
    [BenchmarkCategory("Potency filter")]
    public long DuckDbPotency() => Sum($"""
        SELECT CASE
            WHEN molar_value IS NULL THEN 'undecided'
            WHEN relation IN ('=', '~') THEN CASE WHEN molar_value <= 1e-6 THEN 'matched' ELSE 'not matched' END
            WHEN relation IN ('<', '<=') AND molar_value <= 1e-6 THEN 'matched'
            WHEN relation = '>' AND molar_value >= 1e-6 THEN 'not matched'
            WHEN relation = '>=' AND molar_value > 1e-6 THEN 'not matched'
            ELSE 'undecided' END AS decision, count(*)
        FROM read_parquet('{_results}') GROUP BY decision
        """);

    [Benchmark(Description = "API: selectivity, every compound and target pair")]
    [BenchmarkCategory("Selectivity")]
    public int ApiSelectivity()
    {
        var pairs = 0;
        foreach (var compound in _dataset.Compounds)
        {
            var targets = _dataset.Results.For(compound).Select(r => r.Target).Distinct().ToArray();
            foreach (var target in targets)
            {
                foreach (var over in targets)
                {
                    if (!ReferenceEquals(target, over))
                    {
                        pairs += _dataset.Selectivity(compound, target, over).Pairs.Count;
                    }
                }
            }
        }

        return pairs;
    }

    [Benchmark(Description = "DuckDB: selectivity, every compound and target pair")]
    [BenchmarkCategory("Selectivity")]
    public long DuckDbSelectivity() => Sum($"""
        WITH r AS (SELECT * FROM read_parquet('{_results}') WHERE molar_value IS NOT NULL)
        SELECT a.compound_id, a.target_id, b.target_id, count(*)
        FROM r a JOIN r b ON a.compound_id = b.compound_id AND a.target_id <> b.target_id
          AND a.parameter = b.parameter AND a.setting = b.setting
          AND (len(a.species) = 0 OR len(b.species) = 0 OR list_has_any(a.species, b.species))
        GROUP BY ALL
        """);

    private static long Sum(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        long total = 0;
        while (reader.Read())
        {
            total += Convert.ToInt64(reader.GetValue(reader.FieldCount - 1), CultureInfo.InvariantCulture);
        }

        return total;
    }
}
