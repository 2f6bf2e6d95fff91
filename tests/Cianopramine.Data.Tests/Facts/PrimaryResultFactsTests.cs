using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>FACTS.md, results from primary sources: P1–P7 (P1, P3a, P3b, P4 and P6 hold several results each).</summary>
public sealed class PrimaryResultFactsTests
{
    [Fact]
    public void P1_cianopramine_protects_against_H7777_5HT_displacement_in_rat_brain_active_and_stronger_than_desmethylcianopramine()
    {
        using (new AssertionScope())
        {
            Result("P1-active").ShouldMatch(new AssayResult
            {
                Id = "P1-active",
                Compound = Compound("cianopramine"),
                Target = Target("sert"),
                Assay = ExpectedAssays.H7777SerotoninDisplacement,
                Action = PharmacologicalAction.Inhibitor,
                Value = Qualitative("active", QualitativeCategory.Active),
                References = Refs("ref4"),
            });
            Result("P1-comparative").ShouldMatch(new AssayResult
            {
                Id = "P1-comparative",
                Compound = Compound("cianopramine"),
                Target = Target("sert"),
                Assay = ExpectedAssays.H7777SerotoninDisplacement,
                Action = PharmacologicalAction.Inhibitor,
                Value = Comparative("desmethylcianopramine", ComparativeDirection.Stronger),
                References = Refs("ref4"),
            });
            Embedded.AllResults.Where(r => r.Id.StartsWith("P1", StringComparison.Ordinal)).Select(r => r.Id)
                .Should().Equal("P1-active", "P1-comparative");
        }
    }

    [Fact]
    public void P2_cianopramine_antagonises_H7777_noradrenaline_displacement_in_rat_and_mouse_brain_typed_as_uptake_inhibition_with_note_C9()
    {
        Result("P2").ShouldMatch(new AssayResult
        {
            Id = "P2",
            Compound = Compound("cianopramine"),
            Target = Target("net"),
            Assay = ExpectedAssays.H7777NoradrenalineDisplacement,
            Action = PharmacologicalAction.Inhibitor,
            Value = Qualitative("active (antagonised)", QualitativeCategory.Active),
            References = Refs("ref4"),
            Notes = List(Note(CurationNoteKind.ContextNote, "C9", NoteTexts.C9)),
        });
    }

    [Fact]
    public void P3a_cianopramine_blocks_the_pithed_rat_5HT_pressor_response_at_0_1_mg_per_kg_and_above_and_potentiates_it_below()
    {
        using (new AssertionScope())
        {
            Result("P3a-block").ShouldMatch(new AssayResult
            {
                Id = "P3a-block",
                Compound = Compound("cianopramine"),
                Target = Target("postsynaptic-5ht-receptors"),
                Assay = ExpectedAssays.PithedRatPressor,
                Action = PharmacologicalAction.Blocker,
                Value = Qualitative("blocks the response at doses ≥ 0.1 mg/kg (\"particularly Ro 11-2465\")", QualitativeCategory.Active),
                Conditions = Conditions(Dose(0.1m, Unit.MilligramPerKilogram, relation: Relation.GreaterThanOrEqual)),
                References = Refs("ref4"),
            });
            Result("P3a-potentiate").ShouldMatch(new AssayResult
            {
                Id = "P3a-potentiate",
                Compound = Compound("cianopramine"),
                Target = Target("postsynaptic-5ht-receptors"),
                Assay = ExpectedAssays.PithedRatPressor,
                Action = PharmacologicalAction.Potentiator,
                Value = Qualitative("potentiates it at lower doses", QualitativeCategory.Active),
                Conditions = Conditions(Dose(0.1m, Unit.MilligramPerKilogram, relation: Relation.LessThan)),
                References = Refs("ref4"),
            });
            Embedded.AllResults.Where(r => r.Id.StartsWith("P3a", StringComparison.Ordinal)).Select(r => r.Id)
                .Should().Equal("P3a-block", "P3a-potentiate");
        }
    }

    [Fact]
    public void P3b_desmethylcianopramine_blocks_the_pithed_rat_5HT_pressor_response_at_0_1_mg_per_kg_and_above_and_potentiates_it_below()
    {
        using (new AssertionScope())
        {
            Result("P3b-block").ShouldMatch(new AssayResult
            {
                Id = "P3b-block",
                Compound = Compound("desmethylcianopramine"),
                Target = Target("postsynaptic-5ht-receptors"),
                Assay = ExpectedAssays.PithedRatPressor,
                Action = PharmacologicalAction.Blocker,
                Value = Qualitative("blocks the response at doses ≥ 0.1 mg/kg", QualitativeCategory.Active),
                Conditions = Conditions(Dose(0.1m, Unit.MilligramPerKilogram, relation: Relation.GreaterThanOrEqual)),
                References = Refs("ref4"),
            });
            Result("P3b-potentiate").ShouldMatch(new AssayResult
            {
                Id = "P3b-potentiate",
                Compound = Compound("desmethylcianopramine"),
                Target = Target("postsynaptic-5ht-receptors"),
                Assay = ExpectedAssays.PithedRatPressor,
                Action = PharmacologicalAction.Potentiator,
                Value = Qualitative("potentiates it at lower doses", QualitativeCategory.Active),
                Conditions = Conditions(Dose(0.1m, Unit.MilligramPerKilogram, relation: Relation.LessThan)),
                References = Refs("ref4"),
            });
            Embedded.AllResults.Where(r => r.Id.StartsWith("P3b", StringComparison.Ordinal)).Select(r => r.Id)
                .Should().Equal("P3b-block", "P3b-potentiate");
        }
    }

    [Fact]
    public void P4_single_oral_cianopramine_inhibits_platelet_5HT_uptake_ex_vivo_six_dose_and_time_results_with_unspecified_spread()
    {
        var rows = new (string Id, decimal DoseMg, decimal Hours, decimal Percent, decimal Spread)[]
        {
            ("P4-0.5mg-2h", 0.5m, 2m, 57m, 12m),
            ("P4-0.5mg-24h", 0.5m, 24m, 27m, 13m),
            ("P4-1mg-2h", 1m, 2m, 59m, 10m),
            ("P4-1mg-24h", 1m, 24m, 41m, 13m),
            ("P4-2mg-2h", 2m, 2m, 80m, 2m),
            ("P4-2mg-24h", 2m, 24m, 52m, 10m),
        };
        using (new AssertionScope())
        {
            foreach (var row in rows)
            {
                Result(row.Id).ShouldMatch(new AssayResult
                {
                    Id = row.Id,
                    Compound = Compound("cianopramine"),
                    Target = Target("sert"),
                    Assay = ExpectedAssays.PlateletUptake,
                    Action = PharmacologicalAction.Inhibitor,
                    Value = Quantitative(ActivityParameter.PercentInhibition, Relation.EqualTo, row.Percent, Unit.Percent,
                        new Spread(row.Spread, SpreadKind.Unspecified)),
                    Conditions = Conditions(Dose(row.DoseMg, Unit.Milligram, Route.Oral), Hours(row.Hours)),
                    References = Refs("eichler1984"),
                });
            }

            Embedded.AllResults.Where(r => r.Id.StartsWith("P4", StringComparison.Ordinal)).Select(r => r.Id)
                .Should().Equal(rows.Select(r => r.Id), "P4 holds exactly these six results");
        }
    }

    [Fact]
    public void P5_2_mg_cianopramine_leaves_the_pressor_response_to_tyramine_and_noradrenaline_unchanged()
    {
        Result("P5").ShouldMatch(new AssayResult
        {
            Id = "P5",
            Compound = Compound("cianopramine"),
            Target = Target("net"),
            Assay = ExpectedAssays.TyramineNoradrenalinePressor,
            Action = PharmacologicalAction.NoEffect,
            Value = Qualitative("unchanged (no clinically relevant peripheral noradrenaline reuptake inhibition)", QualitativeCategory.Inactive),
            Conditions = Conditions(Dose(2m, Unit.Milligram)),
            References = Refs("eichler1984"),
        });
    }

    [Fact]
    public void P6_phenylephrine_dose_for_40_mm_Hg_rises_from_67_to_86_ug_per_min_2_h_after_2_mg_weak_alpha_antagonism()
    {
        using (new AssertionScope())
        {
            Result("P6-before").ShouldMatch(new AssayResult
            {
                Id = "P6-before",
                Compound = Compound("cianopramine"),
                Target = Target("alpha-adrenoceptors"),
                Assay = ExpectedAssays.PhenylephrinePressorDose,
                Value = Quantitative(ActivityParameter.Dose, Relation.EqualTo, 67m, Unit.MicrogramPerMinute, new Spread(25m, SpreadKind.Unspecified)) with { Agent = "phenylephrine" },
                Conditions = Conditions(text: "before cianopramine"),
                References = Refs("eichler1984"),
            });
            Result("P6-2h").ShouldMatch(new AssayResult
            {
                Id = "P6-2h",
                Compound = Compound("cianopramine"),
                Target = Target("alpha-adrenoceptors"),
                Assay = ExpectedAssays.PhenylephrinePressorDose,
                Value = Quantitative(ActivityParameter.Dose, Relation.EqualTo, 86m, Unit.MicrogramPerMinute, new Spread(32m, SpreadKind.Unspecified)) with { Agent = "phenylephrine" },
                Conditions = Conditions(Dose(2m, Unit.Milligram), Hours(2m)),
                References = Refs("eichler1984"),
            });
            Result("P6-interpretation").ShouldMatch(new AssayResult
            {
                Id = "P6-interpretation",
                Compound = Compound("cianopramine"),
                Target = Target("alpha-adrenoceptors"),
                Assay = ExpectedAssays.PhenylephrinePressorDose,
                Action = PharmacologicalAction.Antagonist,
                Value = Qualitative("weak alpha-receptor antagonism", QualitativeCategory.Weak),
                Conditions = Conditions(Dose(2m, Unit.Milligram), Hours(2m)),
                References = Refs("eichler1984"),
            });
            Embedded.AllResults.Where(r => r.Id.StartsWith("P6", StringComparison.Ordinal)).Select(r => r.Id)
                .Should().Equal("P6-before", "P6-2h", "P6-interpretation");
        }
    }

    [Fact]
    public void P7_cyanoimipramine_binds_a_single_high_affinity_Na_dependent_site_in_rat_brain_with_no_Kd_given()
    {
        Result("P7").ShouldMatch(new AssayResult
        {
            Id = "P7",
            Compound = Compound("cianopramine"),
            Target = Target("sert"),
            Assay = ExpectedAssays.CyanoimipramineBinding,
            Action = PharmacologicalAction.Ligand,
            Value = Qualitative("a single high-affinity, Na⁺-dependent site, lost after 5,7-dihydroxytryptamine lesion", QualitativeCategory.HighAffinity),
            Conditions = Conditions(text: "as the radioligand [3H]cyanoimipramine"),
            References = Refs("kovachich1988"),
            Notes = List(Note(CurationNoteKind.ContextNote, null, "No Kd given in the abstract.")),
        });
    }
}
