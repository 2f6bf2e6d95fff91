using Cianopramine.Data.Model;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>The dataset holds no fact that FACTS.md does not list: every id set is exactly FACTS.md's.</summary>
public sealed class DatasetCompletenessTests
{
    [Fact]
    public void Result_ids_are_exactly_those_of_FACTS_rows_G1_to_G4_and_P1_to_P7()
    {
        Embedded.AllResults.Select(r => r.Id).Should().BeEquivalentTo(
            "G1", "G2", "G3", "G4",
            "P1-active", "P1-comparative",
            "P2",
            "P3a-block", "P3a-potentiate", "P3b-block", "P3b-potentiate",
            "P4-0.5mg-2h", "P4-0.5mg-24h", "P4-1mg-2h", "P4-1mg-24h", "P4-2mg-2h", "P4-2mg-24h",
            "P5",
            "P6-before", "P6-2h", "P6-interpretation",
            "P7");
    }

    [Fact]
    public void Compound_ids_are_exactly_cianopramine_desmethylcianopramine_and_imipramine()
    {
        Embedded.Compounds.Select(c => c.Id).Should().BeEquivalentTo("cianopramine", "desmethylcianopramine", "imipramine");
    }

    [Fact]
    public void Target_ids_are_exactly_those_of_FACTS_rows_G_T1_to_G_T4_and_P_T5()
    {
        Embedded.Targets.Select(t => t.Id).Should().BeEquivalentTo(
            "sert", "net", "postsynaptic-5ht-receptors", "5ht1a-autoreceptors", "alpha-adrenoceptors");
    }

    [Fact]
    public void Reference_ids_are_exactly_FACTS_references_and_the_dataset_is_compiled_from_all_of_them()
    {
        var expected = new[] { "guide", "ref1", "ref2", "ref3", "ref4", "ref5", "ref6", "ref7", "eichler1984", "kovachich1988", "wainscott1996" };
        Embedded.References.Select(r => r.Id).Should().BeEquivalentTo(expected);
        Embedded.Metadata.Sources.Ids().Should().Equal(expected);
    }

    [Fact]
    public void Assay_ids_are_exactly_those_of_the_FACTS_result_rows()
    {
        Embedded.Assays.Select(a => a.Id).Should().BeEquivalentTo(
            "5ht-uptake-inhibition-in-vitro", "fundus-strip-5ht-contraction", "5ht-uptake-inhibition-in-vivo",
            "noradrenaline-displacement-in-vivo", "h7777-5ht-displacement", "h7777-noradrenaline-displacement",
            "pithed-rat-5ht-pressor", "platelet-5ht-uptake", "tyramine-noradrenaline-pressor",
            "phenylephrine-pressor-dose", "cyanoimipramine-binding");
    }

    [Fact]
    public void Transformation_mechanism_and_gap_ids_are_exactly_G_M1_G_X1_to_G_X4_and_G5()
    {
        Embedded.Transformations.Select(t => t.Id).Should().BeEquivalentTo("G-M1");
        Embedded.Mechanisms.Select(m => m.Id).Should().BeEquivalentTo("G-X1", "G-X2", "G-X3", "G-X4");
        Embedded.Gaps.Select(g => g.Id).Should().BeEquivalentTo("G5");
    }

    [Fact]
    public void Curation_note_ids_are_exactly_C1_C2_and_C4_to_C9_with_C6_and_C9_on_two_results_and_C3_is_the_only_classification()
    {
        AllNotes(Embedded).Where(x => x.Note.Id is not null).Select(x => $"{x.Note.Id} on {x.Holder}").Should().BeEquivalentTo(
            "C1 on compound cianopramine",
            "C2 on reference ref2",
            "C4 on result G1",
            "C5 on result G2",
            "C6 on result G3",
            "C6 on result G4",
            "C7 on result G4",
            "C9 on result G4",
            "C9 on result P2",
            "C8 on transformation G-M1");
        Embedded.Targets.SelectMany(t => t.Classifications.Select(c => $"{t.Id} -> {c.Symbol}"))
            .Should().BeEquivalentTo("postsynaptic-5ht-receptors -> 5-HT2B");
    }

    [Fact]
    public void Metadata_is_the_cianopramine_dataset_version_1_0_0()
    {
        Embedded.Metadata.Id.Should().Be("cianopramine");
        Embedded.Metadata.Title.Should().Be("Cianopramine and desmethylcianopramine pharmacology");
        Embedded.Metadata.Version.Should().Be("1.0.0");
    }
}
