using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Benchmarks.Scale;

/// <summary>
/// Budget: a 100k-result dataset materialises in ≤ 100 ms. In process, warm: each invocation builds a new dataset from
/// the generated code (its <c>CreateFresh()</c>, what <c>Instance</c> runs once), against the runtime loader reading
/// the same data files. The allocations are the dataset's whole footprint plus the builder's garbage.
/// </summary>
[BenchmarkCategory("Scale")]
public class MaterialiseScaleBenchmarks
{
    private Func<Dataset> _create = null!;
    private DatasetSource[] _sources = [];
    private Dataset _parts = null!;

    [ParamsSource(nameof(Sizes))]
    public int Results { get; set; }

    public static IEnumerable<int> Sizes => ScaleData.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        var data = ScaleData.Of(Results);
        _create = data.LoadCreateFresh();
        _sources = data.Utf8Files().Select(f => DatasetSource.FromUtf8(f.Utf8, f.Name)).ToArray();
        _parts = _create();
        if (!_parts.Equals(Loader()))
        {
            throw new InvalidOperationException("The generated dataset and the loaded one differ.");
        }
    }

    [Benchmark(Baseline = true, Description = "Generated code: CreateFresh()")]
    public Dataset Generated() => Materialised.All(_create());

    /// <summary>The part of <see cref="Generated"/> that is the dataset's constructor (its indexes), from objects already built.</summary>
    [Benchmark(Description = "… of which: new Dataset(…) (indexes only)")]
    public Dataset DatasetConstructor() => new(
        _parts.Metadata, _parts.References.Items, _parts.Compounds.Items, _parts.Targets.Items, _parts.Assays.Items,
        _parts.AllResults.Items, _parts.Transformations.Items, _parts.Mechanisms.Items, _parts.Gaps.Items);

    [Benchmark(Description = "Runtime loader (same files)")]
    public Dataset Loader() => DatasetLoader.Load(_sources, new DatasetLoadOptions { MaxBytes = 256 * 1024 * 1024 }).Dataset;
}
