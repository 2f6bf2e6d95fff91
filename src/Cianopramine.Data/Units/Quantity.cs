using System;
using System.Globalization;

namespace Cianopramine.Data.Units;

/// <summary>A magnitude with its unit, stored exactly as given (67 µg/min stays 67 µg/min).</summary>
/// <remarks>
/// Equality is structural: the same magnitude in the same unit. Two quantities in different units that are the same
/// amount (50 µM and 0.05 mM) are not equal as quantities; compare <see cref="MolarConcentration"/> values for that.
/// </remarks>
/// <param name="Value">The magnitude, as an exact decimal.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
public readonly record struct Quantity(decimal Value, Unit Unit) : IFormattable
{
    /// <summary>The physical dimension of the quantity.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Unit"/> is not a defined <see cref="Units.Unit"/> value.</exception>
    public Dimension Dimension => Unit.Dimension();

    /// <summary>Whether the quantity is a molar concentration.</summary>
    internal bool IsMolarConcentration => Unit.TryGetMolarUnit(out _);

    /// <summary>The quantity as a molar concentration, if it is one.</summary>
    /// <param name="concentration">The concentration, when the method returns <see langword="true"/>.</param>
    /// <returns>
    /// Whether the unit is a molar unit and the value a concentration: not negative and at most
    /// <see cref="MolarConcentration.MaxValue"/> (data files cannot hold more: CPD0010).
    /// </returns>
    public bool TryGetConcentration(out MolarConcentration concentration)
    {
        if (Unit.TryGetMolarUnit(out var molarUnit))
        {
            return MolarConcentration.TryFrom(Value, molarUnit, out concentration);
        }

        concentration = default;
        return false;
    }

    /// <summary>The quantity as a molar concentration.</summary>
    /// <returns>The concentration.</returns>
    /// <exception cref="InvalidOperationException">The unit is not a molar unit, or the value is not a concentration in range.</exception>
    public MolarConcentration ToConcentration() =>
        TryGetConcentration(out var c) ? c : throw new InvalidOperationException($"{this} is not a molar concentration.");

    /// <summary>Formats as <c>67 µg/min</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the magnitude and the display symbol of the unit.</summary>
    /// <param name="format">A numeric format for the magnitude, or null.</param>
    /// <param name="formatProvider">The culture; null means the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for a <see cref="decimal"/>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var magnitude = Value.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);
        return magnitude + " " + UnitText(Unit); // "5 %": the display symbol of Percent is "%"
    }

    /// <summary>The unit's display symbol; for a value outside the enumeration its number, so that formatting never throws for it.</summary>
    private static string UnitText(Unit unit) =>
        Enum.IsDefined(typeof(Unit), unit) ? unit.DisplaySymbol() : "(unit " + ((int)unit).ToString(CultureInfo.InvariantCulture) + ")";
}
