using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cianopramine.Data.DataFiles;
using Json.Schema;

namespace Cianopramine.Data.Tests.Serialization.Schema;

/// <summary>
/// The checked-in schema and the reader agree on every property of every object shape. The cases are generated from
/// the schema itself (<see cref="SchemaShapes"/>), so a new property is covered as soon as it is in the schema. Each
/// case changes one thing in a valid sample (every-word.dataset.json) at an object of the shape, and both sides must
/// judge the result the same way:
/// <list type="bullet">
/// <item>a required property left out or <c>null</c>: the reader reports CPD0002 at that object and the schema rejects
/// the file (a property the schema requires by a rule, like the citations of CPD0022, is accepted by the reader and
/// reported by the rules with that rule's diagnostic);</item>
/// <item>an optional property left out or <c>null</c>: the reader accepts it, and the schema accepts it exactly when the
/// rules it states (<see cref="SchemaRules"/>) do;</item>
/// <item>a value of each JSON type the schema does not allow, for the property or for an item of its array: the reader
/// reports CPD0003 there and the schema rejects the file (and every type the schema allows is in a sample, which the
/// reader accepts);</item>
/// <item>an unknown property: CPD0004 from the reader, rejection by the schema; a <c>$comment…</c> property is
/// accepted by both, and <c>$schema</c> only at the top level.</item>
/// </list>
/// </summary>
public class SchemaAgreementTests
{
    private static readonly Lazy<(JsonSchema Schema, BuildOptions Options, string Id)> Schema = new(() =>
    {
        var text = File.ReadAllText(DatasetSchemaBuilder.SchemaFile);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return (JsonSchema.FromText(text, options), options, JsonNode.Parse(text)!["$id"]!.GetValue<string>());
    });

    private static readonly ConcurrentDictionary<string, JsonSchema> Definitions = new(StringComparer.Ordinal);

    private static readonly Lazy<string> Sample = new(() => File.ReadAllText(SerializationTestFiles.EveryWord));

    private static readonly Lazy<SchemaShapes> Shapes = new(() =>
        new SchemaShapes(JsonNode.Parse(File.ReadAllText(DatasetSchemaBuilder.SchemaFile))!.AsObject(), JsonNode.Parse(Sample.Value)!));

    private static readonly Lazy<IReadOnlyDictionary<string, Case>> AllCases = new(() => BuildCases().ToDictionary(c => c.Name, StringComparer.Ordinal));

    /// <summary>Values of each JSON type, tried in this order when a value of a type the schema does not allow is needed.</summary>
    private static readonly (string Type, Func<JsonNode?> Value)[] Wrong =
    [
        ("boolean", () => JsonValue.Create(true)),
        ("string", () => JsonValue.Create("wrong")),
        ("number", () => JsonValue.Create(1)),
        ("array", () => new JsonArray()),
        ("object", () => new JsonObject()),
    ];

    private enum Expect
    {
        /// <summary>The reader reports CPD0002 at the object; the schema rejects the file.</summary>
        Missing,

        /// <summary>The reader accepts the file; the rules report the property's rule; the schema rejects the file.</summary>
        MissingByRule,

        /// <summary>The reader accepts the file; the schema accepts it exactly when the rules do.</summary>
        Optional,

        /// <summary>The reader reports CPD0003 at the changed value; the schema rejects the file.</summary>
        WrongType,

        /// <summary>The reader reports CPD0004 at the property; the schema rejects the file.</summary>
        Unknown,

        /// <summary>Both accept the file.</summary>
        Accepted,
    }

    public static TheoryData<string> Cases => new(AllCases.Value.Keys);

    [Fact]
    public void The_samples_are_valid_for_the_reader_the_rules_and_the_schema()
    {
        var reads = DatasetSchemaBuilder.Samples.Select(s => DatasetFileReader.Read(s.Path, s.Text, CancellationToken.None)).ToList();

        reads.SelectMany(r => r.Diagnostics).Should().BeEmpty();
        DatasetValidator.Validate(reads, CancellationToken.None).Diagnostics.Should().BeEmpty();
        DatasetSchemaBuilder.Samples.Where(s => !IsValid(JsonNode.Parse(s.Text)!, "$")).Select(s => s.Path).Should().BeEmpty();
    }

    /// <summary>
    /// With the cases below (every type the schema does not allow is CPD0003), this closes the loop on types: every type
    /// the schema allows is in a sample, which the reader accepts.
    /// </summary>
    [Fact]
    public void The_samples_have_a_value_of_every_type_the_schema_allows_for_every_property()
    {
        var seen = DatasetSchemaBuilder.Samples
            .Select(s => new SchemaShapes(JsonNode.Parse(File.ReadAllText(DatasetSchemaBuilder.SchemaFile))!.AsObject(), JsonNode.Parse(s.Text)!).ValueTypes)
            .SelectMany(v => v)
            .GroupBy(v => v.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(v => v.Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var missing =
            from shape in Shapes.Value.Shapes
            from property in shape.Properties
            from type in property.Types
            let key = shape.Name + "." + property.Name
            let json = type == "integer" ? "number" : type
            where json != "null" && !(seen.TryGetValue(key, out var types) && types.Contains(json))
            select key + ": " + type;
        missing.Should().BeEmpty();
    }

    [Fact]
    public void The_sample_has_every_object_shape_of_the_schema()
    {
        Shapes.Value.Shapes.Select(s => s.Name).Should().BeEquivalentTo(Shapes.Value.DefinedShapes);
    }

    [Fact]
    public void Every_property_of_every_shape_has_cases()
    {
        var covered = AllCases.Value.Values.Select(c => c.Shape + "." + c.Property).ToHashSet(StringComparer.Ordinal);

        Shapes.Value.Shapes.SelectMany(s => s.Properties.Select(p => s.Name + "." + p.Name)).Where(p => !covered.Contains(p)).Should().BeEmpty();
        AllCases.Value.Count.Should().BeGreaterThan(300);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reader_and_the_schema_agree(string name)
    {
        var c = AllCases.Value[name];
        var document = JsonNode.Parse(Sample.Value)!;
        var target = At(document, c.Path).AsObject();
        if (c.Value is null)
        {
            target.Remove(c.Property);
        }
        else
        {
            target[c.Property] = c.Value();
        }

        var json = document.ToJsonString();
        var read = DatasetFileReader.Read("sample.dataset.json", json, CancellationToken.None);
        var errors = read.Diagnostics.Where(d => d.IsError).ToList();
        var schemaAccepts = IsValid(target, c.Shape);
        var objectPath = JsonPath(c.Path);
        var propertyPath = ReadContext.Child(objectPath, c.Property);
        switch (c.Expect)
        {
            case Expect.Missing:
                errors.Should().Contain(
                    d => d.Id == "CPD0002" && d.Location.JsonPath == objectPath && d.Message.Contains("'" + c.Property + "'", StringComparison.Ordinal),
                    "the reader requires {0}", propertyPath);
                schemaAccepts.Should().BeFalse("the schema requires {0}", propertyPath);
                break;
            case Expect.MissingByRule:
                errors.Should().BeEmpty("the reader reads {0} as optional", propertyPath);
                var rule = SchemaRules.Properties.Single(r => r.Requires && r.Definition == c.Shape && r.Property == c.Property);
                Validate(read).Should().Contain(
                    d => d.Id == rule.Diagnostic.Id && d.Location.JsonPath == objectPath, "the rules require {0}", propertyPath);
                schemaAccepts.Should().BeFalse("the schema states the rule {0} on {1}", rule.Diagnostic.Id, propertyPath);
                break;
            case Expect.Optional:
                errors.Should().BeEmpty("the reader reads {0} as optional", propertyPath);
                // Rules across items (an id that no longer exists, CPD0008) are beyond a schema.
                var stated = SchemaRules.Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
                var ruleErrors = Validate(read).Where(d => stated.Contains(d.Id)).Select(d => d.ToString()).ToList();
                schemaAccepts.Should().Be(ruleErrors.Count == 0, "the schema accepts the file exactly when the rules it states do ({0})", string.Join("; ", ruleErrors));
                break;
            case Expect.WrongType:
                var at = c.Value!() is JsonArray { Count: 1 } ? ReadContext.Index(propertyPath, 0) : propertyPath;
                errors.Should().Contain(d => d.Id == "CPD0003" && d.Location.JsonPath == at, "the reader does not read that type at {0}", at);
                schemaAccepts.Should().BeFalse("the schema does not allow that type at {0}", at);
                break;
            case Expect.Unknown:
                errors.Should().Contain(d => d.Id == "CPD0004" && d.Location.JsonPath == propertyPath);
                schemaAccepts.Should().BeFalse("the schema does not allow {0}", propertyPath);
                break;
            case Expect.Accepted:
                errors.Should().BeEmpty();
                schemaAccepts.Should().BeTrue("both accept {0}", propertyPath);
                break;
        }
    }

    private static IEnumerable<Case> BuildCases()
    {
        var ruleRequired = SchemaRules.Properties.Where(r => r.Requires).Select(r => r.Definition + "." + r.Property).ToHashSet(StringComparer.Ordinal);
        foreach (var shape in Shapes.Value.Shapes)
        {
            var first = shape.Instances[0];
            yield return new Case(shape.Name, "unknownProperty", first, () => JsonValue.Create(1), Expect.Unknown, "is unknown");
            yield return new Case(shape.Name, "$comment-agreement", first, () => JsonValue.Create("a comment"), Expect.Accepted, "is a comment");
            yield return new Case(shape.Name, "$schema", first, () => JsonValue.Create("dataset.schema.json"), shape.Name == "$" ? Expect.Accepted : Expect.Unknown, "names the schema");
            foreach (var property in shape.Properties.Where(p => p.Name != "$schema"))
            {
                var holder = shape.Instances.FirstOrDefault(i => Has(i, property.Name));
                var missing = property.Required
                    ? ruleRequired.Contains(shape.Name + "." + property.Name) ? Expect.MissingByRule : Expect.Missing
                    : Expect.Optional;
                if (holder is not null)
                {
                    yield return new Case(shape.Name, property.Name, holder, null, missing, "is left out");
                }
                else if (property.Required)
                {
                    throw new InvalidOperationException($"No {shape.Name} in the sample has its required {property.Name}.");
                }

                yield return new Case(shape.Name, property.Name, holder ?? first, () => null, missing, "is null");

                foreach (var wrong in Wrong.Where(w => !Allows(property.Types, w.Type)))
                {
                    yield return new Case(shape.Name, property.Name, first, wrong.Value, Expect.WrongType, "is " + Article(wrong.Type));
                }

                if (property.Types.Contains("array") && property.ItemTypes is { } itemTypes)
                {
                    foreach (var wrong in Wrong.Where(w => !Allows(itemTypes, w.Type)))
                    {
                        yield return new Case(shape.Name, property.Name, first, () => new JsonArray(wrong.Value()), Expect.WrongType, "has " + Article(wrong.Type) + " item");
                    }
                }
            }
        }
    }

    private static string Article(string type) => (type is "array" or "object" ? "an " : "a ") + type;

    private static bool Allows(IReadOnlySet<string> types, string type) =>
        types.Contains(type) || (type == "number" && types.Contains("integer"));

    private static bool Has(IReadOnlyList<object> path, string property) =>
        At(JsonNode.Parse(Sample.Value)!, path) is JsonObject o && o.ContainsKey(property);

    private static JsonNode At(JsonNode document, IReadOnlyList<object> path)
    {
        var node = document;
        foreach (var step in path)
        {
            node = step is int i ? node[i]! : node[(string)step]!;
        }

        return node;
    }

    private static string JsonPath(IReadOnlyList<object> path)
    {
        var text = "$";
        foreach (var step in path)
        {
            text = step is int i ? ReadContext.Index(text, i) : ReadContext.Child(text, (string)step);
        }

        return text;
    }

    private static List<DatasetDiagnostic> Validate(DatasetFileResult read) =>
        DatasetValidator.Validate([read], CancellationToken.None).Diagnostics.Where(d => d.IsError).ToList();

    /// <summary>
    /// Whether an object is valid for its shape's definition. The sample is valid and the object is reached only
    /// through that definition, so this is whether the schema accepts the whole file; checking the one object keeps
    /// the thousand cases fast (the top level's cases check the whole file).
    /// </summary>
    private static bool IsValid(JsonNode instance, string shape)
    {
        var schema = shape == "$"
            ? Schema.Value.Schema
            : Definitions.GetOrAdd(shape, name => JsonSchema.FromText("{ \"$ref\": \"" + Schema.Value.Id + "#/$defs/" + name + "\" }", Schema.Value.Options));
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private sealed record Case(string Shape, string Property, IReadOnlyList<object> Path, Func<JsonNode?>? Value, Expect Expect, string What)
    {
        public string Name => $"{Shape}.{Property} {What} at {JsonPath(Path)}";
    }
}
