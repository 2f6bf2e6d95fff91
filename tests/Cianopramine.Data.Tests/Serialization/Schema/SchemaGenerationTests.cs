using System.Text.Json.Nodes;

namespace Cianopramine.Data.Tests.Serialization.Schema;

/// <summary>
/// docs/schema/dataset.schema.json is generated from the reader by <see cref="DatasetSchemaBuilder"/>. After a change
/// to the format, refresh it with
/// <code>UPDATE_SCHEMA=1 dotnet test tests/Cianopramine.Data.Tests --filter FullyQualifiedName~SchemaGenerationTests</code>
/// and commit the file; without <c>UPDATE_SCHEMA=1</c> a difference fails the build.
/// </summary>
public class SchemaGenerationTests
{
    [Fact]
    public void The_checked_in_schema_is_the_one_generated_from_the_reader()
    {
        var generated = DatasetSchemaBuilder.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(DatasetSchemaBuilder.SchemaFile, generated);
        }

        var checkedIn = File.ReadAllText(DatasetSchemaBuilder.SchemaFile).ReplaceLineEndings("\n");
        if (checkedIn != generated)
        {
            var (ours, theirs) = (checkedIn.Split('\n'), generated.Split('\n'));
            var line = Enumerable.Range(0, Math.Min(ours.Length, theirs.Length)).FirstOrDefault(i => ours[i] != theirs[i], Math.Min(ours.Length, theirs.Length));
            Assert.Fail(
                $"docs/schema/dataset.schema.json is not the schema generated from the reader (first difference at line {line + 1}: " +
                $"checked in '{(line < ours.Length ? ours[line].Trim() : "<end>")}', generated '{(line < theirs.Length ? theirs[line].Trim() : "<end>")}'). " +
                "Refresh it with: UPDATE_SCHEMA=1 dotnet test tests/Cianopramine.Data.Tests --filter FullyQualifiedName~SchemaGenerationTests");
        }
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        DatasetSchemaBuilder.Generate().Should().Be(DatasetSchemaBuilder.Generate());
    }

    [Theory]
    [InlineData("gaps", "$.gaps is an array of objects, but no sample has an item")]
    [InlineData("identifiers", "compound.identifiers is an object, but no sample has one")]
    public void Generation_fails_when_the_samples_leave_an_object_shape_unread(string property, string message)
    {
        var sample = JsonNode.Parse(File.ReadAllText(SerializationTestFiles.EveryWord))!;
        Remove(sample, property);

        var build = () => DatasetSchemaBuilder.Build([("sample.dataset.json", sample.ToJsonString()), ("part.dataset.json", DatasetSchemaBuilder.PartSample)]);

        build.Should().Throw<InvalidOperationException>().WithMessage("*" + message + "*");
    }

    [Fact]
    public void Generation_fails_when_a_value_type_has_no_sample()
    {
        var sample = JsonNode.Parse(File.ReadAllText(SerializationTestFiles.EveryWord))!;
        var results = sample["results"]!.AsArray();
        foreach (var result in results.Where(r => r!["value"]!["type"]!.GetValue<string>() == "comparative").ToList())
        {
            results.Remove(result);
        }

        var build = () => DatasetSchemaBuilder.Build([("sample.dataset.json", sample.ToJsonString()), ("part.dataset.json", DatasetSchemaBuilder.PartSample)]);

        build.Should().Throw<InvalidOperationException>().WithMessage("*No sample has a value with type = comparative*");
    }

    [Fact]
    public void Generation_fails_on_a_sample_the_reader_rejects()
    {
        var build = () => DatasetSchemaBuilder.Build([("bad.dataset.json", """{ "dataset": "x", "extra": 1 }""")]);

        build.Should().Throw<InvalidOperationException>().WithMessage("*does not read cleanly*CPD0004*");
    }

    private static void Remove(JsonNode node, string property)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove(property);
                foreach (var (_, child) in o.ToList())
                {
                    if (child is not null)
                    {
                        Remove(child, property);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null)
                    {
                        Remove(child, property);
                    }
                }

                break;
        }
    }
}
