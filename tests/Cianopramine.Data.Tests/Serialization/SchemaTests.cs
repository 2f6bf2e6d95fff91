using System.Text.Json;
using System.Text.Json.Nodes;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Export;
using Cianopramine.Data.Merging;
using Cianopramine.Data.Tests.Serialization.Schema;
using Cianopramine.Data.Units;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Vocabulary;
using Json.Schema;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>
/// docs/schema/dataset.schema.json (draft 2020-12) describes the format: the embedded dataset's own files and every
/// export validate, files the reader or the rules the schema states reject are rejected, and its words are the
/// reader's words. The schema is generated from the reader (Schema/SchemaGenerationTests); Schema/SchemaAgreementTests
/// checks it against the reader property by property.
/// </summary>
public class SchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static string SchemaPath => SerializationTestFiles.Docs(Path.Combine("schema", "dataset.schema.json"));

    public static TheoryData<string> EmbeddedFiles => new(SerializationTestFiles.EmbeddedDataFiles.Select(Path.GetFileName)!);

    /// <summary>Cases of the shared diagnostic table (tests/Corpus/diagnostics) whose problem is one of shape, words, units or formats: the schema rejects them too.</summary>
    public static TheoryData<string> ShapeErrorFixtures => new(ShapeErrorFixtureNames);

    private static readonly string[] ShapeErrorFixtureNames =
    [
        "CPD0002-missing-symbol", "CPD0002-missing-dataset", "CPD0003-wrong-type", "CPD0004-unknown-property",
        "CPD0005-unknown-enum", "CPD0006-unknown-unit", "CPD0009-zero-concentration", "CPD0009-negative-concentration",
        "CPD0009-zero-dose", "CPD0011-inchikey", "CPD0012-cas-shape", "CPD0013-pmid", "CPD0014-doi", "CPD0015-uniprot",
        "CPD0016-spread-with-less-than", "CPD0016-unknown-relation", "CPD0017-unit-mismatch", "CPD0018-invalid-id",
        "CPD0019-chembl-id", "CPD0019-url", "CPD0022-result-without-reference", "CPD0022-transformation-without-reference",
        "CPD0024-blank-title", "CPD0029-month", "CPD0029-negative-spread", "CPD0030-mechanism-without-subject",
        "CPD0031-namespace", "CPD0031-type-name",
    ];

    [Fact]
    public void The_schema_is_a_draft_2020_12_schema()
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaPath))!;

        root["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        Schema.Value.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(EmbeddedFiles))]
    public void Every_data_file_of_the_embedded_dataset_is_valid(string file)
    {
        Errors(File.ReadAllText(Path.Combine(SerializationTestFiles.RepositoryRoot, "src", "Cianopramine.Data", "Data", file))).Should().BeEmpty();
    }

    [Fact]
    public void The_export_of_the_embedded_dataset_is_valid()
    {
        Errors(DatasetJson.Export(CianopramineDataset.Instance)).Should().BeEmpty();
    }

    [Fact]
    public void The_compact_export_with_a_schema_reference_is_valid()
    {
        Errors(DatasetJson.Export(CianopramineDataset.Instance, new DatasetJsonOptions { Indented = false, Schema = "dataset.schema.json" })).Should().BeEmpty();
    }

    [Fact]
    public void The_export_of_a_dataset_using_every_word_of_the_format_is_valid()
    {
        Errors(File.ReadAllText(SerializationTestFiles.EveryWord)).Should().BeEmpty();
        Errors(DatasetJson.Export(Dataset.FromFile(SerializationTestFiles.EveryWord))).Should().BeEmpty();
    }

    [Fact]
    public void The_export_of_a_merged_dataset_is_valid()
    {
        var merged = Dataset.Merge(CianopramineDataset.Instance, Dataset.FromJson(SampleData.Dataset()));

        Errors(DatasetJson.Export(merged)).Should().BeEmpty();
    }

    [Fact]
    public void A_part_file_naming_its_dataset_and_comment_properties_are_valid()
    {
        var part = """{ "$comment": "part two", "dataset": "lab", "assays": [ { "$comment-why": "x", "id": "a2", "kind": "other", "setting": "in-vivo", "description": "x", "tissue": null } ] }""";

        Errors(part).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ShapeErrorFixtures))]
    public void A_file_the_reader_rejects_for_its_shape_is_invalid(string fixture)
    {
        Errors(File.ReadAllText(DiagnosticCase.Named(fixture).Paths().Single())).Should().NotBeEmpty();
    }

    [Fact]
    public void A_qualitative_value_needs_its_category()
    {
        var json = SampleData.Dataset(results: SampleData.Result.Replace(
            """{ "type": "quantitative", "parameter": "IC50", "relation": "=", "value": 5e-5, "unit": "M" }""",
            """{ "type": "qualitative", "text": "potent" }"""));

        Errors(json).Should().NotBeEmpty();
    }

    [Fact]
    public void The_schemas_enumerations_are_the_readers_words()
    {
        var defs = JsonNode.Parse(File.ReadAllText(SchemaPath))!["$defs"]!;

        Words(defs, "referenceKind").Should().Equal(EnumWords.ReferenceKind.Words);
        Words(defs, "referenceStatus").Should().Equal(EnumWords.ReferenceStatus.Words);
        Words(defs, "noteKind").Should().Equal(EnumWords.NoteKind.Words);
        Words(defs, "synonymKind").Should().Equal(EnumWords.SynonymKind.Words);
        Words(defs, "compoundRole").Should().Equal(EnumWords.CompoundRole.Words);
        Words(defs, "structureProvenance").Should().Equal(EnumWords.StructureProvenance.Words);
        Words(defs, "relationKind").Should().Equal(EnumWords.CompoundRelationKind.Words);
        Words(defs, "targetKind").Should().Equal(EnumWords.TargetKind.Words);
        Words(defs, "accessionDatabase").Should().Equal(EnumWords.AccessionDatabase.Words);
        Words(defs, "species").Should().Equal(EnumWords.Species.Words);
        Words(defs, "assayKind").Should().Equal(EnumWords.AssayKind.Words);
        Words(defs, "assaySetting").Should().Equal(EnumWords.AssaySetting.Words);
        Words(defs, "action").Should().Equal(EnumWords.Action.Words);
        Words(defs, "quantitativeParameter").Should().Equal(EnumWords.Parameter.Words);
        Words(defs, "relation").Should().Equal(EnumWords.Relation.Words.Concat(new[] { "\u2264", "\u2265" }));
        Words(defs, "spreadKind").Should().Equal(EnumWords.SpreadKind.Words);
        Words(defs, "qualitativeCategory").Should().Equal(EnumWords.QualitativeCategory.Words);
        Words(defs, "comparativeDirection").Should().Equal(EnumWords.ComparativeDirection.Words);
        Words(defs, "doseRoute").Should().Equal(EnumWords.DoseRoute.Words);
        Words(defs, "reaction").Should().Equal(EnumWords.Reaction.Words);
    }

    [Fact]
    public void Every_rule_the_schema_states_beyond_the_reader_has_a_fixture_it_rejects()
    {
        SchemaRules.Diagnostics.Select(d => d.Id)
            .Where(id => !ShapeErrorFixtureNames.Any(f => f.StartsWith(id + "-", StringComparison.Ordinal)))
            .Should().BeEmpty("every diagnostic the schema checks has a fixture in ShapeErrorFixtures");
    }

    [Fact]
    public void The_schemas_units_are_the_units_the_reader_accepts()
    {
        var defs = JsonNode.Parse(File.ReadAllText(SchemaPath))!["$defs"]!;
        var units = new[] { "molarUnit", "percentUnit", "doseUnit", "timeUnit" }.SelectMany(name => Words(defs, name)).ToList();

        units.Should().OnlyHaveUniqueItems();
        units.Where(u => !EnumWords.Unit.TryParse(u, out var _)).Should().BeEmpty();
        foreach (var unit in Enum.GetValues<Unit>())
        {
            units.Should().Contain(EnumWords.Unit.ToWord(unit));
        }
    }

    private static IReadOnlyList<string> Words(JsonNode defs, string name) =>
        defs[name]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    private static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? Array.Empty<string>()
            : ((IEnumerable<EvaluationResults>?)result.Details ?? Array.Empty<EvaluationResults>())
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))
                .DefaultIfEmpty("invalid")
                .ToList();
    }
}
