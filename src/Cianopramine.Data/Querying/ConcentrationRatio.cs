using System;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Querying;

/// <summary>
/// The ratio of two concentrations (IC50 of one compound over another's, or Ki at one target over another), with the
/// relation that censored inputs leave it: IC50 &lt; 1 µM over IC50 = 10 µM is a ratio &lt; 0.1.
/// </summary>
/// <remarks>
/// The value is a decimal, so a ratio is exact to 28 digits between 10⁻²⁸ and 7.9 × 10²⁸. Concentrations span more
/// than that (10⁻²⁸ M to 10¹⁵ M in data files, so ratios up to 10⁴³), and a ratio beyond it is given as the bound it
/// certainly meets: more than <see cref="decimal.MaxValue"/> (<c>&gt; 79228162514264337593543950335</c>), or less than
/// 10⁻²⁸ (<c>&lt; 0.0000000000000000000000000001</c>); never an overflow, never a ratio of 0.
/// </remarks>
public readonly record struct ConcentrationRatio
{
    /// <summary>Creates a value.</summary>
    /// <param name="value">The ratio's value or bound, exact to decimal precision.</param>
    /// <param name="relation">How the value bounds the true ratio (<see cref="Relation.EqualTo"/> when both inputs are exact).</param>
    internal ConcentrationRatio(decimal value, Relation relation)
    {
        Value = value;
        Relation = relation;
    }

    /// <summary>The smallest ratio above zero that the value can hold: 10⁻²⁸.</summary>
    internal const decimal SmallestValue = 0.0000000000000000000000000001m;

    /// <summary>The ratio's value or bound, exact to decimal precision.</summary>
    public decimal Value { get; }

    /// <summary>How the value bounds the true ratio (<see cref="Relation.EqualTo"/> when both inputs are exact).</summary>
    public Relation Relation { get; }

    /// <summary>
    /// The ratio of two (possibly censored) concentrations, when the censoring allows one: an upper bound over a lower
    /// bound or exact value is an upper bound; a lower bound over an upper bound or exact value is a lower bound; two
    /// bounds in the same direction give no ratio at all.
    /// </summary>
    /// <param name="numerator">The numerator and its relation.</param>
    /// <param name="numeratorRelation">How the numerator bounds its true value.</param>
    /// <param name="denominator">The denominator; must not be zero.</param>
    /// <param name="denominatorRelation">How the denominator bounds its true value.</param>
    /// <param name="ratio">The ratio, when the method returns <see langword="true"/>.</param>
    /// <returns>
    /// Whether a ratio (or a bound on it) follows from the inputs. A ratio beyond what a decimal holds is the bound it
    /// certainly meets (see the remarks); when that bound points the wrong way (an upper bound above
    /// <see cref="decimal.MaxValue"/>, a lower bound below 10⁻²⁸) nothing follows, and the method
    /// returns <see langword="false"/>.
    /// </returns>
    public static bool TryCreate(
        MolarConcentration numerator,
        Relation numeratorRelation,
        MolarConcentration denominator,
        Relation denominatorRelation,
        out ConcentrationRatio ratio)
    {
        ratio = default;
        var bottom = denominator.ToMolar();
        if (bottom <= 0m)
        {
            return false;
        }

        var (value, beyond) = Divide(numerator.ToMolar(), bottom);
        var top = Direction(numeratorRelation);
        var under = Direction(denominatorRelation);
        var approximate = numeratorRelation == Relation.Approximately || denominatorRelation == Relation.Approximately;

        // The ratio bound: +1 upper, -1 lower, 0 exact. Dividing by an upper bound turns it into a lower one.
        int direction;
        if (top == 0 && under == 0)
        {
            direction = 0;
        }
        else if (top >= 0 && under <= 0)
        {
            direction = 1;
        }
        else if (top <= 0 && under >= 0)
        {
            direction = -1;
        }
        else
        {
            return false;
        }

        if (beyond != 0)
        {
            // Above decimal.MaxValue: only an exact ratio or a lower bound says something (> MaxValue); below the
            // smallest decimal, only an exact ratio or an upper bound (< SmallestValue).
            if (beyond == direction)
            {
                return false;
            }

            ratio = beyond > 0
                ? new ConcentrationRatio(decimal.MaxValue, Relation.GreaterThan)
                : new ConcentrationRatio(SmallestValue, Relation.LessThan);
            return true;
        }

        var strict = numeratorRelation is Relation.LessThan or Relation.GreaterThan
            || denominatorRelation is Relation.LessThan or Relation.GreaterThan;
        var relation = direction switch
        {
            0 => approximate ? Relation.Approximately : Relation.EqualTo,
            1 => strict ? Relation.LessThan : Relation.LessThanOrEqual,
            _ => strict ? Relation.GreaterThan : Relation.GreaterThanOrEqual,
        };
        ratio = new ConcentrationRatio(value, relation);
        return true;
    }

    /// <summary>The ratio of two quantitative values, when both are molar concentrations and the censoring allows one.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <param name="ratio">The ratio, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether a ratio follows.</returns>
    /// <exception cref="ArgumentNullException">An argument (<paramref name="numerator"/>, <paramref name="denominator"/>) is <see langword="null"/>.</exception>
    public static bool TryCreate(QuantitativeValue numerator, QuantitativeValue denominator, out ConcentrationRatio ratio)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        if (numerator.Concentration is { } top && denominator.Concentration is { } bottom)
        {
            return TryCreate(top, numerator.Relation, bottom, denominator.Relation, out ratio);
        }

        ratio = default;
        return false;
    }

    /// <summary>Whether the true ratio is certainly below 1 (the numerator's concentration is the lower one).</summary>
    public bool IsCertainlyBelowOne => Relation switch
    {
        Relation.EqualTo or Relation.Approximately => Value < 1m,
        Relation.LessThan => Value <= 1m,
        Relation.LessThanOrEqual => Value < 1m,
        _ => false,
    };

    /// <summary>Whether the true ratio is certainly above 1 (the numerator's concentration is the higher one).</summary>
    public bool IsCertainlyAboveOne => Relation switch
    {
        Relation.EqualTo or Relation.Approximately => Value > 1m,
        Relation.GreaterThan => Value >= 1m,
        Relation.GreaterThanOrEqual => Value > 1m,
        _ => false,
    };

    /// <summary>The ratio with its relation, rounded for reading: <c>= 0.5</c>, <c>&gt; 100</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        // Three significant digits below 1 (0.000123), two decimals from 1 up (123.46).
        var rounded = RoundSignificant(Value, 3);
        return Relation.DisplaySymbol() + " " + (rounded / 1.000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The quotient, and whether it lies beyond a decimal: 1 above <see cref="decimal.MaxValue"/>, -1 between 0 and
    /// <see cref="SmallestValue"/> (where a decimal quotient would be 0), 0 when the quotient is the value.
    /// </summary>
    private static (decimal Value, int Beyond) Divide(decimal top, decimal bottom)
    {
        decimal value;
        try
        {
            value = top / bottom;
        }
        catch (OverflowException)
        {
            // A quotient above decimal.MaxValue (about 7.9 × 10^28), such as 10^15 M over 10^-14 M: rare, so the
            // exception is cheaper than a check on every ratio.
            return (0m, 1);
        }

        return value == 0m && top > 0m ? (0m, -1) : (value, 0);
    }

    private static int Direction(Relation relation) => relation switch
    {
        Relation.LessThan or Relation.LessThanOrEqual => 1,
        Relation.GreaterThan or Relation.GreaterThanOrEqual => -1,
        _ => 0,
    };

    private static decimal RoundSignificant(decimal value, int digits)
    {
        if (value == 0m)
        {
            return 0m;
        }

        var scale = 0;
        var probe = value;
        while (probe < 1m && scale < 26)
        {
            probe *= 10m;
            scale++;
        }

        return decimal.Round(value, Math.Min(28, scale + digits - 1));
    }
}
