using System.Text;
using System.Threading;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The reader keeps a value's place as a byte span inside the section item it lies in, and finds the value's JSON path
/// only when a message asks, by reading the item's bytes up to the value. These tests pin that path against the one
/// a reader of the whole tree would give, for every kind of token and nesting.
/// </summary>
public class ValueLocationTests
{
    // An item with nested objects and arrays, arrays of arrays, names that need the bracket form, an escaped name,
    // non-ASCII text before later tokens (so byte and character offsets differ) and every kind of value.
    private const string Item =
        "{\"a\": {\"b\": [\"x0\", {\"c\": \"x1\"}, [\"x2\", \"x3\"]], \"d e\": \"x4\", \"q'u\\\\o\": \"x5\", " +
        "\"esc\\u0061ped\": \"x6\"}, \"t\u00e9xt \u2013 \U0001F600\": \"x7\", \"n\": 12.5, \"t\": true, " +
        "\"o\": {}, \"l\": [[], [\"x8\"]], \"z\": null}";

    private static (SourceLocation Item, byte[] Bytes) Read(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var context = new ReadContext("item.json", PositionMap.Build(bytes, 0, bytes.Length, 0), CancellationToken.None);
        return (context.Locate(0, bytes.Length, "$.results[2]"), bytes);
    }

    private static int ByteIndex(byte[] bytes, string fragment, int occurrence = 0)
    {
        var needle = Encoding.UTF8.GetBytes(fragment);
        var from = 0;
        for (var i = 0; ; i++)
        {
            var at = bytes.AsSpan(from).IndexOf(needle);
            at.Should().BeGreaterThanOrEqualTo(0, "the fragment {0} is in the text", fragment);
            if (i == occurrence)
            {
                return from + at;
            }

            from += at + 1;
        }
    }

    private static string PathOf(string fragment, int occurrence = 0)
    {
        var (item, bytes) = Read(Item);
        var start = ByteIndex(bytes, fragment, occurrence);
        return new ValueLocation(item, start, start + Encoding.UTF8.GetByteCount(fragment)).Resolve().JsonPath;
    }

    [Theory]
    [InlineData("\"x0\"", "$.results[2].a.b[0]")]
    [InlineData("\"x1\"", "$.results[2].a.b[1].c")]
    [InlineData("\"x2\"", "$.results[2].a.b[2][0]")]
    [InlineData("\"x3\"", "$.results[2].a.b[2][1]")]
    [InlineData("\"x4\"", "$.results[2].a['d e']")]
    [InlineData("\"x5\"", "$.results[2].a['q\\'u\\\\o']")]
    [InlineData("\"x6\"", "$.results[2].a.escaped")]
    [InlineData("\"x7\"", "$.results[2]['t\u00e9xt \u2013 \U0001F600']")]
    [InlineData("12.5", "$.results[2].n")]
    [InlineData("true", "$.results[2].t")]
    [InlineData("{}", "$.results[2].o")]
    [InlineData("[[]", "$.results[2].l")]
    [InlineData("[]", "$.results[2].l[0]")]
    [InlineData("[\"x8\"]", "$.results[2].l[1]")]
    [InlineData("\"x8\"", "$.results[2].l[1][0]")]
    [InlineData("null", "$.results[2].z")]
    [InlineData("{\"c\"", "$.results[2].a.b[1]")]
    [InlineData("[\"x2\"", "$.results[2].a.b[2]")]
    public void A_value_inside_an_item_has_the_path_a_reader_of_the_whole_tree_gives(string token, string path) =>
        PathOf(token).Should().Be(path);

    [Fact]
    public void A_property_name_has_the_path_of_its_property()
    {
        PathOf("\"c\"").Should().Be("$.results[2].a.b[1].c");
        PathOf("\"d e\"").Should().Be("$.results[2].a['d e']");
    }

    [Fact]
    public void The_item_itself_and_a_span_outside_it_have_the_item_path()
    {
        var (item, bytes) = Read(Item);

        new ValueLocation(item, 0, 1).Resolve().JsonPath.Should().Be("$.results[2]");
        new ValueLocation(item, bytes.Length, bytes.Length + 1).Resolve().JsonPath.Should().Be("$.results[2]");
    }

    [Fact]
    public void A_value_after_text_that_does_not_parse_has_the_item_path()
    {
        var json = "{\"a\": [1, }, \"b\": \"x\"}";
        var (item, bytes) = Read(json);
        var start = ByteIndex(bytes, "\"x\"");

        new ValueLocation(item, start, start + 3).Resolve().JsonPath.Should().Be("$.results[2]");
    }

    [Fact]
    public void Line_column_and_character_offset_count_characters_not_bytes()
    {
        var (item, bytes) = Read(Item);
        var start = ByteIndex(bytes, "\"x7\"");
        var location = new ValueLocation(item, start, start + 4).Resolve();

        location.Start.Should().Be(Item.IndexOf("\"x7\"", StringComparison.Ordinal));
        location.Length.Should().Be(4);
        location.StartLine.Should().Be(0);
    }

    [Fact]
    public void Equality_compares_the_places_not_how_they_are_held()
    {
        var (item, bytes) = Read(Item);
        var start = ByteIndex(bytes, "\"x1\"");
        var lazy = new ValueLocation(item, start, start + 4);
        var made = new ValueLocation(lazy.Resolve());
        var other = new ValueLocation(item, start + 1, start + 4);

        lazy.Equals(made).Should().BeTrue();
        made.Equals(lazy).Should().BeTrue();
        lazy.GetHashCode().Should().Be(made.GetHashCode());
        lazy.Equals(other).Should().BeFalse();
        lazy.GetHashCode().Should().NotBe(other.GetHashCode(), "the hash code is that of the place");
        lazy.Equals((object)made).Should().BeTrue();
        lazy.Equals((object)"x1").Should().BeFalse();
        lazy.ToString().Should().Be("item.json(1," + (Item.IndexOf("\"x1\"", StringComparison.Ordinal) + 1) + ")");
        default(ValueLocation).Resolve().Should().BeNull();
        default(ValueLocation).Equals(default).Should().BeTrue();
        default(ValueLocation).GetHashCode().Should().Be(0);
        default(ValueLocation).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Two_reads_of_one_text_have_equal_value_locations_and_other_values_or_texts_are_told_apart()
    {
        var json = TestData.Dataset();
        var a = TestData.Read(json).Sections.Results[0];
        var b = TestData.Read(json).Sections.Results[0];

        a.Compound.At.Equals(b.Compound.At).Should().BeTrue();
        a.Compound.At.Equals(b.Target.At).Should().BeFalse();
        a.Compound.At.Equals(new ValueLocation(b.Compound.Location)).Should().BeTrue();

        // The same places in an item whose text differs (same length): decided by resolving both.
        var c = TestData.Read(json.Replace("\"cmpA\", \"target\"", "\"cmpB\", \"target\"")).Sections.Results[0];
        c.Compound.Value.Should().Be("cmpB");
        c.Compound.At.Equals(a.Compound.At).Should().BeTrue("the same place, though the text differs");
        c.Target.At.Equals(a.Assay.At).Should().BeFalse();

        // The same item one line down: not the same place.
        var d = TestData.Read("\n" + json).Sections.Results[0];
        d.Compound.At.Equals(a.Compound.At).Should().BeFalse();
    }

    [Fact]
    public void Values_read_from_a_dataset_report_at_their_own_paths()
    {
        var s = TestData.Read(TestData.Dataset()).Sections;

        s.Results[0].Id.Location.JsonPath.Should().Be("$.results[0].id");
        s.Results[0].Value.Location.Resolve().JsonPath.Should().Be("$.results[0].value");
        ((QuantitativeValueSpec)s.Results[0].Value).MagnitudeLocation.Resolve().JsonPath.Should().Be("$.results[0].value.value");
        ((QuantitativeValueSpec)s.Results[0].Value).RelationLocation.Resolve().Length.Should().Be(1, "a relation not written reports at the value's brace");
        s.Compounds[0].References[0].Location.JsonPath.Should().Be("$.compounds[0].references[0]");
        var withStructure = TestData.Read(RealisticDatasetTests.Json).Sections.Compounds[0];
        withStructure.Structure!.Location.Resolve().JsonPath.Should().Be("$.compounds[0].structure");
        withStructure.Structure.Formula!.Value.Location.JsonPath.Should().Be("$.compounds[0].structure.formula");
    }
}
