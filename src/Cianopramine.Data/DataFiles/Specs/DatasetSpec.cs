using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>One validated dataset: its manifest and the merged sections of all its files.</summary>
internal sealed record DatasetSpec
{
    public required DatasetManifestSpec Manifest { get; init; }

    /// <summary>The items of all the dataset's files: file path in ordinal order, then position in the file.</summary>
    public required DatasetSections Sections { get; init; }

    /// <summary>The dataset's files, in ordinal order.</summary>
    public required ValueArray<string> FilePaths { get; init; }

    /// <summary>Whether any error was reported in the dataset's files or by its semantic rules.</summary>
    public required bool HasErrors { get; init; }
}
