using Cianopramine.Data.Model;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>FACTS.md, targets: G-T1, G-T2, G-T3, C3, G-T4 and P-T5.</summary>
public sealed class TargetFactsTests
{
    [Fact]
    public void G_T1_SERT_is_the_SLC6A4_transporter_with_UniProt_P31645_human_P31652_rat_GtoPdb_928_ChEMBL_CHEMBL228_human()
    {
        var t = Target("sert");
        using (new AssertionScope())
        {
            t.Symbol.Should().Be("SERT");
            t.Name.Should().Be("serotonin (5-HT) transporter");
            t.Kind.Should().Be(TargetKind.Transporter);
            t.Gene.Should().Be("SLC6A4");
            t.Accessions.Select(a => (a.Database, a.Value, a.Species)).Should().Equal(
                (AccessionDatabase.UniProt, "P31645", (Species?)Species.Human),
                (AccessionDatabase.UniProt, "P31652", (Species?)Species.Rat),
                (AccessionDatabase.GtoPdb, "928", (Species?)null),
                (AccessionDatabase.Chembl, "CHEMBL228", (Species?)Species.Human));
            t.Classifications.Should().BeEmpty();
            t.References.Ids().Should().Equal("guide");
            t.Notes.Should().BeEmpty();
            foreach (var key in new[] { "SERT", "SLC6A4", "P31645", "P31652", "CHEMBL228" })
            {
                Embedded.Targets.Find(key).Id.Should().Be("sert", "'{0}' names SERT", key);
            }
        }
    }

    [Fact]
    public void G_T2_NET_is_the_SLC6A2_transporter_with_UniProt_P23975_human_and_ChEMBL_CHEMBL222_human()
    {
        var t = Target("net");
        using (new AssertionScope())
        {
            t.Symbol.Should().Be("NET");
            t.Name.Should().Be("noradrenaline (norepinephrine) transporter");
            t.Kind.Should().Be(TargetKind.Transporter);
            t.Gene.Should().Be("SLC6A2");
            t.Accessions.Select(a => (a.Database, a.Value, a.Species)).Should().Equal(
                (AccessionDatabase.UniProt, "P23975", (Species?)Species.Human),
                (AccessionDatabase.Chembl, "CHEMBL222", (Species?)Species.Human));
            t.Classifications.Should().BeEmpty();
            t.References.Ids().Should().Equal("guide");
            t.Notes.Should().BeEmpty();
            Embedded.Targets.Find("SLC6A2").Id.Should().Be("net");
            Embedded.Targets.Find("P23975").Id.Should().Be("net");
        }
    }

    [Fact]
    public void G_T3_postsynaptic_5HT_receptors_are_a_receptor_group_as_the_guide_names_them_with_no_gene()
    {
        var t = Target("postsynaptic-5ht-receptors");
        using (new AssertionScope())
        {
            t.Symbol.Should().Be("5-HT receptors (postsynaptic)");
            t.Name.Should().Be("Postsynaptic 5-HT receptors");
            t.Kind.Should().Be(TargetKind.ReceptorGroup, "it is a group of receptors, not one gene");
            t.Gene.Should().BeNull("a group has no single gene");
            t.Accessions.Should().BeEmpty();
            t.References.Ids().Should().Equal("guide");
            t.Notes.Triples().Should().Equal((CurationNoteKind.ContextNote, (string?)null,
                "As the guide names them (rat stomach fundus): a group of receptors, not one gene."));
        }
    }

    [Fact]
    public void C3_the_rat_fundus_receptor_group_links_to_5HT2B_HTR2B_P41595_and_is_not_relabelled_5HT2A()
    {
        var t = Target("postsynaptic-5ht-receptors");
        using (new AssertionScope())
        {
            t.Classifications.Should().ContainSingle();
            var c = t.Classifications[0];
            c.Symbol.Should().Be("5-HT2B");
            c.Gene.Should().Be("HTR2B");
            c.Accessions.Select(a => (a.Database, a.Value, a.Species)).Should().Equal(
                (AccessionDatabase.UniProt, "P41595", (Species?)Species.Human));
            c.Text.Should().Be(NoteTexts.C3);
            c.References.Ids().Should().Equal("wainscott1996");

            // The guide's row keeps the guide's name: nothing is relabelled 5-HT2A.
            t.Symbol.Should().NotContain("2A").And.NotContain("2B");
            t.Name.Should().NotContain("2A").And.NotContain("2B");
            Embedded.Targets.Should().NotContain(x => x.Symbol.Contains("5-HT2A") || x.Name.Contains("5-HT2A") || x.Gene == "HTR2A");
            Embedded.Targets.SelectMany(x => x.Classifications).Should().NotContain(x => x.Symbol == "5-HT2A" || x.Gene == "HTR2A");
            Embedded.Targets.TryFind("5-HT2A", out _).Should().BeFalse();
            Embedded.Targets.TryFind("HTR2A", out _).Should().BeFalse();
        }
    }

    [Fact]
    public void G_T4_presynaptic_5HT1A_autoreceptors_are_a_receptor()
    {
        var t = Target("5ht1a-autoreceptors");
        using (new AssertionScope())
        {
            t.Symbol.Should().Be("5-HT1A autoreceptors");
            t.Name.Should().Be("Presynaptic 5-HT1A autoreceptors");
            t.Kind.Should().Be(TargetKind.Receptor);
            t.Gene.Should().BeNull();
            t.Accessions.Should().BeEmpty();
            t.Classifications.Should().BeEmpty();
            t.References.Ids().Should().Equal("guide");
            t.Notes.Should().BeEmpty();
        }
    }

    [Fact]
    public void P_T5_alpha_adrenoceptors_are_a_receptor_probed_by_the_phenylephrine_pressor_response()
    {
        var t = Target("alpha-adrenoceptors");
        using (new AssertionScope())
        {
            t.Symbol.Should().Be("alpha-adrenoceptors");
            t.Name.Should().Be("Alpha-adrenoceptors");
            t.Kind.Should().Be(TargetKind.Receptor);
            t.Gene.Should().BeNull();
            t.Accessions.Should().BeEmpty();
            t.Classifications.Should().BeEmpty();
            t.References.Ids().Should().Equal("eichler1984");
            t.Notes.Triples().Should().Equal((CurationNoteKind.ContextNote, (string?)null,
                "Probed by the phenylephrine pressor response (eichler1984)."));
        }
    }
}
