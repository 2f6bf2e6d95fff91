namespace Cianopramine.Data.Import;

/// <summary>Options of <see cref="ChemblActivityImporter"/>.</summary>
public sealed class ChemblImportOptions
{
    /// <summary>The dataset id of the imported file; default <c>chembl-import</c>.</summary>
    public string DatasetId { get; init; } = "chembl-import";

    /// <summary>The dataset title; default <c>ChEMBL activities</c>.</summary>
    public string Title { get; init; } = "ChEMBL activities";

    /// <summary>The data version written to the manifest; default <c>1</c>.</summary>
    public string Version { get; init; } = "1";
}
