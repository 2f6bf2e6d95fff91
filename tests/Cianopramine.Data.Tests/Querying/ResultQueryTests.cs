using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;
using static Cianopramine.Data.Tests.Querying.QueryTestData;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>The composable result query on small hand-built datasets: every refinement, immutability, index use.</summary>
public sealed class ResultQueryTests
{
    private static Dataset Sample()
    {
        var data = new QueryTestData()
            .Reference("ref")
            .Reference("pubmed", pmid: "1234567")
            .Reference("doi-only", doi: "10.1000/xyz.1")
            .Reference("mismatch", notes: Note(CurationNoteKind.CitationMismatch, "does not mention the drug"))
            .Reference("unverified-id", pmid: "7654321", notes: Note(CurationNoteKind.Unverified, "PMID from one source"))
            .Compound("a", "Alphamine", CompoundRole.ParentDrug, "AB-1")
            .Compound("b", "Betamine", CompoundRole.Metabolite, "AB-2")
            .Target("t1", "T1", "GENE1", "P11111")
            .Target("t2", "T2", "GENE2", "P22222")
            .Assay("assay")
            .Assay("vivo", AssayKind.DisplacementProtection, AssaySetting.InVivo, Species.Rat, Species.Mouse)
            .Assay("tissue", AssayKind.FunctionalTissueResponse, AssaySetting.IsolatedTissue, Species.Rat)
            .Assay("human", AssayKind.UptakeInhibition, AssaySetting.ExVivo, Species.Human);
        data.Result("r1", "a", "t1", Ic50(Relation.EqualTo, 50, Unit.Micromolar), action: PharmacologicalAction.Inhibitor, references: new[] { "ref", "pubmed" })
            .Result("r2", "a", "t1", Words("potent", QualitativeCategory.Potent), assay: "vivo", action: PharmacologicalAction.Inhibitor, references: new[] { "pubmed" })
            .Result("r3", "a", "t2", Ki(Relation.GreaterThan, 10, Unit.Micromolar), assay: "tissue", action: PharmacologicalAction.Antagonist,
                notes: new[] { Note(CurationNoteKind.Unverified, "source not located") })
            .Result("r4", "b", "t1", data.Than("a", ComparativeDirection.Weaker, "considerably"), assay: "vivo", references: new[] { "doi-only" })
            .Result("r5", "b", "t2", Words("active"), assay: "vivo", action: PharmacologicalAction.Antagonist, references: new[] { "mismatch", "ref" })
            .Result("r6", "a", "t1", Percent(57), assay: "human", references: new[] { "unverified-id" });
        return data.Build();
    }

    private static string[] Ids(IEnumerable<AssayResult> results) => results.Select(r => r.Id).ToArray();

    [Fact]
    public void The_unrefined_query_holds_every_result_in_dataset_order()
    {
        var data = Sample();

        Ids(data.Results).Should().Equal("r1", "r2", "r3", "r4", "r5", "r6");
        data.Results.ToString().Should().Be("results");
    }

    [Fact]
    public void For_finds_the_compound_by_name_synonym_or_id_ignoring_case_spaces_and_hyphens()
    {
        var data = Sample();

        Ids(data.Results.For("Alphamine")).Should().Equal("r1", "r2", "r3", "r6");
        Ids(data.Results.For("ab1")).Should().Equal("r1", "r2", "r3", "r6");
        Ids(data.Results.For("A B-2")).Should().Equal("r4", "r5");
        Ids(data.Results.For(data.Compounds.Get("b"))).Should().Equal("r4", "r5");
    }

    [Fact]
    public void At_finds_the_target_by_symbol_gene_or_accession()
    {
        var data = Sample();

        Ids(data.Results.At("T1")).Should().Equal("r1", "r2", "r4", "r6");
        Ids(data.Results.At("gene2")).Should().Equal("r3", "r5");
        Ids(data.Results.At("P11111")).Should().Equal("r1", "r2", "r4", "r6");
    }

    /// <summary>
    /// <see cref="ResultQuery.ToString"/> says the question in words: every refinement's own phrase, with the
    /// enumerations in their display words (not their C# names), in the order the refinements were applied.
    /// </summary>
    [Fact]
    public void Every_refinement_says_itself_in_words_in_the_query_text()
    {
        var q = Sample().Results;

        var texts = new[]
        {
            q.InAssay("vivo"),
            q.OfAssayKind(AssayKind.DisplacementProtection),
            q.InSetting(AssaySetting.IsolatedTissue),
            q.InSpecies(Species.Rat),
            q.Qualitative(),
            q.WithParameter(ActivityParameter.Ki),
            q.WithAction(PharmacologicalAction.Antagonist),
            q.Citing("PMID 1234567"),
            q.WithNote(CurationNoteKind.CitationMismatch),
            q.WithoutNote(CurationNoteKind.Unverified),
            q.ExcludingUnverified(),
            q.ExcludingCitationMismatches(),
            q.Where(r => r.Id.Length > 0),
            q.For("Alphamine").Quantitative().Below(1, MolarUnit.Micromolar),
        }.Select(query => query.ToString());

        texts.Should().Equal(
            "results in assay vivo",
            "results of assay kind displacement protection",
            "results isolated tissue",
            "results in rat",
            "results qualitative",
            "results with Ki",
            "results acting as antagonist",
            "results citing pubmed",
            "results with a note of kind citation mismatch",
            "results without a note of kind unverified",
            "results excluding unverified values",
            "results excluding citation mismatches",
            "results matching a predicate",
            "results for Alphamine, quantitative, below 1 µM");
    }

    [Fact]
    public void A_refined_query_finds_by_id_only_its_own_results()
    {
        var data = Sample();
        var forA = data.Results.For("Alphamine");

        forA.TryGet("r2", out var own).Should().BeTrue();
        own!.Id.Should().Be("r2");
        forA.Get("r6").Id.Should().Be("r6");
        forA.TryGet("r4", out var other).Should().BeFalse("r4 is Betamine's");
        other.Should().BeNull();
        forA.Below(100, MolarUnit.Micromolar).TryGet("r2", out _).Should().BeFalse("r2 is qualitative: no concentration below anything");
        forA.Below(100, MolarUnit.Micromolar).TryGet("r1", out _).Should().BeTrue();
        data.Results.InAssay("vivo").TryGet("r4", out _).Should().BeTrue();
        data.Results.InAssay("vivo").TryGet("r1", out _).Should().BeFalse();
        data.Results.TryGet("r5", out _).Should().BeTrue("the unrefined query holds every result");
        data.Results.TryGet("nope", out _).Should().BeFalse();

        var inDatasetNotInQuery = () => forA.Get("r4");
        inDatasetNotInQuery.Should().Throw<NotFoundException>()
            .Which.Message.Should().Contain("r4").And.Contain("result of this query");
        var notInDataset = () => forA.Get("r44");
        notInDataset.Should().Throw<NotFoundException>().Which.Suggestions.Should().Contain("r4");
    }

    [Theory]
    [InlineData("PMID1234567", "r1,r2")]
    [InlineData("doi: 10.1000/xyz.1", "r4")]
    [InlineData("https://doi.org/ 10.1000/xyz.1", "r4")]
    [InlineData("http://doi.org/10.1000/xyz.1", "r4")]
    [InlineData("https://dx.doi.org/10.1000/xyz.1", "r4")]
    [InlineData("http://dx.doi.org/10.1000/XYZ.1", "r4")]
    [InlineData("  PMID: 1234567 ", "r1,r2")]
    public void A_reference_is_found_under_every_documented_spelling_of_its_pmid_or_doi(string spelling, string ids)
    {
        Ids(Sample().Results.Citing(spelling)).Should().Equal(ids.Split(','));
    }

    [Theory]
    [InlineData("PMID 123456", "PMID 1234567")]
    [InlineData("PMID:123456", "PMID:1234567")]
    [InlineData("doi:10.1000/xyz.2", "doi:10.1000/xyz.1")]
    [InlineData("https://doi.org/10.1000/xyz.2", "https://doi.org/10.1000/xyz.1")]
    public void A_missed_pmid_or_doi_is_suggested_in_the_spelling_the_user_wrote(string query, string suggestion)
    {
        var data = Sample();

        var find = () => data.FindReference(query);

        find.Should().Throw<NotFoundException>().Which.Suggestions.Should().Contain(suggestion);
        data.TryFindReference(null, out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Null_arguments_are_named()
    {
        var data = Sample();
        var a = data.Compounds.Get("a");
        var t = data.Targets.Get("t1");

        ((Action)(() => data.Results.For((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("nameOrIdentifier");
        ((Action)(() => data.Results.Citing((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("idPmidOrDoi");
        ((Action)(() => data.Compare(null!, a, t))).Should().Throw<ArgumentNullException>().WithParameterName("first");
        ((Action)(() => data.Compare(a, null!, t))).Should().Throw<ArgumentNullException>().WithParameterName("second");
        ((Action)(() => data.Compare(a, a, null!))).Should().Throw<ArgumentNullException>().WithParameterName("at");
        ((Action)(() => data.Selectivity(null!, t, t))).Should().Throw<ArgumentNullException>().WithParameterName("compound");
        ((Action)(() => data.Selectivity(a, null!, t))).Should().Throw<ArgumentNullException>().WithParameterName("target");
        ((Action)(() => data.Selectivity(a, t, null!))).Should().Throw<ArgumentNullException>().WithParameterName("over");
    }

    [Fact]
    public void Refinements_compose_in_any_order_with_the_same_result()
    {
        var data = Sample();

        var forThenAt = data.Results.For("a").At("t1");
        var atThenFor = data.Results.At("t1").For("a");

        Ids(forThenAt).Should().Equal("r1", "r2", "r6");
        Ids(atThenFor).Should().Equal("r1", "r2", "r6");
        forThenAt.ToString().Should().Be("results for Alphamine, at T1");
    }

    [Fact]
    public void A_refinement_leaves_the_query_it_refines_unchanged()
    {
        var data = Sample();
        var forA = data.Results.For("a");

        var inVivo = forA.InSetting(AssaySetting.InVivo);
        var atT2 = forA.At("t2");

        Ids(forA).Should().Equal("r1", "r2", "r3", "r6");
        Ids(inVivo).Should().Equal("r2");
        Ids(atT2).Should().Equal("r3");
    }

    [Fact]
    public void Two_different_compounds_refine_to_nothing()
    {
        var data = Sample();

        data.Results.For("a").For("b").Should().BeEmpty();
    }

    [Fact]
    public void Each_filter_keeps_exactly_its_results()
    {
        var data = Sample();

        Ids(data.Results.InSetting(AssaySetting.InVivo)).Should().Equal("r2", "r4", "r5");
        Ids(data.Results.InSetting(AssaySetting.IsolatedTissue)).Should().Equal("r3");
        Ids(data.Results.InSetting(AssaySetting.ExVivo)).Should().Equal("r6");
        Ids(data.Results.OfAssayKind(AssayKind.DisplacementProtection)).Should().Equal("r2", "r4", "r5");
        Ids(data.Results.InAssay("tissue")).Should().Equal("r3");
        Ids(data.Results.InSpecies(Species.Mouse)).Should().Equal("r2", "r4", "r5");
        Ids(data.Results.InSpecies(Species.Human)).Should().Equal("r6");
        Ids(data.Results.WithValueKind(ValueKind.Quantitative)).Should().Equal("r1", "r3", "r6");
        Ids(data.Results.Quantitative()).Should().Equal("r1", "r3", "r6");
        Ids(data.Results.Qualitative()).Should().Equal("r2", "r5");
        Ids(data.Results.Comparative()).Should().Equal("r4");
        Ids(data.Results.WithParameter(ActivityParameter.IC50)).Should().Equal("r1");
        Ids(data.Results.WithParameter(ActivityParameter.PercentInhibition)).Should().Equal("r6");
        Ids(data.Results.WithAction(PharmacologicalAction.Antagonist)).Should().Equal("r3", "r5");
        Ids(data.Results.Where(r => r.Id.EndsWith('1'))).Should().Equal("r1");
    }

    [Fact]
    public void A_query_that_matches_nothing_is_empty_not_an_error()
    {
        var data = Sample();

        data.Results.For("b").WithParameter(ActivityParameter.Ki).Should().BeEmpty();
        data.Results.InSpecies(Species.Dog).Should().BeEmpty();
        data.Results.For("b").Below(MolarConcentration.FromMolar(1)).Partition().Matched.Should().BeEmpty();
        data.Results.For("a").InSetting(AssaySetting.InVivo).WithParameter(ActivityParameter.IC50).ToValueArray().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Citing_finds_a_reference_by_id_pmid_or_doi_in_the_usual_spellings()
    {
        var data = Sample();

        Ids(data.Results.Citing("pubmed")).Should().Equal("r1", "r2");
        Ids(data.Results.Citing("PUBMED")).Should().Equal("r1", "r2");
        Ids(data.Results.Citing("1234567")).Should().Equal("r1", "r2");
        Ids(data.Results.Citing("PMID 1234567")).Should().Equal("r1", "r2");
        Ids(data.Results.Citing("PMID:1234567")).Should().Equal("r1", "r2");
        Ids(data.Results.Citing("pmid: 1234567")).Should().Equal("r1", "r2");
        Ids(data.Results.Citing("10.1000/xyz.1")).Should().Equal("r4");
        Ids(data.Results.Citing("doi:10.1000/XYZ.1")).Should().Equal("r4");
        Ids(data.Results.Citing("https://doi.org/10.1000/xyz.1")).Should().Equal("r4");
        Ids(data.Results.Citing(data.References.Get("ref"))).Should().Equal("r1", "r3", "r5");
    }

    [Fact]
    public void Two_results_citing_the_same_reference_are_both_found_and_a_reference_cited_by_nothing_gives_nothing()
    {
        var data = new QueryTestData()
            .Reference("shared").Reference("unused")
            .Compound("a").Target("t")
            .Result("x", "a", "t", Words("active"), references: new[] { "shared" })
            .Result("y", "a", "t", Words("potent"), references: new[] { "shared", "shared" })
            .Build();

        Ids(data.Results.Citing("shared")).Should().Equal("x", "y");
        data.Results.Citing("unused").Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_reference_throws_with_suggestions_and_TryFindReference_does_not_throw()
    {
        var data = Sample();

        var act = () => data.Results.Citing("pubmd");

        act.Should().Throw<NotFoundException>()
            .Which.Suggestions.Should().Contain("pubmed");
        data.TryFindReference("nothing-like-it", out var none).Should().BeFalse();
        none.Should().BeNull();
        data.TryFindReference("PMID 7654321", out var found).Should().BeTrue();
        found!.Id.Should().Be("unverified-id");
    }

    [Fact]
    public void Curation_filters_exclude_unverified_values_and_citation_mismatches()
    {
        var data = Sample();

        Ids(data.Results.ExcludingUnverified()).Should().Equal("r1", "r2", "r4", "r5", "r6");
        Ids(data.Results.ExcludingCitationMismatches()).Should().Equal("r1", "r2", "r3", "r4", "r6");
        Ids(data.Results.ExcludingUnverified().ExcludingCitationMismatches()).Should().Equal("r1", "r2", "r4", "r6");
        Ids(data.Results.WithNote(CurationNoteKind.Unverified)).Should().Equal("r3");
        Ids(data.Results.WithoutNote(CurationNoteKind.Unverified)).Should().Equal("r1", "r2", "r4", "r5", "r6");
    }

    [Fact]
    public void An_unverified_note_on_a_reference_does_not_make_the_values_citing_it_unverified()
    {
        var data = Sample();

        // r6 cites a reference whose PMID is from one source: the value itself is not unverified.
        data.Results.ExcludingUnverified().Select(r => r.Id).Should().Contain("r6");
    }

    [Fact]
    public void A_query_starts_from_the_smallest_index_list_that_serves_it()
    {
        var builder = new QueryTestData().Reference("ref").Reference("rare").Target("t1").Target("t2");
        for (var c = 0; c < 10; c++)
        {
            builder.Compound("c" + c);
        }

        for (var i = 0; i < 100; i++)
        {
            builder.Result("r" + i, "c" + (i % 10), i % 50 == 0 ? "t2" : "t1", Words("active"), references: i == 7 ? new[] { "rare" } : null);
        }

        var data = builder.Build();

        data.Results.CandidateCount.Should().Be(100);
        data.Results.For("c3").CandidateCount.Should().Be(10);
        data.Results.At("t2").CandidateCount.Should().Be(2);
        data.Results.For("c0").At("t2").CandidateCount.Should().Be(2, "the target's list is smaller than the compound's");
        data.Results.At("t1").For("c0").CandidateCount.Should().Be(10, "the compound's list is smaller than the target's");
        data.Results.At("t1").Citing("rare").CandidateCount.Should().Be(1);
        Ids(data.Results.For("c0").At("t2")).Should().Equal("r0", "r50");
        Ids(data.Results.At("t1").Citing("rare")).Should().Equal("r7");
        data.Results.For("c0").Qualitative().InSetting(AssaySetting.InVitro).CandidateCount.Should().Be(10);
    }

    [Fact]
    public void Per_compound_lists_are_returned_without_copying()
    {
        var data = Sample();
        var a = data.Compounds.Get("a");

        var first = data.ResultsFor(a);
        var second = data.ResultsFor(a);

        var same = first.AsSpan() == second.AsSpan();
        same.Should().BeTrue("both lists wrap the same array");
    }

    [Fact]
    public void An_unknown_compound_or_target_in_a_query_throws_with_the_nearest_names()
    {
        var data = Sample();

        var compound = () => data.Results.For("Alfamine");
        var target = () => data.Results.At("T3");

        compound.Should().Throw<NotFoundException>().Which.Message.Should().Be("No compound matches 'Alfamine'. Did you mean Alphamine?");
        target.Should().Throw<NotFoundException>().Which.Suggestions.Should().Contain(new[] { "t1", "t2" }, "an id and its symbol are one key; the id comes first");
    }

    [Fact]
    public void The_query_describes_itself_in_words()
    {
        var data = Sample();

        data.Results.For("a").At("t1").InSetting(AssaySetting.InVivo).WithParameter(ActivityParameter.IC50)
            .Below(MolarConcentration.FromMicromolar(100)).ToString()
            .Should().Be("results for Alphamine, at T1, in vivo, with IC50, below 100 µM");
    }
}
