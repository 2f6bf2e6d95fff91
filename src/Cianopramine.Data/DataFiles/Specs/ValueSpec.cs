using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.DataFiles;

/// <summary>A result's value: one of three shapes, told apart by <c>"type"</c>.</summary>
internal abstract record ValueSpec
{
    /// <summary>Where the value object is.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>
/// A number with a parameter, relation and unit:
/// <c>{ "type": "quantitative", "parameter", "relation"?, "value", "unit", "spread"? }</c>.
/// </summary>
internal sealed record QuantitativeValueSpec : ValueSpec
{
    public required Located<ActivityParameter> Parameter { get; init; }

    /// <summary>The relation; <see cref="Relation.EqualTo"/> (located at the value object) when not written.</summary>
    public required Located<Relation> Relation { get; init; }

    /// <summary>The magnitude, exactly as written in JSON.</summary>
    public required Located<decimal> Value { get; init; }

    public required Located<Unit> Unit { get; init; }

    public SpreadSpec? Spread { get; init; }
}

/// <summary>The source's words and their normalised category: <c>{ "type": "qualitative", "text", "category" }</c>.</summary>
internal sealed record QualitativeValueSpec : ValueSpec
{
    /// <summary>The source's words, verbatim.</summary>
    public required string Text { get; init; }

    /// <summary>The normalised category (required: the model has no "uncategorised" value).</summary>
    public required QualitativeCategory Category { get; init; }
}

/// <summary>
/// A comparison with another compound:
/// <c>{ "type": "comparative", "comparedTo", "direction", "magnitude"?, "text"? }</c>.
/// </summary>
internal sealed record ComparativeValueSpec : ValueSpec
{
    public required Located<string> ComparedTo { get; init; }

    public required ComparativeDirection Direction { get; init; }

    /// <summary>The source's degree word (e.g. <c>considerably</c>), or <see langword="null"/>.</summary>
    public string? Magnitude { get; init; }

    public string? Text { get; init; }
}

/// <summary>The spread of a quantitative value, in the value's unit: <c>{ "value", "kind" }</c>.</summary>
internal sealed record SpreadSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<decimal> Value { get; init; }

    public required SpreadKind Kind { get; init; }
}
