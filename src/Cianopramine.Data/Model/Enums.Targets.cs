namespace Cianopramine.Data.Model;

/// <summary>The kind of a biological target.</summary>
public enum TargetKind
{
    /// <summary>A membrane transporter (SERT, NET).</summary>
    Transporter,

    /// <summary>A receptor, or a receptor population named by function.</summary>
    Receptor,

    /// <summary>A group of receptors that is not one gene product (postsynaptic 5-HT receptors).</summary>
    ReceptorGroup,

    /// <summary>An enzyme.</summary>
    Enzyme,

    /// <summary>An ion channel.</summary>
    IonChannel,

    /// <summary>Any other target.</summary>
    Other,

    /// <summary>The source does not state it (the property was left out of the file); nothing is assumed.</summary>
    NotStated,
}

/// <summary>A database that assigns target accessions.</summary>
public enum AccessionDatabase
{
    /// <summary>UniProtKB (P31645).</summary>
    UniProt,

    /// <summary>ChEMBL (CHEMBL228).</summary>
    Chembl,

    /// <summary>The IUPHAR/BPS Guide to Pharmacology (target 928).</summary>
    GtoPdb,
}

/// <summary>The species an assay or accession refers to.</summary>
public enum Species
{
    /// <summary>Homo sapiens.</summary>
    Human,

    /// <summary>Rattus norvegicus.</summary>
    Rat,

    /// <summary>Mus musculus.</summary>
    Mouse,

    /// <summary>Cavia porcellus.</summary>
    GuineaPig,

    /// <summary>Oryctolagus cuniculus.</summary>
    Rabbit,

    /// <summary>Canis lupus familiaris.</summary>
    Dog,

    /// <summary>Felis catus.</summary>
    Cat,

    /// <summary>Sus scrofa.</summary>
    Pig,

    /// <summary>A monkey (macaque or other).</summary>
    Monkey,

    /// <summary>Bos taurus.</summary>
    Cattle,
}
