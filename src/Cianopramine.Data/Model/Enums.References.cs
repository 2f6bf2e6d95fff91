namespace Cianopramine.Data.Model;

/// <summary>The kind of a literature reference.</summary>
public enum ReferenceKind
{
    /// <summary>A journal article.</summary>
    JournalArticle,

    /// <summary>A web page.</summary>
    WebPage,

    /// <summary>A technical or vendor document.</summary>
    TechnicalDocument,

    /// <summary>A book or book chapter.</summary>
    Book,

    /// <summary>Anything else.</summary>
    Other,

    /// <summary>The source does not state it (the property was left out of the file); nothing is assumed.</summary>
    NotStated,
}

/// <summary>How far the curators located and checked a reference.</summary>
public enum ReferenceStatus
{
    /// <summary>The document the dataset was compiled from.</summary>
    SourceDocument,

    /// <summary>Located; its abstract was read.</summary>
    AbstractRead,

    /// <summary>Located; its full text was read.</summary>
    FullTextRead,

    /// <summary>Searched for and not found.</summary>
    NotLocated,

    /// <summary>Not checked.</summary>
    NotChecked,

    /// <summary>The source does not state it (the property was left out of the file); nothing is assumed.</summary>
    NotStated,
}

/// <summary>The kind of a curation note (a typed data-validity comment).</summary>
public enum CurationNoteKind
{
    /// <summary>The source states this as background, not as its own measurement.</summary>
    BackgroundStatement,

    /// <summary>The value could not be checked against its primary source.</summary>
    Unverified,

    /// <summary>The cited source does not support the statement it is cited for.</summary>
    CitationMismatch,

    /// <summary>Context that helps read the datum correctly.</summary>
    ContextNote,

    /// <summary>
    /// A source database's data-validity comment on a value, kept verbatim as the note's text (ChEMBL's
    /// <c>data_validity_comment</c>: "Outside typical range", "Potential transcription error", …).
    /// </summary>
    DataValidity,
}

/// <summary>The chemical reaction of a metabolic step.</summary>
public enum Reaction
{
    /// <summary>Removal of a methyl group from a nitrogen.</summary>
    NDemethylation,

    /// <summary>Removal of a methyl group from an oxygen.</summary>
    ODemethylation,

    /// <summary>Addition of a hydroxyl group.</summary>
    Hydroxylation,

    /// <summary>Oxidation of a nitrogen.</summary>
    NOxidation,

    /// <summary>Conjugation with glucuronic acid.</summary>
    Glucuronidation,

    /// <summary>Conjugation with sulfate.</summary>
    Sulfation,

    /// <summary>Any other reaction.</summary>
    Other,
}

/// <summary>What is known about the enzymes of a metabolic step.</summary>
public enum EnzymeEvidence
{
    /// <summary>The source does not say which enzymes are involved. This is not the same as <see cref="None"/>.</summary>
    NotReported,

    /// <summary>The source says no enzyme is involved (a spontaneous reaction).</summary>
    None,

    /// <summary>The source names the enzymes.</summary>
    Reported,
}
