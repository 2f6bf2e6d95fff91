using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Benchmarks.Synthetic;
using Cianopramine.Data.Export;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Benchmarks.RealShape;

/// <summary>
/// Issue 14, loader budget: loading a 5 MB real-shaped dataset (one file, the library's own export of a ChEMBL-like
/// slice with 4,150 results) allocates at most 3× the file and takes at most 2× System.Text.Json (source-generated)
/// deserialising the same bytes into plain records with no validation, side by side in one run.
/// </summary>
[BenchmarkCategory("RealShapeLoad")]
public class RealShapeLoadBenchmarks
{
    /// <summary>The result count whose one-file export is about 5 MB.</summary>
    public const int Results = 4_150;

    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        _json = File5Mb();
        var loaded = DatasetLoader.Load(new[] { DatasetSource.FromUtf8(_json) }).Dataset;
        var dto = StjBaseline.Deserialize(_json);
        if (loaded.AllResults.Count != Results || StjBaseline.CountItems(dto) < Results)
        {
            throw new InvalidOperationException("The loader and System.Text.Json do not read the same file.");
        }

        Console.WriteLine($"// file: {_json.Length} bytes; 3x = {3 * _json.Length} bytes");
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json (source-generated) to records")]
    public object SystemTextJson() => StjBaseline.Deserialize(_json);

    [Benchmark(Description = "Runtime loader (read, validate, model, indexes)")]
    public Dataset Loader() => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(_json) }).Dataset;

    /// <summary>The one-file export of the real-shaped dataset, written once under the benchmark data folder.</summary>
    public static byte[] File5Mb()
    {
        // The shape's version is in the name: a file cached by an older shape (or format) is not reused.
        var path = Path.Combine(SyntheticDatasets.Root, "real-shaped-" + Results + "-" + SyntheticDatasets.RealShapeVersion + ".export.json");
        if (!File.Exists(path))
        {
            var files = SyntheticDatasets.RealShapedFiles(Results);
            var dataset = DatasetLoader.Load(files.Select(DatasetSource.FromFile)).Dataset;
            var staging = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(staging, DatasetJson.ExportUtf8(dataset));
            File.Move(staging, path, overwrite: true);
        }

        return File.ReadAllBytes(path);
    }
}
