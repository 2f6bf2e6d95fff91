using System.Text.Json.Serialization;

namespace Cianopramine.Data.Benchmarks.Infrastructure.StjDtos;

/// <summary>An item of <c>results[]</c>.</summary>
internal sealed record ResultDto
{
    [JsonPropertyOrder(0)]
    public required string Id { get; init; }

    [JsonPropertyOrder(1)]
    public required string Compound { get; init; }

    [JsonPropertyOrder(2)]
    public required string Target { get; init; }

    [JsonPropertyOrder(3)]
    public required string Assay { get; init; }

    [JsonPropertyOrder(4)]
    public string? Action { get; init; }

    [JsonPropertyOrder(5)]
    public required ValueDto Value { get; init; }

    [JsonPropertyOrder(6)]
    public ConditionsDto? Conditions { get; init; }

    [JsonPropertyOrder(7)]
    public required string[] References { get; init; }

    [JsonPropertyOrder(8)]
    public NoteDto[]? Notes { get; init; }
}

/// <summary>A result's value: one of three shapes, told apart by <c>"type"</c>, which is written first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(QuantitativeValueDto), "quantitative")]
[JsonDerivedType(typeof(QualitativeValueDto), "qualitative")]
[JsonDerivedType(typeof(ComparativeValueDto), "comparative")]
internal abstract record ValueDto;

/// <summary><c>{ "type": "quantitative", "parameter", "relation", "value", "unit", "spread"? }</c>; the relation is always written.</summary>
internal sealed record QuantitativeValueDto : ValueDto
{
    [JsonPropertyOrder(0)]
    public required string Parameter { get; init; }

    [JsonPropertyOrder(1)]
    public required string Relation { get; init; }

    /// <summary>The magnitude exactly as stored: a decimal is written without exponent and read back exactly.</summary>
    [JsonPropertyOrder(2)]
    public required decimal Value { get; init; }

    [JsonPropertyOrder(3)]
    public required string Unit { get; init; }

    [JsonPropertyOrder(4)]
    public SpreadDto? Spread { get; init; }
}

/// <summary><c>{ "type": "qualitative", "text", "category" }</c>.</summary>
internal sealed record QualitativeValueDto : ValueDto
{
    [JsonPropertyOrder(0)]
    public required string Text { get; init; }

    [JsonPropertyOrder(1)]
    public required string Category { get; init; }
}

/// <summary><c>{ "type": "comparative", "comparedTo", "direction", "magnitude"?, "text"? }</c>.</summary>
internal sealed record ComparativeValueDto : ValueDto
{
    [JsonPropertyOrder(0)]
    public required string ComparedTo { get; init; }

    [JsonPropertyOrder(1)]
    public required string Direction { get; init; }

    [JsonPropertyOrder(2)]
    public string? Magnitude { get; init; }

    [JsonPropertyOrder(3)]
    public string? Text { get; init; }
}

/// <summary>A ± spread in the value's unit: <c>{ "value", "kind" }</c>.</summary>
internal sealed record SpreadDto
{
    [JsonPropertyOrder(0)]
    public required decimal Value { get; init; }

    [JsonPropertyOrder(1)]
    public required string Kind { get; init; }
}

/// <summary>The conditions of a result: <c>{ "dose"?, "timeAfterDose"?, "text"? }</c>.</summary>
internal sealed record ConditionsDto
{
    [JsonPropertyOrder(0)]
    public DoseDto? Dose { get; init; }

    [JsonPropertyOrder(1)]
    public TimeDto? TimeAfterDose { get; init; }

    [JsonPropertyOrder(2)]
    public string? Text { get; init; }
}

/// <summary>A dose: <c>{ "relation"?, "value", "unit", "route"? }</c>; the relation is left out when it is <c>=</c>.</summary>
internal sealed record DoseDto
{
    [JsonPropertyOrder(0)]
    public string? Relation { get; init; }

    [JsonPropertyOrder(1)]
    public required decimal Value { get; init; }

    [JsonPropertyOrder(2)]
    public required string Unit { get; init; }

    [JsonPropertyOrder(3)]
    public string? Route { get; init; }
}

/// <summary>A time: <c>{ "value", "unit" }</c>.</summary>
internal sealed record TimeDto
{
    [JsonPropertyOrder(0)]
    public required decimal Value { get; init; }

    [JsonPropertyOrder(1)]
    public required string Unit { get; init; }
}
