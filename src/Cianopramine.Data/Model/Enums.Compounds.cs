namespace Cianopramine.Data.Model;

/// <summary>What a compound is in the dataset.</summary>
public enum CompoundRole
{
    /// <summary>The drug administered (cianopramine).</summary>
    ParentDrug,

    /// <summary>A compound formed from another in the body (desmethylcianopramine).</summary>
    Metabolite,

    /// <summary>A compound named for comparison or derivation (imipramine), with no results of its own needed.</summary>
    ReferenceCompound,

    /// <summary>A compound studied in research (an experimental ligand or a series member), not a drug.</summary>
    ResearchCompound,

    /// <summary>A radiolabelled ligand used to measure binding ([3H]paroxetine).</summary>
    Radioligand,

    /// <summary>A compound used as a pharmacological tool (a selective reference agonist or antagonist).</summary>
    ToolCompound,

    /// <summary>The source does not state it (the property was left out of the file); nothing is assumed.</summary>
    NotStated,
}

/// <summary>The kind of a compound synonym.</summary>
public enum SynonymKind
{
    /// <summary>A company research code (Ro 11-2465).</summary>
    ResearchCode,

    /// <summary>A systematic chemical name (IUPAC style, built from the structure alone).</summary>
    SystematicName,

    /// <summary>
    /// A semi-systematic name: a trivial name with systematic parts, such as a substituent and its locant on a known
    /// drug (3-cyanoimipramine, 3-chloroimipramine).
    /// </summary>
    SemisystematicName,

    /// <summary>Any other name used in the literature (cyan-imipramine).</summary>
    Other,
}

/// <summary>Where a structure descriptor comes from.</summary>
public enum ValueProvenance
{
    /// <summary>Published in a source or database record.</summary>
    Reported,

    /// <summary>Computed by this dataset's curators (for example from a name, with RDKit); not a database record.</summary>
    Computed,
}

/// <summary>How one compound relates structurally to another.</summary>
public enum CompoundRelationKind
{
    /// <summary>A close structural analogue (cianopramine is the 3-cyano analogue of imipramine).</summary>
    Analogue,

    /// <summary>A derivative made from the other compound.</summary>
    Derivative,

    /// <summary>A metabolite of the other compound.</summary>
    MetaboliteOf,

    /// <summary>A prodrug of the other compound.</summary>
    ProdrugOf,

    /// <summary>A salt form of the other compound.</summary>
    SaltOf,
}
