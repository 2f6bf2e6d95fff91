using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Benchmarks.Synthetic;
using Cianopramine.Data.Loading;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Benchmarks.Scale;

/// <summary>
/// <c>-- verify [SIZE…]</c>: at each size, runs the generator, compiles its output, builds the dataset from the
/// compiled code and checks it equals what the runtime loader reads from the same files. A correctness check of the
/// emitter at scale, not a measurement: the single-run times it prints are only a progress indication.
/// </summary>
internal static class ScaleVerification
{
    public static int Run(int[] sizes, TextWriter output)
    {
        var failures = 0;
        foreach (var size in sizes.Length > 0 ? sizes : SyntheticDatasets.Sizes)
        {
            var clock = Stopwatch.StartNew();
            var data = ScaleData.Of(size);
            var project = GeneratedCode.EmptyProject();
            var run = GeneratedCode.RunGenerator(data.AdditionalTexts(), project);
            var generated = clock.Elapsed;
            var image = GeneratedCode.Compile(project, run.GeneratedSources.Select(s => s.SourceText));
            var compiled = clock.Elapsed - generated;
            if (Environment.GetEnvironmentVariable("CIANOPRAMINE_VERIFY_DETAIL") == "1")
            {
                Detail(data, output);
            }

            var (context, assembly) = GeneratedCode.Load(image);
            var fromCode = GeneratedCode.CreateFresh(assembly, SyntheticDatasetBuilder.TypeName)();
            var loaded = DatasetLoader.Load(data.Files.Select(DatasetSource.FromFile), new DatasetLoadOptions { MaxBytes = 256 * 1024 * 1024 }).Dataset;
            var equal = fromCode.Equals(loaded) && fromCode.Metadata.ContentHash == loaded.Metadata.ContentHash;
            failures += equal ? 0 : 1;
            output.WriteLine($"{size,7} results: {(equal ? "generated == loaded" : "GENERATED != LOADED")}; {fromCode}; " +
                             $"single run: generator {generated.TotalSeconds:F1} s, compile {compiled.TotalSeconds:F1} s, " +
                             $"{run.GeneratedSources.Sum(s => s.SourceText.Length) / 1024} K chars of C#, assembly {image.Length / 1024} KiB");
            context.Unload();
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>Where the time goes: the generator's steps (tracked by the driver) and the compiler's phases.</summary>
    private static void Detail(ScaleData data, TextWriter output)
    {
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            data.AdditionalTexts(),
            GeneratedCode.ParseOptions,
            driverOptions: new Microsoft.CodeAnalysis.GeneratorDriverOptions(Microsoft.CodeAnalysis.IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var project = GeneratedCode.EmptyProject();
        var result = driver.RunGenerators(project).GetRunResult().Results[0];
        foreach (var step in result.TrackedSteps)
        {
            output.WriteLine($"    step {step.Key}: {step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds):F0} ms over {step.Value.Length} run(s)");
        }

        var clock = Stopwatch.StartNew();
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(result.GeneratedSources[0].SourceText, GeneratedCode.ParseOptions);
        tree.GetRoot();
        output.WriteLine($"    parse: {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        var compilation = project.AddSyntaxTrees(tree);
        var diagnostics = compilation.GetDiagnostics();
        output.WriteLine($"    bind: {clock.ElapsedMilliseconds} ms ({diagnostics.Length} diagnostics)");
        clock.Restart();
        using var image = new MemoryStream();
        compilation.Emit(image);
        output.WriteLine($"    emit: {clock.ElapsedMilliseconds} ms");
    }
}
