using Cianopramine.Data.Model;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>FACTS.md, curation notes on the guide's rows: C2, C4, C5, C6, C7, C9 (C1, C3 and C8 are with their rows' tests).</summary>
public sealed class CurationNoteFactsTests
{
    [Fact]
    public void C2_ref2_on_paroxetine_is_a_citation_mismatch_and_no_datum_cites_it()
    {
        using (new AssertionScope())
        {
            Embedded.References.Get("ref2").Notes.Triples().Should().Equal((CurationNoteKind.CitationMismatch, "C2", NoteTexts.C2));
            Embedded.AllResults.Should().NotContain(r => r.References.Any(x => x.Id == "ref2"), "ref2 does not support the statement the guide cites it for");
            Embedded.Mechanisms.Should().NotContain(m => m.References.Any(x => x.Id == "ref2"));
            AllNotes(Embedded).Where(x => x.Note.Id == "C2").Select(x => x.Holder).Should().Equal("reference ref2");
        }
    }

    [Fact]
    public void C4_G1_is_a_background_statement_of_ref4_not_its_own_measurement()
    {
        using (new AssertionScope())
        {
            Result("G1").Notes.Triples().Should().Equal((CurationNoteKind.BackgroundStatement, "C4", NoteTexts.C4));
            AllNotes(Embedded).Where(x => x.Note.Id == "C4").Select(x => x.Holder).Should().Equal("result G1");
        }
    }

    [Fact]
    public void C5_G2_is_unverified_because_ref5_was_not_located()
    {
        using (new AssertionScope())
        {
            Result("G2").Notes.Triples().Should().Equal((CurationNoteKind.Unverified, "C5", NoteTexts.C5));
            Embedded.References.Get("ref5").Status.Should().Be(ReferenceStatus.NotLocated);
            AllNotes(Embedded).Where(x => x.Note.Id == "C5").Select(x => x.Holder).Should().Equal("result G2");
        }
    }

    [Fact]
    public void C6_G3_and_G4_in_vivo_means_protection_against_H7777_displacement_per_ref4()
    {
        using (new AssertionScope())
        {
            Result("G3").Notes.Triples().Should().Contain((CurationNoteKind.ContextNote, "C6", NoteTexts.C6));
            Result("G4").Notes.Triples().Should().Contain((CurationNoteKind.ContextNote, "C6", NoteTexts.C6));
            AllNotes(Embedded).Where(x => x.Note.Id == "C6").Select(x => x.Holder).Should().Equal("result G3", "result G4");
        }
    }

    [Fact]
    public void C7_G4_activity_at_NET_is_not_the_metabolites_alone_since_cianopramine_also_antagonised_P2()
    {
        using (new AssertionScope())
        {
            Result("G4").Notes.Triples().Should().Contain((CurationNoteKind.ContextNote, "C7", NoteTexts.C7));
            AllNotes(Embedded).Where(x => x.Note.Id == "C7").Select(x => x.Holder).Should().Equal("result G4");
            var p2 = Result("P2");
            p2.Compound.Id.Should().Be("cianopramine");
            p2.Target.Id.Should().Be("net");
            p2.Action.Should().Be(PharmacologicalAction.Inhibitor);
        }
    }

    [Fact]
    public void C9_the_activity_at_NET_of_G4_and_P2_is_typed_as_uptake_inhibition_with_the_sources_words_kept()
    {
        using (new AssertionScope())
        {
            AllNotes(Embedded).Where(x => x.Note.Id == "C9").Select(x => x.Holder).Should().Equal("result G4", "result P2");
            Result("G4").Action.Should().Be(PharmacologicalAction.Inhibitor);
            ((QualitativeValue)Result("G4").Value).Text.Should().Be("Active Antagonist");
            Result("P2").Action.Should().Be(PharmacologicalAction.Inhibitor);
            ((QualitativeValue)Result("P2").Value).Text.Should().Be("active (antagonised)");
        }
    }
}
