using Cianopramine.Data.Model;
using Cianopramine.Data.Serialization;
using Cianopramine.Data.Units;
using Cianopramine.Data.Validation;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>The model and the shared reader's enumerations map onto each other one to one, both ways, for every value.</summary>
public class EnumMappingTests
{
    [Fact]
    public void Every_enumeration_maps_one_to_one_both_ways()
    {
        Bijection<SpecReferenceKind, ReferenceKind>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecReferenceStatus, ReferenceStatus>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecNoteKind, CurationNoteKind>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecSynonymKind, SynonymKind>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecCompoundRole, CompoundRole>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecStructureProvenance, ValueProvenance>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecCompoundRelationKind, CompoundRelationKind>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecTargetKind, TargetKind>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecAccessionDatabase, AccessionDatabase>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecSpecies, Species>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecAssayKind, AssayKind>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecAssaySetting, AssaySetting>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecAction, PharmacologicalAction>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecParameter, ActivityParameter>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecRelation, Relation>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecSpreadKind, SpreadKind>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecQualitativeCategory, QualitativeCategory>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecComparativeDirection, ComparativeDirection>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecDoseRoute, Route>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecReaction, Reaction>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecEnzymesKind, EnzymeEvidence>(EnumMapping.ToModel, EnumMapping.ToSpec);
        Bijection<SpecUnit, Unit>(EnumMapping.ToModel, EnumMapping.ToSpec);
    }

    [Fact]
    public void Units_are_written_with_the_same_symbol_the_model_documents()
    {
        foreach (var unit in Enum.GetValues<Unit>())
        {
            UnitSymbols.ToSymbol(EnumMapping.ToSpec(unit)).Should().Be(unit.Symbol());
        }
    }

    [Fact]
    public void Relations_are_written_with_the_same_symbol_the_model_documents()
    {
        foreach (var relation in Enum.GetValues<Relation>())
        {
            EnumWords.Relation.ToWord(EnumMapping.ToSpec(relation)).Should().Be(relation.Symbol());
        }
    }

    [Fact]
    public void A_value_outside_an_enumeration_is_an_error_not_a_wrong_value()
    {
        var map = () => EnumMapping.ToSpec((Species)999);

        map.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void Bijection<TSpec, TModel>(Func<TSpec, TModel> toModel, Func<TModel, TSpec> toSpec)
        where TSpec : struct, Enum
        where TModel : struct, Enum
    {
        var specs = Enum.GetValues<TSpec>();
        var models = Enum.GetValues<TModel>();
        specs.Select(toModel).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(models, typeof(TModel).Name);
        foreach (var spec in specs)
        {
            toSpec(toModel(spec)).Should().Be(spec);
        }
    }
}
