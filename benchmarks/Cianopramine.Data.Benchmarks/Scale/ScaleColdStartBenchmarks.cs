using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Infrastructure;

namespace Cianopramine.Data.Benchmarks.Scale;

/// <summary>
/// The first materialisation in a new process at each size: the generated assembly (compiled beforehand, loaded in
/// set-up) builds its dataset once, with the JIT of the generated decoder and of the library's constructors included,
/// as an application's first <c>Instance</c> access would.
/// </summary>
[Config(typeof(BenchmarkConfigs.ScaleColdStartConfig))]
[BenchmarkCategory("Scale", "ColdStart")]
public class ScaleColdStartBenchmarks
{
    private Func<Dataset> _create = null!;

    [ParamsSource(nameof(Sizes))]
    public int Results { get; set; }

    public static IEnumerable<int> Sizes => ScaleData.Sizes;

    [GlobalSetup]
    public void Setup() => _create = ScaleData.Of(Results).LoadCreateFresh();

    [Benchmark(Description = "First materialisation (JIT included)")]
    public Dataset FirstMaterialisation() => Materialised.All(_create());
}
