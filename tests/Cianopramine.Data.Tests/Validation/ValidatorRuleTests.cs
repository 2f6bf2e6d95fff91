using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>The semantic rules, each with its id and 1-based position.</summary>
public class ValidatorRuleTests
{
    private const string CompoundB = ",\n    " + TestData.CompoundB;

    private static string WithStructure(string structure) =>
        TestData.Dataset(compounds: """{ "id": "cmpA", "name": "A", "role": "parent-drug", "structure": """ + structure + """, "references": ["ref1"] }""" + CompoundB);

    private static string WithQuantitative(string value) =>
        TestData.Dataset(results: """{ "id": "r1", "compound": "cmpA", "target": "SERT", "assay": "a1", "value": """ + value + """, "references": ["ref1"] }""");

    private static string WithConditions(string conditions) =>
        TestData.Dataset(results: TestData.Result.Replace("\"references\"", "\"conditions\": " + conditions + ", \"references\""));

    [Fact]
    public void CPD0007_a_repeated_id_is_reported_at_the_second_naming_the_first()
    {
        var json = TestData.Dataset(assays: TestData.Assay + ",\n    " + TestData.Assay);

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0007");

        d.ShouldBeAt(TestData.PositionOf(json, "\"a1\"", occurrence: 1));
        var first = TestData.PositionOf(json, "\"a1\"");
        d.Message.Should().Contain("assay").And.Contain($"{TestData.Path}({first.Line},{first.Column})");
    }

    [Fact]
    public void CPD0007_ids_are_unique_per_kind_not_across_kinds()
    {
        var json = TestData.Dataset(assays: TestData.Assay.Replace("\"a1\"", "\"SERT\""), results: TestData.Result.Replace("\"a1\"", "\"SERT\""));

        TestData.Diagnostics(json).Should().BeEmpty();
    }

    [Fact]
    public void CPD0007_a_repeated_id_across_files_of_one_dataset()
    {
        var main = TestData.Dataset();
        var part = "{\n  \"dataset\": \"test\",\n  \"assays\": [\n    " + TestData.Assay + "\n  ]\n}";

        var d = TestData.Single(TestData.Validate(("a.dataset.json", main), ("b.dataset.json", part)).Diagnostics.ToList(), "CPD0007");

        d.Location.FilePath.Should().Be("b.dataset.json");
        d.ShouldBeAt((4, 13));
        d.Message.Should().Contain("a.dataset.json(");
    }

    [Theory]
    [InlineData("\"compound\": \"cmpA\"", "\"compound\": \"cmpX\"", "\"cmpX\"", "compound")]
    [InlineData("\"target\": \"SERT\"", "\"target\": \"NET\"", "\"NET\"", "target")]
    [InlineData("\"assay\": \"a1\"", "\"assay\": \"a9\"", "\"a9\"", "assay")]
    [InlineData("\"references\": [\"ref1\"] }", "\"references\": [\"ref1\", \"ref9\"] }", "\"ref9\"", "reference")]
    public void CPD0008_a_result_referring_to_an_unknown_item(string from, string to, string at, string kind)
    {
        var json = TestData.Dataset(results: TestData.Result.Replace(from, to));

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0008");

        d.ShouldBeAt(TestData.PositionOf(json, at));
        d.Message.Should().Be($"result 'r1' refers to unknown {kind} {at.Replace('"', '\'')}");
    }

    [Theory]
    [InlineData("transformations", TestData.Transformation, "\"cmpB\"", "\"cmpZ\"")]
    [InlineData("mechanisms", TestData.Mechanism, "[\"SERT\"]", "[\"SERT\", \"NET\"]")]
    [InlineData("mechanisms", TestData.Mechanism, "\"compound\": \"cmpA\"", "\"compound\": \"cmpZ\"")]
    [InlineData("gaps", TestData.Gap, "[\"cmpA\"]", "[\"cmpZ\"]")]
    [InlineData("manifest", TestData.Manifest, "[\"ref1\"]", "[\"refZ\"]")]
    public void CPD0008_every_kind_of_reference_is_checked(string section, string item, string from, string to)
    {
        var changed = item.Replace(from, to);
        var json = section switch
        {
            "transformations" => TestData.Dataset(transformations: changed),
            "mechanisms" => TestData.Dataset(mechanisms: changed),
            "gaps" => TestData.Dataset(gaps: changed),
            _ => TestData.Dataset(manifest: changed),
        };

        TestData.Single(TestData.Diagnostics(json), "CPD0008");
    }

    [Fact]
    public void CPD0008_a_comparative_value_compared_to_an_unknown_compound()
    {
        var json = WithQuantitative("""{ "type": "comparative", "comparedTo": "cmpQ", "direction": "weaker", "magnitude": "considerably" }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0008").ShouldBeAt(TestData.PositionOf(json, "\"cmpQ\""));
    }

    [Fact]
    public void CPD0008_synonym_relation_and_classification_references()
    {
        var compound = """{ "id": "cmpA", "name": "A", "role": "parent-drug", "synonyms": [{ "text": "Ro 11-2465", "kind": "research-code", "references": ["refS"] }], "relations": [{ "kind": "derivative", "compound": "cmpR" }], "references": ["ref1"] }""";
        var target = """{ "id": "SERT", "symbol": "SERT", "name": "x", "kind": "transporter", "classifications": [{ "symbol": "5-HT2B", "text": "now", "references": ["refC"] }] }""";
        var json = TestData.Dataset(compounds: compound + CompoundB, targets: target);

        TestData.Diagnostics(json).Select(d => d.Message).Should().BeEquivalentTo(
            "compound 'cmpA' refers to unknown reference 'refS'",
            "compound 'cmpA' refers to unknown compound 'cmpR'",
            "target 'SERT' refers to unknown reference 'refC'");
    }

    [Theory]
    [InlineData("\"value\": 5e-5", "\"value\": 0", "0")]
    [InlineData("\"value\": 5e-5", "\"value\": -1.5", "-1.5")]
    public void CPD0009_a_concentration_must_be_positive(string from, string to, string at)
    {
        var json = TestData.Dataset(results: TestData.Result.Replace(from, to));

        TestData.Single(TestData.Diagnostics(json), "CPD0009").ShouldBeAt(TestData.PositionOf(json, at + ","));
    }

    [Fact]
    public void CPD0009_a_dose_and_a_time_must_be_positive()
    {
        var json = WithConditions("""{ "dose": { "value": 0, "unit": "mg" }, "timeAfterDose": { "value": -2, "unit": "h" } }""");

        TestData.Diagnostics(json).Select(d => (d.Id, d.Location.DisplayLine, d.Location.DisplayColumn)).Should().Equal(
            ("CPD0009", TestData.PositionOf(json, "0, \"unit\": \"mg\"").Line, TestData.PositionOf(json, "0, \"unit\": \"mg\"").Column),
            ("CPD0009", TestData.PositionOf(json, "-2").Line, TestData.PositionOf(json, "-2").Column));
    }

    [Fact]
    public void A_percentage_may_be_zero_or_negative()
    {
        var zero = WithQuantitative("""{ "type": "quantitative", "parameter": "percent-inhibition", "value": 0, "unit": "%" }""");
        var negative = WithQuantitative("""{ "type": "quantitative", "parameter": "percent-inhibition", "value": -12, "unit": "%" }""");

        TestData.Diagnostics(zero).Should().BeEmpty();

        // Negative is an activation: allowed, with the warning CPD0044 to check it (issue 15).
        TestData.Diagnostics(negative).Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "CPD0044", IsError = false });
    }

    [Fact]
    public void CPD0011_an_invalid_inchikey()
    {
        var json = WithStructure("""{ "provenance": "computed", "inchiKey": "LQXYCDLHSKICDY-UHFFFAOYSA" }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0011").ShouldBeAt(TestData.PositionOf(json, "\"LQXYCDLHSKICDY-UHFFFAOYSA\""));
    }

    [Theory]
    [InlineData("50-55-6", "check digit")]
    [InlineData("5055-5", "expected")]
    public void CPD0012_an_invalid_cas_number(string cas, string reason)
    {
        var json = TestData.Dataset(compounds: """{ "id": "cmpA", "name": "A", "role": "parent-drug", "identifiers": { "cas": """ + "\"" + cas + "\"" + """ }, "references": ["ref1"] }""" + CompoundB);

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0012");

        d.ShouldBeAt(TestData.PositionOf(json, "\"" + cas + "\""));
        d.Message.Should().Contain(reason);
    }

    [Fact]
    public void CPD0013_an_invalid_pmid()
    {
        var json = TestData.Dataset(references: TestData.Reference.Replace("\"status\"", "\"pmid\": \"PMID6478739\", \"status\""));

        TestData.Single(TestData.Diagnostics(json), "CPD0013").ShouldBeAt(TestData.PositionOf(json, "\"PMID6478739\""));
    }

    [Fact]
    public void CPD0014_an_invalid_doi()
    {
        var json = TestData.Dataset(references: TestData.Reference.Replace("\"status\"", "\"doi\": \"https://doi.org/10.1038/clpt.1984.216\", \"status\""));

        TestData.Single(TestData.Diagnostics(json), "CPD0014").ShouldBeAt(TestData.PositionOf(json, "\"https://doi.org"));
    }

    [Fact]
    public void CPD0015_an_invalid_uniprot_accession()
    {
        var json = TestData.Dataset(targets: """{ "id": "SERT", "symbol": "SERT", "name": "x", "kind": "transporter", "accessions": [{ "database": "uniprot", "value": "SLC6A4", "species": "human" }] }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0015").ShouldBeAt(TestData.PositionOf(json, "\"SLC6A4\""));
    }

    [Theory]
    [InlineData("<")]
    [InlineData(">=")]
    [InlineData("\u2264")]
    public void CPD0016_a_spread_with_a_censored_relation(string relation)
    {
        var json = WithQuantitative("""{ "type": "quantitative", "parameter": "IC50", "relation": """ + "\"" + relation + "\"" + """, "value": 5, "unit": "uM", "spread": { "value": 1, "kind": "sd" } }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0016").ShouldBeAt(TestData.PositionOf(json, "\"" + relation + "\""));
    }

    [Theory]
    [InlineData("=")]
    [InlineData("~")]
    public void A_spread_is_allowed_with_equal_or_approximately(string relation)
    {
        var json = WithQuantitative("""{ "type": "quantitative", "parameter": "percent-inhibition", "relation": """ + "\"" + relation + "\"" + """, "value": 57, "unit": "%", "spread": { "value": 12, "kind": "unspecified" } }""");

        TestData.Diagnostics(json).Should().BeEmpty();
    }

    [Theory]
    [InlineData("IC50", "%")]
    [InlineData("Ki", "mg")]
    [InlineData("percent-inhibition", "uM")]
    [InlineData("ED50", "nM")]
    [InlineData("dose", "h")]
    public void CPD0017_a_unit_that_does_not_fit_the_parameter(string parameter, string unit)
    {
        var json = WithQuantitative("""{ "type": "quantitative", "parameter": """ + "\"" + parameter + "\"" + """, "value": 5, "unit": """ + "\"" + unit + "\"" + """ }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0017").ShouldBeAt(TestData.PositionOf(json, "\"" + unit + "\" }"));
    }

    [Fact]
    public void CPD0017_a_dose_in_a_time_unit_and_a_time_in_a_mass_unit()
    {
        var json = WithConditions("""{ "dose": { "value": 2, "unit": "min", "route": "oral" }, "timeAfterDose": { "value": 2, "unit": "mg/kg" } }""");

        TestData.Diagnostics(json).Select(d => d.Id).Should().Equal("CPD0017", "CPD0017");
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("")]
    public void CPD0018_an_invalid_id(string id)
    {
        var json = TestData.Dataset(gaps: TestData.Gap.Replace("\"g1\"", "\"" + id + "\""));

        TestData.Single(TestData.Diagnostics(json), "CPD0018").ShouldBeAt(TestData.PositionOf(json, "\"id\": \"" + id + "\"") is var (l, c) ? (l, c + 6) : default);
    }

    [Theory]
    [InlineData("\"pubchemCid\": 0")]
    [InlineData("\"chemblId\": \"CHEMBL\"")]
    [InlineData("\"drugbankId\": \"DB458\"")]
    public void CPD0019_an_invalid_database_identifier(string identifier)
    {
        var json = TestData.Dataset(compounds: """{ "id": "cmpA", "name": "A", "role": "parent-drug", "identifiers": { """ + identifier + """ }, "references": ["ref1"] }""" + CompoundB);

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0019");

        var at = TestData.PositionOf(json, identifier);
        d.ShouldBeAt((at.Line, at.Column + identifier.IndexOf(':', StringComparison.Ordinal) + 2));
    }

    [Fact]
    public void CPD0019_an_invalid_url_and_accessions()
    {
        var json = TestData.Dataset(
            references: TestData.Reference.Replace("\"status\"", "\"url\": \"www.example.org\", \"status\""),
            targets: """{ "id": "SERT", "symbol": "SERT", "name": "x", "kind": "transporter", "accessions": [{ "database": "chembl", "value": "228" }, { "database": "gtopdb", "value": "0928" }] }""");

        TestData.Diagnostics(json).Select(d => d.Id).Should().Equal("CPD0019", "CPD0019", "CPD0019");
    }

    [Fact]
    public void CPD0020_FACTS_C1_cianopramine_given_the_metabolite_formula_with_its_own_mass()
    {
        var json = WithStructure("""{ "provenance": "reported", "formula": "C19H21N3", "averageMass": 305.425 }""");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0020");

        d.ShouldBeAt(TestData.PositionOf(json, "305.425"));
        d.Message.Should().Contain("C19H21N3").And.Contain("291.398").And.Contain("305.425");
    }

    [Fact]
    public void CPD0020_FACTS_C1_the_right_formula_with_the_metabolite_mass()
    {
        var json = WithStructure("""{ "provenance": "reported", "formula": "C20H23N3", "averageMass": 291.39 }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0020").ShouldBeAt(TestData.PositionOf(json, "291.39"));
    }

    [Fact]
    public void A_formula_and_mass_that_agree_within_the_tolerance_are_accepted()
    {
        var json = WithStructure("""{ "provenance": "computed", "method": "RDKit", "smiles": "CN(C)CCCN1c2ccccc2CCc2ccc(C#N)cc21", "formula": "C20H23N3", "averageMass": 305.42, "monoisotopicMass": 305.1892, "inchiKey": "LQXYCDLHSKICDY-UHFFFAOYSA-N" }""");

        TestData.Diagnostics(json).Should().BeEmpty();
    }

    [Fact]
    public void CPD0021_an_unparsable_formula_or_unknown_element()
    {
        var json = WithStructure("""{ "provenance": "reported", "formula": "C20H23Qq3", "averageMass": 305.425 }""");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0021");

        d.ShouldBeAt(TestData.PositionOf(json, "\"C20H23Qq3\""));
        d.Message.Should().Contain("unknown element 'Qq'");
    }

    [Theory]
    [InlineData("results", TestData.Result, "r1")]
    [InlineData("transformations", TestData.Transformation, "t1")]
    [InlineData("mechanisms", TestData.Mechanism, "m1")]
    [InlineData("gaps", TestData.Gap, "g1")]
    public void CPD0022_a_fact_without_a_reference(string section, string item, string id)
    {
        var changed = item.Replace(", \"references\": [\"ref1\"]", string.Empty);
        var json = section switch
        {
            "results" => TestData.Dataset(results: changed),
            "transformations" => TestData.Dataset(transformations: changed),
            "mechanisms" => TestData.Dataset(mechanisms: changed),
            _ => TestData.Dataset(gaps: changed),
        };

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0022");

        d.ShouldBeAt(TestData.PositionOf(json, "{ \"id\": \"" + id + "\""));
        d.Message.Should().Contain("'" + id + "'");
    }

    [Fact]
    public void CPD0022_an_empty_reference_list_on_a_compound()
    {
        var json = TestData.Dataset(compounds: TestData.CompoundA.Replace("[\"ref1\"]", "[]") + CompoundB);

        TestData.Single(TestData.Diagnostics(json), "CPD0022").ShouldBeAt(TestData.PositionOf(json, "{ \"id\": \"cmpA\""));
    }

    [Fact]
    public void CPD0026_a_transformation_into_itself()
    {
        var json = TestData.Dataset(transformations: TestData.Transformation.Replace("\"cmpB\"", "\"cmpA\""));

        TestData.Single(TestData.Diagnostics(json), "CPD0026").ShouldBeAt(TestData.PositionOf(json, "\"cmpA\"", occurrence: 3));
    }

    [Fact]
    public void CPD0027_a_metabolism_cycle_is_a_warning_at_the_closing_edge()
    {
        var back = TestData.Transformation.Replace("\"t1\"", "\"t2\"").Replace("\"substrate\": \"cmpA\", \"product\": \"cmpB\"", "\"substrate\": \"cmpB\", \"product\": \"cmpA\"");
        var json = TestData.Dataset(transformations: TestData.Transformation + ",\n    " + back);

        var validated = TestData.Validate((TestData.Path, json));
        var d = TestData.Single(validated.Diagnostics.ToList(), "CPD0027");

        d.Severity.Should().Be(DatasetDiagnosticSeverity.Warning);
        d.Message.Should().Contain("cmpA -> cmpB -> cmpA").And.Contain("'t2'");
        d.ShouldBeAt(TestData.PositionOf(json, "\"product\": \"cmpA\"") is var (l, c) ? (l, c + 11) : default);
        validated.HasErrors.Should().BeFalse();
        validated.Datasets[0].HasErrors.Should().BeFalse();
    }

    [Theory]
    [InlineData("\"month\": 13", "13")]
    [InlineData("\"month\": 0", "0")]
    [InlineData("\"year\": 1799", "1799")]
    [InlineData("\"year\": 2101", "2101")]
    public void CPD0029_a_month_or_year_out_of_range(string property, string value)
    {
        var json = TestData.Dataset(references: """{ "id": "ref1", "kind": "journal-article", """ + property + """, "status": "abstract-read" }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0029").ShouldBeAt(TestData.PositionOf(json, value + ","));
    }

    [Fact]
    public void CPD0030_a_mechanism_without_compound_and_without_scope()
    {
        var json = TestData.Dataset(mechanisms: TestData.Mechanism.Replace("\"compound\": \"cmpA\", ", string.Empty));

        TestData.Single(TestData.Diagnostics(json), "CPD0030").ShouldBeAt(TestData.PositionOf(json, "{ \"id\": \"m1\""));
    }

    [Fact]
    public void A_class_level_mechanism_with_a_scope_is_accepted()
    {
        var json = TestData.Dataset(mechanisms: TestData.Mechanism.Replace("\"compound\": \"cmpA\"", "\"scope\": \"antidepressants\""));

        TestData.Diagnostics(json).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"namespace\": \"My Data\"")]
    [InlineData("\"typeName\": \"1Data\"")]
    public void CPD0031_an_invalid_generated_name(string property)
    {
        var json = TestData.Dataset(manifest: TestData.Manifest.Replace("\"sources\"", property + ", \"sources\""));

        TestData.Single(TestData.Diagnostics(json), "CPD0031");
    }
}
