using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Benchmarks.Scale;
using Cianopramine.Data.Benchmarks.Synthetic;

namespace Cianopramine.Data.Benchmarks;

/// <summary>
/// Runs the benchmarks (BenchmarkDotNet's command line: <c>--filter</c>, <c>--job</c>, <c>--list flat</c> …), or one of:
/// <list type="bullet">
/// <item><c>export-json [--check]</c>: rewrite (or check) Data/cianopramine.export.json from the embedded dataset;</item>
/// <item><c>synth DIR [SIZE…]</c>: write synthetic datasets (default 1k, 10k, 100k results) into DIR;</item>
/// <item><c>realshape DIR [SIZE]</c>: write the real-shaped dataset (7,014 results by default) into DIR;</item>
/// <item><c>sizes</c>: the emitted-code size report at each scale size;</item>
/// <item><c>generate DIR OUT</c>: run the generator over DIR's data files and write what it generates into OUT;</item>
/// <item><c>verify [SIZE…]</c>: generate, compile and load each size and check it equals the runtime loader's dataset;</item>
/// <item><c>load-phases [FILE] [ROUNDS]</c>: the runtime loader's allocations and time per phase (the 5 MB file by default).</item>
/// </list>
/// See docs/performance.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "export-json":
                return ExportJson(check: args.Contains("--check"));
            case "synth":
                foreach (var size in args.Length > 2 ? args.Skip(2).Select(int.Parse) : SyntheticDatasets.Sizes)
                {
                    var files = new SyntheticDatasetBuilder(size).WriteTo(Path.Combine(args[1], "synthetic-" + size));
                    Console.WriteLine($"{size} results: {files.Count} files in {Path.GetDirectoryName(files[0])}");
                }

                return 0;
            case "realshape":
                var written = SyntheticDatasetBuilder.RealShaped(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7_014).WriteTo(args[1]);
                Console.WriteLine($"{written.Count} files in {Path.GetDirectoryName(written[0])}");
                return 0;
            case "sizes":
                return EmittedCodeReport.Run(Console.Out);
            case "generate":
                var run = GeneratedCode.RunGenerator(GeneratedCode.ReadAdditionalTexts(Directory.GetFiles(args[1], "*.dataset.json").Order(StringComparer.Ordinal)), GeneratedCode.EmptyProject());
                foreach (var source in run.GeneratedSources)
                {
                    File.WriteAllText(Path.Combine(args[2], source.HintName), source.SourceText.ToString());
                    Console.WriteLine($"wrote {source.HintName}: {source.SourceText.Length} chars");
                }

                return 0;
            case "realshape-check":
                return RealShape.RealShapeCheck.Run(Console.Out);
            case "verify":
                return ScaleVerification.Run(args.Skip(1).Select(int.Parse).ToArray(), Console.Out);
            case "load-phases":
                return RealShape.LoadPhases.Run(
                    args.Length > 1 ? args[1] : null, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5, Console.Out);
        }

        // The scale benchmarks need their data files and compiled assemblies: make them here, in the host, so that no
        // benchmark process (a cold start above all) pays for or is warmed up by writing or compiling them.
        if (args.Any(a => a.Contains("Scale", StringComparison.OrdinalIgnoreCase) || a.Trim('\'', '"') == "*"))
        {
            ScaleData.PrepareAll(Console.Out);
        }

        var config = BenchmarkConfigs.Common(ManualConfig.Create(DefaultConfig.Instance));
        if (!args.Any(a => a is "--job" or "-j"))
        {
            config.AddJob(BenchmarkConfigs.Bounded);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static int ExportJson(bool check)
    {
        var path = EmbeddedExport.SourcePath();
        var current = EmbeddedExport.Current();
        if (check)
        {
            var same = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(current) && EmbeddedExport.Read().AsSpan().SequenceEqual(current);
            Console.WriteLine(same ? "Data/cianopramine.export.json is current." : "Data/cianopramine.export.json is stale: run " + EmbeddedExport.RegenerateCommand);
            return same ? 0 : 1;
        }

        File.WriteAllBytes(path, current);
        Console.WriteLine("wrote " + path);
        return 0;
    }
}
