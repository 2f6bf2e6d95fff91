using System.Text.Json.Serialization;

namespace Cianopramine.Data.Benchmarks.Infrastructure.StjDtos;

/// <summary>An item of <c>transformations[]</c>.</summary>
internal sealed record TransformationDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public required string Substrate { get; init; }

    [JsonPropertyOrder(2)]
    public required string Product { get; init; }

    [JsonPropertyOrder(3)]
    public required string Reaction { get; init; }

    /// <summary><c>"not-reported"</c>, <c>"none"</c>, or the array of enzyme names.</summary>
    [JsonPropertyOrder(4)]
    [JsonConverter(typeof(EnzymesJsonConverter))]
    public required EnzymesDto Enzymes { get; init; }

    [JsonPropertyOrder(5)]
    public string? Species { get; init; }

    [JsonPropertyOrder(6)]
    public string? Setting { get; init; }

    /// <summary>Written whenever it is stated, false included.</summary>
    [JsonPropertyOrder(7)]
    public bool? ProductActive { get; init; }

    [JsonPropertyOrder(8)]
    public required string[] References { get; init; }

    [JsonPropertyOrder(9)]
    public NoteDto[]? Notes { get; init; }
}

/// <summary>The enzymes of a transformation: a word (<c>not-reported</c>, <c>none</c>) or the names.</summary>
/// <param name="Word">The word, or <see langword="null"/> when <paramref name="Names"/> are given.</param>
/// <param name="Names">The enzyme names, or <see langword="null"/> when <paramref name="Word"/> is given.</param>
internal sealed record EnzymesDto(string? Word, string[]? Names);

/// <summary>An item of <c>mechanisms[]</c>.</summary>
internal sealed record MechanismDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public string? Compound { get; init; }

    [JsonPropertyOrder(2)]
    public string? Scope { get; init; }

    [JsonPropertyOrder(3)]
    public required string[] Targets { get; init; }

    [JsonPropertyOrder(4)]
    public required string Action { get; init; }

    /// <summary><see langword="true"/>, or <see langword="null"/> (left out) for false, the default.</summary>
    [JsonPropertyOrder(5)]
    public bool? Primary { get; init; }

    [JsonPropertyOrder(6)]
    public required string Text { get; init; }

    [JsonPropertyOrder(7)]
    public required string[] References { get; init; }

    [JsonPropertyOrder(8)]
    public NoteDto[]? Notes { get; init; }
}

/// <summary>An item of <c>gaps[]</c>.</summary>
internal sealed record GapDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public required string Text { get; init; }

    [JsonPropertyOrder(2)]
    public required string[] Compounds { get; init; }

    [JsonPropertyOrder(3)]
    public required string[] Targets { get; init; }

    [JsonPropertyOrder(4)]
    public string[]? Parameters { get; init; }

    [JsonPropertyOrder(5)]
    public string? Setting { get; init; }

    [JsonPropertyOrder(6)]
    public required string[] References { get; init; }
}
