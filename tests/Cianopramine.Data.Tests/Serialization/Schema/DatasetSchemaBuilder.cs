using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Tests.Serialization.Schema;

/// <summary>
/// Generates docs/schema/dataset.schema.json from the reader: it reads sample files with an
/// <see cref="IReadRecorder"/> and turns what was read into a draft 2020-12 schema. From the reader come every object
/// shape, its property names, each property's JSON type, whether it is required, its enumeration words (the one word
/// table, aliases included), integer ranges, non-empty lists, and the value shapes told apart by <c>type</c>;
/// definitions are named after the reader's property-list fields (<c>CompoundProperties</c> → <c>compound</c>). From
/// <see cref="SchemaRules"/> come the rules on single values an editor can check too, and from
/// <see cref="SchemaDocumentation"/> the descriptions. The build fails when the samples leave an object shape unread,
/// when the reader declares a property it never reads, or when a table entry names nothing.
/// </summary>
internal static class DatasetSchemaBuilder
{
    /// <summary>A part file: the one place <c>dataset</c> is a string.</summary>
    public const string PartSample = """{ "dataset": "every-word" }""";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string SchemaFile => SerializationTestFiles.Docs(Path.Combine("schema", "dataset.schema.json"));

    /// <summary>The samples the schema is generated from: every object, word and optional property, and a part file.</summary>
    public static IReadOnlyList<(string Path, string Text)> Samples =>
    [
        (SerializationTestFiles.EveryWord, File.ReadAllText(SerializationTestFiles.EveryWord)),
        ("part.dataset.json", PartSample),
    ];

    /// <summary>The schema's text, as checked in: two-space indent, <c>\n</c> line ends, a final newline.</summary>
    public static string Generate() => (Build(Samples).ToJsonString(Options) + "\n").ReplaceLineEndings("\n");

    public static JsonObject Build(IEnumerable<(string Path, string Text)> samples)
    {
        var recorder = new ReaderShapeRecorder();
        foreach (var (path, text) in samples)
        {
            recorder.BeginFile();
            var errors = DatasetFileReader.Read(path, text, recorder).Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The schema sample {path} does not read cleanly:\n" + string.Join("\n", errors));
            }
        }

        return new Generation(recorder).Build();
    }

    public static JsonArray Array(IEnumerable<string> words) => new(words.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray());

    private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/$defs/" + definition };

    /// <summary>The object with <paramref name="key"/> added as its first property.</summary>
    public static JsonObject First(JsonObject schema, string key, JsonNode value)
    {
        var result = new JsonObject { [key] = value };
        foreach (var (name, node) in schema.ToList())
        {
            schema.Remove(name);
            result.Add(name, node);
        }

        return result;
    }

    private sealed class Generation
    {
        private readonly ReaderShapeRecorder _recorder;
        private readonly Dictionary<ShapeRecord, string> _names;
        private readonly UnitGroups _units = new();
        private readonly JsonObject _words = new();
        private readonly Dictionary<string, JsonObject> _dispatchers = new(StringComparer.Ordinal);
        private readonly HashSet<string> _usedDocumentation = new(StringComparer.Ordinal);
        private readonly HashSet<object> _usedRules = new(ReferenceEqualityComparer.Instance);

        public Generation(ReaderShapeRecorder recorder)
        {
            _recorder = recorder;
            _names = Names(recorder);
        }

        public JsonObject Build()
        {
            var root = _recorder.Root ?? throw new InvalidOperationException("The samples have no top-level object.");
            var shapes = _recorder.Shapes.ToDictionary(s => s, Shape);

            var definitions = new JsonObject
            {
                ["id"] = new JsonObject
                {
                    ["description"] = Documentation("id"),
                    ["type"] = "string",
                    ["pattern"] = IdentifierRules.IdPattern,
                },
                ["text"] = new JsonObject { ["description"] = Documentation("text"), ["type"] = "string", ["pattern"] = "\\S" },
                ["optionalText"] = new JsonObject
                {
                    ["description"] = Documentation("optionalText"),
                    ["type"] = new JsonArray("string", "null"),
                    ["pattern"] = "\\S",
                },
            };
            foreach (var (name, words) in _words.ToList())
            {
                _words.Remove(name);
                definitions.Add(name, words);
            }

            foreach (var shape in _recorder.Shapes.Where(s => s != root))
            {
                if (shape.Variant is not null && _dispatchers.Remove(Parent(shape), out var dispatcher))
                {
                    definitions.Add(Parent(shape), dispatcher);
                }

                definitions.Add(_names[shape], shapes[shape]);
            }

            var schema = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = SchemaDocumentation.Id,
                ["title"] = SchemaDocumentation.Title,
            };
            foreach (var (key, value) in shapes[root].ToList())
            {
                shapes[root].Remove(key);
                schema.Add(key, value);
            }

            schema.Add("$defs", definitions);
            CheckEverythingUsed();
            return schema;
        }

        private static Dictionary<ShapeRecord, string> Names(ReaderShapeRecorder recorder)
        {
            var fields = typeof(DatasetFileReader).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(string[]))
                .ToList();
            var names = new Dictionary<ShapeRecord, string>();
            foreach (var shape in recorder.Shapes)
            {
                var field = fields.SingleOrDefault(f => ReferenceEquals(f.GetValue(null), shape.Known))
                    ?? throw new InvalidOperationException($"The shape at {shape.Paths[0]} is not opened with a static property list of DatasetFileReader.");
                const string Suffix = "Properties";
                if (!field.Name.EndsWith(Suffix, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"DatasetFileReader.{field.Name}: property lists are named …{Suffix}.");
                }

                var name = field.Name[..^Suffix.Length];
                names.Add(shape, shape == recorder.Root ? "$" : char.ToLowerInvariant(name[0]) + name[1..]);
            }

            var repeated = names.Values.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            return repeated.Count == 0 ? names : throw new InvalidOperationException("Two shapes named " + string.Join(", ", repeated));
        }

        private JsonObject Shape(ShapeRecord shape)
        {
            var name = _names[shape];
            var unread = shape.Known.Where(k => !shape.Properties.ContainsKey(k)).ToList();
            if (unread.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The reader knows {string.Join(", ", unread)} of {name} ({string.Join(", ", shape.Paths)}) but never reads it: " +
                    "read it with an ObjectReader accessor, or remove it from the property list.");
            }

            var undeclared = shape.Properties.Keys.Where(k => !shape.Known.Contains(k, StringComparer.Ordinal)).ToList();
            if (undeclared.Count > 0)
            {
                throw new InvalidOperationException($"The reader reads {string.Join(", ", undeclared)} of {name} but reports it as unknown (CPD0004).");
            }

            var properties = new JsonObject();
            var required = new List<string>();
            if (shape.TopLevel)
            {
                properties.Add("$schema", new JsonObject { ["type"] = "string" });
            }

            foreach (var property in shape.Known.Select(k => shape.Properties[k]))
            {
                var (schema, isRequired) = Property(name, property);
                properties.Add(property.Name, schema);
                if (isRequired)
                {
                    required.Add(property.Name);
                }
            }

            var definition = new JsonObject { ["description"] = ObjectDocumentation(name), ["type"] = "object" };
            if (required.Count > 0)
            {
                definition.Add("required", Array(required));
            }

            definition.Add("properties", properties);
            definition.Add("patternProperties", new JsonObject { ["^\\$comment"] = true });
            definition.Add("additionalProperties", false);
            foreach (var rule in SchemaRules.Objects.Where(r => r.Definition == name))
            {
                rule.Apply(_units, definition);
                _usedRules.Add(rule);
            }

            return definition;
        }

        private (JsonObject Schema, bool Required) Property(string shape, PropertyRecord property)
        {
            var where = shape + "." + property.Name;
            var alternatives = new List<JsonObject>();
            if (property.Const is { } word)
            {
                alternatives.Add(new JsonObject { ["const"] = word });
            }

            // Objects first (the manifest before a dataset id), then the other kinds in the order they were read.
            if (property.Shapes.Any(s => s.Kind == ReadKind.Object) && property.ObjectValues.Count == 0)
            {
                throw new InvalidOperationException($"{where} is an object, but no sample has one: add it to the samples.");
            }

            if (property.ObjectValues.Count == 1 && property.ObjectValues[0].Variant is null)
            {
                alternatives.Add(Ref(_names[property.ObjectValues[0]]));
            }
            else if (property.ObjectValues.Count > 0)
            {
                alternatives.Add(Ref(Dispatcher(property)));
            }

            if (property.Shapes.Any(s => s is { Kind: ReadKind.Array, Items: null }) && property.ObjectItems.Count == 0 &&
                !property.Shapes.Any(s => s is { Kind: ReadKind.Array, Items: not null }))
            {
                throw new InvalidOperationException($"{where} is an array of objects, but no sample has an item: add one to the samples.");
            }

            if (property.ObjectItems.Count > 1)
            {
                throw new InvalidOperationException($"{where} holds objects of several shapes; the schema supports one shape per array.");
            }

            if (property.ObjectItems.Count == 1)
            {
                alternatives.Add(new JsonObject { ["type"] = "array", ["items"] = Ref(_names[property.ObjectItems[0]]) });
            }

            foreach (var read in property.Shapes.Where(s => s is not { Kind: ReadKind.Object } and not { Kind: ReadKind.Array, Items: null }))
            {
                alternatives.Add(Value(read));
            }

            if (property.NonEmpty)
            {
                var arrays = alternatives.Where(a => a["type"]?.GetValue<string>() == "array").ToList();
                (arrays.Count == 1 ? arrays[0] : throw new InvalidOperationException($"{where} must be non-empty but is not one array."))
                    .Add("minItems", 1);
            }

            if (alternatives.Count == 0)
            {
                throw new InvalidOperationException($"{where} is looked up but never read as a value.");
            }

            var required = property.Required;
            foreach (var rule in SchemaRules.Properties.Where(r => r.Definition == shape && r.Property == property.Name))
            {
                alternatives = alternatives.Count == 1
                    ? [rule.Apply(_units, alternatives[0])]
                    : throw new InvalidOperationException($"A rule on {where}, which has several shapes.");
                required |= rule.Requires;
                _usedRules.Add(rule);
            }

            var schema = required ? Either(alternatives) : Optional(alternatives);
            var key = (shape == "$" ? "$" : shape) + "." + property.Name;
            if (SchemaDocumentation.Properties.TryGetValue(key, out var description))
            {
                if (schema.ContainsKey("description"))
                {
                    throw new InvalidOperationException($"{where} is described both by a rule and by SchemaDocumentation.");
                }

                _usedDocumentation.Add("property " + key);
                schema = First(schema, "description", description);
            }

            return (schema, required);
        }

        private JsonObject Value(ReadShape read) => read.Kind switch
        {
            ReadKind.Text => Ref("text"),
            ReadKind.Id => Ref("id"),
            ReadKind.Word when read.WordsName is null => new JsonObject { ["enum"] = Array(read.Words) },
            ReadKind.Word => Ref(Words(read)),
            ReadKind.Number => new JsonObject { ["type"] = "number" },
            ReadKind.Integer => new JsonObject { ["type"] = "integer", ["minimum"] = read.Minimum, ["maximum"] = read.Maximum },
            ReadKind.Boolean => new JsonObject { ["type"] = "boolean" },
            ReadKind.Array => new JsonObject { ["type"] = "array", ["items"] = Value(read.Items!) },
            _ => throw new InvalidOperationException("Unexpected " + read.Kind),
        };

        /// <summary>The definition of a word table's words, named after the table (<c>reference kind</c> → <c>referenceKind</c>).</summary>
        private string Words(ReadShape read)
        {
            if (read.WordsName == EnumWords.Unit.Description)
            {
                if (!_words.ContainsKey("unit"))
                {
                    CheckSame("unit", _units.Words(_units.All), read.Words);
                    _units.AddDefinitions(_words, Documentation("unit"));
                }

                return "unit";
            }

            var parts = read.WordsName!.Split(' ');
            var name = parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            if (_words[name] is JsonObject existing)
            {
                CheckSame(name, existing["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList(), read.Words);
            }
            else
            {
                _words.Add(name, new JsonObject { ["enum"] = Array(read.Words) });
            }

            return name;
        }

        /// <summary>The definition that picks a value shape by its <c>type</c>, named after the property.</summary>
        private string Dispatcher(PropertyRecord property)
        {
            var variants = property.ObjectValues;
            var (selector, words, _) = variants[0].Variant ?? throw new InvalidOperationException($"{property.Name} has objects of several shapes that no property tells apart.");
            var name = property.Name;
            if (_dispatchers.ContainsKey(name) || variants.Any(v => v.Variant is not { } x || x.Name != selector || !x.Words.SequenceEqual(words)))
            {
                throw new InvalidOperationException($"The variants of {name} are not told apart by one property.");
            }

            var cases = new JsonArray();
            foreach (var word in words)
            {
                var variant = variants.SingleOrDefault(v => v.Variant!.Value.Word == word)
                    ?? throw new InvalidOperationException($"No sample has a {name} with {selector} = {word}: add one to the samples.");
                cases.Add(new JsonObject
                {
                    ["if"] = new JsonObject
                    {
                        ["required"] = new JsonArray(selector),
                        ["properties"] = new JsonObject { [selector] = new JsonObject { ["const"] = word } },
                    },
                    ["then"] = Ref(_names[variant]),
                });
            }

            _dispatchers.Add(name, new JsonObject
            {
                ["description"] = ObjectDocumentation(name),
                ["type"] = "object",
                ["required"] = new JsonArray(selector),
                ["properties"] = new JsonObject { [selector] = new JsonObject { ["enum"] = Array(words) } },
                ["allOf"] = cases,
            });
            foreach (var variant in variants)
            {
                _dispatcherOf[variant] = name;
            }

            return name;
        }

        private readonly Dictionary<ShapeRecord, string> _dispatcherOf = new();

        private string Parent(ShapeRecord variant) => _dispatcherOf[variant];

        private static JsonObject Either(List<JsonObject> alternatives) =>
            alternatives.Count == 1 ? alternatives[0] : new JsonObject { ["anyOf"] = new JsonArray(alternatives.ToArray<JsonNode?>()) };

        /// <summary><c>null</c> is the same as leaving an optional property out.</summary>
        private static JsonObject Optional(List<JsonObject> alternatives)
        {
            if (alternatives.Count == 1)
            {
                var only = alternatives[0];
                if (JsonNode.DeepEquals(only, Ref("text")))
                {
                    return Ref("optionalText");
                }

                if (only["type"] is JsonValue type)
                {
                    only["type"] = new JsonArray(type.GetValue<string>(), "null");
                    return only;
                }
            }

            return new JsonObject { ["anyOf"] = new JsonArray(alternatives.Append(new JsonObject { ["type"] = "null" }).ToArray<JsonNode?>()) };
        }

        private static void CheckSame(string name, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
        {
            if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
            {
                throw new InvalidOperationException($"Two word lists named {name}: {string.Join(", ", expected)} and {string.Join(", ", actual)}.");
            }
        }

        private string ObjectDocumentation(string name)
        {
            _usedDocumentation.Add("object " + name);
            return SchemaDocumentation.Objects.TryGetValue(name, out var text)
                ? text
                : throw new InvalidOperationException($"The object shape {name} has no description in SchemaDocumentation.Objects.");
        }

        private string Documentation(string definition)
        {
            _usedDocumentation.Add("definition " + definition);
            return SchemaDocumentation.Definitions[definition];
        }

        private void CheckEverythingUsed()
        {
            var stale = SchemaDocumentation.Objects.Keys.Select(k => "object " + k)
                .Concat(SchemaDocumentation.Properties.Keys.Select(k => "property " + k))
                .Concat(SchemaDocumentation.Definitions.Keys.Select(k => "definition " + k))
                .Where(k => !_usedDocumentation.Contains(k))
                .Concat(SchemaRules.Properties.Where(r => !_usedRules.Contains(r)).Select(r => $"rule on {r.Definition}.{r.Property}"))
                .Concat(SchemaRules.Objects.Where(r => !_usedRules.Contains(r)).Select(r => $"rule on {r.Definition} ({r.Diagnostic.Id})"))
                .ToList();
            if (stale.Count > 0)
            {
                throw new InvalidOperationException("Entries that name nothing the reader reads: " + string.Join("; ", stale));
            }
        }
    }
}
