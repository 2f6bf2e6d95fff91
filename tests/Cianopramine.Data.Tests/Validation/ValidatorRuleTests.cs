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

    private static IEnumerable<(string Id, string Path, string Message)> Described(IEnumerable<DatasetDiagnostic> diagnostics) =>
        diagnostics.Select(d => (d.Id, d.Location.JsonPath, d.Message));

    [Fact]
    public void CPD0007_a_repeated_result_id()
    {
        var json = TestData.Dataset(results: TestData.Result + ",\n    " + TestData.Result);

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0007");

        var first = TestData.PositionOf(json, "\"r1\"");
        d.ShouldBeAt(TestData.PositionOf(json, "\"r1\"", occurrence: 1));
        d.Message.Should().Be($"Duplicate result id 'r1'; it is first defined at {TestData.Path}({first.Line},{first.Column})");
    }

    [Fact]
    public void CPD0018_an_invalid_dataset_id()
    {
        var json = TestData.Dataset(manifest: TestData.Manifest.Replace("\"test\"", "\"my data\""));

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0018");

        d.ShouldBeAt(TestData.PositionOf(json, "\"my data\""));
        d.Message.Should().Be("'my data' is not a valid id (1 to 64 letters, digits, '-', '_' or '.')");
    }

    [Theory]
    [InlineData("transformations", "\"substrate\": \"cmpA\"", "\"substrate\": \"cmpZ\"", "$.transformations[0].substrate", "transformation 't1' refers to unknown compound 'cmpZ'")]
    [InlineData("gaps", "\"targets\": [\"SERT\"]", "\"targets\": [\"NET\"]", "$.gaps[0].targets[0]", "gap 'g1' refers to unknown target 'NET'")]
    [InlineData("targets", "\"kind\": \"transporter\"", "\"kind\": \"transporter\", \"references\": [\"refZ\"]", "$.targets[0].references[0]", "target 'SERT' refers to unknown reference 'refZ'")]
    [InlineData("compounds", "\"role\": \"parent-drug\"", "\"role\": \"parent-drug\", \"relations\": [{ \"kind\": \"derivative\", \"compound\": \"cmpB\", \"references\": [\"refZ\"] }]", "$.compounds[0].relations[0].references[0]", "compound 'cmpA' refers to unknown reference 'refZ'")]
    [InlineData("compounds", "\"role\": \"parent-drug\"", "\"role\": \"parent-drug\", \"structure\": { \"provenance\": \"reported\", \"references\": [\"refZ\"] }", "$.compounds[0].structure.references[0]", "compound 'cmpA' refers to unknown reference 'refZ'")]
    public void CPD0008_is_at_the_unknown_reference_naming_its_owner(string section, string from, string to, string path, string message)
    {
        var json = section switch
        {
            "transformations" => TestData.Dataset(transformations: TestData.Transformation.Replace(from, to)),
            "gaps" => TestData.Dataset(gaps: TestData.Gap.Replace(from, to)),
            "targets" => TestData.Dataset(targets: TestData.Target.Replace(from, to)),
            _ => TestData.Dataset(compounds: TestData.Compounds(TestData.CompoundA.Replace(from, to))),
        };

        Described(TestData.Diagnostics(json)).Should().Equal(("CPD0008", path, message));
    }

    [Fact]
    public void CPD0022_and_CPD0015_a_classification_is_cited_and_its_accessions_checked()
    {
        var target = """{ "id": "SERT", "symbol": "SERT", "name": "x", "kind": "transporter", "classifications": [{ "symbol": "SLC6A4", "text": "now", "accessions": [{ "database": "uniprot", "value": "SLC6A4" }], "references": [] }] }""";
        var json = TestData.Dataset(targets: target);

        Described(TestData.Diagnostics(json)).Should().Equal(
            ("CPD0022", "$.targets[0].classifications[0]", "target 'SERT' has no reference; every fact needs at least one"),
            ("CPD0015", "$.targets[0].classifications[0].accessions[0].value", "'SLC6A4' is not a valid UniProt accession"));
    }

    /// <summary>A part of a dataset may hold only some sections; each alone is validated (here its references dangle).</summary>
    [Theory]
    [InlineData("assays", 0)]
    [InlineData("results", 4)]
    [InlineData("transformations", 3)]
    [InlineData("mechanisms", 3)]
    [InlineData("gaps", 3)]
    public void A_dataset_of_one_section_is_validated(string section, int dangling)
    {
        var item = section switch
        {
            "assays" => TestData.Assay,
            "results" => TestData.Result,
            "transformations" => TestData.Transformation,
            "mechanisms" => TestData.Mechanism,
            _ => TestData.Gap,
        };
        var json = "{\n  \"dataset\": { \"id\": \"test\", \"title\": \"Test data\", \"version\": \"1.0.0\" },\n  \"" + section + "\": [\n    " + item + "\n  ]\n}\n";

        var validated = TestData.Validate((TestData.Path, json));

        validated.Diagnostics.Select(d => d.Id).Should().Equal(Enumerable.Repeat("CPD0008", dangling));
        validated.Datasets.Should().ContainSingle();
    }

    [Fact]
    public void CPD0009_a_structure_mass_must_be_positive()
    {
        var json = WithStructure("""{ "provenance": "reported", "averageMass": -1, "monoisotopicMass": 0 }""");

        Described(TestData.Diagnostics(json)).Should().Equal(
            ("CPD0009", "$.compounds[0].structure.averageMass", "'averageMass' must be greater than zero, but is -1"),
            ("CPD0009", "$.compounds[0].structure.monoisotopicMass", "'monoisotopicMass' must be greater than zero, but is 0"));
    }

    [Fact]
    public void CPD0009_a_time_after_dose_of_zero()
    {
        var json = WithConditions("""{ "timeAfterDose": { "value": 0, "unit": "h" } }""");

        Described(TestData.Diagnostics(json)).Should().Equal(
            ("CPD0009", "$.results[0].conditions.timeAfterDose.value", "The time after dose must be greater than zero, but is 0"));
    }

    [Theory]
    [InlineData("""{ "type": "quantitative", "parameter": "percent-inhibition", "value": 5, "unit": "uM" }""", null, "$.results[0].value.unit", "Unit 'uM' does not fit percent-inhibition; expected %")]
    [InlineData("""{ "type": "quantitative", "parameter": "ED50", "value": 5, "unit": "nM" }""", null, "$.results[0].value.unit", "Unit 'nM' does not fit ED50; expected a mass, mass per body mass or mass rate unit")]
    [InlineData(null, """{ "dose": { "value": 2, "unit": "min", "route": "oral" } }""", "$.results[0].conditions.dose.unit", "Unit 'min' does not fit a dose; expected a mass, mass per body mass or mass rate unit")]
    [InlineData(null, """{ "timeAfterDose": { "value": 2, "unit": "mg/kg" } }""", "$.results[0].conditions.timeAfterDose.unit", "Unit 'mg/kg' does not fit a time; expected min, h or d")]
    public void CPD0017_names_the_units_that_fit(string? value, string? conditions, string path, string message)
    {
        var json = value is not null ? WithQuantitative(value) : WithConditions(conditions!);

        Described(TestData.Diagnostics(json)).Should().Equal(("CPD0017", path, message));
    }

    [Theory]
    [InlineData("compounds", "\"identifiers\": { \"pubchemCid\": 0 }", "$.compounds[0].identifiers.pubchemCid", "'0' is not a valid PubChem CID (a positive integer)")]
    [InlineData("compounds", "\"identifiers\": { \"drugbankId\": \"DB458\" }", "$.compounds[0].identifiers.drugbankId", "'DB458' is not a valid DrugBank id (DB followed by five digits)")]
    [InlineData("targets", "\"accessions\": [{ \"database\": \"chembl\", \"value\": \"228\" }]", "$.targets[0].accessions[0].value", "'228' is not a valid ChEMBL id (CHEMBL followed by digits)")]
    [InlineData("targets", "\"accessions\": [{ \"database\": \"gtopdb\", \"value\": \"0928\" }]", "$.targets[0].accessions[0].value", "'0928' is not a valid Guide to Pharmacology id (a positive integer)")]
    [InlineData("results", "\"chembl\": { \"assayId\": \"CHEMBL-11\" }", "$.results[0].chembl.assayId", "'CHEMBL-11' is not a valid ChEMBL id (CHEMBL followed by digits)")]
    [InlineData("results", "\"chembl\": { \"documentId\": \"chembl11\" }", "$.results[0].chembl.documentId", "'chembl11' is not a valid ChEMBL id (CHEMBL followed by digits)")]
    public void CPD0019_says_what_the_identifier_should_be(string section, string property, string path, string message)
    {
        var json = section switch
        {
            "compounds" => TestData.Dataset(compounds: TestData.Compounds(TestData.CompoundAWith(property))),
            "targets" => TestData.Dataset(targets: TestData.Target.Replace("\"kind\"", property + ", \"kind\"")),
            _ => TestData.Dataset(results: TestData.Result.Replace("\"references\"", property + ", \"references\"")),
        };

        Described(TestData.Diagnostics(json)).Should().Equal(("CPD0019", path, message));
    }

    [Theory]
    [InlineData(1800)]
    [InlineData(2100)]
    public void CPD0029_the_first_and_last_allowed_years(int year)
    {
        var json = TestData.Dataset(references: TestData.Reference.Replace("1985", year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        TestData.Diagnostics(json).Should().BeEmpty();
    }

    [Fact]
    public void CPD0029_a_year_out_of_range_names_the_range()
    {
        var json = TestData.Dataset(references: TestData.Reference.Replace("1985", "2101"));

        Described(TestData.Diagnostics(json)).Should().Equal(("CPD0029", "$.references[0].year", "'year' is 2101, outside the allowed range 1800-2100"));
    }

    /// <summary>The formula's mass is rounded to 3 (average) or 4 (monoisotopic) decimals without trailing zeros; the stated mass to at most 6 decimals.</summary>
    [Fact]
    public void CPD0020_and_CPD0041_messages_round_both_masses()
    {
        var average = WithStructure("""{ "provenance": "reported", "formula": "C10", "averageMass": 100.1234567 }""");
        var mono = WithStructure("""{ "provenance": "reported", "formula": "NO", "monoisotopicMass": 30.1234567 }""");

        Described(TestData.Diagnostics(average)).Should().Equal(
            ("CPD0020", "$.compounds[0].structure.averageMass", "The formula C10 gives an average mass of 120.11 g/mol, but averageMass is 100.123457 g/mol (allowed difference 0.05 g/mol)"));
        Described(TestData.Diagnostics(mono)).Should().Equal(
            ("CPD0041", "$.compounds[0].structure.monoisotopicMass", "The formula NO gives a monoisotopic mass of 29.998 g/mol, but monoisotopicMass is 30.123457 g/mol (allowed difference 0.01 g/mol)"));
    }

    /// <summary>1e-20 pM is 10^-32 M, zero as a decimal: CPD0010, and no pChEMBL comparison with an infinite −log10.</summary>
    [Fact]
    public void CPD0010_a_concentration_that_is_zero_in_molar_and_no_CPD0034()
    {
        var json = WithQuantitative("""{ "type": "quantitative", "parameter": "Ki", "value": 1e-20, "unit": "pM" }, "chembl": { "pchemblValue": 9 }""");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0010");

        d.Location.JsonPath.Should().Be("$.results[0].value.value");
        d.Message.Should().EndWith(" is not finite or does not fit a molar concentration (it is 0 M to 28 decimals)");
    }

    [Fact]
    public void CPD0010_a_molar_spread_above_10_to_the_15_M()
    {
        var atLimit = WithQuantitative("""{ "type": "quantitative", "parameter": "Ki", "value": 5, "unit": "M", "spread": { "value": 1e15, "kind": "sd" } }""");
        var above = WithQuantitative("""{ "type": "quantitative", "parameter": "Ki", "value": 5, "unit": "M", "spread": { "value": 2e15, "kind": "sd" } }""");

        TestData.Diagnostics(atLimit).Should().BeEmpty();
        Described(TestData.Diagnostics(above)).Should().Equal(
            ("CPD0010", "$.results[0].value.spread.value", "The number 2000000000000000 is not finite or does not fit a molar spread (at most 10^15 M)"));
    }

    /// <summary>ChEMBL rounds pChEMBL to 2 decimals: 9.01 and 8.99 for 1 nM (exactly 9) are within 0.01, 9.02 is not.</summary>
    [Theory]
    [InlineData("9.01", false)]
    [InlineData("8.99", false)]
    [InlineData("9.02", true)]
    public void CPD0034_a_pchembl_value_within_0_01_of_the_value(string pchembl, bool reported)
    {
        var json = WithQuantitative("""{ "type": "quantitative", "parameter": "Ki", "value": 1, "unit": "nM" }, "chembl": { "pchemblValue": """ + pchembl + " }");

        Described(TestData.Diagnostics(json)).Should().Equal(reported
            ? new[] { ("CPD0034", "$.results[0].chembl.pchemblValue", "The pChEMBL value " + pchembl + " does not match Ki 1 nM (-log10 of the molar value is 9.00; allowed difference 0.01)") }
            : Array.Empty<(string, string, string)>());
    }

    private static string Transformations(params (string Id, string Substrate, string Product)[] edges) =>
        string.Join(",\n    ", edges.Select(e => TestData.Transformation.Replace("\"t1\"", "\"" + e.Id + "\"").Replace("\"substrate\": \"cmpA\", \"product\": \"cmpB\"", "\"substrate\": \"" + e.Substrate + "\", \"product\": \"" + e.Product + "\"")));

    private static string ThreeCompounds =>
        TestData.CompoundA + ",\n    " + TestData.CompoundB + ",\n    " + TestData.CompoundB.Replace("cmpB", "cmpC").Replace("Compound B", "Compound C");

    [Fact]
    public void CPD0027_the_cycle_leaves_out_a_branch_already_walked()
    {
        var json = TestData.Dataset(compounds: ThreeCompounds, transformations: Transformations(("t1", "cmpA", "cmpC"), ("t2", "cmpA", "cmpB"), ("t3", "cmpB", "cmpA")));

        Described(TestData.Diagnostics(json)).Should().Equal(
            ("CPD0027", "$.transformations[2].product", "The transformations form a cycle: cmpA -> cmpB -> cmpA (closed by transformation 't3')"));
    }

    [Fact]
    public void CPD0027_a_chain_whose_start_is_listed_last_is_no_cycle()
    {
        var json = TestData.Dataset(compounds: ThreeCompounds, transformations: Transformations(("t1", "cmpB", "cmpC"), ("t2", "cmpA", "cmpB")));

        TestData.Diagnostics(json).Should().BeEmpty();
    }

    [Fact]
    public void Diagnostics_of_several_datasets_are_in_file_order()
    {
        string Part(string dataset) => "{\n  \"dataset\": \"" + dataset + "\",\n  \"assays\": [\n    " + TestData.Assay.Replace("\"a1\"", "\"bad id\"") + "\n  ]\n}\n";
        var x = TestData.Dataset(manifest: TestData.Manifest.Replace("\"test\"", "\"x\""));
        var y = TestData.Dataset(manifest: TestData.Manifest.Replace("\"test\"", "\"y\"").Replace("[\"ref1\"]", "[\"refZ\"]"));

        var validated = TestData.Validate(("a.dataset.json", x), ("c.dataset.json", Part("x")), ("b.dataset.json", y), ("d.dataset.json", Part("zzz")));

        validated.Diagnostics.Select(d => (d.Location.FilePath, d.Id)).Should().Equal(
            ("b.dataset.json", "CPD0008"),
            ("c.dataset.json", "CPD0018"),
            ("d.dataset.json", "CPD0023"));
    }

    [Fact]
    public void Grouping_sorts_the_diagnostics_of_files_outside_every_dataset()
    {
        var part = "{\n  \"dataset\": \"nowhere\",\n  \"colour\": \"red\"\n}\n";

        var grouping = DatasetValidator.Group([TestData.Read(part)]);

        grouping.Diagnostics.Select(d => (d.Id, d.Location.DisplayLine)).Should().Equal(("CPD0023", 2), ("CPD0004", 3));
    }

    [Fact]
    public void One_dataset_validated_on_its_own_has_its_diagnostics_in_file_order()
    {
        var json = TestData.Dataset(
            references: TestData.Reference.Replace("1985", "2101"),
            gaps: TestData.Gap.Replace("\"g1\"", "\"bad id\""));

        var group = DatasetValidator.Group([TestData.Read(json)]).Datasets.Should().ContainSingle().Which;
        var validated = DatasetValidator.Validate(group, CancellationToken.None);

        validated.Diagnostics.Select(d => d.Id).Should().Equal("CPD0029", "CPD0018");
    }

    /// <summary>Two diagnostics at one place with one id are ordered by message, so that the files' order does not matter.</summary>
    [Fact]
    public void Diagnostics_at_one_place_are_ordered_by_message_whatever_the_order_of_the_files()
    {
        const string Zzz = "{ \"dataset\": \"zzz\" }";
        const string Aaa = "{ \"dataset\": \"aaa\" }";

        var forward = TestData.Validate(("p.dataset.json", Zzz), ("p.dataset.json", Aaa)).Diagnostics.Select(d => d.Message).ToList();
        var backward = TestData.Validate(("p.dataset.json", Aaa), ("p.dataset.json", Zzz)).Diagnostics.Select(d => d.Message).ToList();

        forward.Should().Equal(
            "Dataset 'aaa': no file has its manifest (a \"dataset\" object with this id)",
            "Dataset 'zzz': no file has its manifest (a \"dataset\" object with this id)");
        backward.Should().Equal(forward);
    }

    /// <summary>Files are ordered by path; files given with one path keep their given order (a stable sort), and so do their items.</summary>
    [Fact]
    public void Files_with_one_path_keep_their_given_order()
    {
        var files = new List<(string, string)> { ("p.dataset.json", TestData.Dataset()) };
        for (var i = 2; i <= 20; i++)
        {
            files.Add(("p.dataset.json", "{ \"dataset\": \"test\", \"assays\": [" + TestData.Assay.Replace("\"a1\"", "\"a" + i + "\"") + "] }"));
        }

        var validated = TestData.Validate(files.ToArray());

        validated.Diagnostics.Should().BeEmpty();
        validated.Datasets.Should().ContainSingle().Which.Sections.Assays.Select(a => a.Id.Value)
            .Should().Equal(Enumerable.Range(1, 20).Select(i => "a" + i));
    }
}
