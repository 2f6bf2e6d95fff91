using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Benchmarks.Scale;

/// <summary>
/// Budget: a 100k-result dataset generates in ≤ 10 s, and the generated code stays compilable. The generator runs as the
/// compiler runs it (<see cref="CSharpGeneratorDriver"/>, a new driver each time, nothing cached: a clean build) over
/// the synthetic data files; the compile step parses, binds and emits the generated code into an assembly.
/// </summary>
[Config(typeof(BenchmarkConfigs.SlowConfig))]
[BenchmarkCategory("Scale")]
public class GeneratorScaleBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _project = null!;
    private List<SourceText> _generated = [];

    [ParamsSource(nameof(Sizes))]
    public int Results { get; set; }

    public static IEnumerable<int> Sizes => ScaleData.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        var data = ScaleData.Of(Results);
        _texts = data.AdditionalTexts();
        _project = GeneratedCode.EmptyProject();
        _generated = GeneratedCode.RunGenerator(_texts, _project).GeneratedSources.Select(s => s.SourceText).ToList();
    }

    [Benchmark(Baseline = true, Description = "Generator (parse, validate, emit)")]
    public int Generate() => GeneratedCode.RunGenerator(_texts, _project).GeneratedSources.Length;

    [Benchmark(Description = "Compile the generated code")]
    public int Compile() => GeneratedCode.Compile(_project, _generated).Length;
}
