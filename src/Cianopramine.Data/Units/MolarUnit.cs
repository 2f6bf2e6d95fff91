namespace Cianopramine.Data.Units;

/// <summary>The units a molar concentration can be expressed in. Each step is a factor of 1000.</summary>
public enum MolarUnit
{
    /// <summary>Moles per litre (M).</summary>
    Molar,

    /// <summary>Millimoles per litre (mM), 10⁻³ M.</summary>
    Millimolar,

    /// <summary>Micromoles per litre (µM), 10⁻⁶ M.</summary>
    Micromolar,

    /// <summary>Nanomoles per litre (nM), 10⁻⁹ M.</summary>
    Nanomolar,

    /// <summary>Picomoles per litre (pM), 10⁻¹² M.</summary>
    Picomolar,
}
