namespace Cianopramine.Data.Model;

/// <summary>The parameter a quantitative result reports (ChEMBL's <c>standard_type</c>).</summary>
public enum ActivityParameter
{
    /// <summary>The concentration giving 50 % inhibition.</summary>
    IC50,

    /// <summary>The inhibition constant.</summary>
    Ki,

    /// <summary>The dissociation constant.</summary>
    Kd,

    /// <summary>The concentration giving 50 % of the maximal effect.</summary>
    EC50,

    /// <summary>The dose giving 50 % of the maximal effect.</summary>
    ED50,

    /// <summary>Inhibition in percent at given conditions.</summary>
    PercentInhibition,

    /// <summary>A dose (for example the agonist dose raising blood pressure by a set amount).</summary>
    Dose,
}

/// <summary>What a ± spread around a mean is.</summary>
public enum SpreadKind
{
    /// <summary>Standard deviation.</summary>
    StandardDeviation,

    /// <summary>Standard error of the mean.</summary>
    StandardError,

    /// <summary>Half-width of a 95 % confidence interval.</summary>
    ConfidenceInterval95,

    /// <summary>Half of a range.</summary>
    Range,

    /// <summary>The source gives ± without saying what it is.</summary>
    Unspecified,
}

/// <summary>A normalised reading of a qualitative result's words.</summary>
public enum QualitativeCategory
{
    /// <summary>The compound had the effect.</summary>
    Active,

    /// <summary>The compound had no (relevant) effect.</summary>
    Inactive,

    /// <summary>The compound is described as potent.</summary>
    Potent,

    /// <summary>The compound is described as weak.</summary>
    Weak,

    /// <summary>The compound binds with high affinity.</summary>
    HighAffinity,

    /// <summary>Mixed or dose-dependent effects.</summary>
    Mixed,
}

/// <summary>How one compound compares with another.</summary>
public enum ComparativeDirection
{
    /// <summary>Weaker than the other compound.</summary>
    Weaker,

    /// <summary>Stronger than the other compound.</summary>
    Stronger,

    /// <summary>About as strong as the other compound.</summary>
    Similar,
}
