using System.Text;
using System.Threading;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The reader reads the items of the sections while the file is read (one pass): each item is built, read and
/// dropped before the next. What it reads must not depend on that: the order of the sections in the file, a repeated
/// section, a section that is not an array, and a syntax error after items already read.
/// </summary>
public class StreamedSectionTests
{
    private static readonly string[] Sections =
    {
        "references", "compounds", "targets", "assays", "results", "transformations", "mechanisms", "gaps",
    };

    /// <summary>The base dataset with its top-level properties in the given order.</summary>
    private static string InOrder(params string[] order)
    {
        var json = TestData.Dataset();
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        var reordered = new System.Text.Json.Nodes.JsonObject();
        foreach (var name in order)
        {
            reordered[name] = root[name]!.DeepClone();
        }

        return reordered.ToJsonString();
    }

    [Fact]
    public void Sections_in_any_order_read_into_the_same_dataset()
    {
        var canonical = Dataset.FromJson(InOrder(new[] { "dataset" }.Concat(Sections).ToArray()));
        var reversed = InOrder(Enumerable.Reverse(Sections).Append("dataset").ToArray());

        Dataset.FromJson(reversed).Should().Be(canonical);
        var read = TestData.Read(reversed);
        read.Diagnostics.Should().BeEmpty();
        read.Sections.Results[0].Location.JsonPath.Should().Be("$.results[0]");
        read.Sections.Compounds[1].Id.Location.JsonPath.Should().Be("$.compounds[1].id");
    }

    [Fact]
    public void A_syntax_error_after_items_already_read_is_the_files_only_diagnostic()
    {
        // The first result lacks its compound (an error that leaves it out); the second breaks the JSON.
        var broken = TestData.Result.Replace("\"compound\": \"cmpA\", ", string.Empty) + ",\n    " +
                     TestData.Result.Replace("\"r1\"", "\"r2\"").Replace("\"a1\"", "\"a1\" \"a2\"");
        var json = TestData.Dataset(results: broken);

        var read = TestData.Read(json);

        read.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("CPD0001");
        read.Diagnostics[0].Location.StartLine.Should().Be(TestData.PositionOf(json, "\"a2\"").Line - 1);
        read.Skipped.Should().BeEmpty();
        read.Sections.Results.Should().BeEmpty();
        read.Sections.Compounds.Should().BeEmpty("nothing read before the error is kept");
    }

    [Fact]
    public void A_depth_error_inside_an_item_is_the_files_only_diagnostic_too()
    {
        // The first result lacks its compound (an error that leaves it out); the second nests too deep.
        var deep = new string('[', JsonTreeBuilder.MaxDepth) + new string(']', JsonTreeBuilder.MaxDepth);
        var results = TestData.Result.Replace("\"compound\": \"cmpA\", ", string.Empty) + ",\n    " +
                      TestData.Result.Replace("\"r1\"", "\"r2\"").Replace("\"references\"", "\"deep\": " + deep + ", \"references\"");
        var json = TestData.Dataset(results: results);

        var read = TestData.Read(json);

        read.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("CPD0028");
        read.Skipped.Should().BeEmpty();
        read.Sections.Compounds.Should().BeEmpty();
    }

    [Fact]
    public void An_escape_that_does_not_decode_in_an_array_that_is_not_a_section_is_malformed_although_its_items_are_not_read()
    {
        // Only the sections are read; the items of any other array of the top-level object are checked all the same.
        var json = TestData.Dataset().Replace("\"results\": [", "\"notes\": [ { \"text\": \"\\uD800\" } ],\n  \"results\": [");

        var read = TestData.Read(json);

        read.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("CPD0001");
        read.Diagnostics[0].Location.StartLine.Should().Be(TestData.PositionOf(json, "\"\\uD800\"").Line - 1);
    }

    [Fact]
    public void A_repeated_section_is_reported_and_only_its_first_array_is_read()
    {
        var json = TestData.Dataset().TrimEnd().TrimEnd('}') +
                   ",\n  \"results\": [" + TestData.Result.Replace("\"r1\"", "\"r9\"") + "]\n}\n";

        var read = TestData.Read(json);

        read.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("CPD0025");
        read.Sections.Results.Select(r => r.Id.Value).Should().Equal("r1");
    }

    [Fact]
    public void A_section_that_is_not_an_array_is_reported_where_it_is_and_a_later_array_of_that_name_is_not_read()
    {
        var json = TestData.Dataset().Replace("\"results\": [", "\"results\": {}, \"results2\": [");

        var read = TestData.Read(json);

        read.Diagnostics.Select(d => d.Id).Should().BeEquivalentTo(new[] { "CPD0003", "CPD0004" });
        read.Diagnostics.Single(d => d.Id == "CPD0003").Location.JsonPath.Should().Be("$.results");
        read.Sections.Results.Should().BeEmpty();
        read.Sections.Compounds.Should().HaveCount(2, "the other sections are read as the file is");
    }

    [Fact]
    public void Items_read_with_the_file_and_from_the_tree_are_equal()
    {
        // The schema's recorder reads the sections from the tree after the file (the deferred path).
        var json = TestData.Dataset();
        var bytes = Encoding.UTF8.GetBytes(json);

        var streamed = DatasetFileReader.Read(TestData.Path, bytes, CancellationToken.None);
        var deferred = DatasetFileReader.Read(TestData.Path, json, new NothingRecorded());

        streamed.Should().Be(deferred);
    }

    private sealed class NothingRecorded : IReadRecorder
    {
        public void Opened(ObjectReader reader, string[] known, bool topLevel)
        {
        }

        public void Read(ObjectReader reader, string name, bool required)
        {
        }

        public void Read(ObjectReader reader, string name, ReadShape shape)
        {
        }

        public void NonEmpty(ObjectReader reader, string name)
        {
        }

        public void Variant(ObjectReader reader, string name, IReadOnlyList<string> words, string word)
        {
        }
    }
}
