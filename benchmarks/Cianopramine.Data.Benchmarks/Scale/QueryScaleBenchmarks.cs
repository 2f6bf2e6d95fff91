using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Embedded;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Benchmarks.Synthetic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Benchmarks.Scale;

/// <summary>
/// Budget: query latency at 100k results ≤ 1.5× that at 1k. The same questions at every size, about a compound and a
/// target in the middle of the data; the synthetic data keeps each answer the same length at every size (≈ 10 results
/// per compound, ≈ 50 per target, pathways two steps deep), so only the cost of finding it can grow. Two LINQ scans
/// show what grows when there is no index.
/// </summary>
[BenchmarkCategory("Scale")]
public class QueryScaleBenchmarks
{
    private static readonly MolarConcentration Threshold = MolarConcentration.FromMicromolar(1);

    private Dataset _data = null!;
    private AssayResult[] _results = [];
    private Compound[] _compounds = [];
    private Compound _compound = null!;
    private Target _target = null!;
    private string _name = "";
    private string _synonym = "";
    private string _cas = "";

    [ParamsSource(nameof(Sizes))]
    public int Results { get; set; }

    public static IEnumerable<int> Sizes => ScaleData.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _data = ScaleData.Of(Results).LoadCreateFresh()();
        _results = _data.AllResults.ToArray();
        _compounds = _data.Compounds.ToArray();

        // A compound half-way through the data whose pathway is two steps (see SyntheticDatasetBuilder.WriteMetabolism).
        var index = (_compounds.Length / 2) - ((_compounds.Length / 2) % 8) + 2;
        _compound = _data.Compounds.Get(SyntheticDatasetBuilder.CompoundId(index));
        _target = _data.Targets.Find(SyntheticDatasetBuilder.TargetSymbol(_data.Targets.Count / 2));
        _name = SyntheticDatasetBuilder.CompoundName(index).ToUpperInvariant();
        _synonym = SyntheticDatasetBuilder.ResearchCode(index).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        _cas = SyntheticDatasetBuilder.Cas(index);
        foreach (var key in new[] { _name, _synonym, _cas })
        {
            if (!_data.Compounds.TryFind(key, out var found) || !ReferenceEquals(found, _compound))
            {
                throw new InvalidOperationException($"'{key}' does not find {_compound.Id}.");
            }
        }

        if (PathwayFrom() != 2 || ForCompound() == 0 || AtTarget() == 0)
        {
            throw new InvalidOperationException("The synthetic data does not have the expected shape.");
        }
    }

    [Benchmark(Baseline = true, Description = "Compounds.TryFind(name)")]
    public Compound? TryFindName() => _data.Compounds.TryFind(_name, out var c) ? c : null;

    [Benchmark(Description = "Compounds.TryFind(research code)")]
    public Compound? TryFindSynonym() => _data.Compounds.TryFind(_synonym, out var c) ? c : null;

    [Benchmark(Description = "Compounds.TryFind(CAS)")]
    public Compound? TryFindCas() => _data.Compounds.TryFind(_cas, out var c) ? c : null;

    [Benchmark(Description = "Results.For(compound)")]
    public int ForCompound() => QueryChecks.Count(_data.Results.For(_compound));

    [Benchmark(Description = "Results.At(target)")]
    public int AtTarget() => QueryChecks.Count(_data.Results.At(_target));

    [Benchmark(Description = "Results.For(compound).Below(1 µM)")]
    public int Potency() => QueryChecks.Count(_data.Results.For(_compound).Below(Threshold));

    [Benchmark(Description = "Profile(compound)")]
    public CompoundProfile Profile() => _data.Profile(_compound);

    [Benchmark(Description = "Metabolism.PathwayFrom(compound)")]
    public int PathwayFrom() => _data.Metabolism.PathwayFrom(_compound).Steps.Count;

    [Benchmark(Description = "LINQ scan: lookup by name")]
    public Compound? LinqLookup() => _compounds.FirstOrDefault(c => LookupBenchmarks.Matches(c, _name));

    [Benchmark(Description = "LINQ scan: results for compound")]
    public int LinqForCompound() => _results.Count(r => ReferenceEquals(r.Compound, _compound));
}
