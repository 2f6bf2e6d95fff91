using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;
using static Cianopramine.Data.Tests.Querying.QueryTestData;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>Unit-aware potency filters: censored values decided honestly, units compared exactly, undecided rows reported.</summary>
public sealed class PotencyFilterTests
{
    private static readonly MolarConcentration OneMicromolar = MolarConcentration.FromMicromolar(1);
    private static readonly MolarConcentration TenMicromolar = MolarConcentration.FromMicromolar(10);

    private static Dataset Censored()
    {
        var data = new QueryTestData().Compound("a").Compound("b").Target("t");
        data.Result("gt10uM", "a", "t", Ic50(Relation.GreaterThan, 10, Unit.Micromolar))
            .Result("lt1uM", "a", "t", Ic50(Relation.LessThan, 1, Unit.Micromolar))
            .Result("eq1000nM", "a", "t", Ic50(Relation.EqualTo, 1000, Unit.Nanomolar))
            .Result("le1uM", "a", "t", Ic50(Relation.LessThanOrEqual, 1, Unit.Micromolar))
            .Result("ge1uM", "a", "t", Ic50(Relation.GreaterThanOrEqual, 0.001m, Unit.Millimolar))
            .Result("lt10uM", "a", "t", Ic50(Relation.LessThan, 10, Unit.Micromolar))
            .Result("approx5uM", "a", "t", Ic50(Relation.Approximately, 5, Unit.Micromolar))
            .Result("percent", "a", "t", Percent(57))
            .Result("words", "a", "t", Words("potent", QualitativeCategory.Potent))
            .Result("than", "a", "t", data.Than("b", ComparativeDirection.Weaker));
        return data.Build();
    }

    private static string[] Ids(IEnumerable<AssayResult> results) => results.Select(r => r.Id).ToArray();

    [Fact]
    public void The_partition_text_lists_the_criteria_and_each_list_one_result_a_line()
    {
        var data = Censored();

        var partition = data.Results.Below(OneMicromolar).Partition();
        var unfiltered = data.Results.For("b").Partition();

        partition.ToText().ReplaceLineEndings("\n").Should().Be(
            "criteria: below 1 µM\n" +
            "matched (1):\n" +
            "  lt1uM: IC50 < 1 µM; pIC50 > 6.00\n" +
            "not matched (4):\n" +
            "  gt10uM: IC50 > 10 µM; pIC50 < 5.00\n" +
            "  eq1000nM: IC50 = 1 µM; pIC50 = 6.00\n" +
            "  ge1uM: IC50 ≥ 1 µM; pIC50 ≤ 6.00\n" +
            "  approx5uM: IC50 ~ 5 µM; pIC50 ~ 5.30\n" +
            "undecided (5):\n" +
            "  le1uM: IC50 ≤ 1 µM may or may not be below 1 µM\n" +
            "  lt10uM: IC50 < 10 µM may or may not be below 1 µM\n" +
            "  percent: % inhibition = 57 % is not a molar concentration\n" +
            "  words: qualitative: \"potent\" (potent)\n" +
            "  than: comparative: weaker than b\n");
        unfiltered.ToText().ReplaceLineEndings("\n").Should().Be("criteria: none\nmatched (0):\nnot matched (0):\nundecided (0):\n");
    }

    [Fact]
    public void Ranking_a_negative_number_of_results_or_compounds_is_refused_with_the_reason()
    {
        var data = Censored();

        var results = () => data.Results.MostPotent(-1);
        var compounds = () => data.MostSelective(data.Targets.Get("t"), data.Targets.Get("t"), -1);

        results.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count")
            .Which.Message.Should().StartWith("The number of results to rank cannot be negative.");
        compounds.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count")
            .Which.Message.Should().StartWith("The number of compounds to rank cannot be negative.");
    }

    [Fact]
    public void At_one_fold_the_ranking_puts_lower_bounds_first_then_the_dataset_order_of_the_compounds()
    {
        // The results at SERT are listed in the reverse order of the compounds, so only the compounds' own order can
        // put "a" before "d".
        var data = new QueryTestData()
            .Compound("a").Compound("b").Compound("c").Compound("d").Compound("e")
            .Target("sert").Target("dat")
            .Result("d-sert", "d", "sert", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("c-sert", "c", "sert", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("b-sert", "b", "sert", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("a-sert", "a", "sert", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("e-sert", "e", "sert", Ki(Relation.EqualTo, 1, Unit.Nanomolar))
            .Result("a-dat", "a", "dat", Ki(Relation.EqualTo, 100, Unit.Nanomolar))
            .Result("b-dat", "b", "dat", Ki(Relation.GreaterThan, 100, Unit.Nanomolar))
            .Result("c-dat", "c", "dat", Ki(Relation.GreaterThanOrEqual, 100, Unit.Nanomolar))
            .Result("d-dat", "d", "dat", Ki(Relation.EqualTo, 100, Unit.Nanomolar))
            .Result("e-dat", "e", "dat", Ki(Relation.EqualTo, 200, Unit.Nanomolar))
            .Build();

        var ranked = data.MostSelective("SERT", "DAT", 10);

        ranked.Select(s => s.Compound.Id).Should().Equal("e", "b", "c", "a", "d");
        ranked.Select(s => s.Fold!.Value.ToString()).Should().Equal("= 200", "> 100", "≥ 100", "= 100", "= 100");
        data.MostSelective("SERT", "DAT", 2).Select(s => s.Compound.Id).Should().Equal("e", "b");
    }

    [Fact]
    public void With_several_thresholds_one_that_rules_a_result_out_wins_and_an_undecided_one_is_named_by_the_first()
    {
        var data = new QueryTestData().Compound("a").Target("t")
            .Result("gt5uM", "a", "t", Ic50(Relation.GreaterThan, 5, Unit.Micromolar))
            .Build();

        // > 5 µM is certainly not below 1 µM, whatever the next threshold cannot decide.
        var ruledOut = data.Results.Below(OneMicromolar).Below(TenMicromolar).Partition();
        // > 5 µM may or may not be below 10 µM, and may or may not be above 20 µM: the first threshold is the reason.
        var undecided = data.Results.Below(TenMicromolar).Above(MolarConcentration.FromMicromolar(20)).Partition();

        Ids(ruledOut.NotMatched).Should().Equal("gt5uM");
        ruledOut.Undecided.Should().BeEmpty();
        undecided.Undecided.Single().Threshold.Should().Be(new ConcentrationThreshold(ThresholdComparison.Below, TenMicromolar));
    }

    [Fact]
    public void At_one_concentration_an_upper_bound_ranks_before_an_exact_value_whatever_the_dataset_order()
    {
        // The exact value comes first in the dataset, in two units; the documented tie order is < before <= before =.
        var built = new QueryTestData().Compound("a").Target("t")
            .Result("eq", "a", "t", Ki(Relation.EqualTo, 5, Unit.Nanomolar))
            .Result("le", "a", "t", Ki(Relation.LessThanOrEqual, 0.005m, Unit.Micromolar))
            .Result("lt", "a", "t", Ki(Relation.LessThan, 5, Unit.Nanomolar))
            .Build();
        var target = built.Targets.Get("t");

        Ids(built.Results.At(target).MostPotent(3)).Should().Equal("lt", "le", "eq");
        Ids(built.Results.At(target).OrderByPotency()).Should().Equal("lt", "le", "eq");
        Ids(built.Results.At(target).MostPotent(1)).Should().Equal("lt");
    }

    [Fact]
    public void Equal_potencies_rank_in_dataset_order_however_many_there_are()
    {
        // Enough equal values for the sort to partition them (small lists are sorted by insertion, which keeps order).
        var data = new QueryTestData().Compound("a").Target("t");
        var ids = Enumerable.Range(0, 60).Select(i => "r" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        // Listed last to first; on net8.0 `array.Reverse()` would bind to the in-place span overload, so a copy is made.
        var reversed = Enumerable.Reverse(ids).ToArray();
        foreach (var id in reversed)
        {
            data.Result(id, "a", "t", Ki(Relation.EqualTo, 10, Unit.Nanomolar));
        }

        var built = data.Build();

        Ids(built.Results.At(built.Targets.Get("t")).OrderByPotency()).Should().Equal(reversed);
        Ids(built.Results.At(built.Targets.Get("t")).MostPotent(5)).Should().Equal(reversed.Take(5));

        // One compound's 60 results are walked and sorted instead (a list that short is cheaper than the index).
        Ids(built.Results.For("a").At("t").OrderByPotency()).Should().Equal(reversed);
    }

    [Fact]
    public void A_target_from_another_dataset_has_no_results_here_with_or_without_thresholds()
    {
        var data = Censored();
        var elsewhere = new QueryTestData().Target("elsewhere").Build().Targets.Get("elsewhere");

        data.Results.At(elsewhere).Below(TenMicromolar).Count().Should().Be(0);
        data.Results.At(elsewhere).Below(TenMicromolar).Should().BeEmpty();
        data.Results.At(elsewhere).MostPotent(3).Should().BeEmpty();
    }

    [Fact]
    public void A_greater_than_10_uM_value_is_never_below_1_uM_and_a_less_than_1_uM_value_is_below_10_uM()
    {
        var data = Censored();

        Ids(data.Results.Below(OneMicromolar)).Should().NotContain("gt10uM");
        Ids(data.Results.Below(TenMicromolar)).Should().Contain("lt1uM");
        data.Results.Below(OneMicromolar).Partition().NotMatched.Select(r => r.Id).Should().Contain("gt10uM");
    }

    [Fact]
    public void Below_1_uM_decides_each_relation_at_the_threshold()
    {
        var partition = Censored().Results.Below(OneMicromolar).Partition();

        Ids(partition.Matched).Should().Equal("lt1uM");
        Ids(partition.NotMatched).Should().Equal("gt10uM", "eq1000nM", "ge1uM", "approx5uM");
        partition.Undecided.Select(u => (u.Result.Id, u.Decision)).Should().Equal(
            ("le1uM", ThresholdDecision.UndecidedCensored),
            ("lt10uM", ThresholdDecision.UndecidedCensored),
            ("percent", ThresholdDecision.UndecidedNotConcentration),
            ("words", ThresholdDecision.UndecidedQualitative),
            ("than", ThresholdDecision.UndecidedComparative));
    }

    [Fact]
    public void At_most_1_uM_includes_the_boundary_in_any_unit()
    {
        var partition = Censored().Results.AtMost(OneMicromolar).Partition();

        Ids(partition.Matched).Should().Equal("lt1uM", "eq1000nM", "le1uM");
        Ids(partition.NotMatched).Should().Equal("gt10uM", "approx5uM");
        Ids(partition.Undecided.Select(u => u.Result)).Should().Equal("ge1uM", "lt10uM", "percent", "words", "than");
    }

    [Fact]
    public void Above_and_at_least_mirror_below_and_at_most()
    {
        var data = Censored();

        var above = data.Results.Above(OneMicromolar).Partition();
        Ids(above.Matched).Should().Equal("gt10uM", "approx5uM");
        Ids(above.NotMatched).Should().Equal("lt1uM", "eq1000nM", "le1uM");
        Ids(above.Undecided.Select(u => u.Result)).Should().Equal("ge1uM", "lt10uM", "percent", "words", "than");

        var atLeast = data.Results.AtLeast(OneMicromolar).Partition();
        Ids(atLeast.Matched).Should().Equal("gt10uM", "eq1000nM", "ge1uM", "approx5uM");
        Ids(atLeast.NotMatched).Should().Equal("lt1uM");
        Ids(atLeast.Undecided.Select(u => u.Result)).Should().Equal("le1uM", "lt10uM", "percent", "words", "than");
    }

    [Fact]
    public void The_threshold_can_be_given_in_any_molar_unit_with_the_same_result()
    {
        var data = Censored();

        Ids(data.Results.AtMost(1000, MolarUnit.Nanomolar)).Should().Equal(Ids(data.Results.AtMost(OneMicromolar)));
        Ids(data.Results.AtMost(0.000001m, MolarUnit.Molar)).Should().Equal(Ids(data.Results.AtMost(OneMicromolar)));
        Ids(data.Results.Below(1_000_000, MolarUnit.Picomolar)).Should().Equal(Ids(data.Results.Below(OneMicromolar)));
        Ids(data.Results.Above(0.001m, MolarUnit.Millimolar)).Should().Equal(Ids(data.Results.Above(OneMicromolar)));
        Ids(data.Results.AtLeast(1, MolarUnit.Micromolar)).Should().Equal(Ids(data.Results.AtLeast(OneMicromolar)));
    }

    [Fact]
    public void A_p_value_threshold_is_the_mirrored_concentration_threshold()
    {
        var data = Censored();

        // pIC50 >= 6 is IC50 <= 1 µM; pIC50 > 6 is IC50 < 1 µM.
        Ids(data.Results.WithPValueAtLeast(new PValue(6))).Should().Equal("lt1uM", "eq1000nM", "le1uM");
        Ids(data.Results.WithPValueAbove(new PValue(6))).Should().Equal("lt1uM");
        Ids(data.Results.WithPValueBelow(new PValue(6))).Should().Equal("gt10uM", "approx5uM");
        Ids(data.Results.WithPValueAtMost(new PValue(6))).Should().Equal("gt10uM", "eq1000nM", "ge1uM", "approx5uM");
        ConcentrationThreshold.FromPValue(ThresholdComparison.Above, new PValue(6))
            .Should().Be(new ConcentrationThreshold(ThresholdComparison.Below, OneMicromolar));
    }

    [Fact]
    public void Enumerating_a_filtered_query_gives_exactly_the_matched_results()
    {
        var query = Censored().Results.Below(TenMicromolar);

        Ids(query).Should().Equal(Ids(query.Partition().Matched));
        Ids(query).Should().Equal("lt1uM", "eq1000nM", "le1uM", "lt10uM", "approx5uM");
        Ids(query.Partition().Undecided.Select(u => u.Result)).Should().StartWith("ge1uM", "'≥ 1 µM' may be far above 10 µM");
    }

    [Fact]
    public void Two_thresholds_form_a_range_and_a_rejection_by_either_wins_over_undecided()
    {
        var partition = Censored().Results.AtLeast(OneMicromolar).Below(TenMicromolar).Partition();

        Ids(partition.Matched).Should().Equal("eq1000nM", "approx5uM");
        Ids(partition.NotMatched).Should().Equal("gt10uM", "lt1uM");
        Ids(partition.Undecided.Select(u => u.Result)).Should().Equal("le1uM", "ge1uM", "lt10uM", "percent", "words", "than");
        partition.Thresholds.Should().HaveCount(2);
    }

    [Fact]
    public void Undecided_results_say_why()
    {
        var undecided = Censored().Results.Below(OneMicromolar).Partition().Undecided;

        undecided.Select(u => u.ToString()).Should().Equal(
            "le1uM: IC50 ≤ 1 µM may or may not be below 1 µM",
            "lt10uM: IC50 < 10 µM may or may not be below 1 µM",
            "percent: % inhibition = 57 % is not a molar concentration",
            "words: qualitative: \"potent\" (potent)",
            "than: comparative: weaker than b");
    }

    [Fact]
    public void Potency_filters_combine_with_the_other_refinements_and_the_partition_respects_them()
    {
        var data = Censored();

        var partition = data.Results.Quantitative().Below(OneMicromolar).Partition();

        Ids(partition.Undecided.Select(u => u.Result)).Should().Equal("le1uM", "lt10uM", "percent");
        Ids(data.Results.WithParameter(ActivityParameter.Ki).Below(OneMicromolar)).Should().BeEmpty();
    }

    [Fact]
    public void Without_thresholds_the_partition_matches_everything()
    {
        var partition = Censored().Results.For("a").Partition();

        partition.Matched.Should().HaveCount(10);
        partition.NotMatched.Should().BeEmpty();
        partition.Undecided.Should().BeEmpty();
        partition.ToString().Should().Be("10 matched, 0 not matched, 0 undecided");
    }

    [Theory]
    [InlineData(Relation.EqualTo, 1, ThresholdComparison.Below, ThresholdDecision.DoesNotMatch)]
    [InlineData(Relation.EqualTo, 1, ThresholdComparison.AtMost, ThresholdDecision.Matches)]
    [InlineData(Relation.LessThan, 1, ThresholdComparison.Below, ThresholdDecision.Matches)]
    [InlineData(Relation.LessThan, 1, ThresholdComparison.AtLeast, ThresholdDecision.DoesNotMatch)]
    [InlineData(Relation.LessThanOrEqual, 1, ThresholdComparison.Below, ThresholdDecision.UndecidedCensored)]
    [InlineData(Relation.LessThanOrEqual, 1, ThresholdComparison.AtMost, ThresholdDecision.Matches)]
    [InlineData(Relation.LessThanOrEqual, 1, ThresholdComparison.Above, ThresholdDecision.DoesNotMatch)]
    [InlineData(Relation.LessThanOrEqual, 1, ThresholdComparison.AtLeast, ThresholdDecision.UndecidedCensored)]
    [InlineData(Relation.GreaterThan, 1, ThresholdComparison.Above, ThresholdDecision.Matches)]
    [InlineData(Relation.GreaterThan, 1, ThresholdComparison.AtMost, ThresholdDecision.DoesNotMatch)]
    [InlineData(Relation.GreaterThanOrEqual, 1, ThresholdComparison.Above, ThresholdDecision.UndecidedCensored)]
    [InlineData(Relation.GreaterThanOrEqual, 1, ThresholdComparison.AtLeast, ThresholdDecision.Matches)]
    [InlineData(Relation.GreaterThanOrEqual, 1, ThresholdComparison.Below, ThresholdDecision.DoesNotMatch)]
    [InlineData(Relation.GreaterThanOrEqual, 1, ThresholdComparison.AtMost, ThresholdDecision.UndecidedCensored)]
    [InlineData(Relation.LessThan, 2, ThresholdComparison.Below, ThresholdDecision.UndecidedCensored)]
    [InlineData(Relation.GreaterThan, 0.5, ThresholdComparison.Above, ThresholdDecision.UndecidedCensored)]
    [InlineData(Relation.GreaterThan, 0.5, ThresholdComparison.Below, ThresholdDecision.UndecidedCensored)]
    public void A_bound_exactly_at_the_threshold_is_decided_only_when_the_relation_settles_it(
        Relation relation, double micromolar, ThresholdComparison comparison, ThresholdDecision expected)
    {
        var threshold = new ConcentrationThreshold(comparison, OneMicromolar);

        threshold.Decide(relation, MolarConcentration.FromMicromolar((decimal)micromolar)).Should().Be(expected);
    }

    [Fact]
    public void A_threshold_reads_as_words()
    {
        new ConcentrationThreshold(ThresholdComparison.AtMost, MolarConcentration.FromNanomolar(50_000)).ToString().Should().Be("at most 50 µM");
    }
}
