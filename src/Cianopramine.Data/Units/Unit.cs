namespace Cianopramine.Data.Units;

/// <summary>Every unit a magnitude in the dataset can carry.</summary>
/// <remarks>The JSON spelling of each unit is given by <see cref="UnitExtensions.Symbol(Unit)"/>.</remarks>
public enum Unit
{
    /// <summary>Moles per litre (M).</summary>
    Molar,

    /// <summary>Millimoles per litre (mM).</summary>
    Millimolar,

    /// <summary>Micromoles per litre (µM).</summary>
    Micromolar,

    /// <summary>Nanomoles per litre (nM).</summary>
    Nanomolar,

    /// <summary>Picomoles per litre (pM).</summary>
    Picomolar,

    /// <summary>Percent (%).</summary>
    Percent,

    /// <summary>Grams (g), a dose.</summary>
    Gram,

    /// <summary>Milligrams (mg), a dose.</summary>
    Milligram,

    /// <summary>Micrograms (µg), a dose.</summary>
    Microgram,

    /// <summary>Milligrams per kilogram of body mass (mg/kg).</summary>
    MilligramPerKilogram,

    /// <summary>Micrograms per kilogram of body mass (µg/kg).</summary>
    MicrogramPerKilogram,

    /// <summary>Milligrams per minute (mg/min), an infusion rate.</summary>
    MilligramPerMinute,

    /// <summary>Micrograms per minute (µg/min), an infusion rate.</summary>
    MicrogramPerMinute,

    /// <summary>Minutes (min).</summary>
    Minute,

    /// <summary>Hours (h).</summary>
    Hour,

    /// <summary>Days (d).</summary>
    Day,
}

/// <summary>The physical dimension a <see cref="Unit"/> measures.</summary>
public enum Dimension
{
    /// <summary>A molar concentration (amount of substance per volume).</summary>
    MolarConcentration,

    /// <summary>A dimensionless percentage.</summary>
    Percent,

    /// <summary>A mass (a dose in mg).</summary>
    Mass,

    /// <summary>A mass per body mass (a dose in mg/kg).</summary>
    MassPerBodyMass,

    /// <summary>A mass per time (an infusion rate in µg/min).</summary>
    MassRate,

    /// <summary>A time span.</summary>
    Time,
}
