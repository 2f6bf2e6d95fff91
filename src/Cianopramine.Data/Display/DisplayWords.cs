using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Display;

/// <summary>Words for enum values in the HTML renderings (the query results' words where they exist).</summary>
internal static class DisplayWords
{
    public static string Of(CompoundRole role) => role switch
    {
        CompoundRole.ParentDrug => "parent drug",
        CompoundRole.Metabolite => "metabolite",
        _ => "reference compound",
    };

    public static string Of(SynonymKind kind) => kind switch
    {
        SynonymKind.ResearchCode => "research code",
        SynonymKind.SystematicName => "systematic name",
        _ => "other name",
    };

    public static string Of(CurationNoteKind kind) => kind switch
    {
        CurationNoteKind.BackgroundStatement => "background statement",
        CurationNoteKind.Unverified => "unverified",
        CurationNoteKind.CitationMismatch => "citation mismatch",
        _ => "context note",
    };

    public static string Of(ReferenceStatus status) => status switch
    {
        ReferenceStatus.SourceDocument => "source document",
        ReferenceStatus.AbstractRead => "abstract read",
        ReferenceStatus.FullTextRead => "full text read",
        ReferenceStatus.NotLocated => "not located",
        _ => "not checked",
    };

    public static string Of(AssayKind kind) => kind switch
    {
        AssayKind.UptakeInhibition => "uptake inhibition",
        AssayKind.DisplacementProtection => "displacement protection",
        AssayKind.RadioligandBinding => "radioligand binding",
        AssayKind.FunctionalTissueResponse => "functional tissue response",
        AssayKind.PressorResponse => "pressor response",
        AssayKind.EnzymeInhibition => "enzyme inhibition",
        _ => "other assay",
    };

    public static string Of(TargetKind kind) => kind switch
    {
        TargetKind.Transporter => "transporter",
        TargetKind.Receptor => "receptor",
        TargetKind.ReceptorGroup => "receptor group",
        TargetKind.Enzyme => "enzyme",
        TargetKind.IonChannel => "ion channel",
        _ => "other target",
    };

    public static string Of(Species species) => species switch
    {
        Species.GuineaPig => "guinea pig",
        _ => species.ToString().ToLowerInvariant(),
    };

    public static string Of(AccessionDatabase database) => database switch
    {
        AccessionDatabase.UniProt => "UniProt",
        AccessionDatabase.Chembl => "ChEMBL",
        _ => "GtoPdb",
    };

    public static string Of(CompoundRelationKind kind) => kind switch
    {
        CompoundRelationKind.Analogue => "analogue of",
        CompoundRelationKind.Derivative => "derivative of",
        CompoundRelationKind.MetaboliteOf => "metabolite of",
        CompoundRelationKind.ProdrugOf => "prodrug of",
        _ => "salt of",
    };

    public static string Of(ComparisonVerdict verdict) => verdict switch
    {
        ComparisonVerdict.Stronger => "stronger",
        ComparisonVerdict.Weaker => "weaker",
        ComparisonVerdict.Similar => "similar",
        ComparisonVerdict.Conflicting => "conflicting evidence",
        _ => "not comparable",
    };

    public static string Of(ComparisonBasis basis) => basis switch
    {
        ComparisonBasis.ComparativeResult => "comparative result",
        _ => "quantitative ratio",
    };

    public static string Of(QualitativeCategory category) => Words.Of(category);

    public static string Of(AssaySetting setting) => Words.Of(setting);

    public static string Of(PharmacologicalAction action) => Words.Of(action);

    public static string Of(ActivityParameter parameter) => Words.Of(parameter);

    public static string Of(Reaction reaction) => Words.Of(reaction);

    public static string Of(ValueKind kind) => Words.Of(kind);
}
