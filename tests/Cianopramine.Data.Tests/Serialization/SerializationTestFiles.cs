using System.Globalization;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>Paths to files in the repository: the embedded dataset's data files, the generator tests' every-word file, docs.</summary>
internal static class SerializationTestFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>The JSON files the embedded dataset is generated from, in ordinal order.</summary>
    public static IReadOnlyList<string> EmbeddedDataFiles =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "src", "Cianopramine.Data", "Data"), "*.dataset.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>The generator tests' file that uses every enumeration word.</summary>
    public static string EveryWord => Path.Combine(RepositoryRoot, "tests", "Cianopramine.Data.Generator.Tests", "TestData", "Valid", "every-word.dataset.json");

    public static string Docs(string name) => Path.Combine(RepositoryRoot, "docs", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cianopramine.Data.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(string.Create(CultureInfo.InvariantCulture, $"No directory above {AppContext.BaseDirectory} holds Cianopramine.Data.sln."));
    }
}
