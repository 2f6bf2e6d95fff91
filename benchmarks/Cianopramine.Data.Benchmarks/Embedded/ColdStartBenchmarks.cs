using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Benchmarks.Embedded;

/// <summary>
/// The first access in a new process (BenchmarkDotNet's cold-start strategy: one invocation per process, nothing warmed
/// up): the JIT of every method on the path, type loading and static initialisation are part of the time.
/// </summary>
/// <remarks>
/// Each case's set-up touches nothing the case measures: the System.Text.Json and loader cases read the resource, the
/// SQLite case prepares its rows with the loader, none of them runs the generated code or opens SQLite.
/// </remarks>
[Config(typeof(BenchmarkConfigs.ColdStartConfig))]
[BenchmarkCategory("ColdStart")]
public class ColdStartBenchmarks
{
    private byte[] _json = [];
    private SqliteRows? _rows;

    [GlobalSetup(Targets = [nameof(SystemTextJson), nameof(Loader)])]
    public void ReadResource() => _json = EmbeddedExport.Read();

    [GlobalSetup(Target = nameof(SqliteLoad))]
    public void PrepareRows() => _rows = SqliteRows.From(DatasetLoader.Load(new[] { DatasetSource.FromUtf8(EmbeddedExport.Read()) }).Dataset);

    [Benchmark(Baseline = true, Description = "Embedded: CianopramineDataset.Instance")]
    public Dataset Embedded() => Materialised.All(CianopramineDataset.Instance);

    [Benchmark(Description = "System.Text.Json (source-generated) to records")]
    public object SystemTextJson() => StjBaseline.Deserialize(_json);

    [Benchmark(Description = "Runtime loader (validate + model)")]
    public Dataset Loader() => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(_json) }).Dataset;

    [Benchmark(Description = "SQLite in memory: create, insert, index")]
    public long SqliteLoad()
    {
        using var connection = SqliteStore.Load(_rows!);
        return connection.Handle is null ? 0 : 1;
    }
}
