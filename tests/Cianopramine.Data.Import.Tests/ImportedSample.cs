using System.IO.Compression;
using System.Text;
using Cianopramine.Data.Loading;

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

    /// <summary>Exports the dataset to JSON and loads it again: an equal dataset, the same content hash, the same JSON.</summary>
    public void ShouldRoundTripThroughJson()
    {
        var reloaded = DatasetLoader.Load([DatasetSource.FromJson(Dataset.ToJson(), "reloaded.dataset.json")]).Dataset;

        reloaded.Metadata.ContentHash.Should().Be(Dataset.Metadata.ContentHash);
        reloaded.Should().Be(Dataset);
        reloaded.ToJson().Should().Be(Dataset.ToJson());
    }
}
