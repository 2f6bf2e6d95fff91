using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>The data files the tests feed the generator: the library's own, and the JSON fixtures under TestData/.</summary>
internal static class Fixtures
{
    /// <summary>Where the library's <c>Data/*.dataset.json</c> are copied in the test output.</summary>
    public static string LibraryDataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>Where TestData/ is copied in the test output.</summary>
    public static string TestDataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestData");

    /// <summary>The library's own data files, in ordinal path order, as the build passes them.</summary>
    public static ImmutableArray<AdditionalText> LibraryDataFiles() => FilesIn(LibraryDataDirectory);

    /// <summary>Every <c>*.dataset.json</c> in a directory, in ordinal path order.</summary>
    public static ImmutableArray<AdditionalText> FilesIn(string directory) =>
        [.. Directory.GetFiles(directory, "*" + DatasetGenerator.DataFileSuffix)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(Load)];

    /// <summary>One fixture under TestData/, by its relative path, e.g. <c>Diagnostics/CPD0008-result-compound.dataset.json</c>.</summary>
    public static AdditionalText TestData(string relativePath) => Load(TestDataPath(relativePath));

    /// <summary>The full path of a fixture under TestData/.</summary>
    public static string TestDataPath(string relativePath) =>
        Path.GetFullPath(Path.Combine(TestDataDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>Reads a file into an additional text whose path is the file's full path, as MSBuild passes it.</summary>
    public static AdditionalText Load(string path) => new InMemoryAdditionalText(Path.GetFullPath(path), File.ReadAllText(path));

    /// <summary>An in-memory data file, named like a project file.</summary>
    public static AdditionalText InMemory(string fileName, string json) =>
        new InMemoryAdditionalText(Path.Combine(Path.GetTempPath(), "lab", fileName), json);
}
