using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Units;

public sealed class UnitExtensionsTests
{
    public static TheoryData<Unit> AllUnits => new(Enum.GetValues<Unit>());

    [Theory]
    [InlineData(Unit.Molar, "M", "M")]
    [InlineData(Unit.Millimolar, "mM", "mM")]
    [InlineData(Unit.Micromolar, "uM", "µM")]
    [InlineData(Unit.Nanomolar, "nM", "nM")]
    [InlineData(Unit.Picomolar, "pM", "pM")]
    [InlineData(Unit.Percent, "%", "%")]
    [InlineData(Unit.Gram, "g", "g")]
    [InlineData(Unit.Milligram, "mg", "mg")]
    [InlineData(Unit.Microgram, "ug", "µg")]
    [InlineData(Unit.MilligramPerKilogram, "mg/kg", "mg/kg")]
    [InlineData(Unit.MicrogramPerKilogram, "ug/kg", "µg/kg")]
    [InlineData(Unit.MilligramPerMinute, "mg/min", "mg/min")]
    [InlineData(Unit.MicrogramPerMinute, "ug/min", "µg/min")]
    [InlineData(Unit.Minute, "min", "min")]
    [InlineData(Unit.Hour, "h", "h")]
    [InlineData(Unit.Day, "d", "d")]
    public void Each_unit_has_an_ascii_json_symbol_and_a_display_symbol(Unit unit, string symbol, string display)
    {
        unit.Symbol().Should().Be(symbol);
        unit.DisplaySymbol().Should().Be(display);
    }

    [Fact]
    public void Json_symbols_are_distinct_and_ascii()
    {
        var symbols = Enum.GetValues<Unit>().Select(u => u.Symbol()).ToList();

        symbols.Should().OnlyHaveUniqueItems();
        symbols.Should().AllSatisfy(s => s.All(char.IsAscii).Should().BeTrue());
    }

    [Theory]
    [MemberData(nameof(AllUnits))]
    public void Every_unit_has_a_dimension(Unit unit)
    {
        FluentActions.Invoking(() => unit.Dimension()).Should().NotThrow();
        Enum.IsDefined(unit.Dimension()).Should().BeTrue();
    }

    [Fact]
    public void Molar_units_convert_to_general_units_and_back()
    {
        foreach (var molarUnit in Enum.GetValues<MolarUnit>())
        {
            var unit = molarUnit.ToUnit();

            unit.TryGetMolarUnit(out var back).Should().BeTrue();
            back.Should().Be(molarUnit);
            molarUnit.DisplaySymbol().Should().Be(unit.DisplaySymbol());
        }
    }

    [Theory]
    [InlineData(MolarUnit.Molar, "1")]
    [InlineData(MolarUnit.Millimolar, "1000")]
    [InlineData(MolarUnit.Micromolar, "1000000")]
    [InlineData(MolarUnit.Nanomolar, "1000000000")]
    [InlineData(MolarUnit.Picomolar, "1000000000000")]
    public void PerMolar_is_the_exact_power_of_a_thousand(MolarUnit unit, string factor)
    {
        unit.PerMolar().Should().Be(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Undefined_units_are_rejected()
    {
        FluentActions.Invoking(() => ((Unit)99).Symbol()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((Unit)99).Dimension()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((MolarUnit)99).PerMolar()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((MolarUnit)99).ToUnit()).Should().Throw<ArgumentOutOfRangeException>();
        ((Unit)99).TryGetMolarUnit(out _).Should().BeFalse();
    }
}
