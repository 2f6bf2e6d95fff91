using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>FACTS.md, results as the guide's table states them: G1–G5.</summary>
public sealed class GuideResultFactsTests
{
    [Fact]
    public void G1_cianopramine_at_SERT_in_vitro_uptake_is_Potent_and_Selective_Inhibitor_citing_guide_and_ref4_with_note_C4()
    {
        Result("G1").ShouldMatch(new AssayResult
        {
            Id = "G1",
            Compound = Compound("cianopramine"),
            Target = Target("sert"),
            Assay = ExpectedAssays.UptakeInVitro,
            Action = PharmacologicalAction.Inhibitor,
            Value = Qualitative("Potent and Selective Inhibitor", QualitativeCategory.Potent),
            References = Refs("guide", "ref4"),
            Notes = List(Note(CurationNoteKind.BackgroundStatement, "C4", NoteTexts.C4)),
        });
    }

    [Fact]
    public void G2_cianopramine_IC50_at_postsynaptic_5HT_receptors_is_5e_5_M_unverified()
    {
        var result = Result("G2");
        result.ShouldMatch(new AssayResult
        {
            Id = "G2",
            Compound = Compound("cianopramine"),
            Target = Target("postsynaptic-5ht-receptors"),
            Assay = ExpectedAssays.FundusStrip,
            Action = PharmacologicalAction.Antagonist,
            Value = Quantitative(ActivityParameter.IC50, Relation.EqualTo, 0.00005m, Unit.Molar),
            References = Refs("guide", "ref5"),
            Notes = List(Note(CurationNoteKind.Unverified, "C5", NoteTexts.C5)),
        });

        var value = (QuantitativeValue)result.Value;
        using (new AssertionScope())
        {
            value.Magnitude.Value.Should().Be(5e-5m, "the magnitude is the exact decimal 5 × 10⁻⁵");
            value.Spread.Should().BeNull("the guide gives no spread");
            value.Concentration!.Value.ToMicromolar().Should().Be(50m, "5 × 10⁻⁵ M is 50 µM");
            value.PValue!.Value.Round(2).Value.Should().Be(4.30, "pIC50 = −log10(5 × 10⁻⁵) = 4.30");
            result.Conditions.IsEmpty.Should().BeTrue();
        }
    }

    [Fact]
    public void G3_desmethylcianopramine_at_SERT_in_vivo_is_considerably_weaker_than_cianopramine_with_note_C6()
    {
        Result("G3").ShouldMatch(new AssayResult
        {
            Id = "G3",
            Compound = Compound("desmethylcianopramine"),
            Target = Target("sert"),
            Assay = ExpectedAssays.UptakeInVivo,
            Action = PharmacologicalAction.Inhibitor,
            Value = Comparative("cianopramine", ComparativeDirection.Weaker, "considerably", "Considerably weaker than Cianopramine"),
            References = Refs("guide", "ref4"),
            Notes = List(Note(CurationNoteKind.ContextNote, "C6", NoteTexts.C6)),
        });
    }

    [Fact]
    public void G4_desmethylcianopramine_at_NET_in_vivo_noradrenaline_displacement_is_Active_Antagonist_typed_as_uptake_inhibition_with_notes_C6_C7_C9()
    {
        Result("G4").ShouldMatch(new AssayResult
        {
            Id = "G4",
            Compound = Compound("desmethylcianopramine"),
            Target = Target("net"),
            Assay = ExpectedAssays.NoradrenalineDisplacementInVivo,
            Action = PharmacologicalAction.Inhibitor,
            Value = Qualitative("Active Antagonist", QualitativeCategory.Active),
            References = Refs("guide", "ref4"),
            Notes = List(
                Note(CurationNoteKind.ContextNote, "C6", NoteTexts.C6),
                Note(CurationNoteKind.ContextNote, "C7", NoteTexts.C7),
                Note(CurationNoteKind.ContextNote, "C9", NoteTexts.C9)),
        });
    }

    [Fact]
    public void G5_in_vitro_Ki_or_IC50_values_at_SERT_and_NET_are_a_stated_data_gap_for_both_compounds()
    {
        var gap = Embedded.Gaps.Get("G5");
        using (new AssertionScope())
        {
            gap.Text.Should().Be("Specific in vitro Ki or IC50 values for monoamine transporters are not readily available in the reviewed literature");
            gap.Compounds.Ids().Should().Equal("cianopramine", "desmethylcianopramine");
            gap.Targets.Ids().Should().Equal("sert", "net");
            gap.Parameters.Should().Equal(ActivityParameter.Ki, ActivityParameter.IC50);
            gap.Setting.Should().Be(AssaySetting.InVitro);
            gap.References.Ids().Should().Equal("guide");

            // Nothing fills the gap by invention: no quantitative Ki or IC50 at SERT or NET.
            Embedded.AllResults.Should().NotContain(r =>
                (r.Target.Id == "sert" || r.Target.Id == "net")
                && r.Value is QuantitativeValue
                && (((QuantitativeValue)r.Value).Parameter == ActivityParameter.Ki || ((QuantitativeValue)r.Value).Parameter == ActivityParameter.IC50));
        }
    }
}
