using System.Text.Json.Serialization;

namespace Cianopramine.Data.Benchmarks.Infrastructure.StjDtos;

// The data-transfer records of one data file, property for property as docs/json-format.md describes it. They are
// written only (loading goes through the shared reader, which checks every rule and keeps source positions), in the
// order fixed by [JsonPropertyOrder]; null properties are left out, and optional lists are null when empty.

/// <summary>A whole data file: <c>$schema</c>, the manifest and the sections.</summary>
internal sealed record DatasetFileDto
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(0)]
    public string? Schema { get; init; }

    [JsonPropertyOrder(1)]
    public required ManifestDto Dataset { get; init; }

    [JsonPropertyOrder(2)]
    public ReferenceDto[]? References { get; init; }

    [JsonPropertyOrder(3)]
    public CompoundDto[]? Compounds { get; init; }

    [JsonPropertyOrder(4)]
    public TargetDto[]? Targets { get; init; }

    [JsonPropertyOrder(5)]
    public AssayDto[]? Assays { get; init; }

    [JsonPropertyOrder(6)]
    public ResultDto[]? Results { get; init; }

    [JsonPropertyOrder(7)]
    public TransformationDto[]? Transformations { get; init; }

    [JsonPropertyOrder(8)]
    public MechanismDto[]? Mechanisms { get; init; }

    [JsonPropertyOrder(9)]
    public GapDto[]? Gaps { get; init; }
}

/// <summary>The <c>"dataset"</c> object. Export writes no <c>namespace</c> or <c>typeName</c>: the model does not keep them.</summary>
internal sealed record ManifestDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public required string Title { get; init; }

    [JsonPropertyOrder(2)]
    public required string Version { get; init; }

    [JsonPropertyOrder(3)]
    public string? Description { get; init; }

    [JsonPropertyOrder(4)]
    public string[]? Sources { get; init; }
}

/// <summary>A curation note: <c>{ "kind", "id"?, "text" }</c>.</summary>
internal sealed record NoteDto
{
    [JsonPropertyOrder(0)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(1)]
    public string? Id { get; init; }

    [JsonPropertyOrder(2)]
    public required string Text { get; init; }
}

/// <summary>An item of <c>references[]</c>.</summary>
internal sealed record ReferenceDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(2)]
    public string? Title { get; init; }

    [JsonPropertyOrder(3)]
    public string[]? Authors { get; init; }

    /// <summary><see langword="true"/>, or <see langword="null"/> (left out) for false, the default.</summary>
    [JsonPropertyOrder(4)]
    public bool? AuthorsTruncated { get; init; }

    [JsonPropertyOrder(5)]
    public string? Journal { get; init; }

    [JsonPropertyOrder(6)]
    public string? Publisher { get; init; }

    [JsonPropertyOrder(7)]
    public int? Year { get; init; }

    [JsonPropertyOrder(8)]
    public int? Month { get; init; }

    [JsonPropertyOrder(9)]
    public string? Volume { get; init; }

    [JsonPropertyOrder(10)]
    public string? Issue { get; init; }

    [JsonPropertyOrder(11)]
    public string? Pages { get; init; }

    [JsonPropertyOrder(12)]
    public string? CatalogueNumber { get; init; }

    [JsonPropertyOrder(13)]
    public string? Pmid { get; init; }

    [JsonPropertyOrder(14)]
    public string? Doi { get; init; }

    [JsonPropertyOrder(15)]
    public string? Url { get; init; }

    [JsonPropertyOrder(16)]
    public string? Website { get; init; }

    [JsonPropertyOrder(17)]
    public required string Status { get; init; }

    [JsonPropertyOrder(18)]
    public NoteDto[]? Notes { get; init; }
}

/// <summary>An item of <c>assays[]</c>.</summary>
internal sealed record AssayDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(2)]
    public required string Setting { get; init; }

    [JsonPropertyOrder(3)]
    public string[]? Species { get; init; }

    [JsonPropertyOrder(4)]
    public string? Tissue { get; init; }

    [JsonPropertyOrder(5)]
    public required string Description { get; init; }
}
