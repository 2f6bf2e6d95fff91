using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;
using static Cianopramine.Data.Tests.Querying.QueryTestData;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>Profiles on hand-built data: grouping per target, the best value with censoring, gaps, metabolism, text.</summary>
public sealed class CompoundProfileTests
{
    [Fact]
    public void A_parameter_where_higher_is_better_is_summarised_by_its_highest_value_and_says_so()
    {
        var data = new QueryTestData().Compound("a", "Alpha").Target("t1", "T1").Target("t2", "T2");
        data.Result("p40", "a", "t1", Percent(40))
            .Result("p57", "a", "t1", Percent(57))
            .Result("q40", "a", "t2", Percent(40), conditions: new Conditions { Text = "at 1 µM" })
            .Result("q57", "a", "t2", Percent(57), conditions: new Conditions { Text = "at 10 µM" });

        var profile = data.Build().Profile("a");
        var text = profile.ToText().ReplaceLineEndings("\n");

        profile.Targets[0].ToString().ReplaceLineEndings("\n").Should().Be(
            "T1 — T1 protein (2 results; in vitro)\n" +
            "  quantitative:\n" +
            "    % inhibition: best (highest) = 57 % — p57 (2 values)\n" +
            "      p40: % inhibition = 40 % — in vitro: Assay assay [ref]\n" +
            "      p57: % inhibition = 57 % — in vitro: Assay assay [ref]\n" +
            "  no concentration value (IC50, Ki …) here\n");

        text.Should().Contain("    % inhibition: best (highest) = 57 % — p57 (2 values)\n");
        text.Should().Contain("    % inhibition: highest, of values under different conditions, = 57 % — q57, at 10 µM (2 values)\n");
    }

    [Fact]
    public void Results_are_grouped_per_target_in_dataset_target_order_and_by_value_kind()
    {
        var data = new QueryTestData().Compound("a", "Alpha").Compound("b", "Beta").Target("t1", "T1").Target("t2", "T2").Target("t3", "T3");
        data.Result("q", "a", "t2", Ki(Relation.EqualTo, 5, Unit.Nanomolar))
            .Result("w", "a", "t2", Words("active"))
            .Result("c", "a", "t2", data.Than("b", ComparativeDirection.Stronger))
            .Result("p", "a", "t1", Percent(40))
            .Result("other", "b", "t3", Words("active"));
        var profile = data.Build().Profile("a");

        profile.Targets.Select(t => t.Target.Id).Should().Equal("t1", "t2");
        var t2 = profile.At(profile.Targets[1].Target)!;
        t2.Results.Select(r => r.Id).Should().Equal("q", "w", "c");
        t2.Quantitative.Single().Results.Select(r => r.Id).Should().Equal("q");
        t2.Qualitative.Select(r => r.Id).Should().Equal("w");
        t2.Comparative.Select(r => r.Id).Should().Equal("c");
        t2.HasConcentrationValue.Should().BeTrue();
        profile.Targets[0].HasConcentrationValue.Should().BeFalse();
        profile.Targets[0].Settings.Should().Equal(AssaySetting.InVitro);
    }

    [Fact]
    public void The_best_potency_is_the_lowest_exact_or_upper_bound_never_a_lower_bound_that_proves_nothing()
    {
        var data = new QueryTestData().Compound("a").Target("t")
            .Result("gt1uM", "a", "t", Ic50(Relation.GreaterThan, 1, Unit.Micromolar))
            .Result("eq5uM", "a", "t", Ic50(Relation.EqualTo, 5, Unit.Micromolar))
            .Result("lt8uM", "a", "t", Ic50(Relation.LessThan, 8, Unit.Micromolar))
            .Result("eq5000nM", "a", "t", Ic50(Relation.EqualTo, 5000, Unit.Nanomolar))
            .Build();

        var summary = data.Profile("a").Targets.Single().Quantitative.Single();

        summary.Rule.Should().Be(BestValueRule.Lowest);
        summary.Best!.Id.Should().Be("eq5uM", "the lowest exact value wins; > 1 µM may be far weaker; a tie keeps the first");
        summary.BestValue!.Relation.Should().Be(Relation.EqualTo);
        summary.IsConcentration.Should().BeTrue();
    }

    [Fact]
    public void An_upper_bound_below_every_exact_value_is_the_best_and_keeps_its_relation()
    {
        var data = new QueryTestData().Compound("a").Target("t")
            .Result("eq5uM", "a", "t", Ic50(Relation.EqualTo, 5, Unit.Micromolar))
            .Result("lt100nM", "a", "t", Ic50(Relation.LessThan, 100, Unit.Nanomolar))
            .Build();

        var summary = data.Profile("a").Targets.Single().Quantitative.Single();

        summary.Best!.Id.Should().Be("lt100nM");
        summary.ToString().Should().StartWith("    IC50: best (lowest) < 100 nM; pIC50 > 7.00 — lt100nM (2 values)");
    }

    [Fact]
    public void At_one_bound_the_weaker_statement_wins_among_lower_bounds_and_the_strict_one_among_upper_bounds()
    {
        // "≥ 10 µM" allows 10 µM itself, "> 10 µM" does not: the first is the better lower bound. "< 1 µM" says more
        // than "≤ 1 µM".
        var lower = new QueryTestData().Compound("a").Target("t")
            .Result("gt10uM", "a", "t", Ic50(Relation.GreaterThan, 10, Unit.Micromolar))
            .Result("ge10uM", "a", "t", Ic50(Relation.GreaterThanOrEqual, 10, Unit.Micromolar))
            .Build();
        var upper = new QueryTestData().Compound("a").Target("t")
            .Result("le1uM", "a", "t", Ic50(Relation.LessThanOrEqual, 1, Unit.Micromolar))
            .Result("lt1uM", "a", "t", Ic50(Relation.LessThan, 1, Unit.Micromolar))
            .Result("eq1uM", "a", "t", Ic50(Relation.EqualTo, 1, Unit.Micromolar))
            .Build();

        lower.Profile("a").Targets.Single().Quantitative.Single().Best!.Id.Should().Be("ge10uM");
        upper.Profile("a").Targets.Single().Quantitative.Single().Best!.Id.Should().Be("lt1uM");
    }

    [Fact]
    public void Potencies_under_different_conditions_are_summarised_by_the_lowest_and_say_so()
    {
        var data = new QueryTestData().Compound("a").Target("t").Assay("other")
            .Result("eq5uM", "a", "t", Ic50(Relation.EqualTo, 5, Unit.Micromolar))
            .Result("eq2uM", "a", "t", Ic50(Relation.EqualTo, 2, Unit.Micromolar), assay: "other")
            .Build();

        var summary = data.Profile("a").Targets.Single().Quantitative.Single();

        summary.ConditionsDiffer.Should().BeTrue();
        summary.ToString().Should().StartWith("    IC50: lowest, of values under different conditions, = 2 µM; pIC50 = 5.70 — eq2uM (2 values)");
    }

    [Fact]
    public void When_only_lower_bounds_are_known_the_lowest_is_shown_with_its_relation()
    {
        var data = new QueryTestData().Compound("a").Target("t")
            .Result("gt10uM", "a", "t", Ic50(Relation.GreaterThan, 10, Unit.Micromolar))
            .Result("gt30uM", "a", "t", Ic50(Relation.GreaterThan, 30, Unit.Micromolar))
            .Build();

        data.Profile("a").Targets.Single().Quantitative.Single().Best!.Id.Should().Be("gt10uM");
    }

    [Fact]
    public void The_best_percent_inhibition_is_the_highest_and_a_plain_dose_has_no_best()
    {
        var data = new QueryTestData().Compound("a").Target("t")
            .Result("p57", "a", "t", Percent(57))
            .Result("p80", "a", "t", Percent(80))
            .Result("dose1", "a", "t", Value(ActivityParameter.Dose, Relation.EqualTo, 67, Unit.MicrogramPerMinute))
            .Result("dose2", "a", "t", Value(ActivityParameter.Dose, Relation.EqualTo, 86, Unit.MicrogramPerMinute))
            .Build();

        var groups = data.Profile("a").Targets.Single().Quantitative;

        groups.Select(g => g.Parameter).Should().Equal(ActivityParameter.PercentInhibition, ActivityParameter.Dose);
        groups[0].Best!.Id.Should().Be("p80");
        groups[0].Rule.Should().Be(BestValueRule.Highest);
        groups[1].Best.Should().BeNull();
        groups[1].Rule.Should().Be(BestValueRule.None);
        groups[1].Results.Select(r => r.Id).Should().Equal("dose1", "dose2");
    }

    [Fact]
    public void A_profile_lists_comparisons_by_other_compounds_stated_gaps_metabolism_and_mechanisms()
    {
        var data = new QueryTestData().Compound("a", "Alpha").Compound("b", "Beta", CompoundRole.Metabolite).Target("t", "T");
        data.Result("b-weaker", "b", "t", data.Than("a", ComparativeDirection.Weaker, "considerably"))
            .Step("ab", "a", "b")
            .Mechanism("m1", "a", "t", primary: true)
            .Mechanism("class", null, "t")
            .Gap("gap", new[] { "a", "b" }, new[] { "t" });
        var built = data.Build();

        var alpha = built.Profile("Alpha");
        var beta = built.Profile("Beta");

        alpha.Targets.Single().Results.Should().BeEmpty();
        alpha.Targets.Single().ComparedByOthers.Select(r => r.Id).Should().Equal("b-weaker");
        alpha.Targets.Single().StatedGaps.Select(g => g.Id).Should().Equal("gap");
        alpha.Metabolites.Select(s => s.Id).Should().Equal("ab");
        alpha.FormedFrom.Should().BeEmpty();
        alpha.Mechanisms.Select(m => m.Id).Should().Equal("m1");
        alpha.ClassLevelMechanisms.Select(m => m.Id).Should().Equal("class");
        alpha.References.Select(r => r.Id).Should().Equal("ref");
        beta.FormedFrom.Select(s => s.Id).Should().Equal("ab");
        beta.Targets.Single().Comparative.Select(r => r.Id).Should().Equal("b-weaker");
    }

    [Fact]
    public void A_compound_without_results_has_an_empty_profile_that_says_so()
    {
        var data = new QueryTestData().Compound("a", "Alpha", CompoundRole.ReferenceCompound).Target("t").Build();

        var profile = data.Profile("a");

        profile.Targets.Should().BeEmpty();
        profile.ToText().Should().Be(string.Join(Environment.NewLine, "Alpha: reference compound", string.Empty, "No results in this dataset.", string.Empty));
    }

    [Fact]
    public void The_text_shows_every_result_with_its_citation_conditions_and_notes()
    {
        var data = new QueryTestData().Reference("ref").Reference("paper").Compound("a", "Alpha", CompoundRole.ParentDrug, "AL-1").Target("t", "T")
            .Result("r1", "a", "t", Ic50(Relation.EqualTo, 50, Unit.Micromolar), action: PharmacologicalAction.Antagonist, references: new[] { "ref", "paper" },
                notes: new[] { Note(CurationNoteKind.Unverified, "source not located") },
                conditions: new Conditions { Text = "at 37 °C" })
            .Build();

        var text = data.Profile("a").ToString();

        text.Should().Be(string.Join(
            Environment.NewLine,
            "Alpha (AL-1): parent drug",
            "synonyms: AL-1",
            string.Empty,
            "T — T protein (1 result; in vitro)",
            "  quantitative:",
            "    IC50: best (lowest) = 50 µM; pIC50 = 4.30 — r1, at 37 °C (1 value)",
            "      r1: IC50 = 50 µM; pIC50 = 4.30; antagonist — in vitro: Assay assay; at 37 °C [ref, paper]",
            "          note [unverified] source not located",
            string.Empty,
            "References",
            "  [ref] Title of ref",
            "  [paper] Title of paper",
            string.Empty));
    }

    [Fact]
    public void A_molar_spread_is_shown_in_the_same_unit_as_its_value()
    {
        var value = Ic50(Relation.EqualTo, 0.00005m, Unit.Molar) with { Spread = new Spread(0.00001m, SpreadKind.StandardError) };
        var data = new QueryTestData().Compound("a").Target("t").Result("r", "a", "t", value).Build();

        data.Profile("a").Targets.Single().Quantitative.Single().ToString()
            .Should().StartWith("    IC50: best (lowest) = 50 µM ± 10 (SEM); pIC50 = 4.30 — r (1 value)");
    }

    [Fact]
    public void An_unknown_compound_throws_with_suggestions()
    {
        var data = new QueryTestData().Compound("alphamine").Build();

        var act = () => data.Profile("alfamine");

        act.Should().Throw<NotFoundException>().WithMessage("No compound matches 'alfamine'. Did you mean alphamine?");
    }
}
