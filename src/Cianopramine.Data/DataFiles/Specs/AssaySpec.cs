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
    public required string Description { get; init; }
}
