using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>An assay: an item of <c>assays[]</c>.</summary>
internal sealed record AssaySpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    public required AssayKind Kind { get; init; }

    public required AssaySetting Setting { get; init; }

    public ValueArray<Species> Species { get; init; }

    public string? Tissue { get; init; }

    /// <summary>The method.</summary>
    /// <summary>The method in words, or <see langword="null"/> when the source gives none.</summary>
    public string? Description { get; init; }
}
