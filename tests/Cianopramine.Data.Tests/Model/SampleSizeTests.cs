using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Display;
using Cianopramine.Data.Export;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Tests.Validation;

namespace Cianopramine.Data.Tests.Model;

/// <summary>
/// The sample size of a quantitative value (<c>sampleSize</c>, n) through the whole pipeline: read and checked, in the
/// model, in every written form (JSON, canonical form, compact form), in CSV, text and HTML.
/// </summary>
public sealed class SampleSizeTests
{
    private static string WithSampleSize(string sampleSize) =>
        TestData.Dataset(results: TestData.Result.Replace("\"unit\": \"M\" }", "\"unit\": \"M\", \"sampleSize\": " + sampleSize + " }", StringComparison.Ordinal));

    private static QuantitativeValue Value(Dataset data) => (QuantitativeValue)data.Results.Get("r1").Value;

    [Fact]
    public void The_sample_size_is_read_into_the_value_and_is_absent_when_not_written()
    {
        Value(Dataset.FromJson(WithSampleSize("6"))).SampleSize.Should().Be(6);
        Value(Dataset.FromJson(TestData.Dataset())).SampleSize.Should().BeNull();
    }

    [Theory]
    [InlineData("0", "CPD0010", "The number 0 is not finite or does not fit an integer of at least 1")]
    [InlineData("-3", "CPD0010", "The number -3 is not finite or does not fit an integer of at least 1")]
    [InlineData("3000000000", "CPD0010", "The number 3000000000 is not finite or does not fit an integer of at least 1")]
    [InlineData("2.5", "CPD0003", "'sampleSize' must be an integer, but is a number with a fraction")]
    [InlineData("\"6\"", "CPD0003", "'sampleSize' must be an integer, but is a string")]
    public void A_sample_size_that_is_not_a_positive_integer_is_located(string sampleSize, string id, string message)
    {
        var load = () => Dataset.FromJson(WithSampleSize(sampleSize));

        load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Which.Should()
            .BeEquivalentTo(new { Id = id, Message = message, JsonPath = "$.results[0].value.sampleSize" });
    }

    [Fact]
    public void The_sample_size_survives_export_and_reload_and_is_part_of_the_content_hash()
    {
        var data = Dataset.FromJson(WithSampleSize("6"));

        var json = data.ToJson();
        var again = Dataset.FromJson(json);

        json.Should().Contain("\"sampleSize\": 6");
        again.Should().Be(data);
        again.Metadata.ContentHash.Should().Be(data.Metadata.ContentHash)
            .And.NotBe(Dataset.FromJson(WithSampleSize("7")).Metadata.ContentHash)
            .And.NotBe(Dataset.FromJson(TestData.Dataset()).Metadata.ContentHash);
    }

    [Fact]
    public void The_compact_form_carries_the_sample_size()
    {
        var data = Dataset.FromJson(WithSampleSize("6"));

        var relinked = ModelFormat.Relink(data.Content);

        ((QuantitativeValue)relinked.Results.Single().Value).SampleSize.Should().Be(6);
    }

    [Fact]
    public void CSV_has_a_sample_size_column()
    {
        var csv = ResultCsv.ToCsv(Dataset.FromJson(WithSampleSize("6")).Results).Split("\r\n");

        var column = Array.IndexOf(csv[0].Split(','), "sample_size");
        column.Should().BeGreaterThan(0);
        csv[1].Split(',')[column].Should().Be("6");
        ResultCsv.ToCsv(Dataset.FromJson(TestData.Dataset()).Results).Split("\r\n")[1].Split(',')[column].Should().BeEmpty();
    }

    [Fact]
    public void Text_and_HTML_show_n()
    {
        var data = Dataset.FromJson(WithSampleSize("6"));

        Value(data).ToString().Should().Be("IC50 = 50 µM (n = 6)");
        data.Profile("cmpA").ToText().Should().Contain("IC50 = 50 µM (n = 6); pIC50 = 4.30");
        DatasetHtml.ToHtml(data.Results.Get("r1")).Should().Contain("(n = 6)");
    }
}
