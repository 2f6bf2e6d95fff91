using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Model;

/// <summary>
/// Builds small, realistic entities from the cianopramine literature. Every call builds new objects (new strings,
/// new arrays), so two calls give separately built, equal values: what value-equality tests need.
/// </summary>
internal static class Samples
{
    public static CurationNote Note() => new()
    {
        Kind = CurationNoteKind.BackgroundStatement,
        Id = new string("C4".ToCharArray()),
        Text = "Stated as background in the review, not measured there.",
    };

    public static Reference Guide() => new()
    {
        Id = "guide",
        Kind = ReferenceKind.TechnicalDocument,
        Title = "Cianopramine: pharmacology guide",
        Status = ReferenceStatus.SourceDocument,
    };

    public static Reference Eichler() => new()
    {
        Id = "eichler1984",
        Kind = ReferenceKind.JournalArticle,
        Title = "Effects of cianopramine on platelet 5-HT uptake",
        Authors = ValueArray<string>.Create("Eichler HG", "Korn A"),
        AuthorsTruncated = true,
        Journal = "Clin Pharmacol Ther",
        Publisher = null,
        Year = 1984,
        Month = 12,
        Volume = "36",
        Issue = "6",
        Pages = "808-815",
        CatalogueNumber = null,
        Pmid = Pmid.Parse("6478739"),
        Doi = Doi.Parse("10.1038/clpt.1984.216"),
        Url = "https://pubmed.ncbi.nlm.nih.gov/6478739/",
        Website = "pubmed.ncbi.nlm.nih.gov",
        Status = ReferenceStatus.AbstractRead,
        Notes = ValueArray<CurationNote>.Create(Note()),
    };

    public static Synonym ResearchCode() => new()
    {
        Text = "Ro 11-2465",
        Kind = SynonymKind.ResearchCode,
        References = ValueArray<Reference>.Create(Guide()),
    };

    public static CompoundIdentifiers ImipramineIdentifiers() => new()
    {
        PubChemCid = new PubChemCid(3696),
        ChemblId = ChemblId.Parse("CHEMBL11"),
        DrugBankId = DrugBankId.Parse("DB00458"),
        Cas = CasNumber.Parse("50-49-7"),
    };

    public static StructureDescriptors Structure() => new()
    {
        Provenance = ValueProvenance.Computed,
        Method = "Computed from the name 3-cyanoimipramine with RDKit.",
        Smiles = "CN(C)CCCN1c2ccccc2CCc2ccc(C#N)cc21",
        Formula = "C20H23N3",
        AverageMass = 305.425,
        MonoisotopicMass = 305.1892,
        InChIKey = InChIKey.Parse("LQXYCDLHSKICDY-UHFFFAOYSA-N"),
        References = ValueArray<Reference>.Create(Guide()),
    };

    public static CompoundRelation AnalogueOfImipramine() => new()
    {
        Kind = CompoundRelationKind.Analogue,
        CompoundId = "imipramine",
        Description = "3-cyano analogue of imipramine",
        References = ValueArray<Reference>.Create(Guide()),
    };

    public static Compound Cianopramine() => new()
    {
        Id = "cianopramine",
        Name = "Cianopramine",
        Role = CompoundRole.ParentDrug,
        Class = "tricyclic antidepressant",
        Synonyms = ValueArray<Synonym>.Create(
            ResearchCode(),
            new Synonym { Text = "3-cyanoimipramine", Kind = SynonymKind.SystematicName }),
        Identifiers = ImipramineIdentifiers(),
        Structure = Structure(),
        Relations = ValueArray<CompoundRelation>.Create(AnalogueOfImipramine()),
        References = ValueArray<Reference>.Create(Guide(), Eichler()),
        Notes = ValueArray<CurationNote>.Create(Note()),
    };

    public static Compound Desmethylcianopramine() => new()
    {
        Id = "desmethylcianopramine",
        Name = "Desmethylcianopramine",
        Role = CompoundRole.Metabolite,
        Synonyms = ValueArray<Synonym>.Create(new Synonym { Text = "Ro 12-5419", Kind = SynonymKind.ResearchCode }),
        References = ValueArray<Reference>.Create(Guide()),
    };

    public static TargetAccession SertUniProt() => new()
    {
        Database = AccessionDatabase.UniProt,
        Value = "P31645",
        Species = Species.Human,
    };

    public static TargetClassification Fundus5Ht2B() => new()
    {
        Symbol = "5-HT2B",
        Gene = "HTR2B",
        Accessions = ValueArray<TargetAccession>.Create(new TargetAccession { Database = AccessionDatabase.UniProt, Value = "P41595", Species = Species.Human }),
        Text = "The receptor contracting the rat stomach fundus is now classified as 5-HT2B.",
        References = ValueArray<Reference>.Create(Guide()),
    };

    public static Target Sert() => new()
    {
        Id = "sert",
        Symbol = "SERT",
        Name = "serotonin (5-HT) transporter",
        Kind = TargetKind.Transporter,
        Gene = "SLC6A4",
        Accessions = ValueArray<TargetAccession>.Create(
            SertUniProt(),
            new TargetAccession { Database = AccessionDatabase.GtoPdb, Value = "928" }),
        Classifications = ValueArray<TargetClassification>.Create(Fundus5Ht2B()),
        References = ValueArray<Reference>.Create(Guide()),
        Notes = ValueArray<CurationNote>.Create(Note()),
    };

    public static Target Net() => new()
    {
        Id = "net",
        Symbol = "NET",
        Name = "noradrenaline transporter",
        Kind = TargetKind.Transporter,
        Gene = "SLC6A2",
    };

    public static Assay UptakeAssay() => new()
    {
        Id = "platelet-uptake",
        Kind = AssayKind.UptakeInhibition,
        Setting = AssaySetting.ExVivo,
        Species = ValueArray<Species>.Create(Species.Human),
        Tissue = "platelets",
        Description = "5-HT uptake into platelets after an oral dose",
    };

    public static Dose TwoMilligramsOral() => new()
    {
        Relation = Relation.EqualTo,
        Amount = new Quantity(2m, Unit.Milligram),
        Route = Route.Oral,
    };

    public static Conditions TwoHoursAfterTwoMilligrams() => new()
    {
        Dose = TwoMilligramsOral(),
        TimeAfterDose = new Quantity(2m, Unit.Hour),
        Text = "before cianopramine",
    };

    public static QuantitativeValue Ic50FiftyMicromolar() => new()
    {
        Parameter = ActivityParameter.IC50,
        Relation = Relation.EqualTo,
        Magnitude = new Quantity(0.00005m, Unit.Molar),
        Spread = new Spread(0.00001m, SpreadKind.StandardError),
    };

    public static QualitativeValue PotentInhibitor() => new()
    {
        Text = "Potent and Selective Inhibitor",
        Category = QualitativeCategory.Potent,
    };

    public static ComparativeValue WeakerThanCianopramine() => new()
    {
        ComparedTo = Cianopramine(),
        Direction = ComparativeDirection.Weaker,
        Magnitude = "considerably",
        Text = "considerably weaker than cianopramine",
    };

    public static AssayResult Result() => new()
    {
        Id = "P4-1mg-2h",
        Compound = Cianopramine(),
        Target = Sert(),
        Assay = UptakeAssay(),
        Conditions = TwoHoursAfterTwoMilligrams(),
        Value = Ic50FiftyMicromolar(),
        Action = PharmacologicalAction.Inhibitor,
        References = ValueArray<Reference>.Create(Eichler(), Guide()),
        Notes = ValueArray<CurationNote>.Create(Note()),
    };

    public static MetabolicTransformation NDemethylation() => new()
    {
        Id = "G-M1",
        Substrate = Cianopramine(),
        Product = Desmethylcianopramine(),
        Reaction = Reaction.NDemethylation,
        EnzymeEvidence = EnzymeEvidence.Reported,
        Enzymes = ValueArray<string>.Create("CYP2D6", "CYP1A2"),
        Species = Species.Human,
        Setting = AssaySetting.InVivo,
        ProductActive = true,
        References = ValueArray<Reference>.Create(Guide()),
        Notes = ValueArray<CurationNote>.Create(Note()),
    };

    public static MechanismStatement Mechanism() => new()
    {
        Id = "G-X1",
        Compound = Cianopramine(),
        Scope = null,
        Targets = ValueArray<Target>.Create(Sert()),
        Action = PharmacologicalAction.Inhibitor,
        IsPrimary = true,
        Text = "Cianopramine is a potent and selective inhibitor of 5-HT uptake.",
        References = ValueArray<Reference>.Create(Guide()),
        Notes = ValueArray<CurationNote>.Create(Note()),
    };

    public static DataGap Gap() => new()
    {
        Id = "G5",
        Text = "No Ki values at NET have been published.",
        Compounds = ValueArray<Compound>.Create(Cianopramine()),
        Targets = ValueArray<Target>.Create(Net()),
        Parameters = ValueArray<ActivityParameter>.Create(ActivityParameter.Ki, ActivityParameter.IC50),
        Setting = AssaySetting.InVitro,
        References = ValueArray<Reference>.Create(Guide()),
    };

    public static DatasetMetadata Metadata() => new()
    {
        Id = "cianopramine",
        Title = "Cianopramine pharmacology",
        Version = "1.0.0",
        Description = "Pharmacology of cianopramine and desmethylcianopramine.",
        Sources = ValueArray<Reference>.Create(Guide()),
        ContentHash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    };
}
