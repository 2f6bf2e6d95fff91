using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Benchmarks.RealShape;

/// <summary>
/// Issue 14: every documented query at the real-shaped dataset (3 targets, 7,014 results, 5,654 compounds) and at 10×
/// it, side by side with a LINQ scan answering the same question over plain records (the molar value precomputed, so
/// the scan pays no unit conversion). One category per question; the library is the baseline (ratio 1.00) and the
/// LINQ scan's ratio says how many times slower it is. The SQLite rows answer the same questions from an in-memory
/// database with the composite indexes they need (<see cref="RealShapeSqlite"/>). The set-up checks all three give the
/// same answer.
/// </summary>
[BenchmarkCategory("RealShape")]
public class RealShapeQueryBenchmarks
{
    private static readonly MolarConcentration TenNanomolar = MolarConcentration.FromNanomolar(10);
    private static readonly decimal TenNanomolarMolar = 0.00000001m;
    private static readonly PValue PKi8 = new(8);

    private RealShapeData _data = null!;
    private Dataset _dataset = null!;
    private List<RealShapeData.Row> _rows = null!;
    private List<RealShapeData.CompoundRow> _compoundRows = null!;
    private Target _target = null!;
    private Target _over = null!;
    private Compound _compound = null!;
    private string _compoundId = "";
    private string _compoundName = "";
    private RealShapeSqlite _sqlite = null!;

    [ParamsSource(nameof(Sizes))]
    public int Results { get; set; }

    public static IEnumerable<int> Sizes => RealShapeData.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _data = RealShapeData.Of(Results);
        _dataset = _data.Dataset;
        _rows = _data.Rows;
        _compoundRows = _data.CompoundRows;
        _target = _dataset.Targets.Items[0];
        _over = _dataset.Targets.Items[1];

        // A compound half-way through, measured at two targets (the first 15 % are).
        var multi = (int)(_dataset.Compounds.Count * 0.15);
        _compound = _dataset.Compounds.Items[multi / 2];
        _compoundId = _compound.Id;
        _compoundName = _compound.Name.ToUpperInvariant();

        Check(LibraryFindById() == LinqFindById(), "find by id");
        Check(LibraryFindByName() == LinqFindByName(), "find by name");
        Check(LibraryForAt() == LinqForAt(), "For.At");
        Check(LibraryBelowCount() == LinqBelowCount(), "Below count");
        Check(LibraryBelowList().SequenceEqual(LinqBelowList()), "Below list");
        Check(LibraryPValueCount() == LinqPValueCount(), "pValue count");
        Check(LibraryMostPotent().SequenceEqual(LinqMostPotent()), "MostPotent");
        Check(LibraryMostSelective().SequenceEqual(LinqMostSelective()), "MostSelective");
        Check(LibraryBelowCount() > 0 && LibraryMostSelective().Length == 10, "non-trivial answers");

        _sqlite = new RealShapeSqlite(_dataset);
        Check(SqliteFindById() as string == _compoundId, "SQLite find by id");
        Check(SqliteFindByName() as string == _compoundId, "SQLite find by name");
        Check(SqliteForAt() == LibraryForAt(), "SQLite For.At");
        Check(SqliteBelowCount() == LibraryBelowCount(), "SQLite Below count");
        Check(SqliteBelowList().SequenceEqual(LibraryBelowList()), "SQLite Below list");
        Check(SqlitePValueCount() == LibraryPValueCount(), "SQLite pValue count");
        Check(SqliteMostPotent().SequenceEqual(LibraryMostPotent()), "SQLite MostPotent");
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite?.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("FindById")]
    public object LibraryFindById() => _dataset.Compounds.Get(_compoundId);

    [Benchmark, BenchmarkCategory("FindById")]
    public object LinqFindById() => _compoundRows.First(c => c.Id == _compoundId).Compound;

    [Benchmark(Description = "SQLite indexed"), BenchmarkCategory("FindById")]
    public object? SqliteFindById() => _sqlite.FindCompound(_compoundId);

    [Benchmark(Baseline = true), BenchmarkCategory("FindByName")]
    public Compound LibraryFindByName() => _dataset.Compounds.Find(_compoundName);

    [Benchmark, BenchmarkCategory("FindByName")]
    public Compound LinqFindByName() => _compoundRows.First(c => string.Equals(c.Name, _compoundName, StringComparison.OrdinalIgnoreCase)).Compound;

    [Benchmark(Description = "SQLite indexed"), BenchmarkCategory("FindByName")]
    public object? SqliteFindByName() => _sqlite.FindCompound(_compoundName);

    [Benchmark(Baseline = true), BenchmarkCategory("ForAt")]
    public int LibraryForAt() => _dataset.Results.For(_compound).At(_target).Count();

    [Benchmark, BenchmarkCategory("ForAt")]
    public int LinqForAt() => _rows.Count(r => r.CompoundId == _compoundId && r.TargetId == _target.Id);

    [Benchmark(Description = "SQLite indexed"), BenchmarkCategory("ForAt")]
    public int SqliteForAt() => _sqlite.ForAtCount(_compoundId, _target.Id);

    [Benchmark(Baseline = true), BenchmarkCategory("BelowCount")]
    public int LibraryBelowCount() => _dataset.Results.At(_target).Below(TenNanomolar).Count();

    [Benchmark, BenchmarkCategory("BelowCount")]
    public int LinqBelowCount() => _rows.Count(r => r.TargetId == _target.Id && r.CertainlyBelow(TenNanomolarMolar));

    [Benchmark(Description = "SQLite indexed"), BenchmarkCategory("BelowCount")]
    public int SqliteBelowCount() => _sqlite.BelowCount(_target.Id, 1e-8);

    [Benchmark(Baseline = true), BenchmarkCategory("BelowList")]
    public string[] LibraryBelowList() => _dataset.Results.At(_target).WithParameter(ActivityParameter.Ki).Below(TenNanomolar).Select(r => r.Id).ToArray();

    [Benchmark, BenchmarkCategory("BelowList")]
    public string[] LinqBelowList() => _rows.Where(r => r.TargetId == _target.Id && r.Parameter == ActivityParameter.Ki && r.CertainlyBelow(TenNanomolarMolar)).Select(r => r.Id).ToArray();

    [Benchmark(Description = "SQLite indexed"), BenchmarkCategory("BelowList")]
    public string[] SqliteBelowList() => _sqlite.BelowKiIds(_target.Id, 1e-8);

    [Benchmark(Baseline = true), BenchmarkCategory("PValueCount")]
    public int LibraryPValueCount() => _dataset.Results.At(_target).WithPValueAtLeast(PKi8).Count();

    [Benchmark, BenchmarkCategory("PValueCount")]
    public int LinqPValueCount() => _rows.Count(r => r.TargetId == _target.Id && r.CertainlyAtMost(0.00000001m));

    [Benchmark(Description = "SQLite indexed"), BenchmarkCategory("PValueCount")]
    public int SqlitePValueCount() => _sqlite.AtMostCount(_target.Id, 1e-8);

    [Benchmark(Baseline = true), BenchmarkCategory("MostPotent")]
    public string[] LibraryMostPotent() => _dataset.Results.At(_target).MostPotent(10).Select(r => r.Id).ToArray();

    [Benchmark, BenchmarkCategory("MostPotent")]
    public string[] LinqMostPotent() => _rows
        .Where(r => r.TargetId == _target.Id && r.UpperBounded)
        .OrderBy(r => r.Molar).ThenBy(r => r.RelationRank)
        .Take(10).Select(r => r.Id).ToArray();

    [Benchmark(Description = "SQLite indexed"), BenchmarkCategory("MostPotent")]
    public string[] SqliteMostPotent() => _sqlite.MostPotentIds(_target.Id, 10);

    [Benchmark(Baseline = true), BenchmarkCategory("MostSelective")]
    public string[] LibraryMostSelective() => _dataset.MostSelective(_target, _over, 10).Select(s => s.Compound.Id).ToArray();

    /// <summary>
    /// The same ranking written with LINQ by the rules of docs/querying.md: per compound, the first pair (in dataset
    /// order) of molar values of one parameter and setting, in compatible species, that gives a fold (the public
    /// <see cref="Querying.ConcentrationRatio.TryCreate(MolarConcentration, Relation, MolarConcentration, Relation, out Querying.ConcentrationRatio)"/>);
    /// folds that are only upper bounds left out; highest first, then &gt; before ≥ before =, then compound order.
    /// </summary>
    [Benchmark, BenchmarkCategory("MostSelective")]
    public string[] LinqMostSelective()
    {
        var at = _rows.Where(r => r.TargetId == _target.Id && r.Molar is not null).ToLookup(r => r.CompoundId);
        var over = _rows.Where(r => r.TargetId == _over.Id && r.Molar is not null).ToLookup(r => r.CompoundId);
        return at
            .Select(g => (Compound: g.Key, Fold: g
                .SelectMany(a => over[g.Key]
                    .Where(b => b.Parameter == a.Parameter && b.Setting == a.Setting && SpeciesCompatible(a.Result.Assay, b.Result.Assay))
                    .Select(b => Querying.ConcentrationRatio.TryCreate(MolarConcentration.FromMolar(b.Molar!.Value), b.Relation, MolarConcentration.FromMolar(a.Molar!.Value), a.Relation, out var fold) ? fold : (Querying.ConcentrationRatio?)null))
                .FirstOrDefault(f => f is not null)))
            .Where(x => x.Fold is { } f && f.Relation is not (Relation.LessThan or Relation.LessThanOrEqual))
            .OrderByDescending(x => x.Fold!.Value.Value)
            .ThenBy(x => x.Fold!.Value.Relation switch { Relation.GreaterThan => 0, Relation.GreaterThanOrEqual => 1, _ => 2 })
            .ThenBy(x => x.Compound, StringComparer.Ordinal)
            .Take(10)
            .Select(x => x.Compound)
            .ToArray();
    }

    private static bool SpeciesCompatible(Assay a, Assay b) =>
        a.Species.IsEmpty || b.Species.IsEmpty || a.Species.Any(x => b.Species.Contains(x));

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException("The library and the LINQ scan disagree: " + what + ".");
        }
    }
}
