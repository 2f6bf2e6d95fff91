using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Units;

public sealed class QuantityTests
{
    public static TheoryData<Unit> AllUnits => new(Enum.GetValues<Unit>());

    [Theory]
    [InlineData(Unit.Molar, MolarUnit.Molar)]
    [InlineData(Unit.Millimolar, MolarUnit.Millimolar)]
    [InlineData(Unit.Micromolar, MolarUnit.Micromolar)]
    [InlineData(Unit.Nanomolar, MolarUnit.Nanomolar)]
    [InlineData(Unit.Picomolar, MolarUnit.Picomolar)]
    public void A_molar_quantity_is_a_concentration_of_the_same_amount(Unit unit, MolarUnit molarUnit)
    {
        var quantity = new Quantity(50m, unit);

        quantity.IsMolarConcentration.Should().BeTrue();
        quantity.Dimension.Should().Be(Dimension.MolarConcentration);
        quantity.TryGetConcentration(out var concentration).Should().BeTrue();
        concentration.Should().Be(MolarConcentration.From(50m, molarUnit));
        quantity.ToConcentration().Should().Be(concentration);
    }

    [Theory]
    [InlineData(Unit.Percent)]
    [InlineData(Unit.Milligram)]
    [InlineData(Unit.MilligramPerKilogram)]
    [InlineData(Unit.MicrogramPerMinute)]
    [InlineData(Unit.Hour)]
    public void A_quantity_in_another_unit_is_not_a_concentration(Unit unit)
    {
        var quantity = new Quantity(57m, unit);

        quantity.IsMolarConcentration.Should().BeFalse();
        quantity.TryGetConcentration(out var concentration).Should().BeFalse();
        concentration.Should().Be(default(MolarConcentration));
        FluentActions.Invoking(() => quantity.ToConcentration()).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_negative_molar_quantity_is_not_a_concentration_and_does_not_throw()
    {
        var quantity = new Quantity(-1m, Unit.Micromolar);

        quantity.TryGetConcentration(out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(Unit.Molar, Dimension.MolarConcentration)]
    [InlineData(Unit.Picomolar, Dimension.MolarConcentration)]
    [InlineData(Unit.Percent, Dimension.Percent)]
    [InlineData(Unit.Gram, Dimension.Mass)]
    [InlineData(Unit.Milligram, Dimension.Mass)]
    [InlineData(Unit.Microgram, Dimension.Mass)]
    [InlineData(Unit.MilligramPerKilogram, Dimension.MassPerBodyMass)]
    [InlineData(Unit.MicrogramPerKilogram, Dimension.MassPerBodyMass)]
    [InlineData(Unit.MilligramPerMinute, Dimension.MassRate)]
    [InlineData(Unit.MicrogramPerMinute, Dimension.MassRate)]
    [InlineData(Unit.Minute, Dimension.Time)]
    [InlineData(Unit.Hour, Dimension.Time)]
    [InlineData(Unit.Day, Dimension.Time)]
    public void Dimension_follows_the_unit(Unit unit, Dimension dimension)
    {
        new Quantity(1m, unit).Dimension.Should().Be(dimension);
    }

    [Theory]
    [MemberData(nameof(AllUnits))]
    public void Only_molar_units_are_molar_concentrations(Unit unit)
    {
        new Quantity(1m, unit).IsMolarConcentration.Should().Be(unit.Dimension() == Dimension.MolarConcentration);
    }

    [Theory]
    [InlineData(67, Unit.MicrogramPerMinute, "67 µg/min")]
    [InlineData(57, Unit.Percent, "57 %")]
    [InlineData(0.1, Unit.MilligramPerKilogram, "0.1 mg/kg")]
    [InlineData(2, Unit.Milligram, "2 mg")]
    [InlineData(50, Unit.Micromolar, "50 µM")]
    [InlineData(2, Unit.Hour, "2 h")]
    [InlineData(30, Unit.Minute, "30 min")]
    public void ToString_shows_the_magnitude_and_the_display_symbol(decimal value, Unit unit, string expected)
    {
        new Quantity(value, unit).ToString().Should().Be(expected);
    }

    [Fact]
    public void ToString_keeps_the_magnitude_exactly_as_given()
    {
        // Unlike MolarConcentration, a quantity does not pick a readable unit: it shows what was reported.
        new Quantity(0.00005m, Unit.Molar).ToString().Should().Be("0.00005 M");
        new Quantity(50.0m, Unit.Micromolar).ToString().Should().Be("50.0 µM");
        new Quantity(67m, Unit.MicrogramPerMinute).ToString("F1", null).Should().Be("67.0 µg/min");
    }

    [Fact]
    public void Quantities_are_equal_only_with_the_same_magnitude_and_unit()
    {
        new Quantity(50m, Unit.Micromolar).Should().Be(new Quantity(50m, Unit.Micromolar));
        new Quantity(50m, Unit.Micromolar).Should().NotBe(new Quantity(0.05m, Unit.Millimolar), "same amount, different datum");
        new Quantity(50m, Unit.Micromolar).Should().NotBe(new Quantity(50m, Unit.Nanomolar));
        new Quantity(50m, Unit.Micromolar).ToConcentration().Should().Be(new Quantity(0.05m, Unit.Millimolar).ToConcentration());
    }
}
