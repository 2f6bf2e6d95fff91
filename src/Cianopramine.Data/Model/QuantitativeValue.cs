using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Model;

/// <summary>
/// A quantitative value: a parameter (IC50, % inhibition…), a relation, a magnitude with its unit and an optional
/// ± spread. A censored value ("&gt; 10 µM") keeps its relation through every conversion.
/// </summary>
public sealed record QuantitativeValue : ResultValue
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal QuantitativeValue()
    {
    }

    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Quantitative;

    /// <inheritdoc/>
    private protected override void OnlyThisAssemblyDerives()
    {
    }

    /// <summary>The parameter reported.</summary>
    public ActivityParameter Parameter { get; internal init; }

    /// <summary>How the magnitude bounds the true value; <see cref="Relation.EqualTo"/> by default.</summary>
    public Relation Relation { get; internal init; } = Relation.EqualTo;

    /// <summary>The magnitude in its unit, exactly as reported.</summary>
    public Quantity Magnitude { get; internal init; }

    /// <summary>The ± spread around the magnitude, in the magnitude's unit, or null.</summary>
    public Spread? Spread { get; internal init; }

    /// <summary>
    /// The number of measurements the reported value summarises (n, for a mean or a median), or null when the source
    /// does not say. At least 1.
    /// </summary>
    public int? SampleSize { get; internal init; }

    /// <summary>
    /// The substance the measured quantity is of, when it is not the result's compound, or null when it is. A challenge
    /// agent: P6's 67 µg/min is a dose of phenylephrine (the dose that raises systolic pressure by 40 mm Hg), measured
    /// before and after cianopramine, not a dose of cianopramine. Exports and text name it ("phenylephrine dose").
    /// </summary>
    public string? Agent { get; internal init; }

    /// <summary>The magnitude as a molar concentration, or null when the unit is not molar.</summary>
    public MolarConcentration? Concentration => Magnitude.TryGetConcentration(out var c) ? c : null;

    /// <summary>
    /// The value on the p-scale (pIC50 4.30 for IC50 = 5 × 10⁻⁵ M), or null when the magnitude is not a positive
    /// molar concentration. Its relation is <see cref="PValueRelation"/>.
    /// </summary>
    public PValue? PValue => Concentration is { } c && c.ToMolar() > 0m ? c.ToPValue() : null;

    /// <summary>The relation of <see cref="PValue"/>: mirrored, since IC50 &lt; 1 µM means pIC50 &gt; 6.</summary>
    public Relation PValueRelation => Relation.Mirror();

    /// <summary>The value as text: <c>IC50 = 50 µM</c>, <c>% inhibition = 57 % ± 12 (spread unspecified)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.Of(this, withPValue: false);
}

/// <summary>A ± spread around a mean, in the mean's unit. Equal when value and kind are equal.</summary>
public readonly record struct Spread
{
    internal Spread(decimal value, SpreadKind kind)
    {
        Value = value;
        Kind = kind;
    }

    /// <summary>The half-width, in the unit of the value it belongs to.</summary>
    public decimal Value { get; }

    /// <summary>What the spread is (SD, SEM, or unspecified when the source does not say).</summary>
    public SpreadKind Kind { get; }
}
