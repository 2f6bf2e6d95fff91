using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;

namespace Cianopramine.Data.Benchmarks.Synthetic;

/// <summary>
/// The synthetic datasets of each size, written on first use into a temporary folder (never into the repository) and
/// shared by the benchmark processes of one run. Set <c>CIANOPRAMINE_BENCH_DATA</c> to choose the folder.
/// </summary>
internal static class SyntheticDatasets
{
    /// <summary>The sizes the scale benchmarks run at, in results.</summary>
    public static readonly int[] Sizes = [1_000, 10_000, 100_000];

    // Bump when the builder's output changes, so a stale folder from an older build is never reused.
    private const string FormatVersion = "v2";   // v2: formulas derived from the SMILES (CPD0040)

    // The real-shaped data has its own version: bump it when the real shape changes.
    internal const string RealShapeVersion = "r3";   // r3: formulas derived from the SMILES (CPD0040)

    /// <summary>The folder all sizes are written under.</summary>
    public static string Root =>
        Environment.GetEnvironmentVariable("CIANOPRAMINE_BENCH_DATA") is { Length: > 0 } root
            ? root
            : Path.Combine(Path.GetTempPath(), "cianopramine-benchmarks");

    /// <summary>The data files of the dataset with <paramref name="results"/> results, written if not there yet.</summary>
    public static IReadOnlyList<string> Files(int results) => Files(results, realShape: false);

    /// <summary>The data files of the real-shaped dataset (a ChEMBL target slice) with <paramref name="results"/> results.</summary>
    public static IReadOnlyList<string> RealShapedFiles(int results) => Files(results, realShape: true);

    private static IReadOnlyList<string> Files(int results, bool realShape)
    {
        var directory = Path.Combine(Root, (realShape ? "real-shaped-" : "synthetic-") + results.ToString(CultureInfo.InvariantCulture) + "-" + (realShape ? RealShapeVersion : FormatVersion));
        var done = Path.Combine(directory, ".complete");
        if (!File.Exists(done))
        {
            // Several benchmark processes may start at once: one writes into a private folder and moves it into place.
            var staging = directory + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            (realShape ? SyntheticDatasetBuilder.RealShaped(results) : new SyntheticDatasetBuilder(results)).WriteTo(staging);
            File.WriteAllText(Path.Combine(staging, ".complete"), DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            try
            {
                Directory.Move(staging, directory);
            }
            catch (IOException) when (File.Exists(done))
            {
                Directory.Delete(staging, recursive: true); // another process won the race
            }

            SpinWait.SpinUntil(() => File.Exists(done), TimeSpan.FromSeconds(30));
        }

        return Directory.GetFiles(directory, "*.dataset.json").OrderBy(p => p, StringComparer.Ordinal).ToArray();
    }
}
