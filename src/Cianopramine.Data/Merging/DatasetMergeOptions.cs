namespace Cianopramine.Data.Merging;

/// <summary>
/// The metadata of a merged dataset, where the default (see <see cref="DatasetMerger"/>) is not wanted. A null
/// property takes the default.
/// </summary>
public sealed class DatasetMergeOptions
{
    /// <summary>The merged dataset's id (1–64 letters, digits, <c>-</c>, <c>_</c>, <c>.</c>), or null for the default.</summary>
    public string? Id { get; init; }

    /// <summary>The merged dataset's title, or null for the default.</summary>
    public string? Title { get; init; }

    /// <summary>The merged dataset's version, or null for the default.</summary>
    public string? Version { get; init; }

    /// <summary>The merged dataset's description, or null for the default.</summary>
    public string? Description { get; init; }
}
