using System.Diagnostics;
using System.IO;
using System.Linq;
using Cianopramine.Data.Benchmarks.Synthetic;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Benchmarks.RealShape;

/// <summary>
/// <c>dotnet run -c Release -- realshape-check</c>: writes the real-shaped datasets, prints their shape (results per
/// target, compounds, compounds at two or more targets, censored share, file sizes), and runs the query benchmarks'
/// set-up, which checks that the library and the LINQ scans agree.
/// </summary>
internal static class RealShapeCheck
{
    public static int Run(TextWriter output)
    {
        foreach (var size in RealShapeData.Sizes)
        {
            var watch = Stopwatch.StartNew();
            var data = RealShapeData.Of(size);
            var load = watch.Elapsed;
            var d = data.Dataset;
            var perTarget = string.Join(", ", d.Targets.Items.Select(t => $"{t.Symbol} {d.Results.At(t).Count()}"));
            var multi = d.AllResults.Items.GroupBy(r => r.Compound.Id).Count(g => g.Select(r => r.Target.Id).Distinct().Count() >= 2);
            var censored = data.Rows.Count(r => r.Relation != Units.Relation.EqualTo);
            var bytes = SyntheticDatasets.RealShapedFiles(size).Sum(f => new FileInfo(f).Length);
            var export = DatasetJson.ExportUtf8(d).Length;
            output.WriteLine($"{size} results: {d.Compounds.Count} compounds ({multi} at two or more targets), {d.References.Count} references, {d.Targets.Count} targets ({perTarget}); censored {censored} ({100.0 * censored / size:F1} %); files {bytes / 1e6:F2} MB, one-file export {export / 1e6:F2} MB; loaded in {load.TotalMilliseconds:F0} ms");
            var bench = new RealShapeQueryBenchmarks { Results = size };
            bench.Setup();
            output.WriteLine($"  answers agree; At(t).Below(10 nM).Count() = {bench.LibraryBelowCount()}, MostSelective = {string.Join(" ", bench.LibraryMostSelective())}");
        }

        return 0;
    }
}
