using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;
using static Cianopramine.Data.Tests.Querying.QueryTestData;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>Comparing two compounds at a target, and a compound's selectivity between two targets, on hand-built data.</summary>
public sealed class CompareAndSelectivityTests
{
    private static QueryTestData Base() => new QueryTestData()
        .Compound("a", "Alpha").Compound("b", "Beta").Compound("c", "Gamma", CompoundRole.ReferenceCompound)
        .Target("t", "T").Target("u", "U")
        .Assay("assay")
        .Assay("vivo", AssayKind.UptakeInhibition, AssaySetting.InVivo, Species.Rat)
        .Assay("rat", AssayKind.UptakeInhibition, AssaySetting.InVitro, Species.Rat)
        .Assay("human", AssayKind.UptakeInhibition, AssaySetting.InVitro, Species.Human)
        .Assay("binding", AssayKind.RadioligandBinding, AssaySetting.InVitro);

    [Fact]
    public void A_comparative_result_of_either_compound_decides_and_is_read_from_the_first_compounds_side()
    {
        var data = Base();
        data.Result("b-weaker", "b", "t", data.Than("a", ComparativeDirection.Weaker, "considerably"));
        var built = data.Build();

        var ba = built.Compare("b", "a", at: "t");
        var ab = built.Compare("a", "b", at: "t");

        ba.Verdict.Should().Be(ComparisonVerdict.Weaker);
        ba.IsComparable.Should().BeTrue();
        ba.Evidence.Single().Basis.Should().Be(ComparisonBasis.ComparativeResult);
        ba.Reason.Should().Be("Beta is weaker than Alpha at T: 1 comparative result.");
        ab.Verdict.Should().Be(ComparisonVerdict.Stronger);
        ab.Evidence.Single().Result.Id.Should().Be("b-weaker");
        ab.Ratio.Should().BeNull();
    }

    [Fact]
    public void The_reason_counts_the_evidence_and_says_when_statements_share_their_sources()
    {
        var two = Base().Reference("s2").Reference("s1");
        two.Result("c1", "b", "t", two.Than("a", ComparativeDirection.Weaker), references: new[] { "s2", "s1" })
            .Result("c2", "b", "t", two.Than("a", ComparativeDirection.Weaker), references: new[] { "s1", "s2" });
        var three = Base().Reference("s1");
        three.Result("c1", "b", "t", three.Than("a", ComparativeDirection.Weaker), references: new[] { "s1" })
            .Result("c2", "b", "t", three.Than("a", ComparativeDirection.Weaker), references: new[] { "s1" })
            .Result("c3", "a", "t", three.Than("b", ComparativeDirection.Stronger), references: new[] { "s1" });
        var ratios = Base()
            .Result("a1", "a", "t", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("a2", "a", "t", Ki(Relation.EqualTo, 2, Unit.Nanomolar), assay: "binding")
            .Result("b1", "b", "t", Ki(Relation.EqualTo, 10, Unit.Nanomolar))
            .Result("b2", "b", "t", Ki(Relation.EqualTo, 20, Unit.Nanomolar), assay: "binding");

        two.Build().Compare("b", "a", at: "t").Reason.Should().Be("Beta is weaker than Alpha at T: 2 comparative results, both citing s1 and s2 (not independent).");
        three.Build().Compare("b", "a", at: "t").Reason.Should().Be("Beta is weaker than Alpha at T: 3 comparative results, all citing s1 (not independent).");
        ratios.Build().Compare("a", "b", at: "t").Reason.Should().Be("Alpha is stronger than Beta at T: 2 quantitative ratios.");
    }

    [Fact]
    public void A_ratio_above_one_is_weaker_and_a_bound_that_may_be_either_side_of_one_decides_nothing()
    {
        var built = Base().Target("v", "V")
            .Result("a-t", "a", "t", Ki(Relation.EqualTo, 100, Unit.Nanomolar))
            .Result("b-t", "b", "t", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("a-u", "a", "u", Ki(Relation.LessThan, 2, Unit.Nanomolar))
            .Result("b-u", "b", "u", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("a-v", "a", "v", Ki(Relation.GreaterThan, 5, Unit.Nanomolar))
            .Result("b-v", "b", "v", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Build();

        var exact = built.Compare("a", "b", at: "t");
        var upper = built.Compare("a", "b", at: "u");
        var lower = built.Compare("a", "b", at: "v");

        exact.Verdict.Should().Be(ComparisonVerdict.Weaker);
        exact.Evidence.Single().Description.Should().Be("a-t Ki = 100 nM vs b-t Ki = 1 nM (in vitro): ratio = 100, so Alpha is weaker");
        upper.Verdict.Should().Be(ComparisonVerdict.NotComparable);
        upper.Evidence.Single().Verdict.Should().Be(ComparisonVerdict.NotComparable, "a ratio < 2 may be above or below 1");
        upper.Ratio.Should().Be(upper.Evidence.Single().Ratio);
        lower.Verdict.Should().Be(ComparisonVerdict.Weaker);
        lower.Evidence.Single().Ratio!.Value.ToString().Should().Be("> 5");
    }

    [Fact]
    public void Equal_concentrations_are_similar_and_bounds_pointing_the_same_way_give_no_ratio()
    {
        var built = Base()
            .Result("a-eq", "a", "t", Ki(Relation.EqualTo, 10, Unit.Nanomolar))
            .Result("b-eq", "b", "t", Ki(Relation.EqualTo, 0.01m, Unit.Micromolar))
            .Result("a-gt", "a", "u", Ki(Relation.GreaterThan, 10, Unit.Micromolar))
            .Result("b-gt", "b", "u", Ki(Relation.GreaterThan, 1, Unit.Micromolar))
            .Build();

        var similar = built.Compare("a", "b", at: "t");
        var noRatio = built.Compare("a", "b", at: "u");

        similar.Verdict.Should().Be(ComparisonVerdict.Similar);
        similar.Evidence.Single().Description.Should().Be("a-eq Ki = 10 nM vs b-eq Ki = 10 nM (in vitro): ratio = 1, so Alpha is similar");
        noRatio.Verdict.Should().Be(ComparisonVerdict.NotComparable);
        noRatio.Evidence.Single().Description.Should().Be("a-gt Ki > 10 µM vs b-gt Ki > 1 µM (in vitro): both bounds point the same way, so no ratio follows");
    }

    [Fact]
    public void Comparable_concentrations_give_a_ratio_across_units()
    {
        var built = Base()
            .Result("a-ic50", "a", "t", Ic50(Relation.EqualTo, 100, Unit.Nanomolar))
            .Result("b-ic50", "b", "t", Ic50(Relation.EqualTo, 1, Unit.Micromolar))
            .Build();

        var comparison = built.Compare("a", "b", "t");

        comparison.Verdict.Should().Be(ComparisonVerdict.Stronger);
        comparison.Ratio.Should().Be(new ConcentrationRatio(0.1m, Relation.EqualTo));
        comparison.Evidence.Single().Other!.Id.Should().Be("b-ic50");
        comparison.Evidence.Single().Description.Should().Be("a-ic50 IC50 = 100 nM vs b-ic50 IC50 = 1 µM (in vitro): ratio = 0.1, so Alpha is stronger");
        built.Compare("b", "a", "t").Ratio.Should().Be(new ConcentrationRatio(10m, Relation.EqualTo));
    }

    [Fact]
    public void Equal_concentrations_are_similar()
    {
        var built = Base()
            .Result("a-ki", "a", "t", Ki(Relation.EqualTo, 1000, Unit.Nanomolar))
            .Result("b-ki", "b", "t", Ki(Relation.EqualTo, 1, Unit.Micromolar))
            .Build();

        built.Compare("a", "b", "t").Verdict.Should().Be(ComparisonVerdict.Similar);
        built.Compare("a", "b", "t").Reason.Should().Be("Alpha is similar to Beta at T: 1 quantitative ratio.");
    }

    [Fact]
    public void Censored_concentrations_give_a_bounded_ratio_or_none()
    {
        var decided = Base()
            .Result("a-lt", "a", "t", Ic50(Relation.LessThan, 1, Unit.Micromolar))
            .Result("b-gt", "b", "t", Ic50(Relation.GreaterThan, 10, Unit.Micromolar))
            .Build().Compare("a", "b", "t");
        var undecided = Base()
            .Result("a-lt", "a", "t", Ic50(Relation.LessThan, 1, Unit.Micromolar))
            .Result("b-lt", "b", "t", Ic50(Relation.LessThan, 10, Unit.Micromolar))
            .Build().Compare("a", "b", "t");

        decided.Verdict.Should().Be(ComparisonVerdict.Stronger);
        decided.Ratio.Should().Be(new ConcentrationRatio(0.1m, Relation.LessThan));
        undecided.Verdict.Should().Be(ComparisonVerdict.NotComparable);
        undecided.Evidence.Single().Ratio.Should().BeNull();
        undecided.Reason.Should().Contain("censored so that no ratio is decided");
    }

    [Fact]
    public void Values_from_different_parameters_settings_assay_kinds_or_species_are_not_compared()
    {
        var built = Base()
            .Result("a-ic50", "a", "t", Ic50(Relation.EqualTo, 1, Unit.Micromolar))
            .Result("b-ki", "b", "t", Ki(Relation.EqualTo, 1, Unit.Micromolar))
            .Result("b-vivo", "b", "t", Ic50(Relation.EqualTo, 1, Unit.Micromolar), assay: "vivo")
            .Result("b-binding", "b", "t", Ic50(Relation.EqualTo, 1, Unit.Micromolar), assay: "binding")
            .Result("a-rat", "a", "u", Ic50(Relation.EqualTo, 1, Unit.Micromolar), assay: "rat")
            .Result("b-human", "b", "u", Ic50(Relation.EqualTo, 2, Unit.Micromolar), assay: "human")
            .Build();

        var atT = built.Compare("a", "b", "t");
        var atU = built.Compare("a", "b", "u");

        atT.Verdict.Should().Be(ComparisonVerdict.NotComparable);
        atT.Evidence.Should().BeEmpty();
        atT.Reason.Should().Be("No comparative result links Alpha and Beta at T, and no pair of concentration values shares a parameter, assay kind, "
            + "setting and species. Alpha: a-ic50 (IC50, in vitro). Beta: b-ki (Ki, in vitro), b-vivo (IC50, in vivo), b-binding (IC50, in vitro).");
        atU.Verdict.Should().Be(ComparisonVerdict.NotComparable, "rat and human assays are not compared");
    }

    [Fact]
    public void An_assay_without_species_is_compatible_with_any_species()
    {
        var built = Base()
            .Result("a", "a", "t", Ic50(Relation.EqualTo, 1, Unit.Micromolar))
            .Result("b", "b", "t", Ic50(Relation.EqualTo, 2, Unit.Micromolar), assay: "rat")
            .Build();

        built.Compare("a", "b", "t").Verdict.Should().Be(ComparisonVerdict.Stronger);
    }

    [Fact]
    public void Disagreeing_evidence_is_conflicting()
    {
        var data = Base();
        data.Result("b-weaker", "b", "t", data.Than("a", ComparativeDirection.Weaker))
            .Result("a-ic50", "a", "t", Ic50(Relation.EqualTo, 10, Unit.Micromolar))
            .Result("b-ic50", "b", "t", Ic50(Relation.EqualTo, 1, Unit.Micromolar));

        var comparison = data.Build().Compare("b", "a", "t");

        comparison.Verdict.Should().Be(ComparisonVerdict.Conflicting);
        comparison.IsComparable.Should().BeFalse();
        comparison.Evidence.Select(e => e.Verdict).Should().Equal(ComparisonVerdict.Weaker, ComparisonVerdict.Stronger);
        comparison.Reason.Should().Be("The evidence disagrees (1 comparative result and 1 quantitative ratio).");
    }

    [Fact]
    public void Missing_results_and_the_same_compound_are_not_comparable_with_the_reason()
    {
        var built = Base().Result("a-words", "a", "t", Words("active")).Build();

        built.Compare("a", "c", "t").Reason.Should().Be("Gamma has no results at T.");
        built.Compare("b", "c", "t").Reason.Should().Be("Neither Beta nor Gamma has results at T.");
        built.Compare("a", "a", "t").Reason.Should().Be("Both names are the same compound (Alpha).");
        built.Compare("a", "c", "t").Verdict.Should().Be(ComparisonVerdict.NotComparable);
    }

    [Fact]
    public void Qualitative_results_in_the_same_assay_are_listed_side_by_side()
    {
        var built = Base()
            .Result("a-words", "a", "t", Words("blocks"), assay: "vivo")
            .Result("b-words", "b", "t", Words("blocks too"), assay: "vivo")
            .Result("b-other", "b", "t", Words("active"))
            .Build();

        var comparison = built.Compare("a", "b", "t");

        comparison.Verdict.Should().Be(ComparisonVerdict.NotComparable);
        comparison.SameAssayResults.Select(r => r.Id).Should().Equal("a-words", "b-words");
        comparison.ToText().Should().Contain("read side by side");
    }

    [Fact]
    public void Selectivity_is_the_fold_of_concentrations_of_one_parameter_in_one_setting()
    {
        var built = Base()
            .Result("t-ki", "a", "t", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("u-ki", "a", "u", Ki(Relation.EqualTo, 0.1m, Unit.Micromolar), assay: "binding")
            .Result("u-vivo", "a", "u", Ki(Relation.EqualTo, 5, Unit.Nanomolar), assay: "vivo")
            .Build();

        var selectivity = built.Selectivity("a", "t", over: "u");

        selectivity.IsDetermined.Should().BeTrue();
        selectivity.Fold.Should().Be(new ConcentrationRatio(100m, Relation.EqualTo));
        selectivity.Pairs.Should().ContainSingle().Which.AtOver.Id.Should().Be("u-ki", "the in vivo value is not paired with an in vitro one");
        selectivity.Reason.Should().Be("Ki at U / Ki at T = 100: selective for T (t-ki, u-ki).");
        built.Selectivity("a", "u", "t").Fold.Should().Be(new ConcentrationRatio(0.01m, Relation.EqualTo));
        built.Selectivity("a", "u", "t").Reason.Should().EndWith("selective for T (u-ki, t-ki).");
    }

    [Fact]
    public void A_censored_selectivity_keeps_its_bound()
    {
        var built = Base()
            .Result("t-ki", "a", "t", Ki(Relation.EqualTo, 10, Unit.Nanomolar))
            .Result("u-ki", "a", "u", Ki(Relation.GreaterThan, 10, Unit.Micromolar))
            .Build();

        var selectivity = built.Selectivity("a", "t", "u");

        selectivity.Fold.Should().Be(new ConcentrationRatio(1000m, Relation.GreaterThan));
        selectivity.Fold!.Value.ToString().Should().Be("> 1000");
        selectivity.Reason.Should().Be("Ki at U / Ki at T > 1000: selective for T (t-ki, u-ki).");
    }

    [Fact]
    public void Equal_folds_bounds_that_say_no_direction_and_bounds_that_give_no_ratio_are_each_said_in_words()
    {
        var built = Base()
            .Result("a-t", "a", "t", Ki(Relation.EqualTo, 10, Unit.Nanomolar))
            .Result("a-u", "a", "u", Ki(Relation.EqualTo, 0.01m, Unit.Micromolar))
            .Result("b-t", "b", "t", Ki(Relation.LessThan, 10, Unit.Nanomolar))
            .Result("b-u", "b", "u", Ki(Relation.EqualTo, 5, Unit.Nanomolar))
            .Result("c-t", "c", "t", Ki(Relation.GreaterThan, 10, Unit.Micromolar))
            .Result("c-u", "c", "u", Ki(Relation.GreaterThan, 1, Unit.Micromolar))
            .Build();

        var equal = built.Selectivity("a", "t", "u");
        var noDirection = built.Selectivity("b", "t", "u");
        var noRatio = built.Selectivity("c", "t", "u");

        equal.Reason.Should().Be("Ki at U / Ki at T = 1: no preference (a-t, a-u).");
        noDirection.Fold.Should().Be(new ConcentrationRatio(0.5m, Relation.GreaterThan));
        noDirection.Reason.Should().Be("Ki at U / Ki at T > 0.5: the bound does not say which target is preferred (b-t, b-u).");
        noRatio.IsDetermined.Should().BeFalse();
        noRatio.Pairs.Should().ContainSingle().Which.Fold.Should().BeNull();
        noRatio.ToText().ReplaceLineEndings("\n").Should().Be(
            "Selectivity of Gamma for T over U: cannot be determined from this dataset\n" +
            "  Cannot be determined from this dataset: the comparable concentration values are censored the same way, so no ratio follows. At T: c-t (Ki, in vitro). At U: c-u (Ki, in vitro).\n" +
            "  - c-t Ki > 10 µM at T vs c-u Ki > 1 µM at U (in vitro): both bounds point the same way, no ratio\n");
        equal.ToText().ReplaceLineEndings("\n").Should().Be(
            "Selectivity of Alpha for T over U: fold = 1\n" +
            "  Ki at U / Ki at T = 1: no preference (a-t, a-u).\n" +
            "  - a-t Ki = 10 nM at T vs a-u Ki = 10 nM at U (in vitro): fold = 1\n"); // 0.01 µM shown in its most readable unit
    }

    [Fact]
    public void Selectivity_without_concentrations_cannot_be_determined_and_says_why_with_the_stated_gap()
    {
        var built = Base()
            .Result("t-percent", "a", "t", Percent(57))
            .Result("u-words", "a", "u", Words("active"))
            .Gap("gap", new[] { "a" }, new[] { "t", "u" })
            .Build();

        var selectivity = built.Selectivity("Alpha", "T", "U");

        selectivity.IsDetermined.Should().BeFalse();
        selectivity.Fold.Should().BeNull();
        selectivity.StatedGaps.Select(g => g.Id).Should().Equal("gap");
        selectivity.TargetResults.Select(r => r.Id).Should().Equal("t-percent");
        selectivity.OverResults.Select(r => r.Id).Should().Equal("u-words");
        selectivity.Reason.Should().Be("Cannot be determined from this dataset: Alpha has no concentration value (IC50, Ki …) at T or U. "
            + "At T: t-percent (% inhibition, not a concentration). At U: u-words (qualitative). The dataset states the gap gap: \"No values for gap\".");
    }

    [Fact]
    public void Selectivity_lists_the_gaps_stated_at_either_target_once_each_target_first()
    {
        var built = Base()
            .Result("t-percent", "a", "t", Percent(57))
            .Gap("at-u", new[] { "a" }, new[] { "u" })
            .Gap("both", new[] { "a" }, new[] { "t", "u" })
            .Gap("at-t", new[] { "a" }, new[] { "t" })
            .Gap("other", new[] { "b" }, new[] { "t", "u" })
            .Build();

        var selectivity = built.Selectivity("Alpha", "T", "U");

        selectivity.StatedGaps.Select(g => g.Id).Should().Equal("both", "at-t", "at-u");
    }

    [Fact]
    public void Selectivity_keeps_every_comparable_pair_and_takes_its_fold_from_the_first_that_gives_one()
    {
        var built = Base()
            .Result("t1", "a", "t", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("t2", "a", "t", Ki(Relation.EqualTo, 2, Unit.Nanomolar))
            .Result("u1", "a", "u", Ki(Relation.EqualTo, 100, Unit.Nanomolar))
            .Build();

        var selectivity = built.Selectivity("Alpha", "T", "U");

        selectivity.Pairs.Select(p => p.AtTarget.Id + "/" + p.AtOver.Id).Should().Equal("t1/u1", "t2/u1");
        selectivity.Pairs.Select(p => p.Fold!.Value.ToString()).Should().Equal("= 100", "= 50");
        selectivity.Fold!.Value.ToString().Should().Be("= 100");
        selectivity.Reason.Should().Be("Ki at U / Ki at T = 100: selective for T (t1, u1).");
    }

    [Fact]
    public void Selectivity_with_concentrations_in_different_settings_or_parameters_cannot_be_determined()
    {
        var built = Base()
            .Result("t-ki", "a", "t", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("u-ic50", "a", "u", Ic50(Relation.EqualTo, 1, Unit.Micromolar))
            .Build();

        built.Selectivity("a", "t", "u").Reason.Should().StartWith("Cannot be determined from this dataset: Alpha's concentration values at T and U share no parameter and setting.");
        built.Selectivity("a", "t", "t").Reason.Should().Be("Both names are the same target (T).");
    }

    [Theory]
    [InlineData(Relation.EqualTo, Relation.EqualTo, true, Relation.EqualTo)]
    [InlineData(Relation.LessThan, Relation.EqualTo, true, Relation.LessThan)]
    [InlineData(Relation.LessThanOrEqual, Relation.EqualTo, true, Relation.LessThanOrEqual)]
    [InlineData(Relation.LessThanOrEqual, Relation.GreaterThanOrEqual, true, Relation.LessThanOrEqual)]
    [InlineData(Relation.EqualTo, Relation.GreaterThan, true, Relation.LessThan)]
    [InlineData(Relation.GreaterThan, Relation.EqualTo, true, Relation.GreaterThan)]
    [InlineData(Relation.EqualTo, Relation.LessThan, true, Relation.GreaterThan)]
    [InlineData(Relation.Approximately, Relation.EqualTo, true, Relation.Approximately)]
    [InlineData(Relation.LessThan, Relation.LessThan, false, Relation.EqualTo)]
    [InlineData(Relation.GreaterThan, Relation.GreaterThanOrEqual, false, Relation.EqualTo)]
    public void A_ratio_of_censored_values_is_bounded_in_the_direction_the_bounds_allow(Relation top, Relation bottom, bool exists, Relation expected)
    {
        var created = ConcentrationRatio.TryCreate(MolarConcentration.FromMicromolar(1), top, MolarConcentration.FromMicromolar(10), bottom, out var ratio);

        created.Should().Be(exists);
        if (exists)
        {
            ratio.Should().Be(new ConcentrationRatio(0.1m, expected));
        }
    }

    [Fact]
    public void A_zero_denominator_gives_no_ratio()
    {
        ConcentrationRatio.TryCreate(MolarConcentration.FromMicromolar(1), Relation.EqualTo, MolarConcentration.FromMolar(0), Relation.EqualTo, out _)
            .Should().BeFalse();
    }
}
