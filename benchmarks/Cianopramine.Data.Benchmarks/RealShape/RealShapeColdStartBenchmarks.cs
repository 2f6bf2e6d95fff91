using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Infrastructure;

namespace Cianopramine.Data.Benchmarks.RealShape;

/// <summary>
/// Issue 14, cold start: a new process that embeds the real-shaped dataset (7,014 results) through the generator and
/// touches it once, published three ways (JIT, ReadyToRun, Native AOT) by <c>benchmarks/scripts/cold-start.sh</c>,
/// beside the same app started without touching the dataset (the cost of the runtime and the app alone).
/// </summary>
/// <remarks>
/// The apps live in <c>artifacts/coldstart/{jit,r2r,aot}</c> under the repository root (or the folder named by
/// <c>CIANOPRAMINE_COLDSTART</c>); the set-up fails with the command to run when they are missing. The in-process
/// figure (the first access timed inside the app) comes from the same script; this class measures whole processes.
/// </remarks>
[Config(typeof(BenchmarkConfigs.ProcessStartConfig))]
[BenchmarkCategory("ColdStart")]
public class RealShapeColdStartBenchmarks
{
    private string _app = "";

    /// <summary>How the app was published: <c>jit</c>, <c>r2r</c> (ReadyToRun) or <c>aot</c> (Native AOT).</summary>
    [Params("jit", "r2r", "aot")]
    public string Publish { get; set; } = "jit";

    [GlobalSetup]
    public void FindApp()
    {
        var folder = Environment.GetEnvironmentVariable("CIANOPRAMINE_COLDSTART") ?? Path.Combine(EmbeddedExport.RepositoryRoot(), "artifacts", "coldstart");
        _app = Path.Combine(folder, Publish, "Cianopramine.Data.ColdStart");
        if (!File.Exists(_app))
        {
            throw new InvalidOperationException($"{_app} is missing: run benchmarks/scripts/cold-start.sh first (it publishes the three apps).");
        }

        // The app must work before it is timed: it prints the first access and exits 0 when the dataset has results.
        if (Run(_app, "") != 0)
        {
            throw new InvalidOperationException(_app + " failed.");
        }
    }

    [Benchmark(Baseline = true, Description = "new process, dataset not touched")]
    public int StartOnly() => Run(_app, "start");

    [Benchmark(Description = "new process, first access of 7,014 results")]
    public int FirstAccess() => Run(_app, "");

    private static int Run(string app, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(app, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
