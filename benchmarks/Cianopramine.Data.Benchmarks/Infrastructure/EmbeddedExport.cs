using System;
using System.IO;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Benchmarks.Infrastructure;

/// <summary>
/// The embedded dataset exported as one data file (<c>Data/cianopramine.export.json</c>, an embedded resource): the
/// same data that the generator compiled in, in the JSON format the loader and System.Text.Json read. It is a file, not
/// computed at run time, so that reading it never touches (and warms) the generated code a cold start measures.
/// </summary>
internal static class EmbeddedExport
{
    /// <summary>The resource's name.</summary>
    public const string ResourceName = "cianopramine.export.json";

    /// <summary>The command that rewrites the file after the curated data changes.</summary>
    public const string RegenerateCommand = "dotnet run -c Release --project benchmarks/Cianopramine.Data.Benchmarks -- export-json";

    /// <summary>The resource's bytes (UTF-8 JSON).</summary>
    public static byte[] Read()
    {
        using var stream = typeof(EmbeddedExport).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException("The resource " + ResourceName + " is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The export of the dataset compiled into this build of the library.</summary>
    public static byte[] Current() => DatasetJson.ExportUtf8(CianopramineDataset.CreateFresh());

    /// <summary>Throws when the resource is not the export of the compiled-in dataset (the curated data changed).</summary>
    public static void EnsureCurrent()
    {
        if (!Read().AsSpan().SequenceEqual(Current()))
        {
            throw new InvalidOperationException(
                "benchmarks/Cianopramine.Data.Benchmarks/Data/" + ResourceName + " is not the export of the embedded dataset " +
                "(the curated data changed). Regenerate it from the repository root: " + RegenerateCommand);
        }
    }

    /// <summary>The file in the source tree, found from the current directory or the program's directory upwards.</summary>
    public static string SourcePath() =>
        Path.Combine(RepositoryRoot(), "benchmarks", "Cianopramine.Data.Benchmarks", "Data", ResourceName);

    /// <summary>The repository's root (the folder holding <c>Cianopramine.Data.sln</c>), from the current directory or the program's directory upwards.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Cianopramine.Data.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository: Cianopramine.Data.sln was not found.");
    }
}
