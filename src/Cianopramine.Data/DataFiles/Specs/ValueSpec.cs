using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.DataFiles;

/// <summary>A result's value: one of three shapes, told apart by <c>"type"</c>.</summary>
internal abstract record ValueSpec
{
    /// <summary>Where the value object is.</summary>
    public required ValueLocation Location { get; init; }
}

/// <summary>
/// A number with a parameter, relation and unit:
/// <c>{ "type": "quantitative", "parameter", "relation"?, "value", "unit", "spread"? }</c>. The reader builds the
/// model's own <see cref="QuantitativeValue"/> (it links to nothing), so a property added to the model is read into it
/// directly; beside it are the positions the rules report at.
/// </summary>
internal sealed record QuantitativeValueSpec : ValueSpec
{
    /// <summary>The value as read (the relation <c>=</c> when not written).</summary>
    public required QuantitativeValue Value { get; init; }

    /// <summary>Where the relation is (the value object's first character when it is not written).</summary>
    public required ValueLocation RelationLocation { get; init; }

    /// <summary>Where the magnitude is.</summary>
    public required ValueLocation MagnitudeLocation { get; init; }

    /// <summary>Where the unit is.</summary>
    public required ValueLocation UnitLocation { get; init; }

    /// <summary>Where the spread's value is, when there is a spread.</summary>
    public ValueLocation? SpreadLocation { get; init; }
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
