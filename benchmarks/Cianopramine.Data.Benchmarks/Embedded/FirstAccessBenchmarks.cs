using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Loading;
using Microsoft.Data.Sqlite;

namespace Cianopramine.Data.Benchmarks.Embedded;

/// <summary>
/// Budget: first access to the embedded dataset ≥ 10× faster than System.Text.Json deserialising the same JSON, and
/// faster than loading it into SQLite. In process, warm: every invocation builds a new instance.
/// </summary>
/// <remarks>
/// Embedded: the generated <c>CreateFresh()</c>, the same code <c>CianopramineDataset.Instance</c> runs once (decode
/// the compiled-in data, build the objects and the dataset's indexes), with the sections it decodes on first use
/// decoded too (<see cref="Materialised"/>), so that it builds what the others build. System.Text.Json: the same data as one JSON
/// file deserialised with the source-generated context into records (no model, no indexes). Loader: the library's
/// runtime loader on the same file (read, validate every rule, build the model and indexes). SQLite: an in-memory
/// database created, filled from the same data and indexed; or restored from a prebuilt file with the backup API.
/// </remarks>
[BenchmarkCategory("FirstAccess")]
public class FirstAccessBenchmarks
{
    private byte[] _json = [];
    private SqliteRows? _rows;
    private SqliteConnection? _prebuilt;
    private Dataset _parts = null!;

    [GlobalSetup]
    public void Setup()
    {
        EmbeddedExport.EnsureCurrent();
        _json = EmbeddedExport.Read();
        _rows = SqliteRows.From(DatasetLoader.Load(new[] { DatasetSource.FromUtf8(_json) }).Dataset);
        _prebuilt = SqliteStore.Load(_rows);
        _parts = CianopramineDataset.Instance;
    }

    [GlobalCleanup]
    public void Cleanup() => _prebuilt?.Dispose();

    [Benchmark(Baseline = true, Description = "Embedded (generated code)")]
    public Dataset Embedded() => Materialised.All(CianopramineDataset.CreateFresh());

    /// <summary>The part of <see cref="Embedded"/> that is the dataset's constructor (its indexes), from objects already built.</summary>
    [Benchmark(Description = "… of which: new Dataset(…) (indexes only)")]
    public Dataset DatasetConstructor() => new(
        _parts.Metadata, _parts.References.Items, _parts.Compounds.Items, _parts.Targets.Items, _parts.Assays.Items,
        _parts.AllResults.Items, _parts.Transformations.Items, _parts.Mechanisms.Items, _parts.Gaps.Items);

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

    [Benchmark(Description = "SQLite in memory: restore prebuilt")]
    public long SqliteRestore()
    {
        using var connection = SqliteStore.Restore(_prebuilt!);
        return connection.Handle is null ? 0 : 1;
    }
}
