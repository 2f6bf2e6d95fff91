using System.Text.Json.Nodes;

namespace Cianopramine.Data.Tests.Serialization.Schema;

/// <summary>One property of an object shape, as the schema states it.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Required">Whether the schema requires it.</param>
/// <param name="Types">The JSON types the schema allows (<c>integer</c> counts as <c>number</c>'s subset).</param>
/// <param name="ItemTypes">The JSON types allowed for its array items, when it may be an array.</param>
internal sealed record SchemaProperty(string Name, bool Required, IReadOnlySet<string> Types, IReadOnlySet<string>? ItemTypes);

/// <summary>One object shape of the schema (a definition with properties) and where the sample has it.</summary>
/// <param name="Name">The definition name, or <c>$</c> for the top level.</param>
/// <param name="Properties">Its properties.</param>
/// <param name="Instances">The paths of the sample's objects of this shape, as property names and array indexes.</param>
internal sealed record SchemaShape(string Name, IReadOnlyList<SchemaProperty> Properties, IReadOnlyList<IReadOnlyList<object>> Instances);

/// <summary>
/// Reads the object shapes out of a JSON Schema and finds each shape's instances in a sample document by walking the
/// two together: <c>$ref</c> to <c>$defs</c>, <c>anyOf</c> (the alternative whose types fit the value), <c>items</c>,
/// <c>properties</c>, and the <c>allOf</c>/<c>if</c>/<c>then</c> that picks a value shape by a <c>const</c>. Only the
/// schema is read, never the reader, so that the cases built from it test the checked-in file.
/// </summary>
internal sealed class SchemaShapes
{
    private readonly JsonObject _root;
    private readonly JsonObject _definitions;
    private readonly Dictionary<string, List<IReadOnlyList<object>>> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _shapes = new(StringComparer.Ordinal);

    public SchemaShapes(JsonObject schema, JsonNode sample)
    {
        _root = schema;
        _definitions = schema["$defs"]!.AsObject();
        Visit(sample, schema, "$", []);
        Shapes = _shapes.Select(s => new SchemaShape(s.Key, Properties(s.Value), _instances[s.Key])).ToList();
    }

    public IReadOnlyList<SchemaShape> Shapes { get; }

    /// <summary>The JSON types of the values the sample has, by <c>shape.property</c> (numbers as <c>number</c>).</summary>
    public Dictionary<string, HashSet<string>> ValueTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every definition that is an object shape, whether or not the sample has it.</summary>
    public IEnumerable<string> DefinedShapes =>
        _definitions.Where(d => IsShape(d.Value!.AsObject())).Select(d => d.Key).Prepend("$");

    /// <summary>The JSON types a schema allows.</summary>
    public IReadOnlySet<string> Types(JsonNode schema)
    {
        var s = schema.AsObject();
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (s["$ref"] is { } reference)
        {
            types.UnionWith(Types(Definition(reference)));
        }

        switch (s["type"])
        {
            case JsonValue one:
                types.Add(one.GetValue<string>());
                break;
            case JsonArray many:
                types.UnionWith(many.Select(t => t!.GetValue<string>()));
                break;
        }

        if (s["enum"] is JsonArray words)
        {
            types.UnionWith(words.Select(Kind));
        }

        if (s.ContainsKey("const"))
        {
            types.Add(Kind(s["const"]));
        }

        foreach (var alternative in Array(s, "anyOf"))
        {
            types.UnionWith(Types(alternative!));
        }

        return types;
    }

    /// <summary>The JSON type of a value, as a schema's <c>type</c> names it.</summary>
    public static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.Number => "number",
            _ => "boolean",
        },
    };

    private static IEnumerable<JsonNode?> Array(JsonObject schema, string keyword) =>
        schema[keyword] is JsonArray array ? array : Enumerable.Empty<JsonNode?>();

    /// <summary>
    /// An object shape: a schema with properties that does not pick another shape by a <c>const</c> (whether it allows
    /// other properties is for the cases to find out).
    /// </summary>
    private static bool IsShape(JsonObject schema) =>
        schema["properties"] is JsonObject && !Array(schema, "allOf").Any(e => e?["then"]?["$ref"] is not null);

    private JsonObject Definition(JsonNode reference)
    {
        const string Prefix = "#/$defs/";
        var text = reference.GetValue<string>();
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            ? _definitions[text[Prefix.Length..]]!.AsObject()
            : throw new InvalidOperationException("Only local references are expected: " + text);
    }

    private void Visit(JsonNode? node, JsonNode schemaNode, string name, IReadOnlyList<object> path)
    {
        var schema = schemaNode.AsObject();
        if (schema["$ref"] is { } reference)
        {
            Visit(node, Definition(reference), reference.GetValue<string>().Split('/')[^1], path);
        }

        foreach (var alternative in Array(schema, "anyOf"))
        {
            if (Types(alternative!).Contains(Kind(node)))
            {
                Visit(node, alternative!, name, path);
                break;
            }
        }

        if (node is JsonObject o)
        {
            if (IsShape(schema))
            {
                if (!_shapes.ContainsKey(name))
                {
                    _shapes.Add(name, schema);
                    _instances.Add(name, []);
                }

                _instances[name].Add(path);
                foreach (var (key, child) in o)
                {
                    if (!ValueTypes.TryGetValue(name + "." + key, out var types))
                    {
                        types = new HashSet<string>(StringComparer.Ordinal);
                        ValueTypes.Add(name + "." + key, types);
                    }

                    types.Add(Kind(child));
                }
            }

            foreach (var entry in Array(schema, "allOf"))
            {
                if (entry!["then"]?["$ref"] is not null &&
                    entry["if"]!["properties"]!.AsObject().Single() is var (selector, condition) &&
                    o[selector] is JsonValue value && JsonNode.DeepEquals(value, condition!["const"]))
                {
                    Visit(node, entry["then"]!, name, path);
                }
            }

            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (key, child) in o)
                {
                    if (properties[key] is { } propertySchema)
                    {
                        Visit(child, propertySchema, name, [.. path, key]);
                    }
                }
            }
        }
        else if (node is JsonArray a && schema["items"] is { } items)
        {
            for (var i = 0; i < a.Count; i++)
            {
                Visit(a[i], items, name, [.. path, i]);
            }
        }
    }

    private List<SchemaProperty> Properties(JsonObject shape)
    {
        var required = shape["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        return shape["properties"]!.AsObject()
            .Select(p => new SchemaProperty(p.Key, required.Contains(p.Key), Types(p.Value!), ItemTypes(p.Value!)))
            .ToList();
    }

    private HashSet<string>? ItemTypes(JsonNode schema)
    {
        var s = schema.AsObject();
        if (s["$ref"] is { } reference)
        {
            return ItemTypes(Definition(reference));
        }

        if (s["items"] is { } items)
        {
            return Types(items).ToHashSet(StringComparer.Ordinal);
        }

        return Array(s, "anyOf").Select(a => ItemTypes(a!)).FirstOrDefault(t => t is not null);
    }
}
