using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;
using Microsoft.Data.Sqlite;

namespace Cianopramine.Data.Benchmarks.Embedded;

/// <summary>
/// Result queries on the embedded dataset, each against a LINQ scan over every result and an indexed SQLite query
/// (prepared statements, reused): per compound, per target, a unit-aware potency filter, a compound's profile and
/// its metabolism pathway. Each query is enumerated to the end (its results counted).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private static readonly MolarConcentration Threshold = MolarConcentration.FromMicromolar(100);

    private Dataset _data = null!;
    private AssayResult[] _results = [];
    private Compound _compound = null!;
    private Target _target = null!;
    private SqliteConnection? _connection;
    private SqliteQueries? _sqlite;

    [GlobalSetup]
    public void Setup()
    {
        _data = CianopramineDataset.Instance;
        _results = _data.AllResults.ToArray();
        _compound = _data.Compounds.Find("cianopramine");
        _target = _data.Targets.Find("SERT");
        _connection = SqliteStore.Load(SqliteRows.From(_data));
        _sqlite = new SqliteQueries(_connection);
        QueryChecks.Agree(
            ("per compound", ForCompound(), LinqForCompound(), SqliteForCompound()),
            ("per target", AtTarget(), LinqAtTarget(), SqliteAtTarget()),
            ("potency", Potency(), LinqPotency(), SqlitePotency()),
            ("pathway", Pathway(), Pathway(), SqlitePathway()));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite?.Dispose();
        _connection?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Results.For(compound)")]
    [BenchmarkCategory("PerCompound")]
    public int ForCompound() => QueryChecks.Count(_data.Results.For(_compound));

    [Benchmark(Description = "ResultsFor(compound) (precomputed list)")]
    [BenchmarkCategory("PerCompound")]
    public int ResultsFor() => _data.ResultsFor(_compound).Count;

    [Benchmark(Description = "LINQ scan")]
    [BenchmarkCategory("PerCompound")]
    public int LinqForCompound() => _results.Count(r => r.Compound.Id == _compound.Id);

    [Benchmark(Description = "SQLite indexed")]
    [BenchmarkCategory("PerCompound")]
    public int SqliteForCompound() => _sqlite!.ResultsFor(_compound.Id);

    [Benchmark(Baseline = true, Description = "Results.At(target)")]
    [BenchmarkCategory("PerTarget")]
    public int AtTarget() => QueryChecks.Count(_data.Results.At(_target));

    [Benchmark(Description = "LINQ scan")]
    [BenchmarkCategory("PerTarget")]
    public int LinqAtTarget() => _results.Count(r => r.Target.Id == _target.Id);

    [Benchmark(Description = "SQLite indexed")]
    [BenchmarkCategory("PerTarget")]
    public int SqliteAtTarget() => _sqlite!.ResultsAt(_target.Id);

    [Benchmark(Baseline = true, Description = "Results.For(compound).Below(100 µM)")]
    [BenchmarkCategory("Potency")]
    public int Potency() => QueryChecks.Count(_data.Results.For(_compound).Below(Threshold));

    /// <summary>The same question by hand: molar values only, censored values kept only when their bound settles it.</summary>
    [Benchmark(Description = "LINQ scan")]
    [BenchmarkCategory("Potency")]
    public int LinqPotency() => _results.Count(r => r.Compound.Id == _compound.Id && QueryChecks.CertainlyBelow(r, Threshold));

    [Benchmark(Description = "SQLite indexed (molar as REAL)")]
    [BenchmarkCategory("Potency")]
    public int SqlitePotency() => _sqlite!.Below(_compound.Id, (double)Threshold.ToMolar());

    [Benchmark(Baseline = true, Description = "Profile(compound)")]
    [BenchmarkCategory("Profile")]
    public CompoundProfile Profile() => _data.Profile(_compound);

    [Benchmark(Baseline = true, Description = "Metabolism.PathwayFrom(compound)")]
    [BenchmarkCategory("Pathway")]
    public int Pathway() => _data.Metabolism.PathwayFrom(_compound).Steps.Count;

    [Benchmark(Description = "SQLite recursive CTE")]
    [BenchmarkCategory("Pathway")]
    public int SqlitePathway() => _sqlite!.PathwayFrom(_compound.Id);
}
