using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>Export to JSON and load back: equality, byte stability, exact decimals.</summary>
public class JsonRoundTripTests
{
    private static Dataset Embedded => CianopramineDataset.Instance;

    [Fact]
    public void The_embedded_dataset_exported_and_loaded_equals_the_embedded_dataset()
    {
        var loaded = Dataset.FromJson(DatasetJson.Export(Embedded));

        loaded.Should().Be(Embedded);
    }

    [Fact]
    public void Two_equal_datasets_are_equal_by_the_operators_as_by_Equals()
    {
        var again = Dataset.FromJson(DatasetJson.Export(Embedded));

        ReferenceEquals(again, Embedded).Should().BeFalse();
        (again == Embedded).Should().BeTrue();
        (again != Embedded).Should().BeFalse();
        again.GetHashCode().Should().Be(Embedded.GetHashCode());
        (again == null).Should().BeFalse();
    }

    [Fact]
    public void The_round_trip_keeps_the_content_hash_the_generator_computed()
    {
        var loaded = Dataset.FromJson(DatasetJson.Export(Embedded));

        loaded.Metadata.ContentHash.Should().Be(CianopramineDataset.ContentHash);
    }

    [Fact]
    public void Exporting_the_embedded_dataset_twice_gives_the_same_bytes()
    {
        var first = DatasetJson.ExportUtf8(Embedded);
        var second = DatasetJson.ExportUtf8(Dataset.FromJson(DatasetJson.Export(Embedded)));

        second.Should().Equal(first);
    }

    [Fact]
    public void Export_is_utf8_without_bom_with_line_feeds_only_and_a_final_newline()
    {
        var bytes = DatasetJson.ExportUtf8(Embedded);

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
        Encoding.UTF8.GetString(bytes).Should().StartWith("{\n  \"dataset\": {\n    \"id\": \"cianopramine\",");
    }
}

/// <summary>What the JSON export writes: the format's words, units, exact decimals, the value union, omissions.</summary>
public class JsonExportTests
{
    [Fact]
    public void A_file_using_every_word_of_the_format_survives_export_and_load()
    {
        var original = Dataset.FromFile(SerializationTestFiles.EveryWord);

        var loaded = Dataset.FromJson(DatasetJson.Export(original));

        loaded.Should().Be(original);
    }

    [Theory]
    [InlineData("5e-5", "0.00005")]
    [InlineData("0.000050", "0.000050")]
    [InlineData("1E-28", "0.0000000000000000000000000001")]
    [InlineData("123456789012345.5678", "123456789012345.5678")]
    [InlineData("999999999999999.9999999999999", "999999999999999.9999999999999")]
    [InlineData("12", "12")]
    public void Decimals_are_written_without_exponent_and_read_back_exactly(string written, string exported)
    {
        var json = SampleData.Dataset(results: SampleData.Result.Replace("5e-5", written));
        var dataset = Dataset.FromJson(json);

        var export = DatasetJson.Export(dataset);

        export.Should().Contain("\"value\": " + exported + ",");
        var again = Dataset.FromJson(export);
        ((QuantitativeValue)again.AllResults[0].Value).Magnitude.Value.Should().Be(decimal.Parse(exported, System.Globalization.CultureInfo.InvariantCulture));
        again.Should().Be(dataset);
    }

    [Fact]
    public void A_value_is_written_as_a_union_told_apart_by_type_which_comes_first()
    {
        var json = DatasetJson.Export(CianopramineDataset.Instance);

        json.Should().Contain("\"value\": {\n        \"type\": \"quantitative\",\n        \"parameter\": \"IC50\",\n        \"relation\": \"=\",\n        \"value\": 0.00005,\n        \"unit\": \"M\"\n      }");
        json.Should().Contain("\"value\": {\n        \"type\": \"comparative\",\n        \"comparedTo\": \"cianopramine\",\n        \"direction\": \"weaker\",");
        json.Should().Contain("\"value\": {\n        \"type\": \"qualitative\",\n        \"text\": \"Potent and Selective Inhibitor\",\n        \"category\": \"potent\"\n      }");
    }

    [Fact]
    public void Units_are_written_as_their_ascii_symbols_and_enumerations_as_kebab_case_words()
    {
        var json = DatasetJson.Export(CianopramineDataset.Instance);

        json.Should().Contain("\"unit\": \"ug/min\"").And.Contain("\"unit\": \"mg/kg\"").And.Contain("\"relation\": \">=\"");
        json.Should().Contain("\"kind\": \"functional-tissue-response\"").And.Contain("\"status\": \"source-document\"");
        json.Should().Contain("\"enzymes\": \"not-reported\"");
    }

    [Fact]
    public void Nulls_empty_lists_and_defaults_are_left_out()
    {
        var json = DatasetJson.Export(Dataset.FromJson(SampleData.Dataset(mechanisms: SampleData.Mechanism.Replace("\"primary\": true, ", string.Empty))));

        json.Should().NotContain("null").And.NotContain("[]").And.NotContain("\"primary\"").And.NotContain("authorsTruncated");
        json.Should().NotContain("namespace").And.NotContain("typeName").And.NotContain("$schema");
    }

    [Fact]
    public void A_schema_reference_and_compact_output_are_options()
    {
        var options = new DatasetJsonOptions { Indented = false, Schema = "../docs/schema/dataset.schema.json" };

        var json = DatasetJson.Export(CianopramineDataset.Instance, options);

        json.Should().StartWith("{\"$schema\":\"../docs/schema/dataset.schema.json\",\"dataset\":{\"id\":\"cianopramine\"");
        json.TrimEnd('\n').Should().NotContain("\n");
        Dataset.FromJson(json).Should().Be(CianopramineDataset.Instance);
    }

    [Fact]
    public void Text_is_written_readably_and_escaped_where_JSON_requires()
    {
        var reference = SampleData.Reference.Replace("\"A paper\"", "\"Rogóż: \\\"5-HT\\\" <uptake> & µM\\nline\"");
        var json = DatasetJson.Export(Dataset.FromJson(SampleData.Dataset(references: reference)));

        json.Should().Contain("\"title\": \"Rogóż: \\\"5-HT\\\" <uptake> & µM\\nline\"");
    }

    [Fact]
    public void Stream_file_and_text_exports_are_the_same_bytes()
    {
        var data = CianopramineDataset.Instance;
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".dataset.json");
        try
        {
            using (var file = File.Create(path))
            {
                data.WriteJson(file);
            }

            using var stream = new MemoryStream();
            data.WriteJson(stream);

            File.ReadAllBytes(path).Should().Equal(DatasetJson.ExportUtf8(data));
            stream.ToArray().Should().Equal(DatasetJson.ExportUtf8(data));
            Encoding.UTF8.GetBytes(data.ToJson()).Should().Equal(DatasetJson.ExportUtf8(data));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
