using System.Text.Json.Serialization;

namespace Cianopramine.Data.Benchmarks.Infrastructure.StjDtos;

/// <summary>An item of <c>compounds[]</c>.</summary>
internal sealed record CompoundDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public required string Name { get; init; }

    [JsonPropertyOrder(2)]
    public required string Role { get; init; }

    [JsonPropertyOrder(3)]
    public string? Class { get; init; }

    [JsonPropertyOrder(4)]
    public SynonymDto[]? Synonyms { get; init; }

    [JsonPropertyOrder(5)]
    public IdentifiersDto? Identifiers { get; init; }

    [JsonPropertyOrder(6)]
    public StructureDto? Structure { get; init; }

    [JsonPropertyOrder(7)]
    public RelationDto[]? Relations { get; init; }

    [JsonPropertyOrder(8)]
    public string[]? References { get; init; }

    [JsonPropertyOrder(9)]
    public NoteDto[]? Notes { get; init; }
}

/// <summary>A typed synonym: <c>{ "text", "kind", "references"? }</c>.</summary>
internal sealed record SynonymDto
{
    [JsonPropertyOrder(0)]
    public required string Text { get; init; }

    [JsonPropertyOrder(1)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(2)]
    public string[]? References { get; init; }
}

/// <summary>Database identifiers: <c>{ "pubchemCid"?, "chemblId"?, "drugbankId"?, "cas"? }</c>.</summary>
internal sealed record IdentifiersDto
{
    [JsonPropertyOrder(0)]
    public long? PubchemCid { get; init; }

    [JsonPropertyOrder(1)]
    public string? ChemblId { get; init; }

    [JsonPropertyOrder(2)]
    public string? DrugbankId { get; init; }

    [JsonPropertyOrder(3)]
    public string? Cas { get; init; }
}

/// <summary>Structure descriptors with their provenance; masses in g/mol.</summary>
internal sealed record StructureDto
{
    [JsonPropertyOrder(0)]
    public required string Provenance { get; init; }

    [JsonPropertyOrder(1)]
    public string? Method { get; init; }

    [JsonPropertyOrder(2)]
    public string? Smiles { get; init; }

    [JsonPropertyOrder(3)]
    public string? Formula { get; init; }

    [JsonPropertyOrder(4)]
    public double? AverageMass { get; init; }

    [JsonPropertyOrder(5)]
    public double? MonoisotopicMass { get; init; }

    [JsonPropertyOrder(6)]
    public string? InchiKey { get; init; }

    [JsonPropertyOrder(7)]
    public string[]? References { get; init; }
}

/// <summary>A relation to another compound: <c>{ "kind", "compound", "description"?, "references"? }</c>.</summary>
internal sealed record RelationDto
{
    [JsonPropertyOrder(0)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(1)]
    public required string Compound { get; init; }

    [JsonPropertyOrder(2)]
    public string? Description { get; init; }

    [JsonPropertyOrder(3)]
    public string[]? References { get; init; }
}

/// <summary>An item of <c>targets[]</c>.</summary>
internal sealed record TargetDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public required string Symbol { get; init; }

    [JsonPropertyOrder(2)]
    public required string Name { get; init; }

    [JsonPropertyOrder(3)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(4)]
    public string? Gene { get; init; }

    [JsonPropertyOrder(5)]
    public AccessionDto[]? Accessions { get; init; }

    [JsonPropertyOrder(6)]
    public ClassificationDto[]? Classifications { get; init; }

    [JsonPropertyOrder(7)]
    public string[]? References { get; init; }

    [JsonPropertyOrder(8)]
    public NoteDto[]? Notes { get; init; }
}

/// <summary>A database accession: <c>{ "database", "value", "species"? }</c>.</summary>
internal sealed record AccessionDto
{
    [JsonPropertyOrder(0)]
    public required string Database { get; init; }

    [JsonPropertyOrder(1)]
    public required string Value { get; init; }

    [JsonPropertyOrder(2)]
    public string? Species { get; init; }
}

/// <summary>A link to a modern classification: <c>{ "symbol", "gene"?, "accessions"?, "text", "references" }</c>.</summary>
internal sealed record ClassificationDto
{
    [JsonPropertyOrder(0)]
    public required string Symbol { get; init; }

    [JsonPropertyOrder(1)]
    public string? Gene { get; init; }

    [JsonPropertyOrder(2)]
    public AccessionDto[]? Accessions { get; init; }

    [JsonPropertyOrder(3)]
    public required string Text { get; init; }

    [JsonPropertyOrder(4)]
    public required string[] References { get; init; }
}
