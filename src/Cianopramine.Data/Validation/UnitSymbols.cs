using System;

namespace Cianopramine.Data.Validation;

/// <summary>
/// The one table of unit spellings, used by the reader and the writer. The first spelling of a unit is canonical
/// (the one written, ASCII: <c>uM</c>, <c>ug/kg</c>); the micro sign (U+00B5) and the Greek mu (U+03BC) are accepted
/// for <c>u</c> on input.
/// </summary>
internal static class UnitSymbols
{
    /// <summary>The units with their canonical spelling and quantity.</summary>
    private static readonly (SpecUnit Unit, string Symbol, SpecQuantity Quantity)[] Units =
    {
        (SpecUnit.Molar, "M", SpecQuantity.MolarConcentration),
        (SpecUnit.Millimolar, "mM", SpecQuantity.MolarConcentration),
        (SpecUnit.Micromolar, "uM", SpecQuantity.MolarConcentration),
        (SpecUnit.Nanomolar, "nM", SpecQuantity.MolarConcentration),
        (SpecUnit.Picomolar, "pM", SpecQuantity.MolarConcentration),
        (SpecUnit.Percent, "%", SpecQuantity.Percent),
        (SpecUnit.Gram, "g", SpecQuantity.Mass),
        (SpecUnit.Milligram, "mg", SpecQuantity.Mass),
        (SpecUnit.Microgram, "ug", SpecQuantity.Mass),
        (SpecUnit.MilligramPerKilogram, "mg/kg", SpecQuantity.MassPerBodyMass),
        (SpecUnit.MicrogramPerKilogram, "ug/kg", SpecQuantity.MassPerBodyMass),
        (SpecUnit.MilligramPerMinute, "mg/min", SpecQuantity.MassRate),
        (SpecUnit.MicrogramPerMinute, "ug/min", SpecQuantity.MassRate),
        (SpecUnit.Minute, "min", SpecQuantity.Time),
        (SpecUnit.Hour, "h", SpecQuantity.Time),
        (SpecUnit.Day, "d", SpecQuantity.Time),
    };

    /// <summary>The canonical spellings separated by commas, for messages.</summary>
    public static readonly string Expected = ListSymbols();

    /// <summary>Parses a unit as written in JSON (case-sensitive: <c>M</c> is molar, <c>m</c> is nothing).</summary>
    /// <param name="symbol">The spelling.</param>
    /// <param name="unit">The unit, when known.</param>
    /// <returns>Whether the spelling is known.</returns>
    public static bool TryParse(string symbol, out SpecUnit unit)
    {
        var normalised = symbol.Length > 0 && (symbol[0] == '\u00B5' || symbol[0] == '\u03BC')
            ? "u" + symbol.Substring(1)
            : symbol;
        foreach (var entry in Units)
        {
            if (string.Equals(entry.Symbol, normalised, StringComparison.Ordinal))
            {
                unit = entry.Unit;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>The canonical JSON spelling of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The spelling, e.g. <c>uM</c>.</returns>
    public static string ToSymbol(SpecUnit unit) => Find(unit).Symbol;

    /// <summary>The quantity a unit measures.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity.</returns>
    public static SpecQuantity QuantityOf(SpecUnit unit) => Find(unit).Quantity;

    private static (SpecUnit Unit, string Symbol, SpecQuantity Quantity) Find(SpecUnit unit)
    {
        foreach (var entry in Units)
        {
            if (entry.Unit == unit)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(unit));
    }

    private static string ListSymbols()
    {
        var symbols = new string[Units.Length];
        for (var i = 0; i < Units.Length; i++)
        {
            symbols[i] = Units[i].Symbol;
        }

        return string.Join(", ", symbols);
    }
}
