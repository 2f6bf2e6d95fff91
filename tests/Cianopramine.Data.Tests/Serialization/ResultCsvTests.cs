using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>CSV export of results: RFC 4180, ChEMBL column names, nM standardisation, the pChEMBL rule, formula neutralisation.</summary>
public class ResultCsvTests
{
    private static Dataset Embedded => CianopramineDataset.Instance;

    [Fact]
    public void The_header_uses_ChEMBL_activity_column_names_and_there_is_one_row_per_result()
    {
        var rows = Records(ResultCsv.ToCsv(Embedded.AllResults));

        rows[0].Should().Equal(ResultCsv.Columns);
        rows[0].Should().Contain(new[] { "molecule_pref_name", "target_pref_name", "standard_type", "standard_relation", "standard_value", "standard_units", "pchembl_value", "activity_comment", "assay_description", "assay_organism", "pubmed_id", "doi" });
        rows.Should().HaveCount(Embedded.AllResults.Count + 1);
        rows.Skip(1).Select(r => r[0]).Should().Equal(Embedded.AllResults.Select(r => r.Id));
    }

    [Fact]
    public void Records_end_with_CRLF_and_the_text_is_UTF8()
    {
        var csv = ResultCsv.ToCsv(Embedded.AllResults);
        using var stream = new MemoryStream();
        ResultCsv.Write(Embedded.AllResults, stream);

        csv.Should().EndWith("\r\n");
        csv.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n", "line feeds appear only inside quoted fields, and the embedded data has none");
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(csv);
        stream.ToArray().Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public void A_byte_order_mark_is_an_option()
    {
        using var stream = new MemoryStream();

        ResultCsv.Write(Embedded.AllResults, stream, new ResultCsvOptions { ByteOrderMark = true });

        stream.ToArray().Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
    }

    [Fact]
    public void P6_says_that_its_doses_are_phenylephrine_doses_before_and_after_2_mg_cianopramine()
    {
        var csv = ResultCsv.ToCsv(Embedded.AllResults);

        Row(csv, "P6-before")["agent"].Should().Be("phenylephrine");
        Row(csv, "P6-before")["conditions"].Should().Be("before cianopramine");
        Row(csv, "P6-2h")["agent"].Should().Be("phenylephrine");
        Row(csv, "P6-2h")["conditions"].Should().Be("2 mg, 2 h after dose");
        Row(csv, "P4-2mg-2h")["agent"].Should().BeEmpty("the platelet uptake inhibition is cianopramine's own effect");
    }

    [Theory]
    [InlineData("P4-2mg-2h", "CHEMBL228")] // SERT, human platelets: the human target's id
    [InlineData("P5", "CHEMBL222")] // NET, human
    [InlineData("P1-active", "")] // SERT, rat: CHEMBL228 is human SERT
    [InlineData("P7", "")] // SERT, rat brain
    [InlineData("P2", "")] // NET, rat and mouse
    [InlineData("G1", "")] // SERT, no species given
    [InlineData("G4", "")] // NET, no species given
    public void A_target_ChEMBL_id_is_written_only_where_the_assay_species_is_the_accessions_species(string result, string expected)
    {
        Row(ResultCsv.ToCsv(Embedded.AllResults), result)["target_chembl_id"].Should().Be(expected);
    }

    [Fact]
    public void A_molar_value_is_standardised_exactly_to_nM_and_its_published_value_is_kept()
    {
        var row = Row(ResultCsv.ToCsv(Embedded.AllResults), "G2");

        row["standard_type"].Should().Be("IC50");
        row["standard_relation"].Should().Be("'=");
        row["standard_value"].Should().Be("50000");
        row["standard_units"].Should().Be("nM");
        row["value"].Should().Be("0.00005");
        row["units"].Should().Be("M");
        row["assay_organism"].Should().Be("Rattus norvegicus");
    }

    [Fact]
    public void PChembl_is_given_for_an_exact_molar_IC50_and_rounded_to_two_decimals()
    {
        var data = Dataset.FromJson(SampleData.Dataset(results: SampleData.Result.Replace("5e-5", "30").Replace("\"M\"", "\"nM\"")));

        var row = Row(ResultCsv.ToCsv(data.AllResults), "r1");

        row["pchembl_value"].Should().Be("7.52");
        row["standard_value"].Should().Be("30");
        ResultCsv.PChemblValue(data.AllResults[0])!.Value.Value.Should().Be(7.52);
    }

    [Theory]
    [InlineData("\"relation\": \">\"", "the relation is not '='")]
    [InlineData("\"relation\": \"~\"", "the relation is not '='")]
    public void PChembl_is_not_given_for_a_censored_or_approximate_value(string relation, string because)
    {
        var data = Dataset.FromJson(SampleData.Dataset(results: SampleData.Result.Replace("\"relation\": \"=\"", relation)));

        Row(ResultCsv.ToCsv(data.AllResults), "r1")["pchembl_value"].Should().BeEmpty(because);
    }

    [Fact]
    public void PChembl_is_not_given_for_a_value_that_is_not_a_molar_potency()
    {
        var csv = ResultCsv.ToCsv(Embedded.AllResults);

        var percent = Row(csv, "P4-2mg-2h");
        percent["standard_type"].Should().Be("Inhibition");
        percent["standard_units"].Should().Be("%");
        percent["standard_value"].Should().Be("80");
        percent["spread_value"].Should().Be("2");
        percent["pchembl_value"].Should().BeEmpty();
        Row(csv, "P6-before")["standard_units"].Should().Be("ug/min");
    }

    [Fact]
    public void PChembl_is_withheld_where_a_curation_note_questions_the_value_as_ChEMBL_withholds_it_for_a_data_validity_comment()
    {
        var row = Row(ResultCsv.ToCsv(Embedded.AllResults), "G2");

        row["data_validity_comment"].Should().Be("unverified");
        row["pchembl_value"].Should().BeEmpty();
        row["curation_notes"].Should().StartWith("unverified C5: ref5 was not located");
    }

    [Fact]
    public void Qualitative_words_go_to_activity_comment_and_comparatives_to_their_own_columns()
    {
        var csv = ResultCsv.ToCsv(Embedded.AllResults);

        var qualitative = Row(csv, "G1");
        qualitative["activity_comment"].Should().Be("Potent and Selective Inhibitor");
        qualitative["qualitative_category"].Should().Be("potent");
        qualitative["standard_value"].Should().BeEmpty();

        var comparative = Row(csv, "G3");
        comparative["value_kind"].Should().Be("comparative");
        comparative["compared_to"].Should().Be("Cianopramine");
        comparative["comparative_direction"].Should().Be("weaker");
        comparative["comparative_magnitude"].Should().Be("considerably");
        comparative["comparative_text"].Should().Be("Considerably weaker than Cianopramine");
    }

    [Fact]
    public void References_are_listed_with_their_PMIDs_and_DOIs()
    {
        var row = Row(ResultCsv.ToCsv(Dataset.FromJson(SampleData.Dataset()).AllResults), "r1");

        row["reference_ids"].Should().Be("lab1985");
        row["pubmed_id"].Should().Be("6478739");
        row["doi"].Should().Be("10.1038/clpt.1984.216");
    }

    [Fact]
    public void Commas_quotes_and_newlines_in_text_are_quoted_as_RFC_4180_says()
    {
        var text = "potent, \"selective\"\nand\r\nlong-acting";
        var data = Qualitative(text.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal));

        var csv = ResultCsv.ToCsv(data.AllResults);

        csv.Should().Contain(",\"potent, \"\"selective\"\"\nand\r\nlong-acting\",");
        Row(csv, "r1")["activity_comment"].Should().Be(text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\\\"http://x\\\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\\tcmd", "'\tcmd")]
    [InlineData("\\rcmd", "'\rcmd")]
    [InlineData("harmless = text", "harmless = text")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_neutralised(string jsonText, string expected)
    {
        var csv = ResultCsv.ToCsv(Qualitative(jsonText).AllResults);

        Row(csv, "r1")["activity_comment"].Should().Be(expected);
    }

    [Fact]
    public void Neutralisation_can_be_switched_off_and_never_touches_numbers()
    {
        var negative = Dataset.FromJson(SampleData.Dataset(results: SampleData.Result
            .Replace("\"IC50\"", "\"percent-inhibition\"").Replace("5e-5", "-12").Replace("\"M\"", "\"%\"")));

        var row = Row(ResultCsv.ToCsv(negative.AllResults), "r1");
        var raw = Row(ResultCsv.ToCsv(negative.AllResults, new ResultCsvOptions { NeutraliseFormulas = false }), "r1");

        row["standard_value"].Should().Be("-12");
        row["standard_relation"].Should().Be("'=");
        raw["standard_relation"].Should().Be("=");
    }

    [Fact]
    public void A_query_can_be_exported()
    {
        var csv = ResultCsv.ToCsv(Embedded.Results.For("desmethylcianopramine"));

        Records(csv).Skip(1).Select(r => r[0]).Should().Equal(Embedded.Results.For("desmethylcianopramine").Select(r => r.Id));
    }

    private static Dataset Qualitative(string jsonText) =>
        Dataset.FromJson(SampleData.Dataset(results: SampleData.Result.Replace(
            """{ "type": "quantitative", "parameter": "IC50", "relation": "=", "value": 5e-5, "unit": "M" }""",
            "{ \"type\": \"qualitative\", \"text\": \"" + jsonText + "\", \"category\": \"active\" }")));

    private static Dictionary<string, string> Row(string csv, string resultId)
    {
        var records = Records(csv);
        var row = records.Single(r => r[0] == resultId);
        return records[0].Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>An RFC 4180 parser written independently of the exporter.</summary>
    private static List<List<string>> Records(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = new List<string>();
                i++;
            }
            else
            {
                c.Should().NotBe('"', "a quote inside an unquoted field is not RFC 4180");
                field.Append(c);
            }
        }

        field.Length.Should().Be(0, "every record ends with CRLF");
        records.Should().OnlyContain(r => r.Count == ResultCsv.Columns.Count);
        return records;
    }
}
