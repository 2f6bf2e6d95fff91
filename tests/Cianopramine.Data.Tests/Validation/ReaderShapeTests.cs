using Cianopramine.Data.Units;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>Shape problems the reader reports, each with its id and 1-based position.</summary>
public class ReaderShapeTests
{
    [Fact]
    public void CPD0002_a_missing_required_property_is_reported_at_the_containing_object()
    {
        var json = TestData.Dataset(targets: """{ "id": "SERT", "name": "Serotonin transporter", "kind": "transporter" }""");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0002");

        d.ShouldBeAt(TestData.PositionOf(json, "{ \"id\": \"SERT\""));
        d.Message.Should().Contain("'symbol'").And.Contain("$.targets[0]");
        d.Location.JsonPath.Should().Be("$.targets[0]");
    }

    [Fact]
    public void CPD0002_a_required_property_given_as_null_is_missing()
    {
        var json = TestData.Dataset(targets: """{ "id": "SERT", "symbol": null, "name": "Serotonin transporter", "kind": "transporter" }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0002").Message.Should().Contain("'symbol'");
    }

    [Fact]
    public void CPD0002_a_qualitative_value_needs_a_category()
    {
        var json = TestData.Dataset(results: TestData.Result.Replace(
            """{ "type": "quantitative", "parameter": "IC50", "value": 5e-5, "unit": "M" }""",
            """{ "type": "qualitative", "text": "Potent" }"""));

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0002");

        d.ShouldBeAt(TestData.PositionOf(json, "{ \"type\": \"qualitative\""));
        d.Message.Should().Contain("'category'");
    }

    [Fact]
    public void CPD0002_a_file_without_dataset_property()
    {
        var json = "{\n  \"gaps\": []\n}";

        TestData.Single(TestData.Read(json).Diagnostics.ToList(), "CPD0002").ShouldBeAt((1, 1));
    }

    [Fact]
    public void CPD0003_a_wrong_json_type_is_reported_at_the_value()
    {
        var json = TestData.Dataset(references: """{ "id": "ref1", "kind": "journal-article", "year": "1985", "status": "abstract-read" }""");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0003");

        d.ShouldBeAt(TestData.PositionOf(json, "\"1985\""));
        d.Location.JsonPath.Should().Be("$.references[0].year");
    }

    [Fact]
    public void CPD0003_an_integer_with_a_fraction()
    {
        var json = TestData.Dataset(references: """{ "id": "ref1", "kind": "journal-article", "month": 3.5, "status": "abstract-read" }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0003").ShouldBeAt(TestData.PositionOf(json, "3.5"));
    }

    [Fact]
    public void CPD0003_a_section_that_is_not_an_array()
    {
        var json = "{\n  \"dataset\": \"test\",\n  \"results\": {}\n}";

        TestData.Single(TestData.Read(json).Diagnostics.ToList(), "CPD0003").ShouldBeAt((3, 14));
    }

    [Fact]
    public void CPD0004_an_unknown_property_is_reported_at_its_name()
    {
        var json = TestData.Dataset(targets: """{ "id": "SERT", "symbol": "SERT", "name": "x", "kind": "transporter", "uniprot": "P31645" }""");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0004");

        d.ShouldBeAt(TestData.PositionOf(json, "\"uniprot\""));
        d.Location.JsonPath.Should().Be("$.targets[0].uniprot");
    }

    [Fact]
    public void CPD0004_property_names_are_case_sensitive()
    {
        var json = TestData.Dataset(targets: """{ "id": "SERT", "Symbol": "SERT", "symbol": "SERT", "name": "x", "kind": "transporter" }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0004").Message.Should().Contain("'Symbol'");
    }

    [Fact]
    public void Schema_at_top_level_and_comment_properties_anywhere_are_allowed()
    {
        var json = TestData.Dataset(assays: """{ "$comment": "why", "$comment-2": "more", "id": "a1", "kind": "other", "setting": "in-vivo", "description": "x" }""")
            .Replace("{\n", "{\n  \"$schema\": \"../schema.json\",\n");

        TestData.Diagnostics(json).Should().BeEmpty();
    }

    [Fact]
    public void CPD0004_schema_is_not_allowed_below_the_top_level()
    {
        var json = TestData.Dataset(assays: """{ "$schema": "x", "id": "a1", "kind": "other", "setting": "in-vivo", "description": "x" }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0004").ShouldBeAt(TestData.PositionOf(json, "\"$schema\""));
    }

    [Fact]
    public void CPD0005_an_unknown_enumeration_word_is_reported_at_the_value()
    {
        var json = TestData.Dataset(assays: """{ "id": "a1", "kind": "uptake-inhibition", "setting": "in_vitro", "description": "x" }""");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0005");

        d.ShouldBeAt(TestData.PositionOf(json, "\"in_vitro\""));
        d.Message.Should().Contain("in-vitro");
    }

    [Fact]
    public void CPD0005_enumeration_words_are_case_sensitive()
    {
        var json = TestData.Dataset(results: TestData.Result.Replace("\"IC50\"", "\"ic50\""));

        TestData.Single(TestData.Diagnostics(json), "CPD0005").ShouldBeAt(TestData.PositionOf(json, "\"ic50\""));
    }

    [Fact]
    public void CPD0005_an_unknown_value_type()
    {
        var json = TestData.Dataset(results: TestData.Result.Replace("\"quantitative\"", "\"numeric\""));

        TestData.Single(TestData.Diagnostics(json), "CPD0005").ShouldBeAt(TestData.PositionOf(json, "\"numeric\""));
    }

    [Fact]
    public void CPD0006_an_unknown_unit_is_reported_at_the_unit()
    {
        var json = TestData.Dataset(results: TestData.Result.Replace("\"unit\": \"M\"", "\"unit\": \"mol/L\""));

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0006");

        d.ShouldBeAt(TestData.PositionOf(json, "\"mol/L\""));
        d.Location.JsonPath.Should().Be("$.results[0].value.unit");
    }

    [Theory]
    [InlineData("uM")]
    [InlineData("\u00b5M")]
    [InlineData("\u03bcM")]
    public void Micro_is_accepted_as_u_micro_sign_or_greek_mu(string unit)
    {
        var json = TestData.Dataset(results: TestData.Result.Replace("\"value\": 5e-5, \"unit\": \"M\"", "\"value\": 50, \"unit\": \"" + unit + "\""));

        var result = TestData.Read(json);

        result.Diagnostics.Should().BeEmpty();
        ((QuantitativeValueSpec)result.Sections.Results[0].Value).Value.Magnitude.Unit.Should().Be(Unit.Micromolar);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e-40")]
    public void CPD0010_a_magnitude_that_does_not_fit_a_decimal(string number)
    {
        var json = TestData.Dataset(results: TestData.Result.Replace("5e-5", number));

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0010");

        d.ShouldBeAt(TestData.PositionOf(json, number));
    }

    [Fact]
    public void CPD0010_a_mass_that_is_not_finite()
    {
        var json = TestData.Dataset(compounds: """{ "id": "cmpA", "name": "A", "role": "parent-drug", "structure": { "provenance": "computed", "averageMass": 1e400 }, "references": ["ref1"] }""" + ",\n    " + TestData.CompoundB);

        TestData.Single(TestData.Diagnostics(json), "CPD0010").ShouldBeAt(TestData.PositionOf(json, "1e400"));
    }

    [Fact]
    public void Magnitudes_are_exact_decimals()
    {
        var result = TestData.Read(TestData.Dataset());

        ((QuantitativeValueSpec)result.Sections.Results[0].Value).Value.Magnitude.Value.Should().Be(0.00005m);
    }

    [Theory]
    [InlineData("=>")]
    [InlineData("<<")]
    [InlineData("approx")]
    public void CPD0016_an_unknown_relation_symbol(string relation)
    {
        var json = TestData.Dataset(results: TestData.Result.Replace("\"parameter\": \"IC50\",", "\"parameter\": \"IC50\", \"relation\": \"" + relation + "\","));

        TestData.Single(TestData.Diagnostics(json), "CPD0016").ShouldBeAt(TestData.PositionOf(json, "\"" + relation + "\""));
    }

    [Theory]
    [InlineData("\u2264", "LessThanOrEqual")]
    [InlineData("\u2265", "GreaterThanOrEqual")]
    [InlineData("<=", "LessThanOrEqual")]
    [InlineData("~", "Approximately")]
    public void Relation_symbols_including_unicode_inequalities_are_accepted(string symbol, string expected)
    {
        var json = TestData.Dataset(results: TestData.Result.Replace("\"parameter\": \"IC50\",", "\"parameter\": \"IC50\", \"relation\": \"" + symbol + "\","));

        var result = TestData.Read(json);

        result.Diagnostics.Should().BeEmpty();
        ((QuantitativeValueSpec)result.Sections.Results[0].Value).Value.Relation.ToString().Should().Be(expected);
    }

    [Fact]
    public void CPD0024_an_empty_required_string()
    {
        var json = TestData.Dataset(targets: """{ "id": "SERT", "symbol": "  ", "name": "x", "kind": "transporter" }""");

        TestData.Single(TestData.Diagnostics(json), "CPD0024").ShouldBeAt(TestData.PositionOf(json, "\"  \""));
    }

    [Fact]
    public void CPD0024_an_empty_enzyme_list()
    {
        var json = TestData.Dataset(transformations: TestData.Transformation.Replace("\"not-reported\"", "[]"));

        TestData.Single(TestData.Diagnostics(json), "CPD0024").ShouldBeAt(TestData.PositionOf(json, "[]"));
    }

    [Fact]
    public void CPD0025_a_repeated_property_is_reported_at_the_second_name()
    {
        var json = TestData.Dataset(assays: """{ "id": "a1", "kind": "other", "setting": "in-vivo", "description": "x", "kind": "other" }""");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0025");

        d.ShouldBeAt(TestData.PositionOf(json, "\"kind\": \"other\" }"));
    }

    [Fact]
    public void An_item_with_a_broken_required_part_is_left_out_and_not_reported_again_as_dangling()
    {
        // cmpA has an unknown role, so it is skipped; the result and the transformation that refer to it must not
        // also report CPD0008.
        var json = TestData.Dataset(compounds: TestData.CompoundA.Replace("parent-drug", "drug") + ",\n    " + TestData.CompoundB);

        var result = TestData.Read(json);
        var validated = TestData.Validate((TestData.Path, json));

        result.Sections.Compounds.Select(c => c.Id.Value).Should().Equal("cmpB");
        validated.Diagnostics.Select(d => d.Id).Should().Equal("CPD0005");
    }

    [Fact]
    public void The_reader_keeps_going_after_an_error_and_reports_every_problem()
    {
        var json = TestData.Dataset(
            assays: """{ "id": "a1", "kind": "bogus", "setting": "in-vivo", "description": "x" }""",
            targets: """{ "id": "SERT", "symbol": "SERT", "name": "x", "kind": "transporter", "extra": 1 }""");

        TestData.Read(json).Diagnostics.Select(d => d.Id).Should().BeEquivalentTo(new[] { "CPD0004", "CPD0005" });
    }

    [Fact]
    public void The_read_result_is_value_equal_for_the_same_input()
    {
        var json = TestData.Dataset();

        TestData.Read(json).Should().Be(TestData.Read(json));
        TestData.Read(json).GetHashCode().Should().Be(TestData.Read(json).GetHashCode());
        TestData.Read(json).Should().NotBe(TestData.Read(json.Replace("Compound A", "Compound Z")));
    }
}
