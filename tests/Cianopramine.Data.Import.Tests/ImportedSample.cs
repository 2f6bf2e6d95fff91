using System.IO.Compression;
using System.Text;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Import.Tests;

/// <summary>
/// A real export fixture as the real-data tests use it: its text read by the tests' own <see cref="SourceTable"/>, the
/// importer's result, the loaded dataset and its warnings, and the importer's problems by line.
/// </summary>
internal sealed record ImportedSample(SourceTable Source, ImportResult Imported, Dataset Dataset, IReadOnlyList<DatasetProblem> Warnings, Dictionary<int, List<ImportProblem>> ProblemsByLine)
{
    /// <summary>Reads a fixture (decompressed when its name ends in <c>.gz</c>), imports it with <paramref name="import"/> and loads it.</summary>
    public static ImportedSample Of(string file, char separator, string datasetId, Func<string, ImportResult> import)
    {
        var text = ReadFixture(file);
        var imported = import(text);
        var loaded = imported.Load(datasetId + ".dataset.json");
        var byLine = imported.Problems.GroupBy(p => p.Line).ToDictionary(g => g.Key, g => g.ToList());
        return new ImportedSample(SourceTable.Parse(text, separator), imported, loaded.Dataset, loaded.Warnings, byLine);
    }

    /// <summary>The text of a file in Fixtures/, decompressed when its name ends in <c>.gz</c>.</summary>
    public static string ReadFixture(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
        using var stream = file.EndsWith(".gz", StringComparison.Ordinal)
            ? (Stream)new GZipStream(File.OpenRead(path), CompressionMode.Decompress)
            : File.OpenRead(path);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Walks every source row: a row <paramref name="expectedReason"/> says must be left out has exactly one problem, in
    /// that column; any other row has a result (found by <paramref name="resultId"/>) that <paramref name="compare"/>
    /// checks against the row, and no problem that <paramref name="acceptedProblem"/> does not accept. Then checks the
    /// counts and that nothing was found different.
    /// </summary>
    /// <returns>The number of rows left out.</returns>
    public int ShouldMatchEveryRow(
        Func<SourceRow, string?> expectedReason,
        Func<SourceRow, string> resultId,
        Action<SourceRow, AssayResult, List<string>> compare,
        Func<SourceRow, ImportProblem, bool>? acceptedProblem = null)
    {
        var differences = new List<string>();
        var leftOut = 0;
        foreach (var row in Source.Rows)
        {
            var problems = ProblemsByLine.TryGetValue(row.Line, out var p) ? p : [];
            if (expectedReason(row) is { } reason)
            {
                leftOut++;
                if (problems.Count != 1 || problems[0].Column != reason || string.IsNullOrWhiteSpace(problems[0].Message))
                {
                    differences.Add($"line {row.Line}: expected to be left out for {reason}, reported: [{string.Join("; ", problems)}]");
                }

                continue;
            }

            foreach (var problem in problems)
            {
                if (acceptedProblem?.Invoke(row, problem) != true)
                {
                    differences.Add($"line {row.Line}: expected to be imported, reported: {problem}");
                }
            }

            var id = resultId(row);
            if (!Dataset.Results.TryGet(id, out var result))
            {
                differences.Add($"line {row.Line}: no result '{id}'");
                continue;
            }

            compare(row, result, differences);
        }

        differences.Should().BeEmpty("every imported value equals its source cell and every left-out row says why ({0} differences)", differences.Count);
        Imported.RowsRead.Should().Be(Source.Rows.Count);
        Imported.RowsImported.Should().Be(Source.Rows.Count - leftOut);
        Dataset.Results.Count().Should().Be(Imported.RowsImported);
        return leftOut;
    }

    /// <summary>Exports the dataset to JSON and loads it again: an equal dataset, the same content hash, the same JSON.</summary>
    public void ShouldRoundTripThroughJson()
    {
        var reloaded = DatasetLoader.Load([DatasetSource.FromJson(Dataset.ToJson(), "reloaded.dataset.json")]).Dataset;

        reloaded.Metadata.ContentHash.Should().Be(Dataset.Metadata.ContentHash);
        reloaded.Should().Be(Dataset);
        reloaded.ToJson().Should().Be(Dataset.ToJson());
    }
}
