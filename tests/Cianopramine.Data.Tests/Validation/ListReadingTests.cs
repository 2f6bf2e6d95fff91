using System.Globalization;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The reader's lists (id lists, text lists, enumeration lists): a repeated value is one CPD0045 at its second place
/// whatever the list's length (short lists are scanned, long ones use a set), items of the wrong kind are reported at
/// their own places and do not shift the places of the others, and blank texts in a list are CPD0024.
/// </summary>
public class ListReadingTests
{
    private static IReadOnlyList<(string Id, string Path, string Message)> Diagnostics(string json) =>
        TestData.Read(json).Diagnostics.Select(d => (d.Id, d.Location.JsonPath, d.Message)).ToList();

    private static string WithReferences(string list) => """
        {
          "dataset": "test",
          "compounds": [{ "id": "c1", "name": "C1", "references": [LIST] }]
        }
        """.Replace("LIST", list, StringComparison.Ordinal);

    private static string WithSpecies(string list) => """
        {
          "dataset": "test",
          "assays": [{ "id": "a1", "species": [LIST] }]
        }
        """.Replace("LIST", list, StringComparison.Ordinal);

    private static string WithEnzymes(string list) => """
        {
          "dataset": "test",
          "transformations": [{ "id": "x1", "substrate": "c1", "product": "c2", "reaction": "other", "enzymes": [LIST] }]
        }
        """.Replace("LIST", list, StringComparison.Ordinal);

    private static string Quoted(IEnumerable<string> words) => string.Join(", ", words.Select(w => "\"" + w + "\""));

    public static TheoryData<int, int, int> RepeatPlaces()
    {
        // (length, first place, second place): lists of up to 8 are scanned pairwise, longer ones use a set.
        var data = new TheoryData<int, int, int>();
        foreach (var row in new[] { 2, 3, 8, 9, 12 }
                     .SelectMany(n => new[] { (n, 0, 1), (n, 0, n - 1), (n, n - 2, n - 1) })
                     .Distinct())
        {
            data.Add(row.Item1, row.Item2, row.Item3);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepeatPlaces))]
    public void A_repeat_is_found_at_any_place_in_lists_short_and_long(int length, int first, int second)
    {
        var ids = Enumerable.Range(0, length).Select(i => "ref" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        ids[second] = ids[first];

        Diagnostics(WithReferences(Quoted(ids))).Should().Equal(
            ("CPD0045", "$.compounds[0].references[" + second + "]",
             "'" + ids[first] + "' is listed 2 times in $.compounds[0].references; a repeat adds nothing, list it once"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(30)]
    public void Distinct_values_are_never_a_repeat(int length)
    {
        var ids = Enumerable.Range(0, length).Select(i => "ref" + i.ToString(CultureInfo.InvariantCulture));
        Diagnostics(WithReferences(Quoted(ids))).Should().BeEmpty();
        Diagnostics(WithEnzymes(Quoted(ids.Select(i => "CYP" + i)))).Should().BeEmpty();
    }

    [Fact]
    public void Each_repeated_value_is_reported_once_at_its_second_place_with_how_often_it_appears()
    {
        // a at 0, 3, 5; b at 1, 6; c once; d at 4, 7, 8, 9.
        var json = WithReferences(Quoted(new[] { "a", "b", "c", "a", "d", "a", "b", "d", "d", "d" }));

        Diagnostics(json).Select(d => (d.Path, d.Message)).Should().Equal(
            ("$.compounds[0].references[3]", "'a' is listed 3 times in $.compounds[0].references; a repeat adds nothing, list it once"),
            ("$.compounds[0].references[6]", "'b' is listed 2 times in $.compounds[0].references; a repeat adds nothing, list it once"),
            ("$.compounds[0].references[7]", "'d' is listed 4 times in $.compounds[0].references; a repeat adds nothing, list it once"));
    }

    [Fact]
    public void An_item_of_the_wrong_kind_is_reported_at_its_place_and_the_others_keep_theirs()
    {
        var references = Diagnostics(WithReferences("\"ref1\", 5, \"ref2\", \"ref1\""));
        references.Select(d => (d.Id, d.Path)).Should().Equal(
            ("CPD0003", "$.compounds[0].references[1]"),
            ("CPD0045", "$.compounds[0].references[3]"));
        references[0].Message.Should().Be("'references item' must be a string, but is a number");

        var species = Diagnostics(WithSpecies("\"rat\", true, \"unicorn\", \"rat\", \"human\", \"human\""));
        species.Select(d => (d.Id, d.Path)).Should().Equal(
            ("CPD0003", "$.assays[0].species[1]"),
            ("CPD0005", "$.assays[0].species[2]"),
            ("CPD0045", "$.assays[0].species[3]"),
            ("CPD0045", "$.assays[0].species[5]"));
        species[0].Message.Should().StartWith("'species item' must be a string (");
        species[0].Message.Should().EndWith("), but is a boolean");

        var enzymes = Diagnostics(WithEnzymes("null, \"CYP2D6\", {}, \"CYP2D6\""));
        enzymes.Select(d => (d.Id, d.Path)).Should().Equal(
            ("CPD0003", "$.transformations[0].enzymes[0]"),
            ("CPD0003", "$.transformations[0].enzymes[2]"),
            ("CPD0045", "$.transformations[0].enzymes[3]"));
    }

    [Fact]
    public void Lists_read_back_without_the_items_of_the_wrong_kind()
    {
        var result = TestData.Read(WithSpecies("\"rat\", 1, \"human\", \"unicorn\", \"mouse\""));
        result.Diagnostics.Should().HaveCount(2);

        // An assay with a bad list item is left out; read the same list from a dataset without the bad items instead.
        var clean = TestData.Read(WithSpecies("\"rat\", \"human\", \"mouse\""));
        clean.Diagnostics.Should().BeEmpty();
        clean.Sections.Assays.Should().ContainSingle().Which.Species.Should().Equal(Species.Rat, Species.Human, Species.Mouse);

        var enzymes = TestData.Read(WithEnzymes("\"CYP2D6\", \"CYP1A2\""));
        enzymes.Sections.Transformations.Should().ContainSingle();
    }

    [Fact]
    public void A_blank_text_in_a_list_is_CPD0024_at_its_place()
    {
        var diagnostics = Diagnostics(WithEnzymes("\"CYP2D6\", \" \", \"\""));

        diagnostics.Select(d => (d.Id, d.Path)).Should().Equal(
            ("CPD0024", "$.transformations[0].enzymes[1]"),
            ("CPD0024", "$.transformations[0].enzymes[2]"));
    }

    [Fact]
    public void Authors_may_repeat_at_any_length()
    {
        foreach (var length in new[] { 2, 9 })
        {
            var authors = Quoted(Enumerable.Repeat("Wang Y", length));
            var json = """
                {
                  "dataset": "test",
                  "references": [{ "id": "ref1", "authors": [AUTHORS] }]
                }
                """.Replace("AUTHORS", authors, StringComparison.Ordinal);

            var result = TestData.Read(json);
            result.Diagnostics.Should().BeEmpty();
            result.Sections.References.Should().ContainSingle().Which.Authors.Should().HaveCount(length);
        }
    }
}
