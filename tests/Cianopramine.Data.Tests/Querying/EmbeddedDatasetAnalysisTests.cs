using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>Profiles, comparisons, selectivity, metabolism and data gaps on the embedded dataset, with exact ids.</summary>
public sealed class EmbeddedDatasetAnalysisTests
{
    private static readonly Dataset Data = CianopramineDataset.Instance;

    private static readonly string[] P4 = { "P4-0.5mg-2h", "P4-0.5mg-24h", "P4-1mg-2h", "P4-1mg-24h", "P4-2mg-2h", "P4-2mg-24h" };

    private static string[] Ids(IEnumerable<AssayResult> results) => results.Select(r => r.Id).ToArray();

    [Fact]
    public void The_profile_of_cianopramine_groups_its_results_per_target()
    {
        var profile = Data.Profile("cianopramine");

        profile.Compound.Id.Should().Be("cianopramine");
        profile.Targets.Select(t => t.Target.Id).Should().Equal("sert", "net", "postsynaptic-5ht-receptors", "alpha-adrenoceptors");

        var sert = profile.Targets[0];
        sert.Quantitative.Should().ContainSingle().Which.Parameter.Should().Be(ActivityParameter.PercentInhibition);
        Ids(sert.Quantitative[0].Results).Should().Equal(P4);
        sert.Quantitative[0].Best!.Id.Should().Be("P4-2mg-2h");
        Ids(sert.Qualitative).Should().Equal("G1", "P1-active", "P7");
        Ids(sert.Comparative).Should().Equal("P1-comparative");
        Ids(sert.ComparedByOthers).Should().Equal("G3");
        sert.StatedGaps.Select(g => g.Id).Should().Equal("G5");
        sert.Settings.Should().Equal(AssaySetting.InVitro, AssaySetting.InVivo, AssaySetting.ExVivo);
        sert.HasConcentrationValue.Should().BeFalse();

        var net = profile.Targets[1];
        Ids(net.Qualitative).Should().Equal("P2", "P5");
        net.Quantitative.Should().BeEmpty();
        net.StatedGaps.Select(g => g.Id).Should().Equal("G5");

        var receptors = profile.Targets[2];
        receptors.Quantitative.Single().Best!.Id.Should().Be("G2");
        receptors.Quantitative.Single().BestValue!.PValue!.Value.ToString().Should().Be("4.30");
        receptors.HasConcentrationValue.Should().BeTrue();
        Ids(receptors.Qualitative).Should().Equal("P3a-block", "P3a-potentiate");
        receptors.StatedGaps.Should().BeEmpty();

        var alpha = profile.Targets[3];
        alpha.Quantitative.Single().Rule.Should().Be(BestValueRule.None);
        Ids(alpha.Quantitative.Single().Results).Should().Equal("P6-before", "P6-2h");
        Ids(alpha.Qualitative).Should().Equal("P6-interpretation");

        profile.Metabolites.Select(s => s.Id).Should().Equal("G-M1");
        profile.FormedFrom.Should().BeEmpty();
        profile.Mechanisms.Select(m => m.Id).Should().Equal("G-X1", "G-X2");
        profile.ClassLevelMechanisms.Select(m => m.Id).Should().Equal("G-X4");
        profile.References.Select(r => r.Id).Should().Equal("guide", "ref3", "ref4", "ref5", "ref6", "ref7", "eichler1984", "kovachich1988");
    }

    [Fact]
    public void The_profile_of_desmethylcianopramine()
    {
        var profile = Data.Profile("Ro 12-5419");

        profile.Targets.Select(t => t.Target.Id).Should().Equal("sert", "net", "postsynaptic-5ht-receptors");
        Ids(profile.Targets[0].Comparative).Should().Equal("G3");
        Ids(profile.Targets[0].ComparedByOthers).Should().Equal("P1-comparative");
        Ids(profile.Targets[1].Qualitative).Should().Equal("G4");
        Ids(profile.Targets[2].Qualitative).Should().Equal("P3b-block", "P3b-potentiate");
        profile.Targets.Should().OnlyContain(t => !t.HasConcentrationValue);
        profile.FormedFrom.Select(s => s.Id).Should().Equal("G-M1");
        profile.Metabolites.Should().BeEmpty();
        profile.Mechanisms.Select(m => m.Id).Should().Equal("G-X3");
        profile.References.Select(r => r.Id).Should().Equal("guide", "ref3", "ref4", "ref7");
    }

    [Fact]
    public void The_profile_text_carries_citations_notes_and_gaps()
    {
        var text = Data.Profile("cianopramine").ToText();
        var lines = text.Split(Environment.NewLine);

        lines[0].Should().Be("Cianopramine (Ro 11-2465): parent drug, tricyclic antidepressant");
        lines.Should().Contain("SERT — serotonin (5-HT) transporter (10 results; in vitro, in vivo, ex vivo)");
        lines.Should().Contain("    % inhibition: highest, of values under different conditions, = 80 % ± 2 (spread unspecified) — P4-2mg-2h, 2 mg oral, 2 h after dose (6 values)");
        lines.Should().Contain("    IC50: best (lowest) = 50 µM; pIC50 = 4.30 — G2 (1 value)");
        lines.Should().Contain(l => l.StartsWith("    G1: \"Potent and Selective Inhibitor\" (potent); inhibitor — in vitro: 5-HT Uptake Inhibition (in vitro) [guide, ref4]", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("          note [unverified C5] ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  stated gap G5: \"Specific in vitro Ki or IC50 values", StringComparison.Ordinal));
        lines.Should().Contain("  metabolised to: Cianopramine → Desmethylcianopramine: N-demethylation; enzymes: not reported; in vivo; product active [guide, ref3]");
        Data.Profile("cianopramine").ToString().Should().Be(text);
    }

    [Fact]
    public void Desmethylcianopramine_is_weaker_than_cianopramine_at_SERT_from_two_comparative_results()
    {
        var comparison = Data.Compare("desmethylcianopramine", "cianopramine", at: "SERT");

        comparison.Verdict.Should().Be(ComparisonVerdict.Weaker);
        comparison.Evidence.Select(e => (e.Result.Id, e.Basis, e.Verdict)).Should().Equal(
            ("G3", ComparisonBasis.ComparativeResult, ComparisonVerdict.Weaker),
            ("P1-comparative", ComparisonBasis.ComparativeResult, ComparisonVerdict.Weaker));
        comparison.Ratio.Should().BeNull();
        comparison.Reason.Should().Be("Desmethylcianopramine is weaker than Cianopramine at SERT: 2 comparative results, both citing ref4 (not independent).");
        Data.Compare("Ro 11-2465", "Ro 12-5419", at: "SLC6A4").Verdict.Should().Be(ComparisonVerdict.Stronger);
    }

    [Fact]
    public void At_NET_and_at_the_postsynaptic_receptors_the_two_are_not_comparable()
    {
        var net = Data.Compare("desmethylcianopramine", "cianopramine", at: "NET");
        var receptors = Data.Compare("desmethylcianopramine", "cianopramine", at: "postsynaptic 5-HT receptors");

        net.Verdict.Should().Be(ComparisonVerdict.NotComparable);
        net.Reason.Should().Be("No comparative result links Desmethylcianopramine and Cianopramine at NET, and no pair of concentration values "
            + "shares a parameter, assay kind, setting and species. Desmethylcianopramine: G4 (qualitative). Cianopramine: P2 (qualitative), P5 (qualitative).");
        receptors.Verdict.Should().Be(ComparisonVerdict.NotComparable);
        Ids(receptors.SameAssayResults).Should().Equal("P3b-block", "P3b-potentiate", "P3a-block", "P3a-potentiate");
        Data.Compare("imipramine", "cianopramine", at: "SERT").Reason.Should().Be("Imipramine has no results at SERT.");
    }

    [Fact]
    public void The_selectivity_of_cianopramine_for_SERT_over_NET_cannot_be_determined()
    {
        var selectivity = Data.Selectivity("cianopramine", "SERT", over: "NET");

        selectivity.IsDetermined.Should().BeFalse();
        selectivity.Fold.Should().BeNull();
        selectivity.Pairs.Should().BeEmpty();
        selectivity.StatedGaps.Select(g => g.Id).Should().Equal("G5");
        Ids(selectivity.OverResults).Should().Equal("P2", "P5");
        selectivity.TargetResults.Should().HaveCount(10);
        selectivity.Reason.Should().StartWith("Cannot be determined from this dataset: Cianopramine has no concentration value (IC50, Ki …) at SERT or NET. At SERT: G1 (qualitative),");
        selectivity.Reason.Should().Contain("At NET: P2 (qualitative), P5 (qualitative).");
        selectivity.Reason.Should().EndWith("The dataset states the gap G5: \"Specific in vitro Ki or IC50 values for monoamine transporters are not readily available in the reviewed literature\".");
        selectivity.ToText().Should().StartWith("Selectivity of Cianopramine for SERT over NET: cannot be determined from this dataset");
        Data.Selectivity("desmethylcianopramine", "SERT", "NET").IsDetermined.Should().BeFalse();
        Data.Selectivity("cianopramine", "postsynaptic 5-HT receptors", "SERT").Reason
            .Should().StartWith("Cannot be determined from this dataset: Cianopramine has no concentration value (IC50, Ki …) at SERT.");
    }

    [Fact]
    public void The_metabolism_of_cianopramine_is_one_N_demethylation_with_enzymes_not_reported()
    {
        var pathway = Data.Metabolism.PathwayFrom("Ro 11-2465");

        pathway.Select(s => s.Transformation.Id).Should().Equal("G-M1");
        var step = pathway.Single();
        step.Depth.Should().Be(1);
        step.ClosesCycle.Should().BeFalse();
        step.Transformation.Reaction.Should().Be(Reaction.NDemethylation);
        step.Transformation.EnzymeEvidence.Should().Be(EnzymeEvidence.NotReported);
        step.Transformation.Enzymes.IsEmpty.Should().BeTrue();
        step.Transformation.Setting.Should().Be(AssaySetting.InVivo);
        step.Transformation.References.Select(r => r.Id).Should().Equal("guide", "ref3");
        step.ToString().Should().Be("Cianopramine → Desmethylcianopramine: N-demethylation; enzymes: not reported; in vivo; product active [guide, ref3]");
        pathway.Compounds.Select(c => c.Id).Should().Equal("cianopramine", "desmethylcianopramine");
        Data.Metabolism.MetabolitesOf("cianopramine").Select(s => s.Id).Should().Equal("G-M1");
        Data.Metabolism.ParentsOf("desmethylcianopramine").Select(s => s.Id).Should().Equal("G-M1");
        Data.Metabolism.PathwayTo("Ro 12-5419").Select(s => s.Transformation.Id).Should().Equal("G-M1");
        Data.Metabolism.PathwayFrom("desmethylcianopramine").IsEmpty.Should().BeTrue();
        Data.Metabolism.PathwayFrom("imipramine").IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void The_data_gaps_are_nine_pairs_and_the_stated_gap_G5()
    {
        var report = Data.MissingQuantitativeData();

        report.Pairs.Select(p => (p.Compound.Id, p.Target.Id, p.Kind)).Should().Equal(
            ("cianopramine", "sert", MissingDataKind.NoConcentrationValue),
            ("cianopramine", "net", MissingDataKind.NoQuantitativeValue),
            ("cianopramine", "5ht1a-autoreceptors", MissingDataKind.NoResults),
            ("cianopramine", "alpha-adrenoceptors", MissingDataKind.NoConcentrationValue),
            ("desmethylcianopramine", "sert", MissingDataKind.NoQuantitativeValue),
            ("desmethylcianopramine", "net", MissingDataKind.NoQuantitativeValue),
            ("desmethylcianopramine", "postsynaptic-5ht-receptors", MissingDataKind.NoQuantitativeValue),
            ("desmethylcianopramine", "5ht1a-autoreceptors", MissingDataKind.NoResults),
            ("desmethylcianopramine", "alpha-adrenoceptors", MissingDataKind.NoResults));
        report.Pairs.Where(p => !p.StatedGaps.IsEmpty).Select(p => (p.Compound.Id, p.Target.Id)).Should().Equal(
            ("cianopramine", "sert"), ("cianopramine", "net"), ("desmethylcianopramine", "sert"), ("desmethylcianopramine", "net"));
        report.WithoutQuantitativeValue.Should().HaveCount(7);
        report.StatedGaps.Select(g => g.Id).Should().Equal("G5");
        Ids(report.Pairs[1].Results).Should().Equal("P2", "P5");
        report.Pairs[1].ToString().Should().Be("Cianopramine × NET: no quantitative value (P2 (qualitative), P5 (qualitative)); stated gap G5");
        Data.MissingQuantitativeData(includeReferenceCompounds: true).Pairs.Should().HaveCount(14);
        Data.Gaps.Single().Id.Should().Be("G5");
    }

    [Fact]
    public void A_highest_value_across_doses_and_times_is_marked_as_not_one_potency_and_a_single_value_is_a_best_value()
    {
        var data = CianopramineDataset.Instance;
        var inhibition = data.Profile("cianopramine").At(data.Targets.Find("SERT"))!.Quantitative[0];
        var ic50 = data.Profile("cianopramine").At(data.Targets.Find("postsynaptic 5-HT receptors"))!.Quantitative[0];

        inhibition.ConditionsDiffer.Should().BeTrue("P4's six values are three doses at two times");
        inhibition.ToString().Should().Contain("highest, of values under different conditions, = 80 %").And.NotContain("best");
        ic50.ConditionsDiffer.Should().BeFalse();
        ic50.ToString().Should().Contain("IC50: best (lowest) = 50 µM");
    }

    [Fact]
    public void Two_comparative_results_citing_one_source_are_said_not_to_be_independent()
    {
        var comparison = CianopramineDataset.Instance.Compare("desmethylcianopramine", "cianopramine", "SERT");

        comparison.Reason.Should().EndWith("2 comparative results, both citing ref4 (not independent).");
    }
}
