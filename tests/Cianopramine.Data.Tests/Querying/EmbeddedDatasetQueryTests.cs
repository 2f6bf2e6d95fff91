using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>The result queries on the embedded dataset, with the exact result ids each one must return.</summary>
public sealed class EmbeddedDatasetQueryTests
{
    private static readonly Dataset Data = CianopramineDataset.Instance;

    private static readonly string[] P4 = { "P4-0.5mg-2h", "P4-0.5mg-24h", "P4-1mg-2h", "P4-1mg-24h", "P4-2mg-2h", "P4-2mg-24h" };

    private static string[] Ids(IEnumerable<AssayResult> results) => results.Select(r => r.Id).ToArray();

    private static string[] Concat(params object[] parts) =>
        parts.SelectMany(p => p is string s ? new[] { s } : (string[])p).ToArray();

    [Fact]
    public void Every_result_of_cianopramine_in_dataset_order()
    {
        Ids(Data.Results.For("cianopramine")).Should().Equal(Concat(
            "G1", "G2", "P1-active", "P1-comparative", "P2", "P3a-block", "P3a-potentiate", P4, "P5", "P6-before", "P6-2h", "P6-interpretation", "P7"));
        Ids(Data.Results.For("Ro 12-5419")).Should().Equal("G3", "G4", "P3b-block", "P3b-potentiate");
        Data.Results.For("imipramine").Should().BeEmpty();
    }

    [Theory]
    [InlineData("cianopramine")]
    [InlineData("Cianopramine")]
    [InlineData("Ro 11-2465")]
    [InlineData("ro11-2465")]
    [InlineData("RO112465")]
    [InlineData("3-cyanoimipramine")]
    [InlineData("cyan-imipramine")]
    [InlineData("cyanoimipramine")]
    [InlineData("LQXYCDLHSKICDY-UHFFFAOYSA-N")]
    public void Any_name_synonym_or_identifier_of_cianopramine_finds_its_results_at_SERT(string name)
    {
        Ids(Data.Results.For(name).At("SERT")).Should().Equal(Concat("G1", "P1-active", "P1-comparative", P4, "P7"));
    }

    [Theory]
    [InlineData("SERT")]
    [InlineData("serotonin (5-HT) transporter")]
    [InlineData("SLC6A4")]
    [InlineData("P31645")]
    [InlineData("P31652")]
    [InlineData("CHEMBL228")]
    [InlineData("GtoPdb 928")]
    public void Any_symbol_name_gene_or_accession_of_SERT_finds_its_results(string name)
    {
        Ids(Data.Results.At(name)).Should().Equal(Concat("G1", "G3", "P1-active", "P1-comparative", P4, "P7"));
    }

    [Fact]
    public void The_question_from_the_issue_has_no_answer_in_this_dataset()
    {
        var query = Data.Results.For("Ro 11-2465").At("SERT").InSetting(AssaySetting.InVivo)
            .WithParameter(ActivityParameter.IC50).Below(MolarConcentration.FromMicromolar(100));

        query.Should().BeEmpty();
        query.ToString().Should().Be("results for Cianopramine, at SERT, in vivo, with IC50, below 100 µM");
        Ids(Data.Results.For("Ro 11-2465").At("SERT").InSetting(AssaySetting.InVivo)).Should().Equal("P1-active", "P1-comparative");
    }

    [Fact]
    public void Settings_species_and_assay_kinds()
    {
        Ids(Data.Results.InSetting(AssaySetting.InVitro)).Should().Equal("G1", "P7");
        Ids(Data.Results.InSetting(AssaySetting.IsolatedTissue)).Should().Equal("G2");
        Ids(Data.Results.InSetting(AssaySetting.ExVivo)).Should().Equal(P4);
        Ids(Data.Results.For("desmethylcianopramine").InSetting(AssaySetting.InVivo)).Should().Equal("G3", "G4", "P3b-block", "P3b-potentiate");
        Ids(Data.Results.InSpecies(Species.Mouse)).Should().Equal("P2");
        Ids(Data.Results.InSpecies(Species.Human)).Should().Equal(Concat(P4, "P5", "P6-before", "P6-2h", "P6-interpretation"));
        Ids(Data.Results.OfAssayKind(AssayKind.PressorResponse)).Should().Equal(
            "P3a-block", "P3a-potentiate", "P3b-block", "P3b-potentiate", "P5", "P6-before", "P6-2h", "P6-interpretation");
        Ids(Data.Results.OfAssayKind(AssayKind.RadioligandBinding)).Should().Equal("P7");
        Ids(Data.Results.InAssay("pithed-rat-5ht-pressor")).Should().Equal("P3a-block", "P3a-potentiate", "P3b-block", "P3b-potentiate");
    }

    [Fact]
    public void Value_kinds_parameters_and_actions()
    {
        Ids(Data.Results.Quantitative()).Should().Equal(Concat("G2", P4, "P6-before", "P6-2h"));
        Ids(Data.Results.Comparative()).Should().Equal("G3", "P1-comparative");
        Ids(Data.Results.For("desmethylcianopramine").Qualitative()).Should().Equal("G4", "P3b-block", "P3b-potentiate");
        Ids(Data.Results.WithParameter(ActivityParameter.IC50)).Should().Equal("G2");
        Ids(Data.Results.WithParameter(ActivityParameter.PercentInhibition)).Should().Equal(P4);
        Ids(Data.Results.WithParameter(ActivityParameter.Dose)).Should().Equal("P6-before", "P6-2h");
        Data.Results.WithParameter(ActivityParameter.Ki).Should().BeEmpty();
        Ids(Data.Results.WithAction(PharmacologicalAction.Antagonist)).Should().Equal("G2", "P6-interpretation");
        Ids(Data.Results.WithAction(PharmacologicalAction.Blocker)).Should().Equal("P3a-block", "P3b-block");
        Ids(Data.Results.WithAction(PharmacologicalAction.Potentiator)).Should().Equal("P3a-potentiate", "P3b-potentiate");
        Ids(Data.Results.WithAction(PharmacologicalAction.NoEffect)).Should().Equal("P5");
        Ids(Data.Results.WithAction(PharmacologicalAction.Ligand)).Should().Equal("P7");
    }

    [Fact]
    public void References_by_id_PMID_and_DOI()
    {
        var eichler = Concat(P4, "P5", "P6-before", "P6-2h", "P6-interpretation");
        Ids(Data.Results.Citing("eichler1984")).Should().Equal(eichler);
        Ids(Data.Results.Citing("PMID 6478739")).Should().Equal(eichler);
        Ids(Data.Results.Citing("6478739")).Should().Equal(eichler);
        Ids(Data.Results.Citing("10.1038/clpt.1984.216")).Should().Equal(eichler);
        Ids(Data.Results.Citing("https://doi.org/10.1038/clpt.1984.216")).Should().Equal(eichler);
        Ids(Data.Results.Citing("PMID:2970277")).Should().Equal("P7");
        Ids(Data.Results.Citing("ref5")).Should().Equal("G2");
        Ids(Data.Results.Citing("guide")).Should().Equal("G1", "G2", "G3", "G4");
        Ids(Data.Results.Citing("ref4")).Should().Equal(
            "G1", "G3", "G4", "P1-active", "P1-comparative", "P2", "P3a-block", "P3a-potentiate", "P3b-block", "P3b-potentiate");
        Ids(Data.Results.For("desmethylcianopramine").Citing("ref4").At("NET")).Should().Equal("G4");
        Data.Results.Citing("ref2").Should().BeEmpty("the guide cites ref2 (paroxetine) for no result of this dataset");
        Data.FindReference("10.1007/BF02805977").Id.Should().Be("ref2");
    }

    [Fact]
    public void Curation_filters()
    {
        var all = Ids(Data.AllResults);

        Ids(Data.Results.WithNote(CurationNoteKind.Unverified)).Should().Equal("G2");
        Ids(Data.Results.WithNote(CurationNoteKind.BackgroundStatement)).Should().Equal("G1");
        Ids(Data.Results.WithNote(CurationNoteKind.ContextNote)).Should().Equal("G3", "G4", "P2", "P7");
        Ids(Data.Results.ExcludingUnverified()).Should().Equal(all.Where(id => id != "G2"));
        Ids(Data.Results.ExcludingCitationMismatches()).Should().Equal(all, "no result cites ref2, the citation mismatch (C2)");
        Ids(Data.Results.WithParameter(ActivityParameter.IC50).ExcludingUnverified()).Should().BeEmpty();
    }

    [Fact]
    public void The_only_concentration_is_G2_and_the_potency_filters_decide_it_exactly()
    {
        var cianopramine = Data.Results.For("cianopramine");

        Ids(cianopramine.Below(MolarConcentration.FromMicromolar(100))).Should().Equal("G2");
        Ids(cianopramine.AtMost(MolarConcentration.FromNanomolar(50_000))).Should().Equal("G2");
        Ids(cianopramine.AtMost(0.00005m, MolarUnit.Molar)).Should().Equal("G2");
        cianopramine.Below(MolarConcentration.FromMicromolar(50)).Should().BeEmpty();
        Ids(cianopramine.AtLeast(50, MolarUnit.Micromolar)).Should().Equal("G2");
        Ids(cianopramine.WithPValueAtLeast(new PValue(4.3))).Should().Equal("G2");
        cianopramine.WithPValueAbove(new PValue(4.31)).Should().BeEmpty();
        Ids(cianopramine.Below(MolarConcentration.FromMicromolar(50)).Partition().NotMatched).Should().Equal("G2");
    }

    [Fact]
    public void The_partition_reports_every_undecided_result_with_its_reason()
    {
        var partition = Data.Results.For("cianopramine").Below(MolarConcentration.FromMicromolar(100)).Partition();

        Ids(partition.Matched).Should().Equal("G2");
        partition.NotMatched.Should().BeEmpty();
        partition.Undecided.Select(u => (u.Result.Id, u.Decision)).Should().Equal(
            ("G1", ThresholdDecision.UndecidedQualitative),
            ("P1-active", ThresholdDecision.UndecidedQualitative),
            ("P1-comparative", ThresholdDecision.UndecidedComparative),
            ("P2", ThresholdDecision.UndecidedQualitative),
            ("P3a-block", ThresholdDecision.UndecidedQualitative),
            ("P3a-potentiate", ThresholdDecision.UndecidedQualitative),
            ("P4-0.5mg-2h", ThresholdDecision.UndecidedNotConcentration),
            ("P4-0.5mg-24h", ThresholdDecision.UndecidedNotConcentration),
            ("P4-1mg-2h", ThresholdDecision.UndecidedNotConcentration),
            ("P4-1mg-24h", ThresholdDecision.UndecidedNotConcentration),
            ("P4-2mg-2h", ThresholdDecision.UndecidedNotConcentration),
            ("P4-2mg-24h", ThresholdDecision.UndecidedNotConcentration),
            ("P5", ThresholdDecision.UndecidedQualitative),
            ("P6-before", ThresholdDecision.UndecidedNotConcentration),
            ("P6-2h", ThresholdDecision.UndecidedNotConcentration),
            ("P6-interpretation", ThresholdDecision.UndecidedQualitative),
            ("P7", ThresholdDecision.UndecidedQualitative));
        partition.Undecided[6].Reason.Should().Be("% inhibition = 57 % ± 12 (spread unspecified) is not a molar concentration");
    }

    [Fact]
    public void Unknown_names_suggest_the_nearest_ones()
    {
        var compound = () => Data.Results.For("Ro 11-2456");
        var reference = () => Data.Results.Citing("eichler1985");

        compound.Should().Throw<NotFoundException>().WithMessage("No compound matches 'Ro 11-2456'. Did you mean Ro 11-2465?");
        reference.Should().Throw<NotFoundException>().WithMessage("No reference matches 'eichler1985'. Did you mean eichler1984?");
        Data.Compounds.Suggest("desmethyl").Should().Equal("desmethylcianopramine");
        Data.Compounds.TryFind("Ro 11-2456", out _).Should().BeFalse();
    }

    [Fact]
    public void The_fundus_receptors_are_found_by_their_modern_classification_only_through_ClassifiedAs()
    {
        Data.Targets.TryFind("5-HT2B", out _).Should().BeFalse("the source's target is not relabelled");
        Data.Targets.ClassifiedAs("5-HT2B").Select(t => t.Id).Should().Equal("postsynaptic-5ht-receptors");
        Data.Targets.ClassifiedAs("HTR2B").Select(t => t.Id).Should().Equal("postsynaptic-5ht-receptors");
        Data.Targets.ClassifiedAs("P41595").Select(t => t.Id).Should().Equal("postsynaptic-5ht-receptors");
        Data.Targets.ClassifiedAs("5-HT2A").Should().BeEmpty();
    }

    [Fact]
    public void Name_lookups_on_the_embedded_dataset_allocate_nothing()
    {
        Data.Compounds.TryFind("ro11-2465", out _);
        var sert = Data.Targets.Find("SERT");
        // The first query builds the lazy result lists once; only what follows must allocate nothing. (Without
        // this the test passed only when another test had queried the shared dataset first.)
        Data.ResultsAt(sert);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Data.Compounds.TryFind("ro11-2465", out _);
            Data.Compounds.TryFind("cyan-desipramine", out _);
            Data.Targets.TryFind("SLC6A4", out _);
            Data.ResultsAt(sert);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
