using Cianopramine.Data.Loading;
using Cianopramine.Data.Reliability;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>
/// Strictness the user chooses at run time: <see cref="InvalidItemHandling.LeaveOut"/> leaves invalid items out, with
/// everything that refers to them, and reports each with its diagnostic id, place and reason; the default stays strict.
/// </summary>
public class LenientLoadTests
{
    private static readonly DatasetLoadOptions LeaveOut = new() { InvalidItems = InvalidItemHandling.LeaveOut };

    [Fact]
    public void The_default_is_strict_an_invalid_item_fails_the_load()
    {
        new DatasetLoadOptions().InvalidItems.Should().Be(InvalidItemHandling.Fail);

        var load = () => Dataset.FromJson(LenientInputs.CompoundWithResults());

        load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Which.Id.Should().Be("CPD0021");
    }

    [Fact]
    public void Forty_bad_items_among_five_thousand_good_ones_give_the_good_ones_and_forty_located_warnings()
    {
        var json = LenientInputs.ResultsWithZeroValues(goodResults: 5000, badResults: 40);

        var result = DatasetLoader.Load([DatasetSource.FromJson(json, "lab.dataset.json")], LeaveOut);

        result.Dataset.AllResults.Should().HaveCount(5000);
        result.Dataset.Compounds.Should().HaveCount(5040, "the bad results' compounds are valid and nothing made them depend on the results");
        result.LeftOut.Should().HaveCount(40).And.OnlyContain(i => i.Kind == "result" && i.Problems.Count == 1 && i.Problems[0].Id == "CPD0009" && i.Cause == null);
        result.Warnings.Should().HaveCount(40).And.OnlyContain(w => w.Id == "CPD0035" && w.Line > 0 && w.Column == 5 && w.JsonPath.StartsWith("$.results[", StringComparison.Ordinal));
        result.Warnings.Select(w => (w.Line, w.JsonPath)).Should().Equal(result.LeftOut.Select(i => (i.Line, i.JsonPath)));
    }

    [Fact]
    public void A_lenient_load_equals_a_strict_load_of_the_file_without_the_bad_items()
    {
        var lenient = DatasetLoader.Load([DatasetSource.FromJson(LenientInputs.ResultsWithZeroValues(300, 7), "lab.dataset.json")], LeaveOut).Dataset;
        var strict = Dataset.FromJson(LenientInputs.ResultsWithZeroValues(300, 7, withoutBad: true));

        lenient.Should().Be(strict);
        lenient.Metadata.ContentHash.Should().Be(strict.Metadata.ContentHash);
    }

    [Fact]
    public void What_refers_to_a_left_out_item_is_left_out_with_it_and_says_so()
    {
        var result = DatasetLoader.Load([DatasetSource.FromJson(LenientInputs.CompoundWithResults(), "lab.dataset.json")], LeaveOut);

        result.Dataset.Compounds.Select(c => c.Id).Should().Equal("c2");
        result.Dataset.AllResults.Select(r => r.Id).Should().Equal("r3");
        var compound = result.LeftOut[0];
        new { compound.Kind, compound.Id, compound.JsonPath, compound.Line, compound.Column, Problem = compound.Problems.Single().Id }
            .Should().BeEquivalentTo(new { Kind = "compound", Id = "c1", JsonPath = "$.compounds[0]", Line = 7, Column = 5, Problem = "CPD0021" });
        result.LeftOut.Skip(1).Select(i => (i.Kind, i.Id, i.Cause, i.Problems.Count)).Should().Equal(("result", "r1", compound, 0), ("result", "r2", compound, 0));
        result.Warnings.Select(w => w.ToString()).Should().Equal(
            "lab.dataset.json(7,5): warning CPD0035: compound 'c1' is left out of the dataset: CPD0021 'C19H21Q3' is not a valid molecular formula: unknown element 'Q' [$.compounds[0]]",
            "lab.dataset.json(11,5): warning CPD0035: result 'r1' is left out of the dataset: it refers to compound 'c1', which is left out [$.results[0]]",
            "lab.dataset.json(12,5): warning CPD0035: result 'r2' is left out of the dataset: it refers to compound 'c1', which is left out [$.results[1]]");
        result.LeftOut[1].ToString().Should().Be("lab.dataset.json(11,5): result 'r1' left out: it refers to compound 'c1', which is left out");
    }

    [Fact]
    public void An_item_the_reader_could_not_build_is_left_out_with_what_refers_to_it()
    {
        // c1's name is a number (CPD0003): the reader cannot build it at all; its results go with it.
        var json = LenientInputs.CompoundWithResults()
            .Replace("\"name\": \"Compound 1\"", "\"name\": 5", StringComparison.Ordinal)
            .Replace("\"formula\": \"C19H21Q3\"", "\"formula\": \"C2H6O\"", StringComparison.Ordinal);

        var result = DatasetLoader.Load([DatasetSource.FromJson(json, "lab.dataset.json")], LeaveOut);

        result.LeftOut.Select(i => (i.Kind, i.Id, i.Problems.Select(p => p.Id).FirstOrDefault(), i.Cause?.Id))
            .Should().Equal(("compound", "c1", "CPD0003", null), ("result", "r1", null, "c1"), ("result", "r2", null, "c1"));
        result.Dataset.AllResults.Select(r => r.Id).Should().Equal("r3");
    }

    [Fact]
    public void A_left_out_reference_takes_every_item_citing_it_and_leaves_the_manifest_sources_consistent()
    {
        var json = LenientInputs.CompoundWithResults()
            .Replace("\"formula\": \"C19H21Q3\"", "\"formula\": \"C2H6O\"", StringComparison.Ordinal)
            .Replace("\"version\": \"1.0.0\" }", "\"version\": \"1.0.0\", \"sources\": [\"ref1\", \"ref2\"] }", StringComparison.Ordinal)
            .Replace("\"status\": \"abstract-read\" }]", "\"status\": \"abstract-read\" }, { \"id\": \"ref2\", \"pmid\": \"0123\" }]", StringComparison.Ordinal);

        var result = DatasetLoader.Load([DatasetSource.FromJson(json, "lab.dataset.json")], LeaveOut);

        result.LeftOut.Select(i => (i.Kind, i.Id)).Should().Equal(("reference", "ref2"));
        result.LeftOut[0].Problems.Select(p => p.Id).Should().Equal("CPD0013");
        result.Dataset.Metadata.Sources.Select(r => r.Id).Should().Equal("ref1");
    }

    [Theory]
    [InlineData("CPD0001-trailing-comma")]
    [InlineData("CPD0002-missing-dataset")]
    [InlineData("CPD0023-unknown-dataset")]
    [InlineData("CPD0031-namespace")]
    public void A_problem_of_the_file_or_the_manifest_still_fails_a_lenient_load(string fixture)
    {
        var paths = DiagnosticCase.Named(fixture).Paths();

        var load = () => DatasetLoader.Load(paths.Select(DatasetSource.FromFile), LeaveOut);

        load.Should().Throw<DatasetLoadException>().Which.Problems.Should().OnlyContain(p => p.IsError);
    }

    [Fact]
    public void An_item_rule_broken_outside_any_item_still_fails_a_lenient_load()
    {
        // A blank title is CPD0024, an item rule, but here it is the manifest's: nothing can be left out for it.
        var json = LenientInputs.CompoundWithResults().Replace("\"title\": \"Lab data\"", "\"title\": \" \"", StringComparison.Ordinal);

        var load = () => DatasetLoader.Load([DatasetSource.FromJson(json, "lab.dataset.json")], LeaveOut);

        load.Should().Throw<DatasetLoadException>().Which.Problems.Should().Contain(p => p.Id == "CPD0024" && p.JsonPath == "$.dataset.title");
    }

    [Fact]
    public void A_valid_file_loads_the_same_with_either_option()
    {
        var json = LenientInputs.ResultsWithZeroValues(50, 0);

        var lenient = DatasetLoader.Load([DatasetSource.FromJson(json, "lab.dataset.json")], LeaveOut);

        lenient.LeftOut.Should().BeEmpty();
        lenient.Warnings.Should().BeEmpty();
        lenient.Dataset.Should().Be(Dataset.FromJson(json));
    }

    [Fact]
    public void Documented_example_prints_what_the_docs_show()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("lab.dataset.json");
        File.WriteAllText(path, LenientInputs.CompoundWithResults());
        var printed = new List<string>();

        // The example of docs/loading-and-exporting.md, "Leaving invalid items out", with the file's full path.
        var options = new DatasetLoadOptions { InvalidItems = InvalidItemHandling.LeaveOut };
        DatasetLoadResult loaded = DatasetLoader.Load(new[] { DatasetSource.FromFile(path) }, options);
        foreach (LeftOutItem item in loaded.LeftOut)
        {
            printed.Add(item.ToString().Replace(path, "lab.dataset.json", StringComparison.Ordinal));
        }

        printed.Add($"{loaded.Dataset.Compounds.Count} compounds, {loaded.Dataset.Results.Count()} result(s) kept");

        var docs = File.ReadAllText(SerializationTestFiles.Docs("loading-and-exporting.md")).ReplaceLineEndings("\n");
        docs.Should().Contain("```text\n" + string.Join("\n", printed) + "\n```");
    }

    [Fact]
    public async Task The_asynchronous_load_leaves_out_the_same_items()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("lab.dataset.json");
        await File.WriteAllTextAsync(path, LenientInputs.CompoundWithResults());

        var result = await DatasetLoader.LoadAsync([DatasetSource.FromFile(path)], LeaveOut);

        result.LeftOut.Select(i => i.Id).Should().Equal("c1", "r1", "r2");
    }
}
