using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// Every required property of every kind of object: without it, the reader reports exactly one CPD0002 at the object
/// and leaves the enclosing item out (recorded as skipped, so it is not reported again as a dangling reference).
/// </summary>
public class ReaderRequiredPropertyTests
{
    private const string Synonym = """{ "text": "Ro 1", "kind": "research-code" }""";
    private const string Relation = """{ "kind": "analogue", "compound": "cmpB" }""";
    private const string Accession = """{ "database": "uniprot", "value": "P31645" }""";
    private const string Classification = """{ "symbol": "SLC6A4", "text": "Solute carrier", "references": ["ref1"] }""";
    private const string Note = """{ "kind": "context-note", "text": "Checked." }""";
    private const string Spread = """{ "value": 1e-6, "kind": "sd" }""";
    private const string Dose = """{ "value": 1, "unit": "mg/kg" }""";
    private const string Time = """{ "value": 2, "unit": "h" }""";
    private const string Qualitative = """{ "type": "qualitative", "text": "Active.", "category": "active" }""";
    private const string Comparative = """{ "type": "comparative", "comparedTo": "cmpB", "direction": "weaker" }""";

    private static readonly string CompoundWithParts = TestData.CompoundAWith(
        "\"synonyms\": [" + Synonym + "], \"structure\": { \"provenance\": \"reported\" }, \"relations\": [" + Relation + "]");

    private static readonly string TargetWithParts = TestData.Target.Replace(
        "\"kind\"",
        "\"accessions\": [" + Accession + "], \"classifications\": [" + Classification + "], \"kind\"");

    private static readonly string ReferenceWithNote = TestData.Reference.Replace("\"status\"", "\"notes\": [" + Note + "], \"status\"");

    private static readonly string ResultWithParts = TestData.Result
        .Replace("\"unit\": \"M\"", "\"unit\": \"M\", \"spread\": " + Spread)
        .Replace("\"references\"", "\"conditions\": { \"dose\": " + Dose + ", \"timeAfterDose\": " + Time + " }, \"references\"");

    private static readonly string QualitativeResult = ReplaceValue(TestData.Result, Qualitative);

    private static readonly string ComparativeResult = ReplaceValue(TestData.Result, Comparative);

    private static string ReplaceValue(string result, string value)
    {
        var start = result.IndexOf("{ \"type\"", StringComparison.Ordinal);
        var end = result.IndexOf("}", start, StringComparison.Ordinal) + 1;
        return result[..start] + value + result[end..];
    }

    private static string File(string section, string item) =>
        TestData.DatasetWith(section, section == "compounds" ? TestData.Compounds(item) : item);

    /// <summary>Removes one <c>"name": value</c> fragment with the separator next to it.</summary>
    private static string Without(string item, string fragment)
    {
        foreach (var candidate in new[] { fragment + ", ", ", " + fragment, fragment })
        {
            if (item.Contains(candidate, StringComparison.Ordinal))
            {
                return item.Replace(candidate, string.Empty);
            }
        }

        throw new ArgumentException($"'{fragment}' is not in {item}");
    }

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // section, item, fragment to remove, missing property, object it is missing from
        { "dataset", TestData.Manifest, "\"id\": \"test\"", "id", "$.dataset" },
        { "dataset", TestData.Manifest, "\"title\": \"Test data\"", "title", "$.dataset" },
        { "dataset", TestData.Manifest, "\"version\": \"1.0.0\"", "version", "$.dataset" },
        { "references", TestData.Reference, "\"id\": \"ref1\"", "id", "$.references[0]" },
        { "references", ReferenceWithNote, "\"kind\": \"context-note\"", "kind", "$.references[0].notes[0]" },
        { "references", ReferenceWithNote, "\"text\": \"Checked.\"", "text", "$.references[0].notes[0]" },
        { "compounds", TestData.CompoundA, "\"id\": \"cmpA\"", "id", "$.compounds[0]" },
        { "compounds", CompoundWithParts, "\"text\": \"Ro 1\"", "text", "$.compounds[0].synonyms[0]" },
        { "compounds", CompoundWithParts, "\"kind\": \"research-code\"", "kind", "$.compounds[0].synonyms[0]" },
        { "compounds", CompoundWithParts, "\"provenance\": \"reported\"", "provenance", "$.compounds[0].structure" },
        { "compounds", CompoundWithParts, "\"kind\": \"analogue\"", "kind", "$.compounds[0].relations[0]" },
        { "compounds", CompoundWithParts, "\"compound\": \"cmpB\"", "compound", "$.compounds[0].relations[0]" },
        { "targets", TestData.Target, "\"id\": \"SERT\"", "id", "$.targets[0]" },
        { "targets", TestData.Target, "\"symbol\": \"SERT\"", "symbol", "$.targets[0]" },
        { "targets", TestData.Target, "\"name\": \"Serotonin transporter\"", "name", "$.targets[0]" },
        { "targets", TargetWithParts, "\"database\": \"uniprot\"", "database", "$.targets[0].accessions[0]" },
        { "targets", TargetWithParts, "\"value\": \"P31645\"", "value", "$.targets[0].accessions[0]" },
        { "targets", TargetWithParts, "\"symbol\": \"SLC6A4\"", "symbol", "$.targets[0].classifications[0]" },
        { "targets", TargetWithParts, "\"text\": \"Solute carrier\"", "text", "$.targets[0].classifications[0]" },
        { "targets", TargetWithParts, "\"references\": [\"ref1\"]", "references", "$.targets[0].classifications[0]" },
        { "assays", TestData.Assay, "\"id\": \"a1\"", "id", "$.assays[0]" },
        { "results", TestData.Result, "\"id\": \"r1\"", "id", "$.results[0]" },
        { "results", TestData.Result, "\"compound\": \"cmpA\"", "compound", "$.results[0]" },
        { "results", TestData.Result, "\"target\": \"SERT\"", "target", "$.results[0]" },
        { "results", TestData.Result, "\"assay\": \"a1\"", "assay", "$.results[0]" },
        { "results", TestData.Result, "\"value\": { \"type\": \"quantitative\", \"parameter\": \"IC50\", \"value\": 5e-5, \"unit\": \"M\" }", "value", "$.results[0]" },
        { "results", TestData.Result, "\"type\": \"quantitative\"", "type", "$.results[0].value" },
        { "results", TestData.Result, "\"parameter\": \"IC50\"", "parameter", "$.results[0].value" },
        { "results", TestData.Result, "\"value\": 5e-5", "value", "$.results[0].value" },
        { "results", TestData.Result, "\"unit\": \"M\"", "unit", "$.results[0].value" },
        { "results", ResultWithParts, "\"value\": 1e-6", "value", "$.results[0].value.spread" },
        { "results", ResultWithParts, "\"kind\": \"sd\"", "kind", "$.results[0].value.spread" },
        { "results", ResultWithParts, "\"value\": 1", "value", "$.results[0].conditions.dose" },
        { "results", ResultWithParts, "\"unit\": \"mg/kg\"", "unit", "$.results[0].conditions.dose" },
        { "results", ResultWithParts, "\"value\": 2", "value", "$.results[0].conditions.timeAfterDose" },
        { "results", ResultWithParts, "\"unit\": \"h\"", "unit", "$.results[0].conditions.timeAfterDose" },
        { "results", QualitativeResult, "\"text\": \"Active.\"", "text", "$.results[0].value" },
        { "results", QualitativeResult, "\"category\": \"active\"", "category", "$.results[0].value" },
        { "results", ComparativeResult, "\"comparedTo\": \"cmpB\"", "comparedTo", "$.results[0].value" },
        { "results", ComparativeResult, "\"direction\": \"weaker\"", "direction", "$.results[0].value" },
        { "transformations", TestData.Transformation, "\"id\": \"t1\"", "id", "$.transformations[0]" },
        { "transformations", TestData.Transformation, "\"substrate\": \"cmpA\"", "substrate", "$.transformations[0]" },
        { "transformations", TestData.Transformation, "\"product\": \"cmpB\"", "product", "$.transformations[0]" },
        { "transformations", TestData.Transformation, "\"reaction\": \"n-demethylation\"", "reaction", "$.transformations[0]" },
        { "transformations", TestData.Transformation, "\"enzymes\": \"not-reported\"", "enzymes", "$.transformations[0]" },
        { "mechanisms", TestData.Mechanism, "\"id\": \"m1\"", "id", "$.mechanisms[0]" },
        { "mechanisms", TestData.Mechanism, "\"action\": \"inhibitor\"", "action", "$.mechanisms[0]" },
        { "mechanisms", TestData.Mechanism, "\"targets\": [\"SERT\"]", "targets", "$.mechanisms[0]" },
        { "mechanisms", TestData.Mechanism, "\"text\": \"Blocks uptake.\"", "text", "$.mechanisms[0]" },
        { "gaps", TestData.Gap, "\"id\": \"g1\"", "id", "$.gaps[0]" },
        { "gaps", TestData.Gap, "\"text\": \"No Ki values.\"", "text", "$.gaps[0]" },
        { "gaps", TestData.Gap, "\"compounds\": [\"cmpA\"]", "compounds", "$.gaps[0]" },
        { "gaps", TestData.Gap, "\"targets\": [\"SERT\"]", "targets", "$.gaps[0]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Without_a_required_property_the_item_is_reported_once_and_left_out(string section, string item, string fragment, string property, string path)
    {
        var complete = TestData.Read(File(section, item));
        complete.Diagnostics.Should().BeEmpty("the complete item must be valid for the test to mean anything");

        var json = File(section, Without(item, fragment));
        var result = TestData.Read(json);

        var d = TestData.Single(result.Diagnostics.ToList(), "CPD0002");
        d.Message.Should().Be($"Required property '{property}' is missing from {path}");
        d.Location.Length.Should().Be(1, "the diagnostic points at the object's first character");
        d.Location.JsonPath.Should().Be(path);

        if (section == "dataset")
        {
            complete.Manifest.Should().NotBeNull();
            result.Manifest.Should().BeNull("a manifest without a required part is unusable");
            return;
        }

        Count(complete, section).Should().Be(section == "compounds" ? 2 : 1);
        Count(result, section).Should().Be(Count(complete, section) - 1, "the broken item is left out, the others kept");
        var id = TopLevelId(item);
        if (fragment == "\"id\": \"" + id + "\"")
        {
            result.SkippedItems.Should().BeEmpty("an item without an id cannot be named");
        }
        else
        {
            result.SkippedItems.Select(k => k.Id).Should().Equal(id);
        }
    }

    private static string TopLevelId(string item)
    {
        const string Key = "\"id\": \"";
        var start = item.IndexOf(Key, StringComparison.Ordinal) + Key.Length;
        return item[start..item.IndexOf('"', start)];
    }

    private static int Count(DatasetFileResult file, string section) => section switch
    {
        "references" => file.Sections.References.Count,
        "compounds" => file.Sections.Compounds.Count,
        "targets" => file.Sections.Targets.Count,
        "assays" => file.Sections.Assays.Count,
        "results" => file.Sections.Results.Count,
        "transformations" => file.Sections.Transformations.Count,
        "mechanisms" => file.Sections.Mechanisms.Count,
        "gaps" => file.Sections.Gaps.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
