using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Units;

public sealed class MolarConcentrationTests
{
    /// <summary>5 × 10⁻⁵ M, the cianopramine IC50, written in every unit.</summary>
    public static TheoryData<MolarUnit, decimal> FiftyMicromolarInEveryUnit => new()
    {
        { MolarUnit.Molar, 0.00005m },
        { MolarUnit.Millimolar, 0.05m },
        { MolarUnit.Micromolar, 50m },
        { MolarUnit.Nanomolar, 50000m },
        { MolarUnit.Picomolar, 50000000m },
    };

    [Theory]
    [MemberData(nameof(FiftyMicromolarInEveryUnit))]
    public void Fifty_micromolar_is_exactly_the_same_amount_in_every_unit(MolarUnit unit, decimal value)
    {
        var fromUnit = MolarConcentration.From(value, unit);
        var reference = MolarConcentration.FromMolar(0.00005m);

        fromUnit.Should().Be(reference);
        (fromUnit == reference).Should().BeTrue();
        fromUnit.GetHashCode().Should().Be(reference.GetHashCode());
        fromUnit.In(unit).Should().Be(value);
    }

    [Fact]
    public void Conversions_of_five_times_ten_to_the_minus_five_molar_are_exact_decimals()
    {
        var c = MolarConcentration.FromMolar(5e-5m);

        c.ToMolar().Should().Be(0.00005m);
        c.ToMillimolar().Should().Be(0.05m);
        c.ToMicromolar().Should().Be(50m);
        c.ToNanomolar().Should().Be(50000m);
        c.ToPicomolar().Should().Be(50000000m);
    }

    [Fact]
    public void Converted_values_carry_no_spurious_trailing_zeros()
    {
        var c = MolarConcentration.FromMolar(0.00005m);

        c.ToMicromolar().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("50");
        c.ToNanomolar().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("50000");
        c.ToMillimolar().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.05");
    }

    [Fact]
    public void The_named_factories_agree_with_From()
    {
        MolarConcentration.FromMolar(2m).Should().Be(MolarConcentration.From(2m, MolarUnit.Molar));
        MolarConcentration.FromMillimolar(2m).Should().Be(MolarConcentration.From(2m, MolarUnit.Millimolar));
        MolarConcentration.FromMicromolar(2m).Should().Be(MolarConcentration.From(2m, MolarUnit.Micromolar));
        MolarConcentration.FromNanomolar(2m).Should().Be(MolarConcentration.From(2m, MolarUnit.Nanomolar));
        MolarConcentration.FromPicomolar(2m).Should().Be(MolarConcentration.From(2m, MolarUnit.Picomolar));
    }

    [Fact]
    public void Values_that_no_double_holds_exactly_convert_exactly()
    {
        // 0.1 and 0.3 have no exact binary form; as decimals the round trip through every unit is exact.
        var c = MolarConcentration.FromNanomolar(0.3m);

        c.ToPicomolar().Should().Be(300m);
        c.ToMolar().Should().Be(0.0000000003m);
        MolarConcentration.FromPicomolar(100m).Should().Be(MolarConcentration.FromNanomolar(0.1m));
    }

    [Fact]
    public void Different_amounts_are_unequal()
    {
        var a = MolarConcentration.FromMicromolar(50m);
        var b = MolarConcentration.FromMicromolar(50.000001m);

        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals(b).Should().BeFalse();
        a.Equals((object)b).Should().BeFalse();
        a.Equals((object)50m).Should().BeFalse();
    }

    [Fact]
    public void Ordering_compares_amounts_across_units()
    {
        var oneNanomolar = MolarConcentration.FromNanomolar(1m);
        var oneMicromolar = MolarConcentration.FromMicromolar(1m);
        var thousandNanomolar = MolarConcentration.FromNanomolar(1000m);

        (oneNanomolar < oneMicromolar).Should().BeTrue();
        (oneMicromolar > oneNanomolar).Should().BeTrue();
        (oneMicromolar <= thousandNanomolar).Should().BeTrue();
        (oneMicromolar >= thousandNanomolar).Should().BeTrue();
        (oneMicromolar < thousandNanomolar).Should().BeFalse();
        oneNanomolar.CompareTo(oneMicromolar).Should().BeNegative();
        oneMicromolar.CompareTo(oneNanomolar).Should().BePositive();
        oneMicromolar.CompareTo(thousandNanomolar).Should().Be(0);
    }

    [Fact]
    public void Sorting_orders_by_amount_whatever_the_unit()
    {
        var values = new[]
        {
            MolarConcentration.FromMillimolar(1m),
            MolarConcentration.FromPicomolar(5m),
            MolarConcentration.FromMicromolar(50m),
            MolarConcentration.FromNanomolar(20m),
        };

        values.Order().Should().Equal(
            MolarConcentration.FromPicomolar(5m),
            MolarConcentration.FromNanomolar(20m),
            MolarConcentration.FromMicromolar(50m),
            MolarConcentration.FromMillimolar(1m));
    }

    [Fact]
    public void Non_generic_CompareTo_follows_the_IComparable_contract()
    {
        var c = MolarConcentration.FromMicromolar(1m);

        c.CompareTo((object?)null).Should().BePositive();
        c.CompareTo((object)MolarConcentration.FromNanomolar(1m)).Should().BePositive();
        FluentActions.Invoking(() => c.CompareTo((object)1m)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.000001)]
    public void Negative_values_are_rejected_in_every_unit(decimal value)
    {
        foreach (var unit in Enum.GetValues<MolarUnit>())
        {
            FluentActions.Invoking(() => MolarConcentration.From(value, unit))
                .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        }

        FluentActions.Invoking(() => MolarConcentration.FromMicromolar(value)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Default_is_zero_molar()
    {
        default(MolarConcentration).Should().Be(MolarConcentration.FromMolar(0m));
        default(MolarConcentration).ToNanomolar().Should().Be(0m);
    }

    [Theory]
    [InlineData(1, MolarUnit.Molar, MolarUnit.Molar)]
    [InlineData(0.5, MolarUnit.Molar, MolarUnit.Millimolar)]
    [InlineData(1, MolarUnit.Millimolar, MolarUnit.Millimolar)]
    [InlineData(999, MolarUnit.Micromolar, MolarUnit.Micromolar)]
    [InlineData(0.00005, MolarUnit.Molar, MolarUnit.Micromolar)]
    [InlineData(1000, MolarUnit.Nanomolar, MolarUnit.Micromolar)]
    [InlineData(1, MolarUnit.Nanomolar, MolarUnit.Nanomolar)]
    [InlineData(0.5, MolarUnit.Nanomolar, MolarUnit.Picomolar)]
    [InlineData(0.001, MolarUnit.Picomolar, MolarUnit.Picomolar)]
    [InlineData(0, MolarUnit.Molar, MolarUnit.Picomolar)]
    [InlineData(25, MolarUnit.Molar, MolarUnit.Molar)]
    public void ReadableUnit_is_the_largest_unit_giving_at_least_one(decimal value, MolarUnit unit, MolarUnit readable)
    {
        MolarConcentration.From(value, unit).ReadableUnit().Should().Be(readable);
    }

    [Theory]
    [InlineData(0.00005, "50 µM")]
    [InlineData(0.000000001, "1 nM")]
    [InlineData(0.0000000005, "500 pM")]
    [InlineData(0.0125, "12.5 mM")]
    [InlineData(2, "2 M")]
    public void ToString_uses_the_readable_unit_and_the_shortest_exact_number(decimal molar, string expected)
    {
        MolarConcentration.FromMolar(molar).ToString().Should().Be(expected);
    }

    [Fact]
    public void ToString_in_a_given_unit_and_format()
    {
        var c = MolarConcentration.FromMicromolar(50m);

        c.ToString(MolarUnit.Nanomolar).Should().Be("50000 nM");
        c.ToString(MolarUnit.Molar).Should().Be("0.00005 M");
        c.ToString("F1", null).Should().Be("50.0 µM");
        c.ToString(MolarUnit.Millimolar, "F3").Should().Be("0.050 mM");
        $"{c}".Should().Be("50 µM");
    }

    [Fact]
    public void Zero_has_no_p_value()
    {
        FluentActions.Invoking(() => MolarConcentration.FromMolar(0m).ToPValue()).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ToPValue_gives_the_negative_decimal_logarithm_of_the_molar_value()
    {
        MolarConcentration.FromMolar(0.00005m).ToPValue().Round(2).Should().Be(new PValue(4.30));
        MolarConcentration.FromNanomolar(1m).ToPValue().Value.Should().BeApproximately(9.0, 1e-12);
    }
}
