using System.Globalization;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Edges of the unit types that mutation testing (docs/quality.md) showed no test pinned down: the messages and
/// parameter names of the exceptions users see, comparisons of equal p-values, and formatting with a caller's
/// number format.
/// </summary>
public sealed class UnitEdgeTests
{
    /// <summary>A number format that no culture-invariant code path would produce: ',' for the decimal point.</summary>
    private static readonly NumberFormatInfo Comma = new() { NumberDecimalSeparator = ",", NegativeSign = "−" };

    [Fact]
    public void A_negative_concentration_is_refused_with_a_message_that_says_so()
    {
        var act = () => MolarConcentration.FromNanomolar(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("A concentration cannot be negative.*");
    }

    [Fact]
    public void A_zero_concentration_has_no_p_value_and_says_why()
    {
        var fromStruct = () => MolarConcentration.FromMolar(0).ToPValue();
        var fromPValue = () => PValue.FromConcentration(MolarConcentration.FromMolar(0));

        fromStruct.Should().Throw<InvalidOperationException>().WithMessage("A zero concentration has no p-value.");
        fromPValue.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("concentration").WithMessage("A zero concentration has no p-value.*");
    }

    [Fact]
    public void A_p_value_must_be_finite_and_says_so()
    {
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var act = () => new PValue(bad);
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("A p-value must be finite.*");
        }
    }

    [Fact]
    public void Comparing_with_another_type_names_the_expected_type()
    {
        var concentration = () => MolarConcentration.FromMolar(1).CompareTo("1 M");
        var pValue = () => new PValue(1).CompareTo("1");

        concentration.Should().Throw<ArgumentException>().WithParameterName("obj").WithMessage("The object is not a MolarConcentration.*");
        pValue.Should().Throw<ArgumentException>().WithParameterName("obj").WithMessage("The object is not a PValue.*");
    }

    [Fact]
    public void Equal_p_values_are_neither_less_nor_greater_but_at_most_and_at_least_each_other()
    {
        var a = new PValue(6);
        var b = new PValue(6);

        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        (new PValue(5) >= new PValue(6)).Should().BeFalse();
        (new PValue(7) <= new PValue(6)).Should().BeFalse();
    }

    [Fact]
    public void Formatting_uses_the_callers_number_format_when_given_one()
    {
        MolarConcentration.FromMicromolar(2.5m).ToString(MolarUnit.Micromolar, null, Comma).Should().Be("2,5 µM");
        MolarConcentration.FromMicromolar(2.5m).ToString(null, Comma).Should().Be("2,5 µM");
        new PValue(4.5).ToString(null, Comma).Should().Be("4,50");
        new Quantity(-2.5m, Unit.Percent).ToString(null, Comma).Should().Be("−2,5 %");
        new Quantity(67.5m, Unit.MicrogramPerMinute).ToString(null, Comma).Should().Be("67,5 µg/min");
    }

    [Fact]
    public void Formatting_without_a_number_format_is_invariant()
    {
        MolarConcentration.FromMicromolar(2.5m).ToString(MolarUnit.Micromolar).Should().Be("2.5 µM");
        new PValue(4.5).ToString(null, null).Should().Be("4.50");
        new Quantity(2.5m, Unit.Milligram).ToString(null, null).Should().Be("2.5 mg");
    }

    [Fact]
    public void A_quantity_that_is_not_molar_says_so_when_asked_for_a_concentration()
    {
        var act = () => new Quantity(5, Unit.Milligram).ToConcentration();

        act.Should().Throw<InvalidOperationException>().WithMessage("5 mg is not a molar concentration.");
    }

    [Fact]
    public void Undefined_enumeration_values_are_refused_with_a_message()
    {
        var relation = () => ((Relation)99).Symbol();
        var unit = () => ((Unit)99).Symbol();
        var dimension = () => ((Unit)99).Dimension();
        var display = () => ((Unit)99).DisplaySymbol();
        var molar = () => ((MolarUnit)99).ToUnit();
        var factor = () => ((MolarUnit)99).PerMolar();

        relation.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown relation.*");
        unit.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown unit.*");
        dimension.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown unit.*");
        display.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown unit.*").Which.ParamName.Should().Be("unit");

        // Formatting a quantity never throws: an undefined unit is shown by its number.
        new Quantity(5, (Unit)99).ToString().Should().Be("5 (unit 99)");
        new Quantity(5, Unit.Percent).ToString().Should().Be("5 %");
        molar.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown molar unit.*");
        factor.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown molar unit.*");
    }
}
