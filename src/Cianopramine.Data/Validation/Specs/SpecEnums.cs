namespace Cianopramine.Data.Validation;

// The enumerations of docs/json-format.md. Members are in the document's order; the JSON words (kebab-case) are in
// EnumWords. The public model defines its own enumerations with the same member names in the same order.

/// <summary>Reference <c>kind</c>.</summary>
internal enum SpecReferenceKind { JournalArticle, WebPage, TechnicalDocument, Book, Other }

/// <summary>Reference <c>status</c>: how far the curators checked the source.</summary>
internal enum SpecReferenceStatus { SourceDocument, AbstractRead, FullTextRead, NotLocated, NotChecked }

/// <summary>Curation note <c>kind</c>.</summary>
internal enum SpecNoteKind { BackgroundStatement, Unverified, CitationMismatch, ContextNote }

/// <summary>Synonym <c>kind</c>.</summary>
internal enum SpecSynonymKind { ResearchCode, SystematicName, Other }

/// <summary>Compound <c>role</c>.</summary>
internal enum SpecCompoundRole { ParentDrug, Metabolite, ReferenceCompound }

/// <summary>Structure <c>provenance</c>.</summary>
internal enum SpecStructureProvenance { Reported, Computed }

/// <summary>Compound-to-compound relation <c>kind</c>.</summary>
internal enum SpecCompoundRelationKind { Analogue, Derivative, MetaboliteOf, ProdrugOf, SaltOf }

/// <summary>Target <c>kind</c>.</summary>
internal enum SpecTargetKind { Transporter, Receptor, ReceptorGroup, Enzyme, IonChannel, Other }

/// <summary>Accession <c>database</c>.</summary>
internal enum SpecAccessionDatabase { UniProt, Chembl, GtoPdb }

/// <summary><c>species</c>.</summary>
internal enum SpecSpecies { Human, Rat, Mouse, GuineaPig, Rabbit, Dog, Cat, Pig, Monkey, Cattle }

/// <summary>Assay <c>kind</c>.</summary>
internal enum SpecAssayKind
{
    UptakeInhibition,
    DisplacementProtection,
    RadioligandBinding,
    FunctionalTissueResponse,
    PressorResponse,
    EnzymeInhibition,
    Other,
}

/// <summary>Assay <c>setting</c>.</summary>
internal enum SpecAssaySetting { InVitro, InVivo, ExVivo, IsolatedTissue }

/// <summary><c>action</c> of a compound at a target.</summary>
internal enum SpecAction { Inhibitor, Antagonist, Agonist, Blocker, Potentiator, Ligand, Desensitisation, NoEffect }

/// <summary>Quantitative <c>parameter</c>.</summary>
internal enum SpecParameter { IC50, Ki, Kd, EC50, ED50, PercentInhibition, Dose }

/// <summary><c>relation</c> of a value to the true value.</summary>
internal enum SpecRelation { Equal, LessThan, GreaterThan, LessThanOrEqual, GreaterThanOrEqual, Approximately }

/// <summary>Spread <c>kind</c>.</summary>
internal enum SpecSpreadKind { StandardDeviation, StandardError, ConfidenceInterval95, Range, Unspecified }

/// <summary>Qualitative <c>category</c>.</summary>
internal enum SpecQualitativeCategory { Active, Inactive, Potent, Weak, HighAffinity, Mixed }

/// <summary>Comparative <c>direction</c>.</summary>
internal enum SpecComparativeDirection { Weaker, Stronger, Similar }

/// <summary>Dose <c>route</c>.</summary>
internal enum SpecDoseRoute { Oral, Intravenous, Intraperitoneal, Subcutaneous, Intramuscular, InVitroBath }

/// <summary>Transformation <c>reaction</c>.</summary>
internal enum SpecReaction { NDemethylation, ODemethylation, Hydroxylation, NOxidation, Glucuronidation, Sulfation, Other }

/// <summary>Units of magnitudes (see <see cref="UnitSymbols"/> for the JSON spellings).</summary>
internal enum SpecUnit
{
    Molar,
    Millimolar,
    Micromolar,
    Nanomolar,
    Picomolar,
    Percent,
    Gram,
    Milligram,
    Microgram,
    MilligramPerKilogram,
    MicrogramPerKilogram,
    MilligramPerMinute,
    MicrogramPerMinute,
    Minute,
    Hour,
    Day,
}

/// <summary>The quantity a <see cref="SpecUnit"/> measures.</summary>
internal enum SpecQuantity { MolarConcentration, Percent, Mass, MassPerBodyMass, MassRate, Time }

/// <summary>The kinds of items that have ids; used in messages and for id lookups.</summary>
internal enum SpecItemKind { Dataset, Reference, Compound, Target, Assay, Result, Transformation, Mechanism, Gap }
