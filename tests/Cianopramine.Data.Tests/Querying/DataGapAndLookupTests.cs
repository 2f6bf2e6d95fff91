using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;
using static Cianopramine.Data.Tests.Querying.QueryTestData;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>Data gaps, helpful misses (TryFind/Find with suggestions) and allocation-free lookups, on hand-built data.</summary>
public sealed class DataGapAndLookupTests
{
    private static Dataset Sample()
    {
        var data = new QueryTestData()
            .Compound("a", "Alphamine", CompoundRole.ParentDrug, "AB-1")
            .Compound("b", "Betamine", CompoundRole.Metabolite)
            .Compound("ref-compound", "Referamine", CompoundRole.ReferenceCompound)
            .Target("t1", "T1", "GENE1", "P11111").Target("t2", "T2");
        data.Result("molar", "a", "t1", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("percent", "a", "t2", Percent(50))
            .Result("words", "b", "t1", Words("active"))
            .Result("than", "b", "t1", data.Than("a", ComparativeDirection.Weaker))
            .Gap("gap", new[] { "b" }, new[] { "t1", "t2" });
        return data.Build();
    }

    [Fact]
    public void Every_pair_without_a_concentration_value_is_listed_with_what_it_holds_instead()
    {
        var report = Sample().MissingQuantitativeData();

        report.Pairs.Select(p => (p.Compound.Id, p.Target.Id, p.Kind)).Should().Equal(
            ("a", "t2", MissingDataKind.NoConcentrationValue),
            ("b", "t1", MissingDataKind.NoQuantitativeValue),
            ("b", "t2", MissingDataKind.NoResults));
        report.Pairs[1].Results.Select(r => r.Id).Should().Equal("words", "than");
        report.Pairs[1].StatedGaps.Select(g => g.Id).Should().Equal("gap");
        report.Pairs[0].StatedGaps.Should().BeEmpty();
        report.WithoutQuantitativeValue.Select(p => (p.Compound.Id, p.Target.Id)).Should().Equal(("b", "t1"), ("b", "t2"));
        report.StatedGaps.Select(g => g.Id).Should().Equal("gap");
        report.Pairs[1].ToString().Should().Be("Betamine × T1: no quantitative value (words (qualitative), than (comparative)); stated gap gap");
    }

    [Fact]
    public void Reference_compounds_are_left_out_unless_asked_for()
    {
        var data = Sample();

        data.MissingQuantitativeData().Pairs.Should().NotContain(p => p.Compound.Id == "ref-compound");
        data.MissingQuantitativeData(includeReferenceCompounds: true).Pairs
            .Where(p => p.Compound.Id == "ref-compound").Select(p => p.Kind)
            .Should().Equal(MissingDataKind.NoResults, MissingDataKind.NoResults);
    }

    [Fact]
    public void A_dataset_with_a_concentration_for_every_pair_has_no_missing_pairs()
    {
        var data = new QueryTestData().Compound("a").Target("t").Result("r", "a", "t", Ic50(Relation.GreaterThan, 10, Unit.Micromolar)).Build();

        var report = data.MissingQuantitativeData();

        report.Pairs.Should().BeEmpty();
        report.StatedGaps.Should().BeEmpty();
        report.ToText().Should().Be(string.Join(Environment.NewLine,
            "Compound × target pairs without a concentration value (0):", "Stated gaps (0):", string.Empty));
    }

    [Fact]
    public void StatedGapsFor_matches_both_the_compound_and_the_target()
    {
        var data = Sample();

        data.StatedGapsFor(data.Compounds.Get("b"), data.Targets.Get("t2")).Select(g => g.Id).Should().Equal("gap");
        data.StatedGapsFor(data.Compounds.Get("a"), data.Targets.Get("t1")).Should().BeEmpty();
    }

    [Fact]
    public void TryFind_never_throws_and_Find_throws_with_the_nearest_names()
    {
        var data = Sample();

        data.Compounds.TryFind("alphamine", out var found).Should().BeTrue();
        found!.Id.Should().Be("a");
        data.Compounds.TryFind("ab 1", out var bySynonym).Should().BeTrue();
        bySynonym!.Id.Should().Be("a");
        data.Compounds.TryFind("zzz", out var missing).Should().BeFalse();
        missing.Should().BeNull();
        data.Compounds.TryFind(null!, out _).Should().BeFalse();

        var act = () => data.Compounds.Find("Alfamine");
        var error = act.Should().Throw<NotFoundException>().Which;
        error.Kind.Should().Be("compound");
        error.Query.Should().Be("Alfamine");
        error.Suggestions.Should().Equal("Alphamine");
        error.Message.Should().Be("No compound matches 'Alfamine'. Did you mean Alphamine?");
        error.Should().BeAssignableTo<KeyNotFoundException>();
    }

    [Fact]
    public void Null_is_an_argument_error_for_the_throwing_lookups_and_a_miss_for_the_trying_ones()
    {
        var data = Sample();

        data.Invoking(d => d.Compounds.Find(null!)).Should().Throw<ArgumentNullException>().WithParameterName("nameOrIdentifier");
        data.Invoking(d => d.Targets.Find(null!)).Should().Throw<ArgumentNullException>().WithParameterName("nameOrIdentifier");
        data.Invoking(d => d.Compounds.Get(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        data.Invoking(d => d.Assays.Get(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        data.Invoking(d => d.FindReference(null!)).Should().Throw<ArgumentNullException>().WithParameterName("idPmidOrDoi");
        data.Invoking(d => d.Profile((string)null!)).Should().Throw<ArgumentNullException>();
        data.Targets.TryFind(null!, out _).Should().BeFalse();
        data.Compounds.TryGet(null!, out _).Should().BeFalse();
    }

    [Fact]
    public void A_miss_with_nothing_close_says_so_without_suggestions()
    {
        var data = Sample();

        var act = () => data.Targets.Find("completely different");

        act.Should().Throw<NotFoundException>().WithMessage("No target matches 'completely different'.")
            .Which.Suggestions.Should().BeEmpty();
        data.Targets.Suggest("GENE 3").Should().Contain("GENE1");
    }

    [Fact]
    public void Get_by_id_is_exact_and_suggests_near_ids()
    {
        var data = Sample();

        data.AllResults.Get("molar").Id.Should().Be("molar");
        var act = () => data.AllResults.Get("molr");

        act.Should().Throw<NotFoundException>().Which.Suggestions.Should().Contain("molar");
        data.References.TryGet("nope", out _).Should().BeFalse();
    }

    [Fact]
    public void Lookups_by_name_allocate_nothing()
    {
        var data = Sample();

        // The first lookups build the name index and the result lists (on first use, not with the dataset).
        data.Compounds.TryFind("ab-1", out _);
        data.Targets.TryFind("p11111", out _);
        data.ResultsFor(data.Compounds[0]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            data.Compounds.TryFind("ab-1", out _);
            data.Compounds.TryFind("Betamine", out _);
            data.Targets.TryFind("p11111", out _);
            data.ResultsFor(data.Compounds[0]);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
    }
}
