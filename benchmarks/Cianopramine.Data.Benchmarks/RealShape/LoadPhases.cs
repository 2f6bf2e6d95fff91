using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Benchmarks.RealShape;

/// <summary>
/// The loader's allocations and time per phase (docs/performance.md, "Loader"): the UTF-8 check and position map, the
/// JSON tree, the rest of reading, validation, model building with the content hash, and the dataset's constructor,
/// each run on its own over the same bytes, then a whole load; after the rounds, each phase's median and fastest time over every round but the first. Bytes are those allocated on the loading thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>); times are wall times of one run, for orientation only (the
/// BenchmarkDotNet figures are <see cref="RealShapeLoadBenchmarks"/>). Usage: <c>load-phases [FILE] [ROUNDS]</c>, by
/// default (or with an empty FILE) the 5 MB file of <see cref="RealShapeLoadBenchmarks"/> and 5 rounds (the first one includes the JIT).
/// </summary>
public static class LoadPhases
{
    public static int Run(string? file, int rounds, TextWriter output)
    {
        var bytes = string.IsNullOrEmpty(file) ? RealShapeLoadBenchmarks.File5Mb() : File.ReadAllBytes(file);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file: {bytes.Length:N0} bytes"));
        var times = new Dictionary<string, List<double>>();
        for (var round = 1; round <= rounds; round++)
        {
            var phases = new List<(string Name, long Bytes, TimeSpan Time)>();
            T Phase<T>(string name, Func<T> run)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var started = Stopwatch.GetTimestamp();
                var result = run();
                phases.Add((name, GC.GetAllocatedBytesForCurrentThread() - allocated, Stopwatch.GetElapsedTime(started)));
                return result;
            }

            var map = Phase("UTF-8 check and position map", () => PositionMap.Build(bytes, 0, bytes.Length, 0));
            Phase("JSON tree", () => JsonTreeBuilder.Build(bytes, 0, bytes.Length, new ReadContext("f", map, CancellationToken.None)));
            Phase("JSON tree, every section item built", () =>
            {
                var built = 0;
                if (JsonTreeBuilder.Build(bytes, 0, bytes.Length, new ReadContext("f", map, CancellationToken.None)) is { } root)
                {
                    foreach (var (property, _) in root.AllProperties)
                    {
                        if (property.Value.Kind == JsonTreeKind.Array)
                        {
                            foreach (var item in property.Value.Items)
                            {
                                built += item.Kind == JsonTreeKind.Object ? 1 : 0;
                            }
                        }
                    }
                }

                return built;
            });
            var read = Phase("reading (map, tree, objects, specs)", () => DatasetFileReader.Read("f", bytes, CancellationToken.None));
            var validated = Phase("validation", () => DatasetValidator.Validate(new List<DatasetFileResult> { read }, null, CancellationToken.None));
            var content = Phase("model building and content hash", () => SpecModelBuilder.Build(validated.Datasets[0]));
            Phase("new Dataset", () => new Dataset(content));
            Phase("whole load (DatasetLoader.Load)", () => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(bytes) }).Dataset);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}:"));
            foreach (var (name, allocated, time) in phases)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-38} {allocated / 1e6,8:F1} MB {time.TotalMilliseconds,9:F1} ms"));
                if (round > 1)
                {
                    (times.TryGetValue(name, out var list) ? list : times[name] = new List<double>()).Add(time.TotalMilliseconds);
                }
            }
        }

        if (times.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median and fastest of rounds 2 to {rounds}:"));
            foreach (var (name, list) in times)
            {
                list.Sort();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-38} {list[list.Count / 2],9:F1} ms {list[0],9:F1} ms"));
            }
        }

        return 0;
    }
}
