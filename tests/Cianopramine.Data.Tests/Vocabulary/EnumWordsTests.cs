using System.Reflection;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Tests.Vocabulary;

/// <summary>Every enumeration has exactly one word table, and the table covers every member with distinct words.</summary>
public sealed class EnumWordsTests
{
    /// <summary>Public enumerations whose values are never shown as words, with the reason.</summary>
    private static readonly Dictionary<Type, string> WithoutWords = new()
    {
        [typeof(MolarUnit)] = "shown through its Unit (MolarUnit.ToUnit())",
        [typeof(Dimension)] = "a classification of units, used in code, never printed",
        [typeof(Cianopramine.Data.Querying.ThresholdDecision)] = "printed as a sentence by PotencyFilterResult",
        [typeof(Cianopramine.Data.Querying.MissingDataKind)] = "printed as a sentence by DataGapReport",
        [typeof(Cianopramine.Data.Querying.PathwayDirection)] = "selects a direction; the pathway prints arrows",
        [typeof(Cianopramine.Data.Querying.BestValueRule)] = "printed by name in the typed summary",
        [typeof(Cianopramine.Data.Export.DiagramFormat)] = "an output format option",
        [typeof(Cianopramine.Data.Loading.DatasetProblemSeverity)] = "printed as error/warning by DatasetProblem",
        [typeof(Cianopramine.Data.Loading.InvalidItemHandling)] = "a load option, never printed",
    };

    public static TheoryData<Type> PublicEnumerations()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Dataset).Assembly.GetExportedTypes().Where(t => t.IsEnum && !WithoutWords.ContainsKey(t)).OrderBy(t => t.FullName))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicEnumerations))]
    public void Every_member_has_a_word_and_a_display_word_and_each_is_unique(Type enumeration)
    {
        var check = typeof(EnumWordsTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(enumeration);
        check.Invoke(null, null);
    }

    [Fact]
    public void The_list_of_enumerations_without_words_names_only_real_public_enumerations()
    {
        WithoutWords.Keys.Should().OnlyContain(t => t.IsEnum && t.IsPublic);
    }

    [Fact]
    public void A_value_outside_the_enumeration_is_displayed_as_its_number_and_never_written()
    {
        var table = EnumWords.For<Species>();

        table.ToDisplay((Species)99).Should().Be("99");
        table.TryToWord((Species)99, out _).Should().BeFalse();
        FluentActions.Invoking(() => table.ToWord((Species)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Aliases_are_read_and_never_written()
    {
        EnumWords.Unit.TryParse("\u00B5M", out var micro).Should().BeTrue();
        EnumWords.Unit.TryParse("\u03BCM", out var mu).Should().BeTrue();
        EnumWords.Relation.TryParse("\u2264", out var atMost).Should().BeTrue();

        (micro, mu, atMost).Should().Be((Unit.Micromolar, Unit.Micromolar, Relation.LessThanOrEqual));
        EnumWords.Unit.ToWord(Unit.Micromolar).Should().Be("uM");
        EnumWords.Unit.ToDisplay(Unit.Micromolar).Should().Be("\u00B5M");
        EnumWords.Relation.ToWord(Relation.LessThanOrEqual).Should().Be("<=");
        EnumWords.Unit.Words.Should().NotContain("\u00B5M");
    }

    private static void Check<TEnum>()
        where TEnum : struct, Enum
    {
        var table = EnumWords.For<TEnum>();
        var members = Enum.GetValues<TEnum>();

        table.Words.Should().HaveCount(members.Length, "every member of {0} has one written word", typeof(TEnum).Name);
        var words = members.Select(table.ToWord).ToList();
        var display = members.Select(table.ToDisplay).ToList();
        words.Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
        display.Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
        foreach (var member in members)
        {
            table.TryParse(table.ToWord(member), out var parsed).Should().BeTrue();
            parsed.Should().Be(member);
        }
    }
}
