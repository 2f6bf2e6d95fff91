using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Reliability.Fuzzing;

/// <summary>How long and how to fuzz.</summary>
/// <param name="Budget">How long to run.</param>
/// <param name="MinimumExecutions">
/// Inputs to try even when the budget runs out first (a loaded machine), so a short run always tests something.
/// </param>
/// <param name="Seed">The random seed: the same seed and inputs replay the same run (up to timing).</param>
/// <param name="SaveDirectory">Where to write each new failure as a corpus file (<c>tests/Corpus/fuzz</c>), or null not to.</param>
/// <param name="PerInputTimeout">An input that takes longer than this through both paths is a hang.</param>
internal sealed record FuzzSettings(TimeSpan Budget, int Seed, string? SaveDirectory, TimeSpan PerInputTimeout, int MinimumExecutions = 0);

/// <summary>A failure: the broken promise, the input and how it was made.</summary>
internal sealed record FuzzFinding(string Signature, string Violation, byte[] Input, IReadOnlyList<string> Mutations, string? SavedAs);

/// <summary>What a fuzzing run did and found.</summary>
internal sealed class FuzzReport
{
    public long Executions { get; set; }

    public long LoadedByBoth { get; set; }

    public long RejectedByBoth { get; set; }

    public long CompiledGeneratedCode { get; set; }

    public SortedDictionary<string, long> IdsSeen { get; } = new(StringComparer.Ordinal);

    public List<FuzzFinding> Findings { get; } = new();

    public TimeSpan Elapsed { get; set; }

    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(Executions).Append(" inputs in ").Append(Elapsed.TotalSeconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)).Append(" s: ")
            .Append(LoadedByBoth).Append(" loaded and generated, ").Append(RejectedByBoth).Append(" rejected, ")
            .Append(CompiledGeneratedCode).Append(" distinct generated sources compiled; ")
            .Append(Findings.Count).AppendLine(" distinct failures.")
            .Append("diagnostics seen: ").AppendLine(string.Join(", ", IdsSeen.Select(p => p.Key + "×" + p.Value)));
        foreach (var f in Findings)
        {
            text.Append("FAILURE ").Append(f.SavedAs ?? "(not saved)").Append(" after ").Append(string.Join("+", f.Mutations)).Append(": ").AppendLine(f.Violation);
        }

        return text.ToString();
    }
}

/// <summary>
/// A mutation fuzzer for the JSON loader and the generator's parser: it takes seed inputs (the corpus, valid data
/// files, random valid datasets), mutates them (<see cref="Mutator"/>), runs each mutant both ways through
/// <see cref="Oracle"/> with a timeout, and turns every new kind of failure (an exception other than
/// <see cref="DatasetLoadException"/>, a generator exception, generated code that does not compile, the two paths
/// disagreeing, a hang, or a loaded dataset that does not survive export and reload) into a corpus file under
/// tests/Corpus/fuzz, which the test <c>CorpusTests.Input_the_fuzzer_once_broke_things_with_now_behaves_both_ways</c> replays.
/// </summary>
internal static partial class FuzzEngine
{
    public static FuzzReport Run(FuzzSettings settings, IReadOnlyList<byte[]> seeds, Action<string>? log = null)
    {
        if (seeds.Count == 0)
        {
            throw new ArgumentException("At least one seed input is needed.", nameof(seeds));
        }

        var report = new FuzzReport();
        var random = new Random(settings.Seed);
        var mutator = new Mutator(random);
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        var pool = seeds.ToList();
        var clock = Stopwatch.StartNew();
        var nextLog = TimeSpan.FromSeconds(30);
        while (clock.Elapsed < settings.Budget || report.Executions < settings.MinimumExecutions)
        {
            var seed = pool[random.Next(pool.Count)];
            var (input, mutations) = mutator.Mutate(seed, pool[random.Next(pool.Count)]);
            var path = "/fuzz/input.dataset.json";
            var compiledBefore = compiled.Count;
            OracleResult? result = null;
            var violations = new List<string>();
            var work = Task.Run(() =>
            {
                var r = Oracle.Check(path, input, compareDatasets: true, compiledBefore: compiled);
                return (r, RoundTrip(r));
            });
            if (!work.Wait(settings.PerInputTimeout))
            {
                violations.Add("hang: the input took more than " + settings.PerInputTimeout.TotalSeconds + " s");
            }
            else if (work.IsFaulted)
            {
                violations.Add("the oracle itself threw: " + work.Exception);
            }
            else
            {
                (result, var roundTrip) = work.Result;
                violations.AddRange(result.Violations);
                if (roundTrip is not null)
                {
                    violations.Add(roundTrip);
                }
            }

            report.Executions++;
            report.CompiledGeneratedCode += compiled.Count - compiledBefore;
            if (result is not null)
            {
                if (result.Loaded && result.GeneratedSources > 0)
                {
                    report.LoadedByBoth++;

                    // A mutant both paths accept is a good seed: its own mutants reach deeper rules.
                    if (pool.Count < 2_000 && random.Next(4) == 0)
                    {
                        pool.Add(input);
                    }
                }
                else if (!result.Loaded && result.GeneratedSources == 0)
                {
                    report.RejectedByBoth++;
                }

                foreach (var id in result.LoaderProblems.Select(p => p.Id).Distinct())
                {
                    report.IdsSeen[id] = report.IdsSeen.GetValueOrDefault(id) + 1;
                }
            }

            foreach (var violation in violations)
            {
                var signature = Signature(violation);
                if (signatures.Add(signature))
                {
                    var saved = settings.SaveDirectory is null ? null : Save(settings.SaveDirectory, input, violation, mutations);
                    report.Findings.Add(new FuzzFinding(signature, violation, input, mutations, saved));
                    log?.Invoke("new failure (" + string.Join("+", mutations) + "): " + violation);
                }
            }

            if (clock.Elapsed > nextLog)
            {
                log?.Invoke(report.Executions + " inputs, " + report.Findings.Count + " failures");
                nextLog += TimeSpan.FromSeconds(30);
            }
        }

        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>The seed inputs: every data file under the given directories, and the given extra inputs.</summary>
    public static List<byte[]> Seeds(IEnumerable<string> directories, IEnumerable<byte[]> extra)
    {
        var seeds = new List<byte[]>();
        foreach (var directory in directories.Where(Directory.Exists))
        {
            seeds.AddRange(Directory.GetFiles(directory, "*.dataset.json", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(File.ReadAllBytes));
        }

        seeds.AddRange(extra);
        return seeds;
    }

    /// <summary>A dataset the loader accepted must survive export and reload unchanged.</summary>
    private static string? RoundTrip(OracleResult result)
    {
        if (result.LoadedDataset is not { } loaded)
        {
            return null;
        }

        try
        {
            var again = Dataset.FromJson(DatasetJson.Export(loaded));
            return again.Equals(loaded) ? null : "a loaded dataset differs after export and reload";
        }
        catch (Exception ex)
        {
            return "a loaded dataset does not survive export and reload: " + ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static string Save(string directory, byte[] input, string violation, IReadOnlyList<string> mutations)
    {
        Directory.CreateDirectory(directory);
        var name = "fuzz-" + Convert.ToHexString(SHA256.HashData(input))[..12].ToLowerInvariant();
        File.WriteAllBytes(Path.Combine(directory, name + ".dataset.json"), input);
        File.WriteAllText(
            Path.Combine(directory, name + ".violation.txt"),
            "# Found by the fuzzer (tests/Cianopramine.Data.Fuzz) after " + string.Join(" + ", mutations) + " mutations.\n" + violation + "\n");
        return name;
    }

    /// <summary>A failure's kind: its first line without numbers and quoted text, so that one bug is reported once.</summary>
    private static string Signature(string violation)
    {
        var first = violation.Split('\n')[0];
        first = QuotedPattern().Replace(first, "'…'");
        first = DigitsPattern().Replace(first, "#");
        return first.Length > 160 ? first[..160] : first;
    }

    [GeneratedRegex("'[^']*'|\"[^\"]*\"")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitsPattern();
}
