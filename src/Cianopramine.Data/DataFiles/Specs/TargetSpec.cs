using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>A biological target: an item of <c>targets[]</c>.</summary>
internal sealed record TargetSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    public required string Symbol { get; init; }

    /// <summary>Where the symbol is written, or <see langword="null"/> when it is missing.</summary>
    public ValueLocation? SymbolLocation { get; init; }

    public required string Name { get; init; }

    /// <summary>Where the name is written, or <see langword="null"/> when it is missing.</summary>
    public ValueLocation? NameLocation { get; init; }

    public required TargetKind Kind { get; init; }

    public string? Gene { get; init; }

    /// <summary>Where the gene is written, or <see langword="null"/>.</summary>
    public ValueLocation? GeneLocation { get; init; }

    public ValueArray<AccessionSpec> Accessions { get; init; }

    public ValueArray<ClassificationSpec> Classifications { get; init; }

    public ValueArray<Located<string>> References { get; init; }

    public ValueArray<NoteSpec> Notes { get; init; }
}

/// <summary>A database accession: <c>{ "database", "value", "species"? }</c>.</summary>
internal sealed record AccessionSpec
{
    public required ValueLocation Location { get; init; }

    public required AccessionDatabase Database { get; init; }

    public required Located<string> Value { get; init; }

    public Species? Species { get; init; }
}

/// <summary>A link to a modern classification: <c>{ "symbol", "gene"?, "accessions"?, "text", "references" }</c>.</summary>
internal sealed record ClassificationSpec
{
    public required ValueLocation Location { get; init; }

    public required string Symbol { get; init; }

    public string? Gene { get; init; }

    public ValueArray<AccessionSpec> Accessions { get; init; }

    public required string Text { get; init; }

    public ValueArray<Located<string>> References { get; init; }
}
