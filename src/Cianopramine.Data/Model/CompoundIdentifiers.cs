using Cianopramine.Data.Model.Identifiers;

namespace Cianopramine.Data.Model;

/// <summary>A compound's identifiers in public databases. A null property means no identifier could be confirmed.</summary>
/// <remarks>
/// The InChIKey is a structure descriptor and lives in <see cref="StructureDescriptors"/> with its provenance, because
/// for cianopramine it is computed, not a database record.
/// </remarks>
public sealed record CompoundIdentifiers
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal CompoundIdentifiers()
    {
    }

    /// <summary>No identifiers.</summary>
    public static CompoundIdentifiers None { get; } = new();

    /// <summary>The PubChem compound id.</summary>
    public PubChemCid? PubChemCid { get; internal init; }

    /// <summary>The ChEMBL molecule id.</summary>
    public ChemblId? ChemblId { get; internal init; }

    /// <summary>The DrugBank accession.</summary>
    public DrugBankId? DrugBankId { get; internal init; }

    /// <summary>The CAS Registry Number.</summary>
    public CasNumber? Cas { get; internal init; }

    /// <summary>Whether no identifier is known.</summary>
    public bool IsEmpty => PubChemCid is null && ChemblId is null && DrugBankId is null && Cas is null;
}

/// <summary>
/// A compound's structure descriptors, all from one provenance: <see cref="ValueProvenance.Reported"/> (published) or
/// <see cref="ValueProvenance.Computed"/> (computed by the curators, with <see cref="Method"/> saying how).
/// </summary>
/// <remarks>Masses are in g/mol. A null property is not known.</remarks>
public sealed record StructureDescriptors
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal StructureDescriptors()
    {
    }

    /// <summary>Whether the descriptors are reported or computed.</summary>
    public ValueProvenance Provenance { get; internal init; }

    /// <summary>How computed descriptors were obtained, or where reported ones come from.</summary>
    public string? Method { get; internal init; }

    /// <summary>A SMILES string.</summary>
    public string? Smiles { get; internal init; }

    /// <summary>The molecular formula in Hill order (C20H23N3).</summary>
    public string? Formula { get; internal init; }

    /// <summary>The average molar mass in g/mol.</summary>
    public double? AverageMass { get; internal init; }

    /// <summary>The monoisotopic mass in g/mol.</summary>
    public double? MonoisotopicMass { get; internal init; }

    /// <summary>The standard InChIKey.</summary>
    public InChIKey? InChIKey { get; internal init; }

    /// <summary>The references for reported descriptors.</summary>
    public ValueArray<Reference> References { get; internal init; }
}
