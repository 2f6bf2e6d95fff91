using System;
using System.Globalization;

namespace Cianopramine.Data.Units;

/// <summary>
/// A potency on the p-scale: the negative decimal logarithm of a molar concentration (pIC50, pKi, pKd, pEC50,
/// and ChEMBL's pChEMBL value). Higher is more potent: 5 × 10⁻⁵ M is pIC50 4.30, 1 nM is 9.
/// </summary>
/// <remarks>
/// A p-value is a distinct type from <see cref="MolarConcentration"/> so the two cannot be confused. The scale is
/// logarithmic, so conversions to and from concentrations are exact to double precision, not decimal.
/// Equality compares the double values; ordering is by value (higher means lower concentration).
/// The default value is p = 0 (1 M).
/// </remarks>
public readonly struct PValue : IEquatable<PValue>, IComparable<PValue>, IComparable, IFormattable
{
    /// <summary>Creates a p-value.</summary>
    /// <param name="value">The value on the p-scale; must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public PValue(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A p-value must be finite.");
        }

        // + 0.0 turns −0 (the p-value of 1 M) into 0, which would otherwise print as "-0.00".
        Value = value + 0.0;
    }

    /// <summary>The value on the p-scale.</summary>
    public double Value { get; }

    /// <summary>The p-value of a concentration: −log₁₀(concentration in M).</summary>
    /// <param name="concentration">A concentration greater than zero.</param>
    /// <returns>The p-value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The concentration is zero.</exception>
    public static PValue FromConcentration(MolarConcentration concentration)
    {
        var molar = concentration.ToMolar();
        if (molar <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(concentration), "A zero concentration has no p-value.");
        }

        return new PValue(-Math.Log10((double)molar));
    }

    /// <summary>The lowest p-value that has a concentration: −16, for <see cref="MolarConcentration.MaxValue"/> (10¹⁶ M).</summary>
    internal const double MinForConcentration = -16;

    /// <summary>
    /// The concentration this p-value stands for: 10^−p M, rounded to 15 significant digits. A p-value above about 28
    /// stands for less than 10⁻²⁸ M, the smallest decimal, and gives 0 M.
    /// </summary>
    /// <returns>The concentration.</returns>
    /// <exception cref="InvalidOperationException">
    /// The p-value is below −16: 10^−p M would be more than <see cref="MolarConcentration.MaxValue"/>.
    /// </exception>
    public MolarConcentration ToConcentration()
    {
        if (Value < MinForConcentration)
        {
            throw new InvalidOperationException(
                "p = " + Value.ToString(CultureInfo.InvariantCulture) + " stands for more than 10^16 M, the largest concentration (MolarConcentration.MaxValue).");
        }

        var molar = Math.Pow(10, -Value);
        var rounded = decimal.Parse(molar.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return MolarConcentration.FromMolar(rounded);
    }

    /// <summary>The value rounded to <paramref name="digits"/> decimals, as p-values are usually reported (two).</summary>
    /// <param name="digits">Decimals to keep.</param>
    /// <returns>The rounded p-value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is less than 0 or more than 15.</exception>
    public PValue Round(int digits = 2) => new(Math.Round(Value, digits, MidpointRounding.AwayFromZero));

    /// <inheritdoc/>
    public bool Equals(PValue other) => Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(PValue other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither <see langword="null"/> nor a <see cref="PValue"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PValue other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PValue.", nameof(obj)),
    };

    /// <summary>Formats with two decimals, e.g. <c>4.30</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Formats the value.</summary>
    /// <param name="format">A numeric format; null means two decimals.</param>
    /// <param name="formatProvider">The culture; null means the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for a <see cref="double"/>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Value.ToString(format ?? "F2", formatProvider ?? CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(PValue left, PValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PValue left, PValue right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lower (less potent).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PValue left, PValue right) => left.Value < right.Value;

    /// <summary>Whether <paramref name="left"/> is higher (more potent).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PValue left, PValue right) => left.Value > right.Value;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PValue left, PValue right) => left.Value <= right.Value;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PValue left, PValue right) => left.Value >= right.Value;
}
