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
}
