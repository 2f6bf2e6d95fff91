using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>Datasets split over files: grouping by manifest (CPD0023), merging and ordering.</summary>
public class DatasetFilesTests
{
    private const string Part = "{\n  \"dataset\": \"test\",\n  \"assays\": [\n    { \"id\": \"a2\", \"kind\": \"other\", \"setting\": \"in-vivo\", \"description\": \"x\" }\n  ]\n}";

    [Fact]
    public void A_part_file_joins_the_dataset_of_its_manifest()
    {
        var validated = TestData.Validate(("b.dataset.json", Part), ("a.dataset.json", TestData.Dataset()));

        validated.Diagnostics.Should().BeEmpty();
        var dataset = validated.Datasets.Should().ContainSingle().Subject;
        dataset.FilePaths.Should().Equal("a.dataset.json", "b.dataset.json");
        dataset.Sections.Assays.Select(a => a.Id.Value).Should().Equal("a1", "a2");
    }

    [Fact]
    public void Items_are_merged_in_ordinal_file_path_order_whatever_the_input_order()
    {
        var one = TestData.Validate(("a.dataset.json", TestData.Dataset()), ("B.dataset.json", Part));
        var two = TestData.Validate(("B.dataset.json", Part), ("a.dataset.json", TestData.Dataset()));

        // Ordinal: "B" (0x42) sorts before "a" (0x61).
        one.Datasets[0].Sections.Assays.Select(a => a.Id.Value).Should().Equal("a2", "a1");
        one.Should().Be(two);
    }

    [Fact]
    public void CPD0023_a_part_file_naming_an_unknown_dataset()
    {
        var part = Part.Replace("\"test\"", "\"other\"");

        var d = TestData.Single(TestData.Validate(("a.dataset.json", TestData.Dataset()), ("b.dataset.json", part)).Diagnostics.ToList(), "CPD0023");

        d.Location.FilePath.Should().Be("b.dataset.json");
        d.ShouldBeAt((2, 14));
        d.Message.Should().Contain("'other'");
    }

    [Fact]
    public void CPD0023_a_dataset_whose_manifest_is_given_twice()
    {
        var second = "{\n  \"dataset\": { \"id\": \"test\", \"title\": \"T\", \"version\": \"2\" }\n}";

        var validated = TestData.Validate(("a.dataset.json", TestData.Dataset()), ("b.dataset.json", second));
        var d = TestData.Single(validated.Diagnostics.ToList(), "CPD0023");

        d.Location.FilePath.Should().Be("b.dataset.json");
        d.ShouldBeAt((2, 22));
        d.Message.Should().Contain("a.dataset.json(2,");
        validated.Datasets.Should().ContainSingle().Which.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void CPD0023_only_part_files_and_no_manifest()
    {
        var validated = TestData.Validate(("b.dataset.json", Part));

        TestData.Single(validated.Diagnostics.ToList(), "CPD0023");
        validated.Datasets.Should().BeEmpty();
    }

    [Fact]
    public void Two_datasets_are_validated_separately()
    {
        var other = TestData.Dataset(manifest: TestData.Manifest.Replace("\"test\"", "\"other\""));

        var validated = TestData.Validate(("a.dataset.json", TestData.Dataset()), ("b.dataset.json", other));

        validated.Diagnostics.Should().BeEmpty("the same ids in two datasets do not clash");
        validated.Datasets.Select(d => d.Manifest.Id.Value).Should().Equal("test", "other");
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_then_offset_then_id()
    {
        var bad = TestData.Dataset(results: TestData.Result.Replace("\"cmpA\"", "\"x1\"").Replace("\"SERT\"", "\"x2\""));
        var worse = Part.Replace("\"in-vivo\"", "\"in-vivoo\"");

        var validated = TestData.Validate(("z.dataset.json", bad), ("m.dataset.json", worse));

        validated.Diagnostics.Select(d => d.Location.FilePath).Should().Equal("m.dataset.json", "z.dataset.json", "z.dataset.json");
        validated.Diagnostics.Skip(1).Select(d => d.Location.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void A_dataset_with_an_error_in_any_of_its_files_has_errors()
    {
        var badPart = Part.Replace("\"x\" }", "\"x\", \"extra\": true }");

        var validated = TestData.Validate(("a.dataset.json", TestData.Dataset()), ("b.dataset.json", badPart));

        validated.Datasets[0].HasErrors.Should().BeTrue();
        validated.HasErrors.Should().BeTrue();
    }
}
