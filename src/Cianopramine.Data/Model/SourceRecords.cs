namespace Cianopramine.Data.Model;

/// <summary>
/// What ChEMBL states about one activity record beyond the value itself: its ids, the assay type, the pChEMBL value
/// as ChEMBL reports it, and the target organism. Every property is null when the source does not give it.
/// </summary>
/// <remarks>Value equality over all properties.</remarks>
public sealed record ChemblActivity
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal ChemblActivity()
    {
    }

    /// <summary>ChEMBL's <c>activity_id</c>, or null.</summary>
    public long? ActivityId { get; internal init; }

    /// <summary>The assay's ChEMBL id (<c>CHEMBL644102</c>), or null.</summary>
    public string? AssayId { get; internal init; }

    /// <summary>The document's ChEMBL id (<c>CHEMBL1123431</c>), or null.</summary>
    public string? DocumentId { get; internal init; }

    /// <summary>ChEMBL's assay type (B, F, A, T, P, U), or null.</summary>
    public ChemblAssayType? AssayType { get; internal init; }

    /// <summary>
    /// The pChEMBL value as ChEMBL reports it (−log10 of the molar value), or null. When the result's value is an
    /// exact (<c>=</c>) molar value, the loader checks that the two agree within 0.01 (CPD0034).
    /// </summary>
    public decimal? PChemblValue { get; internal init; }

    /// <summary>The target organism as ChEMBL writes it (<c>Homo sapiens</c>), or null.</summary>
    public string? TargetOrganism { get; internal init; }
}

/// <summary>ChEMBL's assay type (<c>assay_type</c>).</summary>
public enum ChemblAssayType
{
    /// <summary>B: binding.</summary>
    Binding,

    /// <summary>F: functional.</summary>
    Functional,

    /// <summary>A: ADME.</summary>
    Adme,

    /// <summary>T: toxicity.</summary>
    Toxicity,

    /// <summary>P: physicochemical.</summary>
    Physicochemical,

    /// <summary>U: unclassified.</summary>
    Unclassified,
}

/// <summary>
/// What the IUPHAR/BPS Guide to Pharmacology states about one interaction beyond the value: the ligand and target
/// ids and the affinity range (negative log units, as GtoPdb gives them). Every property is null when not given.
/// </summary>
/// <remarks>Value equality over all properties.</remarks>
public sealed record GtoPdbInteraction
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal GtoPdbInteraction()
    {
    }

    /// <summary>GtoPdb's ligand id, or null.</summary>
    public long? LigandId { get; internal init; }

    /// <summary>GtoPdb's target id, or null.</summary>
    public long? TargetId { get; internal init; }

    /// <summary>The high end of the affinity range (e.g. pKi 8.5), or null.</summary>
    public decimal? AffinityHigh { get; internal init; }

    /// <summary>The median affinity (a single value is given here), or null.</summary>
    public decimal? AffinityMedian { get; internal init; }

    /// <summary>The low end of the affinity range, or null.</summary>
    public decimal? AffinityLow { get; internal init; }
}
