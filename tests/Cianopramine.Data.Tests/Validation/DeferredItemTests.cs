using System.Text;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The items of a section (an array right under the root object) are checked when the file is read and built one at
/// a time when the reader reaches them, into the same scratch entries: the tree never holds a whole file, and each
/// item reads as if the whole tree had been built.
/// </summary>
public class DeferredItemTests
{
    private static (JsonTree Tree, JsonTreeNode Root) Build(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var context = new ReadContext(TestData.Path, PositionMap.Build(bytes, 0, bytes.Length, 0), CancellationToken.None);
        var root = JsonTreeBuilder.Build(bytes, 0, bytes.Length, context);
        context.Diagnostics.Should().BeEmpty();
        root.Should().NotBeNull();
        return (root!.Value.Tree, root.Value);
    }

    [Fact]
    public void Section_items_read_with_their_values_spans_and_children_as_if_built_with_the_file()
    {
        const string json = """{ "results": [ { "id": "r1", "refs": ["a", "b"] }, 7, { "id": "r2", "value": { "n": 1.5 } }, [ true ] ], "dataset": "d" }""";
        var (_, root) = Build(json);

        var items = root.Find("results")!.Value.Value.Items;
        var seen = new List<string>();
        foreach (var item in items)
        {
            var text = json.Substring(item.Start, item.End - item.Start);
            switch (item.Kind)
            {
                case JsonTreeKind.Object:
                    var id = item.Find("id")!.Value;
                    id.Value.Text.Should().StartWith("r");
                    json.Substring(id.NameStart, id.NameEnd - id.NameStart).Should().Be("\"id\"");
                    seen.Add(id.Value.Text + ":" + item.Count + ":" + text);
                    break;
                default:
                    seen.Add(item.Kind + ":" + item.Count + ":" + text);
                    break;
            }
        }

        seen.Should().Equal(
            """r1:2:{ "id": "r1", "refs": ["a", "b"] }""",
            "Number:0:7",
            """r2:2:{ "id": "r2", "value": { "n": 1.5 } }""",
            "Array:1:[ true ]");
    }

    [Fact]
    public void The_tree_holds_the_sections_skeleton_and_one_item_at_a_time()
    {
        var json = new StringBuilder("{ \"dataset\": \"d\", \"compounds\": [");
        for (var i = 0; i < 1000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{ \"id\": \"c").Append(i).Append("\", \"synonyms\": [ { \"text\": \"s\" }, { \"text\": \"t\" } ] }");
        }

        var (tree, root) = Build(json.Append("] }").ToString());
        var skeleton = tree.Count;

        // Root, two properties and 1,000 items, each item one entry until it is reached.
        skeleton.Should().Be(1 + 2 + 1000);
        var ids = new List<string>();
        foreach (var item in root.Find("compounds")!.Value.Value.Items)
        {
            ids.Add(item.Find("id")!.Value.Value.Text);
            tree.Count.Should().Be(skeleton + 7, "an item of seven values is built after the skeleton, replacing the one before");
        }

        ids.Should().HaveCount(1000).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Repeated_and_escaped_properties_of_an_item_are_found_when_it_is_built()
    {
        var (_, root) = Build("""{ "targets": [ { "id": "a", "id": "b", "n\u0061me": "x\ty" } ] }""");
        foreach (var item in root.Find("targets")!.Value.Value.Items)
        {
            var properties = new List<(string, bool)>();
            foreach (var (property, isDuplicate) in item.AllProperties)
            {
                properties.Add((property.Name, isDuplicate));
            }

            properties.Should().Equal(("id", false), ("id", true), ("name", false));
            item.Find("name")!.Value.Value.Text.Should().Be("x\ty");
        }
    }

    [Fact]
    public void Arrays_of_objects_outside_the_sections_are_built_with_the_file()
    {
        var (tree, _) = Build("""{ "dataset": { "id": "d", "sources": ["a"] }, "$comment": { "x": [ { "a": 1 }, { "b": 2 } ] }, "gaps": [ { "id": "g" } ] }""");

        // Root 1; dataset object, id, sources, "a": 4; $comment, x, two objects, two numbers: 6; gaps and its one deferred item: 2.
        tree.Count.Should().Be(1 + 4 + 6 + 2);
    }

    private static IReadOnlyList<DatasetDiagnostic> Read(string json) => TestData.Read(json).Diagnostics.ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    public void An_escaped_lone_surrogate_inside_a_section_item_is_malformed_at_its_string_and_nothing_else_is_read(int padding)
    {
        // 300 characters take the escaped string past the stack buffer of the check into a pooled one.
        var json = "{ \"dataset\": \"test\", \"compounds\": [ { \"id\": \"c1\", \"name\": 7 }, { \"id\": \"c2\", \"name\": \"" +
            new string('x', padding) + "\\uD800\" } ] }";

        var d = TestData.Single(Read(json), "CPD0001");

        d.Message.Should().Be("The file is not valid JSON: a \\u escape that is not valid UTF-16 (an unpaired surrogate)");
        d.Location.Start.Should().Be(json.IndexOf("\"x", StringComparison.Ordinal));
        d.Location.JsonPath.Should().Be("$");
    }

    [Theory]
    [InlineData("\\uD800", "the name")]
    [InlineData("", "the value")]
    public void An_escaped_lone_surrogate_in_a_property_name_of_a_section_item_is_malformed_too(string inName, string where)
    {
        var json = "{ \"dataset\": \"test\", \"targets\": [ { \"n" + inName + "\": \"v" + (inName.Length == 0 ? "\\uD800" : string.Empty) + "\" } ] }";

        TestData.Single(Read(json), "CPD0001").Message.Should().EndWith("(an unpaired surrogate)", where);
    }

    [Fact]
    public void Long_escaped_strings_of_a_section_item_read_whole()
    {
        var name = new string('a', 200) + "\\u00e9\\t" + new string('b', 200);
        var (_, root) = Build("{ \"compounds\": [ { \"name\": \"" + name + "\" } ] }");
        foreach (var item in root.Find("compounds")!.Value.Value.Items)
        {
            item.Find("name")!.Value.Value.Text.Should().Be(new string('a', 200) + "\u00e9\t" + new string('b', 200));
        }
    }

    [Fact]
    public void Arrays_nested_in_an_object_outside_the_sections_count_towards_the_depth()
    {
        // Root 1, $comment 2, then arrays from level 3.
        static string Nested(int levels) => "{ \"dataset\": \"test\", \"$comment\": { \"a\": " + new string('[', levels - 2) + new string(']', levels - 2) + " } }";

        Read(Nested(64)).Should().BeEmpty();
        var json = Nested(65);
        var d = TestData.Single(Read(json), "CPD0028");
        d.Location.Start.Should().Be(json.LastIndexOf('['), "the innermost array is the 65th level");
    }
}
