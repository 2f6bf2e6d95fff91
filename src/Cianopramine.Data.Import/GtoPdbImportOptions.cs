namespace Cianopramine.Data.Import;

/// <summary>Options of <see cref="GtoPdbInteractionImporter"/>.</summary>
public sealed class GtoPdbImportOptions
{
    /// <summary>The dataset id of the imported file; default <c>gtopdb-import</c>.</summary>
    public string DatasetId { get; init; } = "gtopdb-import";

    /// <summary>The dataset title; default <c>Guide to Pharmacology interactions</c>.</summary>
    public string Title { get; init; } = "Guide to Pharmacology interactions";

    /// <summary>The data version written to the manifest; default <c>1</c>.</summary>
    public string Version { get; init; } = "1";
}
