using System;
using System.Globalization;

namespace Cianopramine.Data.Units;

/// <summary>
/// A molar concentration (amount of substance per litre), stored exactly as a decimal number of moles per litre.
/// </summary>
/// <remarks>
/// <para>Conversions between M, mM, µM, nM and pM are exact: they multiply or divide a decimal by a power of ten,
/// so 5 × 10⁻⁵ M is exactly 50 µM and exactly 50 000 nM.</para>
/// <para>Equality and ordering compare the amount, whatever unit it was created in:
/// <c>MolarConcentration.FromMicromolar(50) == MolarConcentration.FromMolar(0.00005m)</c>.
/// The default value is 0 M.</para>
/// <para>A concentration is never a p-value: use <see cref="ToPValue"/> to get one.</para>
/// <para>The range is 0 to <see cref="MaxValue"/> (10¹⁶ M): the largest amount that every unit, picomolar included
/// (10²⁸ pM), can hold as a decimal, so no conversion can overflow. Data files are held to the same range (CPD0010).
/// The smallest amount above zero is 10⁻²⁸ M (a decimal's last digit); a value below it rounds to 0 M.</para>
/// </remarks>
public readonly struct MolarConcentration : IEquatable<MolarConcentration>, IComparable<MolarConcentration>, IComparable, IFormattable
{
    private readonly decimal _molar;

    /// <summary>The largest concentration in M, 10¹⁶: in pM it is 10²⁸, near the largest decimal (7.9 × 10²⁸).</summary>
    internal const decimal MaxMolar = 10_000_000_000_000_000m;

    private MolarConcentration(decimal molar) => _molar = molar;

    /// <summary>
    /// The largest concentration, 10¹⁶ M (10²⁸ pM): every unit can hold it, so every conversion of every concentration
    /// is exact and none overflows. Physically nothing comes near it (pure water is 55.5 M).
    /// </summary>
    public static MolarConcentration MaxValue { get; } = new(MaxMolar);

    /// <summary>Creates a concentration from a value in the given unit.</summary>
    /// <param name="value">The magnitude in <paramref name="unit"/>; from 0 up to <see cref="MaxValue"/>.</param>
    /// <param name="unit">The unit of <paramref name="value"/>.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or more than <see cref="MaxValue"/>; or <paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    public static MolarConcentration From(decimal value, MolarUnit unit)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A concentration cannot be negative.");
        }

        return TryFrom(value, unit, out var concentration)
            ? concentration
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A concentration cannot be more than 10^16 M (MolarConcentration.MaxValue).");
    }

    /// <summary>A concentration from a value in a unit, when it is in the range 0 to <see cref="MaxValue"/>.</summary>
    /// <param name="value">The magnitude in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="concentration">The concentration, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the value is a concentration in range.</returns>
    internal static bool TryFrom(decimal value, MolarUnit unit, out MolarConcentration concentration)
    {
        // Division by a power of ten of at least 1 cannot overflow.
        var molar = value / unit.PerMolar();
        if (value < 0m || molar > MaxMolar)
        {
            concentration = default;
            return false;
        }

        concentration = new MolarConcentration(molar);
        return true;
    }

    /// <summary>Creates a concentration in moles per litre.</summary>
    /// <param name="value">The value in M.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or more than <see cref="MaxValue"/>.</exception>
    public static MolarConcentration FromMolar(decimal value) => From(value, MolarUnit.Molar);

    /// <summary>Creates a concentration in millimoles per litre.</summary>
    /// <param name="value">The value in mM.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or more than <see cref="MaxValue"/>.</exception>
    internal static MolarConcentration FromMillimolar(decimal value) => From(value, MolarUnit.Millimolar);

    /// <summary>Creates a concentration in micromoles per litre.</summary>
    /// <param name="value">The value in µM.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or more than <see cref="MaxValue"/>.</exception>
    public static MolarConcentration FromMicromolar(decimal value) => From(value, MolarUnit.Micromolar);

    /// <summary>Creates a concentration in nanomoles per litre.</summary>
    /// <param name="value">The value in nM.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or more than <see cref="MaxValue"/>.</exception>
    public static MolarConcentration FromNanomolar(decimal value) => From(value, MolarUnit.Nanomolar);

    /// <summary>Creates a concentration in picomoles per litre.</summary>
    /// <param name="value">The value in pM.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or more than <see cref="MaxValue"/>.</exception>
    internal static MolarConcentration FromPicomolar(decimal value) => From(value, MolarUnit.Picomolar);

    /// <summary>The concentration in the given unit, exactly; never overflows (at most <see cref="MaxValue"/> × 10¹² = 10²⁸ pM).</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The magnitude in <paramref name="unit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    public decimal In(MolarUnit unit) => Normalize(_molar * unit.PerMolar());

    /// <summary>The concentration in moles per litre (M).</summary>
    /// <returns>The value in M.</returns>
    public decimal ToMolar() => In(MolarUnit.Molar);

    /// <summary>The concentration in millimoles per litre (mM).</summary>
    /// <returns>The value in mM.</returns>
    internal decimal ToMillimolar() => In(MolarUnit.Millimolar);

    /// <summary>The concentration in micromoles per litre (µM).</summary>
    /// <returns>The value in µM.</returns>
    public decimal ToMicromolar() => In(MolarUnit.Micromolar);

    /// <summary>The concentration in nanomoles per litre (nM).</summary>
    /// <returns>The value in nM.</returns>
    public decimal ToNanomolar() => In(MolarUnit.Nanomolar);

    /// <summary>The concentration in picomoles per litre (pM).</summary>
    /// <returns>The value in pM.</returns>
    internal decimal ToPicomolar() => In(MolarUnit.Picomolar);

    /// <summary>
    /// The negative decimal logarithm of the concentration in M: the p-scale used for pIC50, pKi and pChEMBL values.
    /// 5 × 10⁻⁵ M gives 4.30.
    /// </summary>
    /// <returns>The p-value.</returns>
    /// <exception cref="InvalidOperationException">The concentration is zero, which has no p-value.</exception>
    public PValue ToPValue()
    {
        if (_molar <= 0m)
        {
            throw new InvalidOperationException("A zero concentration has no p-value.");
        }

        return PValue.FromConcentration(this);
    }

    /// <summary>The molar unit in which this concentration reads best: the largest unit giving a value of at least 1.</summary>
    /// <returns>The unit for display.</returns>
    public MolarUnit ReadableUnit()
    {
        foreach (var unit in new[] { MolarUnit.Molar, MolarUnit.Millimolar, MolarUnit.Micromolar, MolarUnit.Nanomolar })
        {
            if (In(unit) >= 1m)
            {
                return unit;
            }
        }

        return MolarUnit.Picomolar;
    }

    /// <inheritdoc/>
    public bool Equals(MolarConcentration other) => _molar == other._molar;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MolarConcentration other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _molar.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(MolarConcentration other) => _molar.CompareTo(other._molar);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither <see langword="null"/> nor a <see cref="MolarConcentration"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MolarConcentration other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a MolarConcentration.", nameof(obj)),
    };

    /// <summary>Formats the concentration in its most readable unit, e.g. <c>50 µM</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the concentration in its most readable unit.</summary>
    /// <param name="format">A numeric format for the magnitude, or null for the shortest exact form.</param>
    /// <param name="formatProvider">The culture; null means the invariant culture.</param>
    /// <returns>The text, e.g. <c>50 µM</c>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for a <see cref="decimal"/>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var unit = ReadableUnit();
        return ToString(unit, format, formatProvider);
    }

    /// <summary>Formats the concentration in the given unit.</summary>
    /// <param name="unit">The unit to show.</param>
    /// <param name="format">A numeric format for the magnitude, or null for the shortest exact form.</param>
    /// <param name="formatProvider">The culture; null means the invariant culture.</param>
    /// <returns>The text, e.g. <c>50000 nM</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for a <see cref="decimal"/>.</exception>
    public string ToString(MolarUnit unit, string? format = null, IFormatProvider? formatProvider = null) =>
        In(unit).ToString(format, formatProvider ?? CultureInfo.InvariantCulture) + " " + unit.DisplaySymbol();

    /// <summary>Equality of amounts.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>Whether both are the same amount.</returns>
    public static bool operator ==(MolarConcentration left, MolarConcentration right) => left.Equals(right);

    /// <summary>Inequality of amounts.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>Whether the amounts differ.</returns>
    public static bool operator !=(MolarConcentration left, MolarConcentration right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is the lower concentration.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(MolarConcentration left, MolarConcentration right) => left._molar < right._molar;

    /// <summary>Whether <paramref name="left"/> is the higher concentration.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(MolarConcentration left, MolarConcentration right) => left._molar > right._molar;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(MolarConcentration left, MolarConcentration right) => left._molar <= right._molar;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(MolarConcentration left, MolarConcentration right) => left._molar >= right._molar;

    /// <summary>Removes trailing zeros from a decimal so that 50.000000 prints as 50.</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
