using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Benchmarks.Scale;

/// <summary>
/// One synthetic dataset size, ready for the scale benchmarks: its data files, the generator's output and the
/// compiled assembly. The assembly is cached on disk next to the data (keyed by the generator's and the library's
/// builds), so a benchmark process can load it without compiling, and a cold start measures only the first access.
/// </summary>
internal sealed class ScaleData
{
    private ScaleData(int results, IReadOnlyList<string> files)
    {
        Results = results;
        Files = files;
    }

    /// <summary>The sizes to run, in results: 1k, 10k and 100k, or the list in <c>CIANOPRAMINE_BENCH_SIZES</c> (e.g. <c>1000,10000</c>).</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("CIANOPRAMINE_BENCH_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : SyntheticDatasets.Sizes;

    /// <summary>The number of results.</summary>
    public int Results { get; }

    /// <summary>The data files.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The dataset of the given size (its files written if needed).</summary>
    public static ScaleData Of(int results) => new(results, SyntheticDatasets.Files(results));

    /// <summary>The data files as the compiler hands them to the generator.</summary>
    public ImmutableArray<AdditionalText> AdditionalTexts() => GeneratedCode.ReadAdditionalTexts(Files);

    /// <summary>The data files' bytes, for the runtime loader.</summary>
    public IReadOnlyList<(string Name, byte[] Utf8)> Utf8Files() =>
        Files.Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))).ToList();

    /// <summary>The path of the compiled assembly, compiled now if it is not cached yet.</summary>
    public string AssemblyPath()
    {
        var path = Path.Combine(Path.GetDirectoryName(Files[0])!, "Synthetic.Scale." + BuildKey + ".dll");
        if (!File.Exists(path))
        {
            var project = GeneratedCode.EmptyProject();
            var run = GeneratedCode.RunGenerator(AdditionalTexts(), project);
            var image = GeneratedCode.Compile(project, run.GeneratedSources.Select(s => s.SourceText));
            var staging = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            File.WriteAllBytes(staging, image);
            File.Move(staging, path, overwrite: true);
        }

        return path;
    }

    /// <summary>
    /// The generated type's <c>CreateFresh()</c> from the cached assembly, loaded into this process in a context of its
    /// own (every size's assembly has the same name; the library still comes from the default context).
    /// </summary>
    public Func<Dataset> LoadCreateFresh() =>
        GeneratedCode.CreateFresh(
            new AssemblyLoadContext("synthetic-" + Results.ToString(CultureInfo.InvariantCulture)).LoadFromAssemblyPath(AssemblyPath()),
            SyntheticDatasetBuilder.TypeName);

    /// <summary>Writes every size's files and assembly (run by the host before the benchmark processes start).</summary>
    public static void PrepareAll(TextWriter log)
    {
        foreach (var size in Sizes)
        {
            var started = DateTime.UtcNow;
            var data = Of(size);
            data.AssemblyPath();
            log.WriteLine($"// synthetic dataset of {size} results ready in {(DateTime.UtcNow - started).TotalSeconds:F1} s: {Path.GetDirectoryName(data.Files[0])}");
        }
    }

    // The generator's and the library's builds: a change to either compiles the datasets again.
    private static readonly string BuildKey = Convert.ToHexString(SHA256.HashData(
        File.ReadAllBytes(typeof(DatasetGenerator).Assembly.Location)
            .Concat(File.ReadAllBytes(typeof(Dataset).Assembly.Location)).ToArray()))[..16];
}
