using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Vocabulary;

/// <summary>
/// The words of every enumeration: one table each, with the JSON word that data files, exports and CSV use
/// (docs/json-format.md lists them) and the word shown to people by <c>ToString</c>, text reports and HTML. Compiled
/// into the library and the source generator alike.
/// </summary>
internal static partial class EnumWords
{
    public static readonly EnumWordTable<ReferenceKind> ReferenceKind = new(
        "reference kind",
        ("journal-article", Model.ReferenceKind.JournalArticle, "journal article"),
        ("web-page", Model.ReferenceKind.WebPage, "web page"),
        ("technical-document", Model.ReferenceKind.TechnicalDocument, "technical document"),
        ("book", Model.ReferenceKind.Book, "book"),
        ("other", Model.ReferenceKind.Other, "other"),
        ("not-stated", Model.ReferenceKind.NotStated, "kind not stated"));

    public static readonly EnumWordTable<ReferenceStatus> ReferenceStatus = new(
        "reference status",
        ("source-document", Model.ReferenceStatus.SourceDocument, "source document"),
        ("abstract-read", Model.ReferenceStatus.AbstractRead, "abstract read"),
        ("full-text-read", Model.ReferenceStatus.FullTextRead, "full text read"),
        ("not-located", Model.ReferenceStatus.NotLocated, "not located"),
        ("not-checked", Model.ReferenceStatus.NotChecked, "not checked"),
        ("not-stated", Model.ReferenceStatus.NotStated, "status not stated"));

    public static readonly EnumWordTable<CurationNoteKind> NoteKind = new(
        "note kind",
        ("background-statement", CurationNoteKind.BackgroundStatement, "background statement"),
        ("unverified", CurationNoteKind.Unverified, "unverified"),
        ("citation-mismatch", CurationNoteKind.CitationMismatch, "citation mismatch"),
        ("context-note", CurationNoteKind.ContextNote, "context note"),
        ("data-validity", CurationNoteKind.DataValidity, "data validity"));

    public static readonly EnumWordTable<SynonymKind> SynonymKind = new(
        "synonym kind",
        ("research-code", Model.SynonymKind.ResearchCode, "research code"),
        ("systematic-name", Model.SynonymKind.SystematicName, "systematic name"),
        ("semisystematic-name", Model.SynonymKind.SemisystematicName, "semi-systematic name"),
        ("other", Model.SynonymKind.Other, "other name"));

    public static readonly EnumWordTable<CompoundRole> CompoundRole = new(
        "compound role",
        ("parent-drug", Model.CompoundRole.ParentDrug, "parent drug"),
        ("metabolite", Model.CompoundRole.Metabolite, "metabolite"),
        ("reference-compound", Model.CompoundRole.ReferenceCompound, "reference compound"),
        ("research-compound", Model.CompoundRole.ResearchCompound, "research compound"),
        ("radioligand", Model.CompoundRole.Radioligand, "radioligand"),
        ("tool-compound", Model.CompoundRole.ToolCompound, "tool compound"),
        ("not-stated", Model.CompoundRole.NotStated, "role not stated"));

    public static readonly EnumWordTable<ValueProvenance> StructureProvenance = new(
        "structure provenance",
        ("reported", ValueProvenance.Reported, "reported"),
        ("computed", ValueProvenance.Computed, "computed"));

    public static readonly EnumWordTable<CompoundRelationKind> CompoundRelationKind = new(
        "relation kind",
        ("analogue", Model.CompoundRelationKind.Analogue, "analogue of"),
        ("derivative", Model.CompoundRelationKind.Derivative, "derivative of"),
        ("metabolite-of", Model.CompoundRelationKind.MetaboliteOf, "metabolite of"),
        ("prodrug-of", Model.CompoundRelationKind.ProdrugOf, "prodrug of"),
        ("salt-of", Model.CompoundRelationKind.SaltOf, "salt of"));

    public static readonly EnumWordTable<TargetKind> TargetKind = new(
        "target kind",
        ("transporter", Model.TargetKind.Transporter, "transporter"),
        ("receptor", Model.TargetKind.Receptor, "receptor"),
        ("receptor-group", Model.TargetKind.ReceptorGroup, "receptor group"),
        ("enzyme", Model.TargetKind.Enzyme, "enzyme"),
        ("ion-channel", Model.TargetKind.IonChannel, "ion channel"),
        ("other", Model.TargetKind.Other, "other target"),
        ("not-stated", Model.TargetKind.NotStated, "kind not stated"));

    public static readonly EnumWordTable<AccessionDatabase> AccessionDatabase = new(
        "accession database",
        ("uniprot", Model.AccessionDatabase.UniProt, "UniProt"),
        ("chembl", Model.AccessionDatabase.Chembl, "ChEMBL"),
        ("gtopdb", Model.AccessionDatabase.GtoPdb, "GtoPdb"));

    public static readonly EnumWordTable<Species> Species = new(
        "species",
        ("human", Model.Species.Human, "human"),
        ("rat", Model.Species.Rat, "rat"),
        ("mouse", Model.Species.Mouse, "mouse"),
        ("guinea-pig", Model.Species.GuineaPig, "guinea pig"),
        ("rabbit", Model.Species.Rabbit, "rabbit"),
        ("dog", Model.Species.Dog, "dog"),
        ("cat", Model.Species.Cat, "cat"),
        ("pig", Model.Species.Pig, "pig"),
        ("monkey", Model.Species.Monkey, "monkey"),
        ("cattle", Model.Species.Cattle, "cattle"));

    public static readonly EnumWordTable<AssayKind> AssayKind = new(
        "assay kind",
        ("uptake-inhibition", Model.AssayKind.UptakeInhibition, "uptake inhibition"),
        ("displacement-protection", Model.AssayKind.DisplacementProtection, "displacement protection"),
        ("radioligand-binding", Model.AssayKind.RadioligandBinding, "radioligand binding"),
        ("functional-tissue-response", Model.AssayKind.FunctionalTissueResponse, "functional tissue response"),
        ("pressor-response", Model.AssayKind.PressorResponse, "pressor response"),
        ("enzyme-inhibition", Model.AssayKind.EnzymeInhibition, "enzyme inhibition"),
        ("other", Model.AssayKind.Other, "other assay"),
        ("not-stated", Model.AssayKind.NotStated, "assay kind not stated"));

    public static readonly EnumWordTable<AssaySetting> AssaySetting = new(
        "assay setting",
        ("in-vitro", Model.AssaySetting.InVitro, "in vitro"),
        ("in-vivo", Model.AssaySetting.InVivo, "in vivo"),
        ("ex-vivo", Model.AssaySetting.ExVivo, "ex vivo"),
        ("isolated-tissue", Model.AssaySetting.IsolatedTissue, "isolated tissue"),
        ("not-stated", Model.AssaySetting.NotStated, "setting not stated"));

    public static readonly EnumWordTable<PharmacologicalAction> Action = new(
        "action",
        ("inhibitor", PharmacologicalAction.Inhibitor, "inhibitor"),
        ("antagonist", PharmacologicalAction.Antagonist, "antagonist"),
        ("agonist", PharmacologicalAction.Agonist, "agonist"),
        ("blocker", PharmacologicalAction.Blocker, "blocker"),
        ("potentiator", PharmacologicalAction.Potentiator, "potentiator"),
        ("ligand", PharmacologicalAction.Ligand, "ligand"),
        ("desensitisation", PharmacologicalAction.Desensitisation, "desensitisation"),
        ("no-effect", PharmacologicalAction.NoEffect, "no effect"));

    public static readonly EnumWordTable<ActivityParameter> Parameter = new(
        "quantitative parameter",
        ("IC50", ActivityParameter.IC50, "IC50"),
        ("Ki", ActivityParameter.Ki, "Ki"),
        ("Kd", ActivityParameter.Kd, "Kd"),
        ("EC50", ActivityParameter.EC50, "EC50"),
        ("ED50", ActivityParameter.ED50, "ED50"),
        ("percent-inhibition", ActivityParameter.PercentInhibition, "% inhibition"),
        ("dose", ActivityParameter.Dose, "dose"));

    /// <summary>Relation symbols; <c>≤</c> and <c>≥</c> are accepted on input and written as <c>&lt;=</c>, <c>&gt;=</c>.</summary>
    public static readonly EnumWordTable<Relation> Relation = new EnumWordTable<Relation>(
        "relation",
        ("=", Units.Relation.EqualTo, "="),
        ("<", Units.Relation.LessThan, "<"),
        (">", Units.Relation.GreaterThan, ">"),
        ("<=", Units.Relation.LessThanOrEqual, "\u2264"),
        (">=", Units.Relation.GreaterThanOrEqual, "\u2265"),
        ("~", Units.Relation.Approximately, "~"))
        .Accepting(("\u2264", Units.Relation.LessThanOrEqual), ("\u2265", Units.Relation.GreaterThanOrEqual));

    /// <summary>
    /// Unit symbols: ASCII in files (<c>uM</c>, <c>ug/kg</c>), with the micro sign (U+00B5) or the Greek mu (U+03BC)
    /// accepted for <c>u</c> on input; the micro sign for people.
    /// </summary>
    public static readonly EnumWordTable<Unit> Unit = new EnumWordTable<Unit>(
        "unit",
        ("M", Units.Unit.Molar, "M"),
        ("mM", Units.Unit.Millimolar, "mM"),
        ("uM", Units.Unit.Micromolar, "\u00B5M"),
        ("nM", Units.Unit.Nanomolar, "nM"),
        ("pM", Units.Unit.Picomolar, "pM"),
        ("%", Units.Unit.Percent, "%"),
        ("g", Units.Unit.Gram, "g"),
        ("mg", Units.Unit.Milligram, "mg"),
        ("ug", Units.Unit.Microgram, "\u00B5g"),
        ("mg/kg", Units.Unit.MilligramPerKilogram, "mg/kg"),
        ("ug/kg", Units.Unit.MicrogramPerKilogram, "\u00B5g/kg"),
        ("mg/min", Units.Unit.MilligramPerMinute, "mg/min"),
        ("ug/min", Units.Unit.MicrogramPerMinute, "\u00B5g/min"),
        ("min", Units.Unit.Minute, "min"),
        ("h", Units.Unit.Hour, "h"),
        ("d", Units.Unit.Day, "d"))
        .Accepting(
            ("\u00B5M", Units.Unit.Micromolar), ("\u03BCM", Units.Unit.Micromolar),
            ("\u00B5g", Units.Unit.Microgram), ("\u03BCg", Units.Unit.Microgram),
            ("\u00B5g/kg", Units.Unit.MicrogramPerKilogram), ("\u03BCg/kg", Units.Unit.MicrogramPerKilogram),
            ("\u00B5g/min", Units.Unit.MicrogramPerMinute), ("\u03BCg/min", Units.Unit.MicrogramPerMinute));

    public static readonly EnumWordTable<SpreadKind> SpreadKind = new(
        "spread kind",
        ("sd", Model.SpreadKind.StandardDeviation, "SD"),
        ("sem", Model.SpreadKind.StandardError, "SEM"),
        ("ci95", Model.SpreadKind.ConfidenceInterval95, "95 % CI"),
        ("range", Model.SpreadKind.Range, "half range"),
        ("unspecified", Model.SpreadKind.Unspecified, "spread unspecified"));

    public static readonly EnumWordTable<QualitativeCategory> QualitativeCategory = new(
        "qualitative category",
        ("active", Model.QualitativeCategory.Active, "active"),
        ("inactive", Model.QualitativeCategory.Inactive, "inactive"),
        ("potent", Model.QualitativeCategory.Potent, "potent"),
        ("weak", Model.QualitativeCategory.Weak, "weak"),
        ("high-affinity", Model.QualitativeCategory.HighAffinity, "high affinity"),
        ("mixed", Model.QualitativeCategory.Mixed, "mixed"));

    public static readonly EnumWordTable<ComparativeDirection> ComparativeDirection = new(
        "comparative direction",
        ("weaker", Model.ComparativeDirection.Weaker, "weaker"),
        ("stronger", Model.ComparativeDirection.Stronger, "stronger"),
        ("similar", Model.ComparativeDirection.Similar, "similar"));

    public static readonly EnumWordTable<Route> DoseRoute = new(
        "dose route",
        ("oral", Route.Oral, "oral"),
        ("intravenous", Route.Intravenous, "intravenous"),
        ("intraperitoneal", Route.Intraperitoneal, "intraperitoneal"),
        ("subcutaneous", Route.Subcutaneous, "subcutaneous"),
        ("intramuscular", Route.Intramuscular, "intramuscular"),
        ("in-vitro-bath", Route.InVitroBath, "in vitro bath"));

    public static readonly EnumWordTable<Reaction> Reaction = new(
        "reaction",
        ("n-demethylation", Model.Reaction.NDemethylation, "N-demethylation"),
        ("o-demethylation", Model.Reaction.ODemethylation, "O-demethylation"),
        ("hydroxylation", Model.Reaction.Hydroxylation, "hydroxylation"),
        ("n-oxidation", Model.Reaction.NOxidation, "N-oxidation"),
        ("glucuronidation", Model.Reaction.Glucuronidation, "glucuronidation"),
        ("sulfation", Model.Reaction.Sulfation, "sulfation"),
        ("other", Model.Reaction.Other, "other reaction"));

    /// <summary>
    /// What is known of a transformation's enzymes. In files the first two are words and the third is the list of
    /// names itself; its word is never read or written.
    /// </summary>
    public static readonly EnumWordTable<EnzymeEvidence> EnzymeEvidence = new(
        "enzymes",
        ("not-reported", Model.EnzymeEvidence.NotReported, "not reported"),
        ("none", Model.EnzymeEvidence.None, "none"),
        ("[names]", Model.EnzymeEvidence.Reported, "reported"));

    /// <summary>The <c>type</c> of a result's value.</summary>
    public static readonly EnumWordTable<ValueKind> ValueKind = new(
        "value type",
        ("quantitative", Model.ValueKind.Quantitative, "quantitative"),
        ("qualitative", Model.ValueKind.Qualitative, "qualitative"),
        ("comparative", Model.ValueKind.Comparative, "comparative"));
}
