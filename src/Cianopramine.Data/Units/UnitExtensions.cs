using System;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Units;

/// <summary>Symbols, dimensions and scale factors of <see cref="Unit"/> values.</summary>
public static class UnitExtensions
{
    /// <summary>The unit's symbol as written in the dataset's JSON (ASCII: <c>uM</c>, <c>ug/min</c>).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The JSON symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="Unit"/> value.</exception>
    public static string Symbol(this Unit unit) =>
        EnumWords.Unit.TryToWord(unit, out var symbol) ? symbol : throw Unknown(unit);

    /// <summary>The unit's symbol for people to read (<c>µM</c>, <c>µg/min</c>).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The display symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="Unit"/> value.</exception>
    public static string DisplaySymbol(this Unit unit) =>
        EnumWords.Unit.TryToWord(unit, out _) ? EnumWords.Unit.ToDisplay(unit) : throw Unknown(unit);

    /// <summary>The dimension the unit measures.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="Unit"/> value.</exception>
    public static Dimension Dimension(this Unit unit) => unit switch
    {
        Unit.Molar or Unit.Millimolar or Unit.Micromolar or Unit.Nanomolar or Unit.Picomolar => Units.Dimension.MolarConcentration,
        Unit.Percent => Units.Dimension.Percent,
        Unit.Gram or Unit.Milligram or Unit.Microgram => Units.Dimension.Mass,
        Unit.MilligramPerKilogram or Unit.MicrogramPerKilogram => Units.Dimension.MassPerBodyMass,
        Unit.MilligramPerMinute or Unit.MicrogramPerMinute => Units.Dimension.MassRate,
        Unit.Minute or Unit.Hour or Unit.Day => Units.Dimension.Time,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };

    /// <summary>The molar unit this unit is, if it is one.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="molarUnit">The molar unit, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether <paramref name="unit"/> is a molar concentration unit.</returns>
    internal static bool TryGetMolarUnit(this Unit unit, out MolarUnit molarUnit)
    {
        switch (unit)
        {
            case Unit.Molar: molarUnit = MolarUnit.Molar; return true;
            case Unit.Millimolar: molarUnit = MolarUnit.Millimolar; return true;
            case Unit.Micromolar: molarUnit = MolarUnit.Micromolar; return true;
            case Unit.Nanomolar: molarUnit = MolarUnit.Nanomolar; return true;
            case Unit.Picomolar: molarUnit = MolarUnit.Picomolar; return true;
            default: molarUnit = default; return false;
        }
    }

    /// <summary>The general unit for a molar unit.</summary>
    /// <param name="unit">The molar unit.</param>
    /// <returns>The same unit as a <see cref="Unit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    internal static Unit ToUnit(this MolarUnit unit) => unit switch
    {
        MolarUnit.Molar => Unit.Molar,
        MolarUnit.Millimolar => Unit.Millimolar,
        MolarUnit.Micromolar => Unit.Micromolar,
        MolarUnit.Nanomolar => Unit.Nanomolar,
        MolarUnit.Picomolar => Unit.Picomolar,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown molar unit."),
    };

    /// <summary>The molar unit's symbol for people to read (M, mM, µM, nM, pM).</summary>
    /// <param name="unit">The molar unit.</param>
    /// <returns>The display symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    public static string DisplaySymbol(this MolarUnit unit) => unit.ToUnit().DisplaySymbol();

    /// <summary>How many of this unit make one mole per litre, as an exact decimal (µM: 1 000 000).</summary>
    /// <param name="unit">The molar unit.</param>
    /// <returns>The factor from molar to this unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    internal static decimal PerMolar(this MolarUnit unit) => unit switch
    {
        MolarUnit.Molar => 1m,
        MolarUnit.Millimolar => 1_000m,
        MolarUnit.Micromolar => 1_000_000m,
        MolarUnit.Nanomolar => 1_000_000_000m,
        MolarUnit.Picomolar => 1_000_000_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown molar unit."),
    };

    private static ArgumentOutOfRangeException Unknown(Unit unit) => new(nameof(unit), unit, "Unknown unit.");
}
