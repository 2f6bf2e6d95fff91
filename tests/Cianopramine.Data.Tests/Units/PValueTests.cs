using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Units;

public sealed class PValueTests
{
    [Fact]
    public void Five_times_ten_to_the_minus_five_molar_is_4_30_after_rounding()
    {
        var p = PValue.FromConcentration(MolarConcentration.FromMolar(0.00005m));

        p.Round(2).Should().Be(new PValue(4.30));
        p.Round().Should().Be(new PValue(4.30), "two decimals is the default");
        p.Value.Should().BeApproximately(4.30103, 1e-5);
        p.ToString().Should().Be("4.30");
    }

    [Fact]
    public void One_nanomolar_is_9()
    {
        var p = PValue.FromConcentration(MolarConcentration.FromNanomolar(1m));

        p.Value.Should().BeApproximately(9.0, 1e-12);
        p.Round(2).Should().Be(new PValue(9));
        p.ToString().Should().Be("9.00");
    }

    [Fact]
    public void One_molar_is_zero_and_prints_without_a_minus_sign()
    {
        var p = PValue.FromConcentration(MolarConcentration.FromMolar(1m));

        p.Should().Be(new PValue(0));
        p.ToString().Should().Be("0.00");
        p.GetHashCode().Should().Be(new PValue(0).GetHashCode());
    }

    [Fact]
    public void Negative_zero_is_zero()
    {
        new PValue(-0.0).Should().Be(new PValue(0.0));
        new PValue(-0.0).GetHashCode().Should().Be(new PValue(0.0).GetHashCode());
        new PValue(-0.001).Round(2).ToString().Should().Be("0.00");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0.001")]
    [InlineData("0.00005")]
    [InlineData("0.0000037")]
    [InlineData("0.000000123")]
    [InlineData("0.000000001")]
    [InlineData("0.000000000001")]
    [InlineData("0.00000000000025")]
    [InlineData("12")]
    public void ToConcentration_inverts_FromConcentration(string molarText)
    {
        var molar = decimal.Parse(molarText, System.Globalization.CultureInfo.InvariantCulture);
        var concentration = MolarConcentration.FromMolar(molar);

        var back = PValue.FromConcentration(concentration).ToConcentration();

        back.Should().Be(concentration);
    }

    [Theory]
    [InlineData(9.0, "0.000000001")]
    [InlineData(6.0, "0.000001")]
    [InlineData(4.0, "0.0001")]
    [InlineData(0.0, "1")]
    [InlineData(-1.0, "10")]
    public void ToConcentration_of_a_whole_p_value_is_an_exact_power_of_ten(double p, string molarText)
    {
        var expected = decimal.Parse(molarText, System.Globalization.CultureInfo.InvariantCulture);

        new PValue(p).ToConcentration().ToMolar().Should().Be(expected);
    }

    [Fact]
    public void Higher_concentration_means_lower_p_value()
    {
        var concentrations = new[] { 1m, 10m, 100m, 1000m, 50000m, 1000000m, 1000000000m }
            .Select(MolarConcentration.FromPicomolar)
            .ToArray();

        var pValues = concentrations.Select(PValue.FromConcentration).ToArray();

        for (var i = 1; i < pValues.Length; i++)
        {
            (concentrations[i] > concentrations[i - 1]).Should().BeTrue();
            (pValues[i] < pValues[i - 1]).Should().BeTrue($"{concentrations[i]} is higher than {concentrations[i - 1]}");
        }
    }

    [Fact]
    public void A_zero_concentration_has_no_p_value()
    {
        FluentActions.Invoking(() => PValue.FromConcentration(MolarConcentration.FromMolar(0m)))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PValue.FromConcentration(default))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_values_are_rejected(double value)
    {
        FluentActions.Invoking(() => new PValue(value)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Default_is_p_zero_which_is_one_molar()
    {
        default(PValue).Value.Should().Be(0);
        default(PValue).ToConcentration().Should().Be(MolarConcentration.FromMolar(1m));
    }

    [Fact]
    public void Ordering_is_by_value_with_higher_meaning_more_potent()
    {
        var weak = new PValue(4.3);
        var potent = new PValue(9);

        (potent > weak).Should().BeTrue();
        (weak < potent).Should().BeTrue();
        (weak <= new PValue(4.3)).Should().BeTrue();
        (potent >= new PValue(4.3)).Should().BeTrue();
        (weak > potent).Should().BeFalse();
        weak.CompareTo(potent).Should().BeNegative();
        potent.CompareTo(weak).Should().BePositive();
        weak.CompareTo(new PValue(4.3)).Should().Be(0);
        weak.CompareTo((object?)null).Should().BePositive();
        FluentActions.Invoking(() => weak.CompareTo((object)4.3)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_compares_the_value()
    {
        (new PValue(4.3) == new PValue(4.3)).Should().BeTrue();
        (new PValue(4.3) != new PValue(4.31)).Should().BeTrue();
        new PValue(4.3).Equals((object)4.3).Should().BeFalse("a p-value is not a double");
        new PValue(4.3).GetHashCode().Should().Be(new PValue(4.3).GetHashCode());
    }

    [Theory]
    [InlineData(4.305, 2, 4.31)] // midpoint rounds away from zero
    [InlineData(4.30103, 1, 4.3)]
    [InlineData(7.777, 0, 8)]
    public void Round_keeps_the_given_number_of_decimals(double value, int digits, double expected)
    {
        new PValue(value).Round(digits).Value.Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void ToString_has_two_decimals_unless_told_otherwise()
    {
        new PValue(6).ToString().Should().Be("6.00");
        new PValue(4.30103).ToString("F1", null).Should().Be("4.3");
        new PValue(4.30103).ToString(null, null).Should().Be("4.30");
    }

    [Fact]
    public void A_p_value_is_not_a_concentration()
    {
        typeof(PValue).Should().NotBe(typeof(MolarConcentration));
        typeof(PValue).GetMethods().Where(m => m.Name is "op_Implicit" or "op_Explicit").Should().BeEmpty(
            "converting between the p-scale and concentrations must be explicit method calls");
        typeof(MolarConcentration).GetMethods().Where(m => m.Name is "op_Implicit" or "op_Explicit").Should().BeEmpty();
    }
}
