using System;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Validation;

namespace Cianopramine.Data.Serialization;

/// <summary>
/// The one mapping between the shared reader's enumerations (<c>Spec*</c>, whose JSON words are in
/// <see cref="EnumWords"/> and <see cref="UnitSymbols"/>) and the public model's enumerations, both ways. Every switch
/// names every member, and the tests walk every value of every enumeration both ways, so a member added on one side
/// and not the other fails a test instead of being mapped to a wrong value.
/// </summary>
internal static class EnumMapping
{
    public static ReferenceKind ToModel(SpecReferenceKind value) => value switch
    {
        SpecReferenceKind.JournalArticle => ReferenceKind.JournalArticle,
        SpecReferenceKind.WebPage => ReferenceKind.WebPage,
        SpecReferenceKind.TechnicalDocument => ReferenceKind.TechnicalDocument,
        SpecReferenceKind.Book => ReferenceKind.Book,
        SpecReferenceKind.Other => ReferenceKind.Other,
        _ => throw Unknown(value),
    };

    public static SpecReferenceKind ToSpec(ReferenceKind value) => value switch
    {
        ReferenceKind.JournalArticle => SpecReferenceKind.JournalArticle,
        ReferenceKind.WebPage => SpecReferenceKind.WebPage,
        ReferenceKind.TechnicalDocument => SpecReferenceKind.TechnicalDocument,
        ReferenceKind.Book => SpecReferenceKind.Book,
        ReferenceKind.Other => SpecReferenceKind.Other,
        _ => throw Unknown(value),
    };

    public static ReferenceStatus ToModel(SpecReferenceStatus value) => value switch
    {
        SpecReferenceStatus.SourceDocument => ReferenceStatus.SourceDocument,
        SpecReferenceStatus.AbstractRead => ReferenceStatus.AbstractRead,
        SpecReferenceStatus.FullTextRead => ReferenceStatus.FullTextRead,
        SpecReferenceStatus.NotLocated => ReferenceStatus.NotLocated,
        SpecReferenceStatus.NotChecked => ReferenceStatus.NotChecked,
        _ => throw Unknown(value),
    };

    public static SpecReferenceStatus ToSpec(ReferenceStatus value) => value switch
    {
        ReferenceStatus.SourceDocument => SpecReferenceStatus.SourceDocument,
        ReferenceStatus.AbstractRead => SpecReferenceStatus.AbstractRead,
        ReferenceStatus.FullTextRead => SpecReferenceStatus.FullTextRead,
        ReferenceStatus.NotLocated => SpecReferenceStatus.NotLocated,
        ReferenceStatus.NotChecked => SpecReferenceStatus.NotChecked,
        _ => throw Unknown(value),
    };

    public static CurationNoteKind ToModel(SpecNoteKind value) => value switch
    {
        SpecNoteKind.BackgroundStatement => CurationNoteKind.BackgroundStatement,
        SpecNoteKind.Unverified => CurationNoteKind.Unverified,
        SpecNoteKind.CitationMismatch => CurationNoteKind.CitationMismatch,
        SpecNoteKind.ContextNote => CurationNoteKind.ContextNote,
        _ => throw Unknown(value),
    };

    public static SpecNoteKind ToSpec(CurationNoteKind value) => value switch
    {
        CurationNoteKind.BackgroundStatement => SpecNoteKind.BackgroundStatement,
        CurationNoteKind.Unverified => SpecNoteKind.Unverified,
        CurationNoteKind.CitationMismatch => SpecNoteKind.CitationMismatch,
        CurationNoteKind.ContextNote => SpecNoteKind.ContextNote,
        _ => throw Unknown(value),
    };

    public static SynonymKind ToModel(SpecSynonymKind value) => value switch
    {
        SpecSynonymKind.ResearchCode => SynonymKind.ResearchCode,
        SpecSynonymKind.SystematicName => SynonymKind.SystematicName,
        SpecSynonymKind.Other => SynonymKind.Other,
        _ => throw Unknown(value),
    };

    public static SpecSynonymKind ToSpec(SynonymKind value) => value switch
    {
        SynonymKind.ResearchCode => SpecSynonymKind.ResearchCode,
        SynonymKind.SystematicName => SpecSynonymKind.SystematicName,
        SynonymKind.Other => SpecSynonymKind.Other,
        _ => throw Unknown(value),
    };

    public static CompoundRole ToModel(SpecCompoundRole value) => value switch
    {
        SpecCompoundRole.ParentDrug => CompoundRole.ParentDrug,
        SpecCompoundRole.Metabolite => CompoundRole.Metabolite,
        SpecCompoundRole.ReferenceCompound => CompoundRole.ReferenceCompound,
        _ => throw Unknown(value),
    };

    public static SpecCompoundRole ToSpec(CompoundRole value) => value switch
    {
        CompoundRole.ParentDrug => SpecCompoundRole.ParentDrug,
        CompoundRole.Metabolite => SpecCompoundRole.Metabolite,
        CompoundRole.ReferenceCompound => SpecCompoundRole.ReferenceCompound,
        _ => throw Unknown(value),
    };

    public static ValueProvenance ToModel(SpecStructureProvenance value) => value switch
    {
        SpecStructureProvenance.Reported => ValueProvenance.Reported,
        SpecStructureProvenance.Computed => ValueProvenance.Computed,
        _ => throw Unknown(value),
    };

    public static SpecStructureProvenance ToSpec(ValueProvenance value) => value switch
    {
        ValueProvenance.Reported => SpecStructureProvenance.Reported,
        ValueProvenance.Computed => SpecStructureProvenance.Computed,
        _ => throw Unknown(value),
    };

    public static CompoundRelationKind ToModel(SpecCompoundRelationKind value) => value switch
    {
        SpecCompoundRelationKind.Analogue => CompoundRelationKind.Analogue,
        SpecCompoundRelationKind.Derivative => CompoundRelationKind.Derivative,
        SpecCompoundRelationKind.MetaboliteOf => CompoundRelationKind.MetaboliteOf,
        SpecCompoundRelationKind.ProdrugOf => CompoundRelationKind.ProdrugOf,
        SpecCompoundRelationKind.SaltOf => CompoundRelationKind.SaltOf,
        _ => throw Unknown(value),
    };

    public static SpecCompoundRelationKind ToSpec(CompoundRelationKind value) => value switch
    {
        CompoundRelationKind.Analogue => SpecCompoundRelationKind.Analogue,
        CompoundRelationKind.Derivative => SpecCompoundRelationKind.Derivative,
        CompoundRelationKind.MetaboliteOf => SpecCompoundRelationKind.MetaboliteOf,
        CompoundRelationKind.ProdrugOf => SpecCompoundRelationKind.ProdrugOf,
        CompoundRelationKind.SaltOf => SpecCompoundRelationKind.SaltOf,
        _ => throw Unknown(value),
    };

    public static TargetKind ToModel(SpecTargetKind value) => value switch
    {
        SpecTargetKind.Transporter => TargetKind.Transporter,
        SpecTargetKind.Receptor => TargetKind.Receptor,
        SpecTargetKind.ReceptorGroup => TargetKind.ReceptorGroup,
        SpecTargetKind.Enzyme => TargetKind.Enzyme,
        SpecTargetKind.IonChannel => TargetKind.IonChannel,
        SpecTargetKind.Other => TargetKind.Other,
        _ => throw Unknown(value),
    };

    public static SpecTargetKind ToSpec(TargetKind value) => value switch
    {
        TargetKind.Transporter => SpecTargetKind.Transporter,
        TargetKind.Receptor => SpecTargetKind.Receptor,
        TargetKind.ReceptorGroup => SpecTargetKind.ReceptorGroup,
        TargetKind.Enzyme => SpecTargetKind.Enzyme,
        TargetKind.IonChannel => SpecTargetKind.IonChannel,
        TargetKind.Other => SpecTargetKind.Other,
        _ => throw Unknown(value),
    };

    public static AccessionDatabase ToModel(SpecAccessionDatabase value) => value switch
    {
        SpecAccessionDatabase.UniProt => AccessionDatabase.UniProt,
        SpecAccessionDatabase.Chembl => AccessionDatabase.Chembl,
        SpecAccessionDatabase.GtoPdb => AccessionDatabase.GtoPdb,
        _ => throw Unknown(value),
    };

    public static SpecAccessionDatabase ToSpec(AccessionDatabase value) => value switch
    {
        AccessionDatabase.UniProt => SpecAccessionDatabase.UniProt,
        AccessionDatabase.Chembl => SpecAccessionDatabase.Chembl,
        AccessionDatabase.GtoPdb => SpecAccessionDatabase.GtoPdb,
        _ => throw Unknown(value),
    };

    public static Species ToModel(SpecSpecies value) => value switch
    {
        SpecSpecies.Human => Species.Human,
        SpecSpecies.Rat => Species.Rat,
        SpecSpecies.Mouse => Species.Mouse,
        SpecSpecies.GuineaPig => Species.GuineaPig,
        SpecSpecies.Rabbit => Species.Rabbit,
        SpecSpecies.Dog => Species.Dog,
        SpecSpecies.Cat => Species.Cat,
        SpecSpecies.Pig => Species.Pig,
        SpecSpecies.Monkey => Species.Monkey,
        SpecSpecies.Cattle => Species.Cattle,
        _ => throw Unknown(value),
    };

    public static SpecSpecies ToSpec(Species value) => value switch
    {
        Species.Human => SpecSpecies.Human,
        Species.Rat => SpecSpecies.Rat,
        Species.Mouse => SpecSpecies.Mouse,
        Species.GuineaPig => SpecSpecies.GuineaPig,
        Species.Rabbit => SpecSpecies.Rabbit,
        Species.Dog => SpecSpecies.Dog,
        Species.Cat => SpecSpecies.Cat,
        Species.Pig => SpecSpecies.Pig,
        Species.Monkey => SpecSpecies.Monkey,
        Species.Cattle => SpecSpecies.Cattle,
        _ => throw Unknown(value),
    };

    public static AssayKind ToModel(SpecAssayKind value) => value switch
    {
        SpecAssayKind.UptakeInhibition => AssayKind.UptakeInhibition,
        SpecAssayKind.DisplacementProtection => AssayKind.DisplacementProtection,
        SpecAssayKind.RadioligandBinding => AssayKind.RadioligandBinding,
        SpecAssayKind.FunctionalTissueResponse => AssayKind.FunctionalTissueResponse,
        SpecAssayKind.PressorResponse => AssayKind.PressorResponse,
        SpecAssayKind.EnzymeInhibition => AssayKind.EnzymeInhibition,
        SpecAssayKind.Other => AssayKind.Other,
        _ => throw Unknown(value),
    };

    public static SpecAssayKind ToSpec(AssayKind value) => value switch
    {
        AssayKind.UptakeInhibition => SpecAssayKind.UptakeInhibition,
        AssayKind.DisplacementProtection => SpecAssayKind.DisplacementProtection,
        AssayKind.RadioligandBinding => SpecAssayKind.RadioligandBinding,
        AssayKind.FunctionalTissueResponse => SpecAssayKind.FunctionalTissueResponse,
        AssayKind.PressorResponse => SpecAssayKind.PressorResponse,
        AssayKind.EnzymeInhibition => SpecAssayKind.EnzymeInhibition,
        AssayKind.Other => SpecAssayKind.Other,
        _ => throw Unknown(value),
    };

    public static AssaySetting ToModel(SpecAssaySetting value) => value switch
    {
        SpecAssaySetting.InVitro => AssaySetting.InVitro,
        SpecAssaySetting.InVivo => AssaySetting.InVivo,
        SpecAssaySetting.ExVivo => AssaySetting.ExVivo,
        SpecAssaySetting.IsolatedTissue => AssaySetting.IsolatedTissue,
        _ => throw Unknown(value),
    };

    public static SpecAssaySetting ToSpec(AssaySetting value) => value switch
    {
        AssaySetting.InVitro => SpecAssaySetting.InVitro,
        AssaySetting.InVivo => SpecAssaySetting.InVivo,
        AssaySetting.ExVivo => SpecAssaySetting.ExVivo,
        AssaySetting.IsolatedTissue => SpecAssaySetting.IsolatedTissue,
        _ => throw Unknown(value),
    };

    public static PharmacologicalAction ToModel(SpecAction value) => value switch
    {
        SpecAction.Inhibitor => PharmacologicalAction.Inhibitor,
        SpecAction.Antagonist => PharmacologicalAction.Antagonist,
        SpecAction.Agonist => PharmacologicalAction.Agonist,
        SpecAction.Blocker => PharmacologicalAction.Blocker,
        SpecAction.Potentiator => PharmacologicalAction.Potentiator,
        SpecAction.Ligand => PharmacologicalAction.Ligand,
        SpecAction.Desensitisation => PharmacologicalAction.Desensitisation,
        SpecAction.NoEffect => PharmacologicalAction.NoEffect,
        _ => throw Unknown(value),
    };

    public static SpecAction ToSpec(PharmacologicalAction value) => value switch
    {
        PharmacologicalAction.Inhibitor => SpecAction.Inhibitor,
        PharmacologicalAction.Antagonist => SpecAction.Antagonist,
        PharmacologicalAction.Agonist => SpecAction.Agonist,
        PharmacologicalAction.Blocker => SpecAction.Blocker,
        PharmacologicalAction.Potentiator => SpecAction.Potentiator,
        PharmacologicalAction.Ligand => SpecAction.Ligand,
        PharmacologicalAction.Desensitisation => SpecAction.Desensitisation,
        PharmacologicalAction.NoEffect => SpecAction.NoEffect,
        _ => throw Unknown(value),
    };

    public static ActivityParameter ToModel(SpecParameter value) => value switch
    {
        SpecParameter.IC50 => ActivityParameter.IC50,
        SpecParameter.Ki => ActivityParameter.Ki,
        SpecParameter.Kd => ActivityParameter.Kd,
        SpecParameter.EC50 => ActivityParameter.EC50,
        SpecParameter.ED50 => ActivityParameter.ED50,
        SpecParameter.PercentInhibition => ActivityParameter.PercentInhibition,
        SpecParameter.Dose => ActivityParameter.Dose,
        _ => throw Unknown(value),
    };

    public static SpecParameter ToSpec(ActivityParameter value) => value switch
    {
        ActivityParameter.IC50 => SpecParameter.IC50,
        ActivityParameter.Ki => SpecParameter.Ki,
        ActivityParameter.Kd => SpecParameter.Kd,
        ActivityParameter.EC50 => SpecParameter.EC50,
        ActivityParameter.ED50 => SpecParameter.ED50,
        ActivityParameter.PercentInhibition => SpecParameter.PercentInhibition,
        ActivityParameter.Dose => SpecParameter.Dose,
        _ => throw Unknown(value),
    };

    public static Relation ToModel(SpecRelation value) => value switch
    {
        SpecRelation.Equal => Relation.EqualTo,
        SpecRelation.LessThan => Relation.LessThan,
        SpecRelation.GreaterThan => Relation.GreaterThan,
        SpecRelation.LessThanOrEqual => Relation.LessThanOrEqual,
        SpecRelation.GreaterThanOrEqual => Relation.GreaterThanOrEqual,
        SpecRelation.Approximately => Relation.Approximately,
        _ => throw Unknown(value),
    };

    public static SpecRelation ToSpec(Relation value) => value switch
    {
        Relation.EqualTo => SpecRelation.Equal,
        Relation.LessThan => SpecRelation.LessThan,
        Relation.GreaterThan => SpecRelation.GreaterThan,
        Relation.LessThanOrEqual => SpecRelation.LessThanOrEqual,
        Relation.GreaterThanOrEqual => SpecRelation.GreaterThanOrEqual,
        Relation.Approximately => SpecRelation.Approximately,
        _ => throw Unknown(value),
    };

    public static SpreadKind ToModel(SpecSpreadKind value) => value switch
    {
        SpecSpreadKind.StandardDeviation => SpreadKind.StandardDeviation,
        SpecSpreadKind.StandardError => SpreadKind.StandardError,
        SpecSpreadKind.ConfidenceInterval95 => SpreadKind.ConfidenceInterval95,
        SpecSpreadKind.Range => SpreadKind.Range,
        SpecSpreadKind.Unspecified => SpreadKind.Unspecified,
        _ => throw Unknown(value),
    };

    public static SpecSpreadKind ToSpec(SpreadKind value) => value switch
    {
        SpreadKind.StandardDeviation => SpecSpreadKind.StandardDeviation,
        SpreadKind.StandardError => SpecSpreadKind.StandardError,
        SpreadKind.ConfidenceInterval95 => SpecSpreadKind.ConfidenceInterval95,
        SpreadKind.Range => SpecSpreadKind.Range,
        SpreadKind.Unspecified => SpecSpreadKind.Unspecified,
        _ => throw Unknown(value),
    };

    public static QualitativeCategory ToModel(SpecQualitativeCategory value) => value switch
    {
        SpecQualitativeCategory.Active => QualitativeCategory.Active,
        SpecQualitativeCategory.Inactive => QualitativeCategory.Inactive,
        SpecQualitativeCategory.Potent => QualitativeCategory.Potent,
        SpecQualitativeCategory.Weak => QualitativeCategory.Weak,
        SpecQualitativeCategory.HighAffinity => QualitativeCategory.HighAffinity,
        SpecQualitativeCategory.Mixed => QualitativeCategory.Mixed,
        _ => throw Unknown(value),
    };

    public static SpecQualitativeCategory ToSpec(QualitativeCategory value) => value switch
    {
        QualitativeCategory.Active => SpecQualitativeCategory.Active,
        QualitativeCategory.Inactive => SpecQualitativeCategory.Inactive,
        QualitativeCategory.Potent => SpecQualitativeCategory.Potent,
        QualitativeCategory.Weak => SpecQualitativeCategory.Weak,
        QualitativeCategory.HighAffinity => SpecQualitativeCategory.HighAffinity,
        QualitativeCategory.Mixed => SpecQualitativeCategory.Mixed,
        _ => throw Unknown(value),
    };

    public static ComparativeDirection ToModel(SpecComparativeDirection value) => value switch
    {
        SpecComparativeDirection.Weaker => ComparativeDirection.Weaker,
        SpecComparativeDirection.Stronger => ComparativeDirection.Stronger,
        SpecComparativeDirection.Similar => ComparativeDirection.Similar,
        _ => throw Unknown(value),
    };

    public static SpecComparativeDirection ToSpec(ComparativeDirection value) => value switch
    {
        ComparativeDirection.Weaker => SpecComparativeDirection.Weaker,
        ComparativeDirection.Stronger => SpecComparativeDirection.Stronger,
        ComparativeDirection.Similar => SpecComparativeDirection.Similar,
        _ => throw Unknown(value),
    };

    public static Route ToModel(SpecDoseRoute value) => value switch
    {
        SpecDoseRoute.Oral => Route.Oral,
        SpecDoseRoute.Intravenous => Route.Intravenous,
        SpecDoseRoute.Intraperitoneal => Route.Intraperitoneal,
        SpecDoseRoute.Subcutaneous => Route.Subcutaneous,
        SpecDoseRoute.Intramuscular => Route.Intramuscular,
        SpecDoseRoute.InVitroBath => Route.InVitroBath,
        _ => throw Unknown(value),
    };

    public static SpecDoseRoute ToSpec(Route value) => value switch
    {
        Route.Oral => SpecDoseRoute.Oral,
        Route.Intravenous => SpecDoseRoute.Intravenous,
        Route.Intraperitoneal => SpecDoseRoute.Intraperitoneal,
        Route.Subcutaneous => SpecDoseRoute.Subcutaneous,
        Route.Intramuscular => SpecDoseRoute.Intramuscular,
        Route.InVitroBath => SpecDoseRoute.InVitroBath,
        _ => throw Unknown(value),
    };

    public static Reaction ToModel(SpecReaction value) => value switch
    {
        SpecReaction.NDemethylation => Reaction.NDemethylation,
        SpecReaction.ODemethylation => Reaction.ODemethylation,
        SpecReaction.Hydroxylation => Reaction.Hydroxylation,
        SpecReaction.NOxidation => Reaction.NOxidation,
        SpecReaction.Glucuronidation => Reaction.Glucuronidation,
        SpecReaction.Sulfation => Reaction.Sulfation,
        SpecReaction.Other => Reaction.Other,
        _ => throw Unknown(value),
    };

    public static SpecReaction ToSpec(Reaction value) => value switch
    {
        Reaction.NDemethylation => SpecReaction.NDemethylation,
        Reaction.ODemethylation => SpecReaction.ODemethylation,
        Reaction.Hydroxylation => SpecReaction.Hydroxylation,
        Reaction.NOxidation => SpecReaction.NOxidation,
        Reaction.Glucuronidation => SpecReaction.Glucuronidation,
        Reaction.Sulfation => SpecReaction.Sulfation,
        Reaction.Other => SpecReaction.Other,
        _ => throw Unknown(value),
    };

    public static EnzymeEvidence ToModel(SpecEnzymesKind value) => value switch
    {
        SpecEnzymesKind.NotReported => EnzymeEvidence.NotReported,
        SpecEnzymesKind.None => EnzymeEvidence.None,
        SpecEnzymesKind.Listed => EnzymeEvidence.Reported,
        _ => throw Unknown(value),
    };

    public static SpecEnzymesKind ToSpec(EnzymeEvidence value) => value switch
    {
        EnzymeEvidence.NotReported => SpecEnzymesKind.NotReported,
        EnzymeEvidence.None => SpecEnzymesKind.None,
        EnzymeEvidence.Reported => SpecEnzymesKind.Listed,
        _ => throw Unknown(value),
    };

    public static Unit ToModel(SpecUnit value) => value switch
    {
        SpecUnit.Molar => Unit.Molar,
        SpecUnit.Millimolar => Unit.Millimolar,
        SpecUnit.Micromolar => Unit.Micromolar,
        SpecUnit.Nanomolar => Unit.Nanomolar,
        SpecUnit.Picomolar => Unit.Picomolar,
        SpecUnit.Percent => Unit.Percent,
        SpecUnit.Gram => Unit.Gram,
        SpecUnit.Milligram => Unit.Milligram,
        SpecUnit.Microgram => Unit.Microgram,
        SpecUnit.MilligramPerKilogram => Unit.MilligramPerKilogram,
        SpecUnit.MicrogramPerKilogram => Unit.MicrogramPerKilogram,
        SpecUnit.MilligramPerMinute => Unit.MilligramPerMinute,
        SpecUnit.MicrogramPerMinute => Unit.MicrogramPerMinute,
        SpecUnit.Minute => Unit.Minute,
        SpecUnit.Hour => Unit.Hour,
        SpecUnit.Day => Unit.Day,
        _ => throw Unknown(value),
    };

    public static SpecUnit ToSpec(Unit value) => value switch
    {
        Unit.Molar => SpecUnit.Molar,
        Unit.Millimolar => SpecUnit.Millimolar,
        Unit.Micromolar => SpecUnit.Micromolar,
        Unit.Nanomolar => SpecUnit.Nanomolar,
        Unit.Picomolar => SpecUnit.Picomolar,
        Unit.Percent => SpecUnit.Percent,
        Unit.Gram => SpecUnit.Gram,
        Unit.Milligram => SpecUnit.Milligram,
        Unit.Microgram => SpecUnit.Microgram,
        Unit.MilligramPerKilogram => SpecUnit.MilligramPerKilogram,
        Unit.MicrogramPerKilogram => SpecUnit.MicrogramPerKilogram,
        Unit.MilligramPerMinute => SpecUnit.MilligramPerMinute,
        Unit.MicrogramPerMinute => SpecUnit.MicrogramPerMinute,
        Unit.Minute => SpecUnit.Minute,
        Unit.Hour => SpecUnit.Hour,
        Unit.Day => SpecUnit.Day,
        _ => throw Unknown(value),
    };

    private static ArgumentOutOfRangeException Unknown<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new(nameof(value), value, "No mapping for " + typeof(TEnum).Name + "." + value + ".");
}
