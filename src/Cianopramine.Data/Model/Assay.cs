namespace Cianopramine.Data.Model;

/// <summary>An assay: what was measured, in which setting, species and tissue, and how.</summary>
/// <remarks>Value equality over all properties.</remarks>
public sealed record Assay
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal Assay()
    {
    }

    /// <summary>The assay's id in the dataset.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>What the assay measures.</summary>
    public AssayKind Kind { get; internal init; }

    /// <summary>In vitro, in vivo, ex vivo or isolated tissue.</summary>
    public AssaySetting Setting { get; internal init; }

    /// <summary>The species used; empty when the source does not say.</summary>
    public ValueArray<Species> Species { get; internal init; }

    /// <summary>The tissue or system (rat stomach fundus strip), or null.</summary>
    public string? Tissue { get; internal init; }

    /// <summary>The method in words, or <see langword="null"/> when the source gives none.</summary>
    public string? Description { get; internal init; }

    /// <summary>The description, or the id when the source gives none.</summary>
    /// <returns><see cref="Description"/>, or <see cref="Id"/>.</returns>
    public override string ToString() => Description ?? Id;
}
