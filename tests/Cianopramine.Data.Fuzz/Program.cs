using System.Globalization;
using System.Text;
using Cianopramine.Data;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Reliability.Fuzzing;

// The fuzzer of issue 7 (docs/quality.md): mutates data files and runs every mutant through the source generator and
// the runtime loader, saving each new kind of failure to tests/Corpus/fuzz, where a test replays it.
//
//   dotnet run -c Release --project tests/Cianopramine.Data.Fuzz -- [--minutes M | --seconds S] [--seed N] [--out DIR] [--replay FILE]
//
// Exit code: 0 when nothing was found, 1 when a failure was found (and saved), 2 for bad arguments.
var seconds = 300.0;
var seed = Environment.TickCount;
string? output = null;
string? replay = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--minutes": seconds = 60 * double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        case "--replay": replay = args[++i]; break;
        default:
            Console.Error.WriteLine("usage: [--minutes M | --seconds S] [--seed N] [--out DIR] [--replay FILE]");
            return 2;
    }
}

var root = FindRepositoryRoot();
output ??= Path.Combine(root, "tests", "Corpus", "fuzz");

if (replay is not null)
{
    var result = Oracle.Check(Path.GetFullPath(replay), File.ReadAllBytes(replay));
    Console.WriteLine("generator: " + string.Join("; ", result.GeneratorProblems));
    Console.WriteLine("loader:    " + string.Join("; ", result.LoaderProblems));
    Console.WriteLine(result.Violations.Count == 0 ? "no violation" : string.Join("\n", result.Violations));
    return result.Violations.Count == 0 ? 0 : 1;
}

var seeds = FuzzEngine.Seeds(
    new[] { Path.Combine(root, "tests", "Corpus"), Path.Combine(root, "tests", "Cianopramine.Data.Generator.Tests", "TestData") },
    new[] { Encoding.UTF8.GetBytes(CianopramineDataset.Instance.ToJson()) }
        .Concat(Enumerable.Range(0, 20).Select(s => Encoding.UTF8.GetBytes(RandomDatasets.Build(DatasetShape.Small, s).ToJson()))));
Console.WriteLine($"fuzzing for {seconds:F0} s with seed {seed} over {seeds.Count} seed inputs; failures go to {output}");
var report = FuzzEngine.Run(new FuzzSettings(TimeSpan.FromSeconds(seconds), seed, output, TimeSpan.FromSeconds(30)), seeds, Console.WriteLine);
Console.WriteLine(report);
return report.Findings.Count == 0 ? 0 : 1;

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Cianopramine.Data.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
