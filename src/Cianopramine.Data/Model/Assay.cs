namespace Cianopramine.Data.Model;

/// <summary>An assay: what was measured, in which setting, species and tissue, and how.</summary>
/// <remarks>Value equality over all properties.</remarks>
public sealed record Assay
{
    /// <summary>The assay's id in the dataset.</summary>
    public required string Id { get; init; }

    /// <summary>What the assay measures.</summary>
    public required AssayKind Kind { get; init; }

    /// <summary>In vitro, in vivo, ex vivo or isolated tissue.</summary>
    public required AssaySetting Setting { get; init; }

    /// <summary>The species used; empty when the source does not say.</summary>
    public ValueArray<Species> Species { get; init; }

    /// <summary>The tissue or system (rat stomach fundus strip), or null.</summary>
    public string? Tissue { get; init; }

    /// <summary>The method in words.</summary>
    public required string Description { get; init; }

    /// <summary>The description.</summary>
    /// <returns><see cref="Description"/>.</returns>
    public override string ToString() => Description;
}
