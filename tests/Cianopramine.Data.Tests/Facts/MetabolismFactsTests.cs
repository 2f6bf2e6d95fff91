using Cianopramine.Data.Model;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>FACTS.md, metabolism: G-M1 and C8.</summary>
public sealed class MetabolismFactsTests
{
    [Fact]
    public void G_M1_cianopramine_is_N_demethylated_in_vivo_to_active_desmethylcianopramine_with_enzymes_not_reported()
    {
        var t = Embedded.Transformations.Get("G-M1");
        using (new AssertionScope())
        {
            t.Substrate.Id.Should().Be("cianopramine");
            t.Product.Id.Should().Be("desmethylcianopramine");
            t.Reaction.Should().Be(Reaction.NDemethylation);
            t.EnzymeEvidence.Should().Be(EnzymeEvidence.NotReported, "the guide names no enzyme for cianopramine");
            t.Enzymes.Should().BeEmpty();
            t.EnzymesText.Should().Be("not reported");
            t.Species.Should().BeNull("FACTS names no species");
            t.Setting.Should().Be(AssaySetting.InVivo);
            t.ProductActive.Should().BeTrue();
            t.References.Ids().Should().Equal("guide", "ref3");
            t.Notes.Select(n => n.Id).Should().Equal("C8");
            Embedded.Metabolism.MetabolitesOf(Compound("cianopramine")).Select(x => x.Id).Should().Equal("G-M1");
        }
    }

    [Fact]
    public void C8_imipramines_CYP2C19_CYP1A2_CYP2D6_are_not_carried_over_to_cianopramine_the_enzyme_list_stays_empty()
    {
        var t = Embedded.Transformations.Get("G-M1");
        using (new AssertionScope())
        {
            t.Notes.Triples().Should().Equal((CurationNoteKind.ContextNote, "C8", NoteTexts.C8));
            t.EnzymeEvidence.Should().Be(EnzymeEvidence.NotReported);
            t.Enzymes.Should().BeEmpty("imipramine's enzymes must not be carried over");
            foreach (var cyp in new[] { "CYP2C19", "CYP1A2", "CYP2D6" })
            {
                t.Enzymes.Should().NotContain(e => e.Contains(cyp, StringComparison.OrdinalIgnoreCase), "{0} is imipramine's, not cianopramine's", cyp);
                t.EnzymesText.Should().NotContain(cyp);
                t.ToString().Should().NotContain(cyp);
            }

            Embedded.Transformations.Should().NotContain(x => x.EnzymeEvidence == EnzymeEvidence.Reported || !x.Enzymes.IsEmpty);
            AllNotes(Embedded).Where(x => x.Note.Id == "C8").Select(x => x.Holder).Should().Equal("transformation G-M1");
        }
    }
}
