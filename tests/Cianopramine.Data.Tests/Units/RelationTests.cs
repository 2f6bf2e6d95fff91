using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Units;

public sealed class RelationTests
{
    [Theory]
    [InlineData(Relation.EqualTo, "=", "=")]
    [InlineData(Relation.LessThan, "<", "<")]
    [InlineData(Relation.GreaterThan, ">", ">")]
    [InlineData(Relation.LessThanOrEqual, "<=", "≤")]
    [InlineData(Relation.GreaterThanOrEqual, ">=", "≥")]
    [InlineData(Relation.Approximately, "~", "~")]
    public void Each_relation_has_an_ascii_symbol_and_a_display_symbol(Relation relation, string symbol, string display)
    {
        relation.Symbol().Should().Be(symbol);
        relation.DisplaySymbol().Should().Be(display);
    }

    [Fact]
    public void Ascii_symbols_are_ascii_and_distinct()
    {
        var symbols = Enum.GetValues<Relation>().Select(r => r.Symbol()).ToList();

        symbols.Should().OnlyHaveUniqueItems();
        symbols.Should().AllSatisfy(s => s.All(char.IsAscii).Should().BeTrue());
    }

    [Theory]
    [InlineData(Relation.EqualTo, false)]
    [InlineData(Relation.Approximately, false)]
    [InlineData(Relation.LessThan, true)]
    [InlineData(Relation.GreaterThan, true)]
    [InlineData(Relation.LessThanOrEqual, true)]
    [InlineData(Relation.GreaterThanOrEqual, true)]
    public void Bounds_are_censored_and_values_are_not(Relation relation, bool censored)
    {
        relation.IsCensored().Should().Be(censored);
    }

    [Theory]
    [InlineData(Relation.LessThan, Relation.GreaterThan)]
    [InlineData(Relation.GreaterThan, Relation.LessThan)]
    [InlineData(Relation.LessThanOrEqual, Relation.GreaterThanOrEqual)]
    [InlineData(Relation.GreaterThanOrEqual, Relation.LessThanOrEqual)]
    [InlineData(Relation.EqualTo, Relation.EqualTo)]
    [InlineData(Relation.Approximately, Relation.Approximately)]
    public void Mirror_turns_bounds_around_for_a_decreasing_transformation(Relation relation, Relation mirrored)
    {
        relation.Mirror().Should().Be(mirrored);
    }

    [Fact]
    public void Mirroring_twice_gives_the_relation_back_and_keeps_censoring()
    {
        foreach (var relation in Enum.GetValues<Relation>())
        {
            relation.Mirror().Mirror().Should().Be(relation);
            relation.Mirror().IsCensored().Should().Be(relation.IsCensored());
        }
    }

    [Fact]
    public void An_undefined_relation_has_no_symbol()
    {
        FluentActions.Invoking(() => ((Relation)99).Symbol()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((Relation)99).DisplaySymbol()).Should().Throw<ArgumentOutOfRangeException>();
    }
}
