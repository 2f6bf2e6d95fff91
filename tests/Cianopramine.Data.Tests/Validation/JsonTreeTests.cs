using System.Text;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The reader's private syntax tree, built directly: the byte span of every kind of value (also inside a larger
/// buffer), property names and their spans, repeated names in small and large objects, trees larger than the first
/// chunk table, and the cache that shares repeated short strings without ever handing back the wrong one.
/// </summary>
public class JsonTreeTests
{
    private const string Padding = "xx[\n";

    private static (JsonTreeNode Root, ReadContext Context) Build(string json)
    {
        // The JSON sits inside a larger buffer, so every offset below is checked relative to the text's own start.
        var bytes = Encoding.UTF8.GetBytes(Padding + json + "]]");
        var offset = Padding.Length;
        var length = Encoding.UTF8.GetByteCount(json);
        var map = PositionMap.Build(bytes, offset, length, 0);
        var context = new ReadContext(TestData.Path, map, CancellationToken.None);
        var root = JsonTreeBuilder.Build(bytes, offset, length, context);
        context.Diagnostics.Should().BeEmpty();
        root.Should().NotBeNull();
        return (root!.Value, context);
    }

    private static List<JsonTreeNode> ItemsOf(JsonTreeNode node)
    {
        var items = new List<JsonTreeNode>();
        foreach (var item in node.Items)
        {
            items.Add(item);
        }

        return items;
    }

    private static string Span(string json, JsonTreeNode node) =>
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(json), node.Start, node.End - node.Start);

    [Fact]
    public void Every_kind_of_value_spans_exactly_its_own_text()
    {
        const string json = "{ \"s\": \"a\\\"b\", \"e\": \"\", \"u\": \"µM\", \"n\": -1.50e+3, \"t\": true, \"f\": false, \"z\": null, " +
                            "\"o\": { \"k\": [ 1, {} ] }, \"a\": [] }";
        var (root, _) = Build(json);

        Span(json, root).Should().Be(json);
        root.Kind.Should().Be(JsonTreeKind.Object);
        var spans = new List<(string Name, JsonTreeKind Kind, string Text, string Span)>();
        foreach (var (property, _) in root.AllProperties)
        {
            spans.Add((property.Name, property.Value.Kind, property.Value.Text, Span(json, property.Value)));
        }

        spans.Should().Equal(
            ("s", JsonTreeKind.String, "a\"b", "\"a\\\"b\""),
            ("e", JsonTreeKind.String, string.Empty, "\"\""),
            ("u", JsonTreeKind.String, "µM", "\"µM\""),
            ("n", JsonTreeKind.Number, "-1.50e+3", "-1.50e+3"),
            ("t", JsonTreeKind.True, string.Empty, "true"),
            ("f", JsonTreeKind.False, string.Empty, "false"),
            ("z", JsonTreeKind.Null, string.Empty, "null"),
            ("o", JsonTreeKind.Object, string.Empty, "{ \"k\": [ 1, {} ] }"),
            ("a", JsonTreeKind.Array, string.Empty, "[]"));

        var inner = root.Find("o")!.Value.Value.Find("k")!.Value.Value;
        Span(json, inner).Should().Be("[ 1, {} ]");
        ItemsOf(inner).Select(n => Span(json, n)).Should().Equal("1", "{}");
        inner.Count.Should().Be(2);
        root.Count.Should().Be(9);
        root.Find("a")!.Value.Value.Count.Should().Be(0);
        root.Find("missing").Should().BeNull();
    }

    [Fact]
    public void Each_kind_describes_itself_for_messages()
    {
        const string json = "[ {}, [], \"s\", 1, true, false, null ]";
        var (root, _) = Build(json);

        ItemsOf(root).Select(n => n.Describe()).Should().Equal(
            "an object", "an array", "a string", "a number", "a boolean", "a boolean", "null");
    }

    [Fact]
    public void A_property_name_spans_its_quotes_and_its_escapes()
    {
        const string json = "{ \"plain\": 1, \"es\\\"c\\\\\": 2, \"\\u0041\": 3 }";
        var (root, _) = Build(json);
        var bytes = Encoding.UTF8.GetBytes(json);

        var names = new List<(string Name, string Span)>();
        foreach (var (property, _) in root.AllProperties)
        {
            names.Add((property.Name, Encoding.UTF8.GetString(bytes, property.NameStart, property.NameEnd - property.NameStart)));
        }

        names.Should().Equal(("plain", "\"plain\""), ("es\"c\\", "\"es\\\"c\\\\\""), ("A", "\"\\u0041\""));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Repeated_names_are_marked_after_their_first_occurrence_in_objects_of_any_size(int distinct)
    {
        // Names p0…p(n-1), then p0 again, a new name, p(n-1) again and p0 a third time.
        var names = Enumerable.Range(0, distinct).Select(i => "p" + i)
            .Concat(new[] { "p0", "new", "p" + (distinct - 1), "p0" })
            .ToList();
        var json = "{ " + string.Join(", ", names.Select((n, i) => "\"" + n + "\": " + i)) + " }";
        var (root, _) = Build(json);

        var marks = new List<bool>();
        foreach (var (_, isDuplicate) in root.AllProperties)
        {
            marks.Add(isDuplicate);
        }

        marks.Should().Equal(Enumerable.Repeat(false, distinct).Concat(new[] { true, false, true, true }));
        root.Find("p0")!.Value.Value.Text.Should().Be("0", "a repeated name finds its first occurrence");
        root.Find("new")!.Value.Value.Text.Should().Be((distinct + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        root.Count.Should().Be(distinct + 4);
    }

    [Fact]
    public void A_tree_larger_than_the_first_chunk_table_keeps_every_value()
    {
        // 16 chunks of 2,048 entries are allocated up front: 40,000 values need the table to grow.
        const int count = 40_000;
        var json = "[" + string.Join(",", Enumerable.Range(0, count)) + "]";
        var (root, _) = Build(json);

        root.Count.Should().Be(count);
        var i = 0;
        foreach (var item in root.Items)
        {
            item.Text.Should().Be(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            i++;
        }

        i.Should().Be(count);
    }

    [Fact]
    public void Repeated_short_ascii_strings_and_numbers_are_one_string()
    {
        var long65 = new string('L', 65);
        var json = "[ \"nM\", \"nM\", 12.5, 12.5, \"" + new string('x', 64) + "\", \"" + new string('x', 64) + "\", \"" +
                   long65 + "\", \"" + long65 + "\", \"µM\", \"µM\", \"\\u006eM\" ]";
        var (root, _) = Build(json);
        var items = new List<string>();
        foreach (var item in root.Items)
        {
            items.Add(item.Text);
        }

        items.Should().Equal("nM", "nM", "12.5", "12.5", new string('x', 64), new string('x', 64), long65, long65, "µM", "µM", "nM");
        ReferenceEquals(items[0], items[1]).Should().BeTrue();
        ReferenceEquals(items[2], items[3]).Should().BeTrue();
        ReferenceEquals(items[4], items[5]).Should().BeTrue("strings of up to 64 bytes are shared");
        ReferenceEquals(items[6], items[7]).Should().BeFalse("longer strings are not looked up");
    }

    [Fact]
    public void Strings_whose_cache_keys_collide_each_keep_their_own_text()
    {
        var (first, second) = CollidingKeys();
        Key(first).Should().Be(Key(second));

        var json = "[ \"" + first + "\", \"" + second + "\", " + "\"" + first + "\", \"" + second + "\", " + first.Length + " ]";
        var (root, _) = Build(json);
        var items = new List<string>();
        foreach (var item in root.Items)
        {
            items.Add(item.Text);
        }

        items.Should().Equal(first, second, first, second, first.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Same_length_strings_that_differ_in_one_late_character_are_not_confused()
    {
        // A cache that compared lengths or the first characters only would hand back the first for the second.
        var (first, second) = CollidingKeys(sameLength: true);
        first.Length.Should().Be(second.Length);
        Key(first).Should().Be(Key(second));

        var json = "[ \"" + first + "\", \"" + second + "\" ]";
        var (root, _) = Build(json);
        var items = new List<string>();
        foreach (var item in root.Items)
        {
            items.Add(item.Text);
        }

        items.Should().Equal(first, second);
    }

    // The cache key: FNV-1a over the bytes, with the low bit set (0 means "not cacheable").
    private static int Key(string ascii)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in ascii)
            {
                hash = (hash ^ (byte)c) * 16777619;
            }

            return hash | 1;
        }
    }

    [Fact]
    public void A_search_resumes_after_the_property_found_last_in_that_object_only()
    {
        // The resume point is speed, not answers (Find searches from the first property when there is none), so it is
        // checked here on the tree itself: set by Found, for that object only, forgotten when entries are dropped.
        var tree = new JsonTree([], 0);
        var parent = tree.Add(JsonTreeKind.Object, 0);
        var first = tree.Add(JsonTreeKind.Number, 1);
        var second = tree.Add(JsonTreeKind.Number, 2);
        var other = tree.Add(JsonTreeKind.Object, 3);
        tree.At(parent).FirstChild = first;
        tree.At(first).NextSibling = second;
        tree.IsSealed.Should().BeFalse();

        tree.ResumeAt(parent).Should().Be(JsonTree.None);
        tree.Found(parent, first);
        tree.ResumeAt(parent).Should().Be(second);
        tree.ResumeAt(other).Should().Be(JsonTree.None);
        tree.Found(parent, second);
        tree.ResumeAt(parent).Should().Be(JsonTree.None, "nothing follows the last property");

        tree.Found(parent, first);
        tree.Truncate(tree.Count);
        tree.ResumeAt(parent).Should().Be(JsonTree.None, "dropped entries may be reused by other values");
    }

    [Fact]
    public void A_tree_is_sealed_from_the_end_of_its_build_even_with_no_entries()
    {
        var empty = new JsonTree([], 0);
        empty.IsSealed.Should().BeFalse();
        empty.Seal(null!);
        empty.IsSealed.Should().BeTrue();
    }

    [Fact]
    public void Find_gives_each_property_in_any_order_of_asking_with_objects_read_in_between()
    {
        // A search resumes after the property found last in the same object: every order of asking, repeats, absent
        // names, a repeated name (its first occurrence) and nested objects searched in between must not change what is found.
        const string json = "{ \"a\": 1, \"b\": { \"x\": 10, \"y\": 11 }, \"c\": 3, \"a\": 4, \"d\": { \"x\": 20 }, \"e\": 5 }";
        var (root, _) = Build(json);
        var expected = new Dictionary<string, string> { ["a"] = "1", ["c"] = "3", ["e"] = "5" };
        var names = new[] { "a", "b", "c", "d", "e", "zz" };
        var random = new Random(14);
        for (var round = 0; round < 200; round++)
        {
            var name = names[random.Next(names.Length)];
            var found = root.Find(name);
            switch (name)
            {
                case "zz":
                    found.Should().BeNull();
                    break;
                case "b" or "d":
                    var nested = found!.Value.Value;
                    nested.Find("x")!.Value.Value.Text.Should().Be(name == "b" ? "10" : "20");
                    nested.Find("y")?.Value.Text.Should().Be("11");
                    (nested.Find("y") is null).Should().Be(name == "d");
                    nested.Find("a").Should().BeNull();
                    break;
                default:
                    found!.Value.Value.Text.Should().Be(expected[name], "asked for '{0}' in round {1}", name, round);
                    break;
            }
        }
    }

    [Fact]
    public void Find_in_a_streamed_item_does_not_resume_where_the_item_before_was_searched()
    {
        // Each streamed item reuses the entries of the one before: the first item's search leaves off at its second
        // property, an entry that in the second item is a property of the nested object.
        const string json = "{ \"items\": [ { \"a\": 1, \"b\": 2, \"c\": 3 }, { \"o\": { \"b\": 9 }, \"b\": 4 } ] }";
        var bytes = Encoding.UTF8.GetBytes(json);
        var context = new ReadContext(TestData.Path, PositionMap.Build(bytes, 0, bytes.Length, 0), CancellationToken.None);
        var sink = new FindingSink();

        JsonTreeBuilder.Build(bytes, 0, bytes.Length, context, sink);

        context.Diagnostics.Should().BeEmpty();
        sink.Found.Should().Equal("a=1", "b=4");
    }

    private sealed class FindingSink : ISectionItemSink
    {
        public List<string> Found { get; } = new();

        public bool Streams(string section) => section == "items";

        public void Begin(string section)
        {
        }

        public void Item(string section, JsonTreeNode item, int index)
        {
            var name = index == 0 ? "a" : "b";
            Found.Add(name + "=" + item.Find(name)!.Value.Value.Text);
        }
    }

    // Two pairs of words with one cache key each, found once by a birthday search over "k0", "k1", … and over
    // "k0000000", "k0000001", … (about 2^16 words each); the tests check that the keys really are equal.
    private static (string First, string Second) CollidingKeys(bool sameLength = false) =>
        sameLength ? ("k0188883", "k0632435") : ("k87022", "k147620");
}
