namespace Cianopramine.Data.Validation;

/// <summary>The JSON words of every enumeration of the data format, as docs/json-format.md lists them.</summary>
internal static class EnumWords
{
    public static readonly EnumWordTable<SpecReferenceKind> ReferenceKind = new(
        "reference kind",
        ("journal-article", SpecReferenceKind.JournalArticle),
        ("web-page", SpecReferenceKind.WebPage),
        ("technical-document", SpecReferenceKind.TechnicalDocument),
        ("book", SpecReferenceKind.Book),
        ("other", SpecReferenceKind.Other));

    public static readonly EnumWordTable<SpecReferenceStatus> ReferenceStatus = new(
        "reference status",
        ("source-document", SpecReferenceStatus.SourceDocument),
        ("abstract-read", SpecReferenceStatus.AbstractRead),
        ("full-text-read", SpecReferenceStatus.FullTextRead),
        ("not-located", SpecReferenceStatus.NotLocated),
        ("not-checked", SpecReferenceStatus.NotChecked));

    public static readonly EnumWordTable<SpecNoteKind> NoteKind = new(
        "note kind",
        ("background-statement", SpecNoteKind.BackgroundStatement),
        ("unverified", SpecNoteKind.Unverified),
        ("citation-mismatch", SpecNoteKind.CitationMismatch),
        ("context-note", SpecNoteKind.ContextNote));

    public static readonly EnumWordTable<SpecSynonymKind> SynonymKind = new(
        "synonym kind",
        ("research-code", SpecSynonymKind.ResearchCode),
        ("systematic-name", SpecSynonymKind.SystematicName),
        ("other", SpecSynonymKind.Other));

    public static readonly EnumWordTable<SpecCompoundRole> CompoundRole = new(
        "compound role",
        ("parent-drug", SpecCompoundRole.ParentDrug),
        ("metabolite", SpecCompoundRole.Metabolite),
        ("reference-compound", SpecCompoundRole.ReferenceCompound));

    public static readonly EnumWordTable<SpecStructureProvenance> StructureProvenance = new(
        "structure provenance",
        ("reported", SpecStructureProvenance.Reported),
        ("computed", SpecStructureProvenance.Computed));

    public static readonly EnumWordTable<SpecCompoundRelationKind> CompoundRelationKind = new(
        "relation kind",
        ("analogue", SpecCompoundRelationKind.Analogue),
        ("derivative", SpecCompoundRelationKind.Derivative),
        ("metabolite-of", SpecCompoundRelationKind.MetaboliteOf),
        ("prodrug-of", SpecCompoundRelationKind.ProdrugOf),
        ("salt-of", SpecCompoundRelationKind.SaltOf));

    public static readonly EnumWordTable<SpecTargetKind> TargetKind = new(
        "target kind",
        ("transporter", SpecTargetKind.Transporter),
        ("receptor", SpecTargetKind.Receptor),
        ("receptor-group", SpecTargetKind.ReceptorGroup),
        ("enzyme", SpecTargetKind.Enzyme),
        ("ion-channel", SpecTargetKind.IonChannel),
        ("other", SpecTargetKind.Other));

    public static readonly EnumWordTable<SpecAccessionDatabase> AccessionDatabase = new(
        "accession database",
        ("uniprot", SpecAccessionDatabase.UniProt),
        ("chembl", SpecAccessionDatabase.Chembl),
        ("gtopdb", SpecAccessionDatabase.GtoPdb));

    public static readonly EnumWordTable<SpecSpecies> Species = new(
        "species",
        ("human", SpecSpecies.Human),
        ("rat", SpecSpecies.Rat),
        ("mouse", SpecSpecies.Mouse),
        ("guinea-pig", SpecSpecies.GuineaPig),
        ("rabbit", SpecSpecies.Rabbit),
        ("dog", SpecSpecies.Dog),
        ("cat", SpecSpecies.Cat),
        ("pig", SpecSpecies.Pig),
        ("monkey", SpecSpecies.Monkey),
        ("cattle", SpecSpecies.Cattle));

    public static readonly EnumWordTable<SpecAssayKind> AssayKind = new(
        "assay kind",
        ("uptake-inhibition", SpecAssayKind.UptakeInhibition),
        ("displacement-protection", SpecAssayKind.DisplacementProtection),
        ("radioligand-binding", SpecAssayKind.RadioligandBinding),
        ("functional-tissue-response", SpecAssayKind.FunctionalTissueResponse),
        ("pressor-response", SpecAssayKind.PressorResponse),
        ("enzyme-inhibition", SpecAssayKind.EnzymeInhibition),
        ("other", SpecAssayKind.Other));

    public static readonly EnumWordTable<SpecAssaySetting> AssaySetting = new(
        "assay setting",
        ("in-vitro", SpecAssaySetting.InVitro),
        ("in-vivo", SpecAssaySetting.InVivo),
        ("ex-vivo", SpecAssaySetting.ExVivo),
        ("isolated-tissue", SpecAssaySetting.IsolatedTissue));

    public static readonly EnumWordTable<SpecAction> Action = new(
        "action",
        ("inhibitor", SpecAction.Inhibitor),
        ("antagonist", SpecAction.Antagonist),
        ("agonist", SpecAction.Agonist),
        ("blocker", SpecAction.Blocker),
        ("potentiator", SpecAction.Potentiator),
        ("ligand", SpecAction.Ligand),
        ("desensitisation", SpecAction.Desensitisation),
        ("no-effect", SpecAction.NoEffect));

    public static readonly EnumWordTable<SpecParameter> Parameter = new(
        "quantitative parameter",
        ("IC50", SpecParameter.IC50),
        ("Ki", SpecParameter.Ki),
        ("Kd", SpecParameter.Kd),
        ("EC50", SpecParameter.EC50),
        ("ED50", SpecParameter.ED50),
        ("percent-inhibition", SpecParameter.PercentInhibition),
        ("dose", SpecParameter.Dose));

    /// <summary>Relation symbols; <c>≤</c> and <c>≥</c> are accepted on input and written as <c>&lt;=</c>, <c>&gt;=</c>.</summary>
    public static readonly EnumWordTable<SpecRelation> Relation = new(
        "relation",
        ("=", SpecRelation.Equal),
        ("<", SpecRelation.LessThan),
        (">", SpecRelation.GreaterThan),
        ("<=", SpecRelation.LessThanOrEqual),
        (">=", SpecRelation.GreaterThanOrEqual),
        ("~", SpecRelation.Approximately),
        ("\u2264", SpecRelation.LessThanOrEqual),
        ("\u2265", SpecRelation.GreaterThanOrEqual));

    public static readonly EnumWordTable<SpecSpreadKind> SpreadKind = new(
        "spread kind",
        ("sd", SpecSpreadKind.StandardDeviation),
        ("sem", SpecSpreadKind.StandardError),
        ("ci95", SpecSpreadKind.ConfidenceInterval95),
        ("range", SpecSpreadKind.Range),
        ("unspecified", SpecSpreadKind.Unspecified));

    public static readonly EnumWordTable<SpecQualitativeCategory> QualitativeCategory = new(
        "qualitative category",
        ("active", SpecQualitativeCategory.Active),
        ("inactive", SpecQualitativeCategory.Inactive),
        ("potent", SpecQualitativeCategory.Potent),
        ("weak", SpecQualitativeCategory.Weak),
        ("high-affinity", SpecQualitativeCategory.HighAffinity),
        ("mixed", SpecQualitativeCategory.Mixed));

    public static readonly EnumWordTable<SpecComparativeDirection> ComparativeDirection = new(
        "comparative direction",
        ("weaker", SpecComparativeDirection.Weaker),
        ("stronger", SpecComparativeDirection.Stronger),
        ("similar", SpecComparativeDirection.Similar));

    public static readonly EnumWordTable<SpecDoseRoute> DoseRoute = new(
        "dose route",
        ("oral", SpecDoseRoute.Oral),
        ("intravenous", SpecDoseRoute.Intravenous),
        ("intraperitoneal", SpecDoseRoute.Intraperitoneal),
        ("subcutaneous", SpecDoseRoute.Subcutaneous),
        ("intramuscular", SpecDoseRoute.Intramuscular),
        ("in-vitro-bath", SpecDoseRoute.InVitroBath));

    public static readonly EnumWordTable<SpecReaction> Reaction = new(
        "reaction",
        ("n-demethylation", SpecReaction.NDemethylation),
        ("o-demethylation", SpecReaction.ODemethylation),
        ("hydroxylation", SpecReaction.Hydroxylation),
        ("n-oxidation", SpecReaction.NOxidation),
        ("glucuronidation", SpecReaction.Glucuronidation),
        ("sulfation", SpecReaction.Sulfation),
        ("other", SpecReaction.Other));

    public static readonly EnumWordTable<SpecItemKind> ItemKind = new(
        "item kind",
        ("dataset", SpecItemKind.Dataset),
        ("reference", SpecItemKind.Reference),
        ("compound", SpecItemKind.Compound),
        ("target", SpecItemKind.Target),
        ("assay", SpecItemKind.Assay),
        ("result", SpecItemKind.Result),
        ("transformation", SpecItemKind.Transformation),
        ("mechanism", SpecItemKind.Mechanism),
        ("gap", SpecItemKind.Gap));
}
