using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Model;

public sealed class ResultValueTests
{
    public static TheoryData<string> Kinds => new("quantitative", "qualitative", "comparative");

    [Fact]
    public void The_only_concrete_result_values_are_quantitative_qualitative_and_comparative()
    {
        var concrete = typeof(ResultValue).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ResultValue)) && !t.IsAbstract);

        concrete.Should().BeEquivalentTo([typeof(QuantitativeValue), typeof(QualitativeValue), typeof(ComparativeValue)]);
    }

    [Fact]
    public void The_three_value_records_are_sealed()
    {
        typeof(QuantitativeValue).IsSealed.Should().BeTrue();
        typeof(QualitativeValue).IsSealed.Should().BeTrue();
        typeof(ComparativeValue).IsSealed.Should().BeTrue();
    }

    [Fact]
    public void ValueKind_has_exactly_one_member_per_value_record()
    {
        Enum.GetValues<ValueKind>().Should().BeEquivalentTo([ValueKind.Quantitative, ValueKind.Qualitative, ValueKind.Comparative]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Match_calls_only_the_function_for_the_value_kind(string kind)
    {
        var value = ValueOfKind(kind);
        var calls = new List<string>();

        var result = value.Match(
            q => { calls.Add("quantitative"); return q.Parameter.ToString(); },
            t => { calls.Add("qualitative"); return t.Text; },
            c => { calls.Add("comparative"); return c.ComparedTo.Name; });

        calls.Should().Equal(kind);
        result.Should().Be(kind switch
        {
            "quantitative" => "IC50",
            "qualitative" => "Potent and Selective Inhibitor",
            _ => "Cianopramine",
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Match_passes_the_value_itself(string kind)
    {
        var value = ValueOfKind(kind);

        object passed = value.Match<object>(q => q, t => t, c => c);

        passed.Should().BeSameAs(value);
    }

    [Fact]
    public void Kind_tells_the_three_values_apart()
    {
        Samples.Ic50FiftyMicromolar().Kind.Should().Be(ValueKind.Quantitative);
        Samples.PotentInhibitor().Kind.Should().Be(ValueKind.Qualitative);
        Samples.WeakerThanCianopramine().Kind.Should().Be(ValueKind.Comparative);
    }

    [Fact]
    public void Match_rejects_a_missing_function()
    {
        ResultValue value = Samples.PotentInhibitor();

        FluentActions.Invoking(() => value.Match<int>(null!, _ => 1, _ => 2))
            .Should().Throw<ArgumentNullException>().WithParameterName("quantitative");
        FluentActions.Invoking(() => value.Match<int>(_ => 0, null!, _ => 2))
            .Should().Throw<ArgumentNullException>().WithParameterName("qualitative");
        FluentActions.Invoking(() => value.Match<int>(_ => 0, _ => 1, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("comparative");
    }

    [Fact]
    public void A_switch_expression_over_the_three_types_is_complete()
    {
        static string Describe(ResultValue value) => value switch
        {
            QuantitativeValue q => q.Concentration?.ToString() ?? q.Magnitude.ToString(),
            QualitativeValue t => t.Text,
            ComparativeValue c => c.Direction.ToString(),
            _ => throw new InvalidOperationException("unreachable"),
        };

        Describe(Samples.Ic50FiftyMicromolar()).Should().Be("50 µM");
        Describe(Samples.PotentInhibitor()).Should().Be("Potent and Selective Inhibitor");
        Describe(Samples.WeakerThanCianopramine()).Should().Be("Weaker");
    }

    [Fact]
    public void Quantitative_value_defaults_to_the_equal_relation()
    {
        var value = new QuantitativeValue { Parameter = ActivityParameter.IC50, Magnitude = new Quantity(50m, Unit.Micromolar) };

        value.Relation.Should().Be(Relation.EqualTo);
        value.Spread.Should().BeNull();
    }

    [Fact]
    public void Quantitative_molar_value_exposes_its_concentration_and_p_value()
    {
        var value = Samples.Ic50FiftyMicromolar();

        value.Concentration.Should().Be(MolarConcentration.FromMicromolar(50m));
        value.PValue!.Value.Round(2).Value.Should().Be(4.30);
        value.PValueRelation.Should().Be(Relation.EqualTo);
    }

    [Theory]
    [InlineData(Relation.LessThan, Relation.GreaterThan)]
    [InlineData(Relation.GreaterThan, Relation.LessThan)]
    [InlineData(Relation.LessThanOrEqual, Relation.GreaterThanOrEqual)]
    [InlineData(Relation.GreaterThanOrEqual, Relation.LessThanOrEqual)]
    [InlineData(Relation.Approximately, Relation.Approximately)]
    public void A_censored_concentration_keeps_its_relation_on_the_p_scale_mirrored(Relation relation, Relation onPScale)
    {
        // IC50 < 1 µM means pIC50 > 6: a bound, never a value.
        var value = new QuantitativeValue
        {
            Parameter = ActivityParameter.IC50,
            Relation = relation,
            Magnitude = new Quantity(1m, Unit.Micromolar),
        };

        value.PValue!.Value.Value.Should().BeApproximately(6.0, 1e-12);
        value.PValueRelation.Should().Be(onPScale);
        value.Relation.Should().Be(relation, "the reported relation is kept");
    }

    [Theory]
    [InlineData(57, Unit.Percent)]
    [InlineData(2, Unit.MilligramPerKilogram)]
    [InlineData(67, Unit.MicrogramPerMinute)]
    public void A_value_that_is_not_a_molar_concentration_has_no_concentration_and_no_p_value(int magnitude, Unit unit)
    {
        var value = new QuantitativeValue { Parameter = ActivityParameter.PercentInhibition, Magnitude = new Quantity(magnitude, unit) };

        value.Concentration.Should().BeNull();
        value.PValue.Should().BeNull();
    }

    [Fact]
    public void A_zero_concentration_has_a_concentration_but_no_p_value()
    {
        var value = new QuantitativeValue { Parameter = ActivityParameter.IC50, Magnitude = new Quantity(0m, Unit.Nanomolar) };

        value.Concentration.Should().Be(MolarConcentration.FromMolar(0m));
        value.PValue.Should().BeNull();
    }

    private static ResultValue ValueOfKind(string kind) => kind switch
    {
        "quantitative" => Samples.Ic50FiftyMicromolar(),
        "qualitative" => Samples.PotentInhibitor(),
        "comparative" => Samples.WeakerThanCianopramine(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
