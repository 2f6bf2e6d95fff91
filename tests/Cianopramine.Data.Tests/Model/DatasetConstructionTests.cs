using Cianopramine.Data.Model;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Tests.Model;

/// <summary>Building a <see cref="Dataset"/> from model records: duplicate ids are rejected, equality is by content.</summary>
public sealed class DatasetConstructionTests
{
    [Fact]
    public void A_dataset_built_from_records_holds_them_in_order()
    {
        var dataset = Build();

        dataset.Compounds.Items.Should().Equal(Samples.Cianopramine(), Samples.Desmethylcianopramine());
        dataset.Targets.Items.Should().Equal(Samples.Sert(), Samples.Net());
        dataset.AllResults.Items.Should().Equal(Samples.Result());
        dataset.Metadata.Should().Be(Samples.Metadata());
    }

    [Fact]
    public void An_embedded_dataset_decodes_its_later_sections_once_linked_to_its_own_entities()
    {
        // Results, transformations, mechanism statements and gaps of generated code are decoded on first use: once
        // (the same instances every time) and linked to the compounds, targets and references decoded first.
        var fresh = CianopramineDataset.CreateFresh();

        var result = fresh.AllResults[0];
        result.Should().BeSameAs(fresh.AllResults.Items[0]).And.BeSameAs(fresh.Results.Get(result.Id));
        result.Compound.Should().BeSameAs(fresh.Compounds.Get(result.Compound.Id));
        result.Target.Should().BeSameAs(fresh.Targets.Get(result.Target.Id));
        result.References[0].Should().BeSameAs(fresh.References.Get(result.References[0].Id));
        var step = fresh.Metabolism.Steps[0];
        step.Should().BeSameAs(fresh.Transformations[0]);
        step.Substrate.Should().BeSameAs(fresh.Compounds.Get(step.Substrate.Id));
        fresh.Mechanisms.Items[0].Should().BeSameAs(fresh.Mechanisms[0]);
        fresh.Gaps.Items[0].Should().BeSameAs(fresh.Gaps[0]);
        fresh.Should().Be(Dataset.FromJson(DatasetJson.Export(fresh)));
    }

    [Fact]
    public void Two_datasets_built_separately_from_equal_records_are_equal()
    {
        var a = Build();
        var b = Build();

        ReferenceEquals(a, b).Should().BeFalse();
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    public static TheoryData<string> Parts => new(
        "metadata", "references", "compounds", "targets", "assays", "results", "transformations", "mechanisms", "gaps");

    [Theory]
    [MemberData(nameof(Parts))]
    public void Datasets_that_differ_in_one_part_are_unequal(string part)
    {
        var a = Build();
        var b = part switch
        {
            "metadata" => Build(metadata: Samples.Metadata() with { Version = "1.0.1" }),
            "references" => Build(references: ValueArray<Reference>.Create(Samples.Guide())),
            "compounds" => Build(compounds: ValueArray<Compound>.Create(Samples.Cianopramine() with { Class = null }, Samples.Desmethylcianopramine())),
            "targets" => Build(targets: ValueArray<Target>.Create(Samples.Net(), Samples.Sert())),
            "assays" => Build(assays: ValueArray<Assay>.Create(Samples.UptakeAssay() with { Tissue = "whole blood" })),
            "results" => Build(results: ValueArray<AssayResult>.Empty),
            "transformations" => Build(transformations: ValueArray<MetabolicTransformation>.Create(Samples.NDemethylation() with { EnzymeEvidence = EnzymeEvidence.None, Enzymes = default })),
            "mechanisms" => Build(mechanisms: ValueArray<MechanismStatement>.Empty),
            "gaps" => Build(gaps: ValueArray<DataGap>.Create(Samples.Gap() with { Setting = null })),
            _ => throw new ArgumentOutOfRangeException(nameof(part)),
        };

        a.Equals(b).Should().BeFalse();
        b.Equals(a).Should().BeFalse();
    }

    [Fact]
    public void A_dataset_is_not_equal_to_null_or_another_type()
    {
        var dataset = Build();

        dataset.Equals((object)Samples.Metadata()).Should().BeFalse();
        dataset.Equals((Dataset?)null).Should().BeFalse();
    }

    [Fact]
    public void The_equality_operators_handle_null_on_either_side()
    {
        var dataset = Build();
        Dataset? none = null;

        (none == null).Should().BeTrue();
        (none == dataset).Should().BeFalse();
        (dataset == none).Should().BeFalse();
        (dataset == Build()).Should().BeTrue();
        (none != dataset).Should().BeTrue();
        (none != null).Should().BeFalse();
    }

    public static TheoryData<string> DuplicateKinds => new(
        "references", "compounds", "targets", "assays", "results", "transformations", "mechanisms", "gaps");

    [Theory]
    [MemberData(nameof(DuplicateKinds))]
    public void Two_entities_of_one_kind_with_the_same_id_are_rejected(string kind)
    {
        Func<Dataset> build = kind switch
        {
            "references" => () => Build(references: ValueArray<Reference>.Create(Samples.Guide(), Samples.Eichler() with { Id = "guide" })),
            "compounds" => () => Build(compounds: ValueArray<Compound>.Create(Samples.Cianopramine(), Samples.Desmethylcianopramine() with { Id = "cianopramine" })),
            "targets" => () => Build(targets: ValueArray<Target>.Create(Samples.Sert(), Samples.Net() with { Id = "sert" })),
            "assays" => () => Build(assays: ValueArray<Assay>.Create(Samples.UptakeAssay(), Samples.UptakeAssay() with { Kind = AssayKind.Other })),
            "results" => () => Build(results: ValueArray<AssayResult>.Create(Samples.Result(), Samples.Result() with { Value = Samples.PotentInhibitor() })),
            "transformations" => () => Build(transformations: ValueArray<MetabolicTransformation>.Create(Samples.NDemethylation(), Samples.NDemethylation())),
            "mechanisms" => () => Build(mechanisms: ValueArray<MechanismStatement>.Create(Samples.Mechanism(), Samples.Mechanism() with { IsPrimary = false })),
            "gaps" => () => Build(gaps: ValueArray<DataGap>.Create(Samples.Gap(), Samples.Gap() with { Text = "Another gap." })),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var duplicateId = kind switch
        {
            "references" => "guide",
            "compounds" => "cianopramine",
            "targets" => "sert",
            "assays" => "platelet-uptake",
            "results" => "P4-1mg-2h",
            "transformations" => "G-M1",
            "mechanisms" => "G-X1",
            _ => "G5",
        };

        FluentActions.Invoking(build).Should().Throw<ArgumentException>().Which.Message.Should().Contain($"'{duplicateId}'");
    }

    [Fact]
    public void Entities_of_different_kinds_may_share_an_id()
    {
        var sameIdAsCompound = Samples.Sert() with { Id = "cianopramine" };

        FluentActions.Invoking(() => Build(targets: ValueArray<Target>.Create(sameIdAsCompound)))
            .Should().NotThrow();
    }

    [Fact]
    public void Ids_differing_only_in_case_are_different_ids()
    {
        var dataset = Build(references: ValueArray<Reference>.Create(Samples.Guide(), Samples.Guide() with { Id = "Guide" }));

        dataset.References.Count.Should().Be(2);
    }

    [Fact]
    public void Metadata_is_required()
    {
        FluentActions.Invoking(() => new Dataset(null!, default, default, default, default, default, default, default, default))
            .Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void An_empty_dataset_can_be_built()
    {
        var dataset = new Dataset(Samples.Metadata(), default, default, default, default, default, default, default, default);

        dataset.Compounds.Count.Should().Be(0);
        dataset.AllResults.Count.Should().Be(0);
        dataset.Should().Be(new Dataset(Samples.Metadata(), default, default, default, default, default, default, default, default));
    }

    [Fact]
    public void ToString_shows_title_version_and_counts()
    {
        Build().ToString().Should().Be("Cianopramine pharmacology 1.0.0: 2 compounds, 2 targets, 1 result");
    }

    internal static Dataset Build(
        DatasetMetadata? metadata = null,
        ValueArray<Reference>? references = null,
        ValueArray<Compound>? compounds = null,
        ValueArray<Target>? targets = null,
        ValueArray<Assay>? assays = null,
        ValueArray<AssayResult>? results = null,
        ValueArray<MetabolicTransformation>? transformations = null,
        ValueArray<MechanismStatement>? mechanisms = null,
        ValueArray<DataGap>? gaps = null) =>
        new(
            metadata ?? Samples.Metadata(),
            references ?? ValueArray<Reference>.Create(Samples.Guide(), Samples.Eichler()),
            compounds ?? ValueArray<Compound>.Create(Samples.Cianopramine(), Samples.Desmethylcianopramine()),
            targets ?? ValueArray<Target>.Create(Samples.Sert(), Samples.Net()),
            assays ?? ValueArray<Assay>.Create(Samples.UptakeAssay()),
            results ?? ValueArray<AssayResult>.Create(Samples.Result()),
            transformations ?? ValueArray<MetabolicTransformation>.Create(Samples.NDemethylation()),
            mechanisms ?? ValueArray<MechanismStatement>.Create(Samples.Mechanism()),
            gaps ?? ValueArray<DataGap>.Create(Samples.Gap()));
}
