using System.Globalization;
using System.Text.Json.Nodes;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Tests.Serialization.Schema;

/// <summary>A rule on one property that the schema states beyond what the reader checks, with the diagnostic that enforces it.</summary>
/// <param name="Definition">The object shape's definition name.</param>
/// <param name="Property">The property.</param>
/// <param name="Diagnostic">What the generator and the loader report when the rule is broken.</param>
/// <param name="Apply">Narrows the property's value schema (the reader's, without <c>null</c>).</param>
/// <param name="Requires">Whether the rule makes the property required (the reader reads it as optional).</param>
internal sealed record PropertyRule(string Definition, string Property, DiagnosticDescriptorInfo Diagnostic, Func<UnitGroups, JsonObject, JsonObject> Apply, bool Requires = false);

/// <summary>A rule across the properties of one object shape, added to its definition.</summary>
/// <param name="Definition">The object shape's definition name.</param>
/// <param name="Diagnostic">What the generator and the loader report when the rule is broken.</param>
/// <param name="Apply">Adds the rule to the definition.</param>
internal sealed record ObjectRule(string Definition, DiagnosticDescriptorInfo Diagnostic, Action<UnitGroups, JsonObject> Apply);

/// <summary>
/// The rules of <see cref="DatasetRules"/> on single values that the schema states too, so that an editor flags them as
/// you type. The reader does not check these (its part of the schema is derived, not listed); the values come from
/// the rule code: patterns from <see cref="IdentifierRules"/>, ranges from <see cref="DatasetRules"/>, units from its
/// fit functions. Each rule names its diagnostic; SchemaTests checks that a fixture with that diagnostic is rejected.
/// </summary>
internal static class SchemaRules
{
    public static readonly IReadOnlyList<PropertyRule> Properties = new PropertyRule[]
    {
        new("manifest", "namespace", DiagnosticCatalogue.InvalidGeneratedName, Pattern(IdentifierRules.NamespacePattern)),
        new("manifest", "typeName", DiagnosticCatalogue.InvalidGeneratedName, Pattern(IdentifierRules.TypeNamePattern)),
        new("reference", "year", DiagnosticCatalogue.ValueOutOfRange, Range(DatasetRules.MinYear, DatasetRules.MaxYear)),
        new("reference", "month", DiagnosticCatalogue.ValueOutOfRange, Range(DatasetRules.MinMonth, DatasetRules.MaxMonth)),
        new("reference", "pmid", DiagnosticCatalogue.InvalidPmid, Pattern(IdentifierRules.PmidPattern)),
        new("reference", "doi", DiagnosticCatalogue.InvalidDoi, Pattern(IdentifierRules.DoiPattern)),
        new("reference", "url", DiagnosticCatalogue.InvalidIdentifier, Pattern(IdentifierRules.HttpUrlPattern)),
        new("identifiers", "pubchemCid", DiagnosticCatalogue.InvalidIdentifier, Merge("minimum", 1)),
        new("identifiers", "chemblId", DiagnosticCatalogue.InvalidIdentifier, Pattern(IdentifierRules.ChemblIdPattern)),
        new("identifiers", "drugbankId", DiagnosticCatalogue.InvalidIdentifier, Pattern(IdentifierRules.DrugBankIdPattern)),
        new("identifiers", "cas", DiagnosticCatalogue.InvalidCas, Pattern(IdentifierRules.CasPattern)),
        new("structure", "inchiKey", DiagnosticCatalogue.InvalidInChIKey, Pattern(IdentifierRules.InChIKeyPattern)),
        new("structure", "averageMass", DiagnosticCatalogue.NonPositiveMagnitude, Merge("exclusiveMinimum", 0)),
        new("structure", "monoisotopicMass", DiagnosticCatalogue.NonPositiveMagnitude, Merge("exclusiveMinimum", 0)),
        new("spread", "value", DiagnosticCatalogue.ValueOutOfRange, Merge("minimum", 0)),
        new("dose", "value", DiagnosticCatalogue.NonPositiveMagnitude, Merge("exclusiveMinimum", 0)),
        new("dose", "unit", DiagnosticCatalogue.UnitMismatch, UnitsWhere(DatasetRules.IsDoseUnit)),
        new("timeAfterDose", "value", DiagnosticCatalogue.NonPositiveMagnitude, Merge("exclusiveMinimum", 0)),
        new("timeAfterDose", "unit", DiagnosticCatalogue.UnitMismatch, UnitsWhere(DatasetRules.IsTimeUnit)),
        Cited("compound", requires: true),
        Cited("classification", requires: false),
        Cited("result", requires: true),
        Cited("transformation", requires: true),
        Cited("mechanism", requires: true),
        Cited("gap", requires: true),
    };

    public static readonly IReadOnlyList<ObjectRule> Objects = new ObjectRule[]
    {
        new("quantitativeValue", DiagnosticCatalogue.UnitMismatch, UnitFitsParameter),
        new("quantitativeValue", DiagnosticCatalogue.NonPositiveMagnitude, PositiveUnlessPercent),
        new("quantitativeValue", DiagnosticCatalogue.RelationNotAllowed, SpreadOnlyWithEqualOrApproximately),
        Accession(AccessionDatabase.UniProt, IdentifierRules.UniProtPattern, DiagnosticCatalogue.InvalidUniProt),
        Accession(AccessionDatabase.Chembl, IdentifierRules.ChemblIdPattern, DiagnosticCatalogue.InvalidIdentifier),
        Accession(AccessionDatabase.GtoPdb, IdentifierRules.GtoPdbIdPattern, DiagnosticCatalogue.InvalidIdentifier),
        new("mechanism", DiagnosticCatalogue.MechanismWithoutSubject, CompoundOrScope),
    };

    /// <summary>Every diagnostic the schema checks beyond the reader's own: the rules above and the id format of <c>$defs/id</c>.</summary>
    public static IEnumerable<DiagnosticDescriptorInfo> Diagnostics =>
        Properties.Select(r => r.Diagnostic).Concat(Objects.Select(r => r.Diagnostic)).Append(DiagnosticCatalogue.InvalidId).Distinct();

    private static PropertyRule Cited(string definition, bool requires) =>
        new(definition, "references", DiagnosticCatalogue.NoReference, (_, schema) =>
        {
            Merge("minItems", 1)(null!, schema);
            return DatasetSchemaBuilder.First(schema, "description", "Reference ids; every fact needs at least one (CPD0022).");
        }, requires);

    private static ObjectRule Accession(AccessionDatabase database, string pattern, DiagnosticDescriptorInfo diagnostic) =>
        new("accession", diagnostic, (_, definition) => AllOf(definition).Add(new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["database"] = Const(EnumWords.AccessionDatabase.ToWord(database)) } },
            ["then"] = new JsonObject { ["properties"] = new JsonObject { ["value"] = new JsonObject { ["pattern"] = pattern } } },
        }));

    private static void UnitFitsParameter(UnitGroups units, JsonObject definition)
    {
        // One entry per group of units: the parameters whose units are exactly that group.
        var parameters = Enum.GetValues<ActivityParameter>();
        foreach (var group in units.Groups)
        {
            var fitting = parameters.Where(p => units.All.Where(u => DatasetRules.UnitFits(p, u)).SequenceEqual(group.Units)).ToList();
            if (fitting.Count == 0)
            {
                continue;
            }

            AllOf(definition).Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["parameter"] = OneOfWords(EnumWords.Parameter, fitting) } },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["unit"] = units.Schema(group.Units) } },
            });
        }

        var unmatched = parameters.Where(p => !units.Groups.Any(g => units.All.Where(u => DatasetRules.UnitFits(p, u)).SequenceEqual(g.Units))).ToList();
        if (unmatched.Count > 0)
        {
            throw new InvalidOperationException("The units of " + string.Join(", ", unmatched) + " are not one group of units.");
        }
    }

    private static void PositiveUnlessPercent(UnitGroups units, JsonObject definition) =>
        AllOf(definition).Add(new JsonObject
        {
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["unit"] = OneOf(units.Words(units.All.Where(u => !DatasetRules.MustBePositive(u)))) },
            },
            ["else"] = new JsonObject { ["properties"] = new JsonObject { ["value"] = new JsonObject { ["exclusiveMinimum"] = 0 } } },
        });

    private static void SpreadOnlyWithEqualOrApproximately(UnitGroups units, JsonObject definition)
    {
        var relations = EnumWords.Relation.AcceptedWords
            .Where(w => EnumWords.Relation.TryParse(w, out var r) && DatasetRules.AllowsSpread(r))
            .Select(w => (JsonNode?)JsonValue.Create(w))
            .Append(null);
        AllOf(definition).Add(new JsonObject
        {
            ["if"] = new JsonObject
            {
                ["required"] = new JsonArray("spread"),
                ["properties"] = new JsonObject { ["spread"] = new JsonObject { ["type"] = "object" } },
            },
            ["then"] = new JsonObject { ["properties"] = new JsonObject { ["relation"] = new JsonObject { ["enum"] = new JsonArray(relations.ToArray()) } } },
        });
    }

    private static void CompoundOrScope(UnitGroups units, JsonObject definition) =>
        definition["anyOf"] = new JsonArray(Present("compound"), Present("scope"));

    private static JsonObject Present(string property) => new()
    {
        ["required"] = new JsonArray(property),
        ["properties"] = new JsonObject { [property] = new JsonObject { ["type"] = "string" } },
    };

    private static Func<UnitGroups, JsonObject, JsonObject> Pattern(string pattern) => Merge("pattern", pattern);

    private static Func<UnitGroups, JsonObject, JsonObject> Range(long minimum, long maximum) =>
        (units, schema) => Merge("maximum", maximum)(units, Merge("minimum", minimum)(units, schema));

    private static Func<UnitGroups, JsonObject, JsonObject> UnitsWhere(Func<Unit, bool> fits) =>
        (units, schema) =>
        {
            if (schema.ToJsonString() != new JsonObject { ["$ref"] = "#/$defs/unit" }.ToJsonString())
            {
                throw new InvalidOperationException("A unit rule applies to a property the reader reads as a unit, not to " + schema.ToJsonString());
            }

            return units.Schema(units.All.Where(fits).ToList());
        };

    /// <summary>Adds a keyword; a bound the reader already has may only be narrowed.</summary>
    private static Func<UnitGroups, JsonObject, JsonObject> Merge(string keyword, JsonNode value) =>
        (_, schema) =>
        {
            if (schema[keyword] is { } existing)
            {
                var (old, now) = (Number(existing), Number(value));
                var narrower = keyword switch
                {
                    "minimum" or "exclusiveMinimum" or "minItems" => now >= old,
                    "maximum" => now <= old,
                    _ => false,
                };
                if (!narrower)
                {
                    throw new InvalidOperationException($"A rule would widen or replace '{keyword}' ({existing.ToJsonString()} → {value.ToJsonString()}).");
                }
            }

            schema[keyword] = value.DeepClone();
            return schema;
        };

    private static decimal Number(JsonNode node) => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static JsonArray AllOf(JsonObject definition)
    {
        if (definition["allOf"] is not JsonArray allOf)
        {
            allOf = new JsonArray();
            definition["allOf"] = allOf;
        }

        return allOf;
    }

    private static JsonObject OneOfWords<TEnum>(EnumWordTable<TEnum> table, IReadOnlyCollection<TEnum> values)
        where TEnum : struct, Enum =>
        OneOf(table.AcceptedWords.Where(w => table.TryParse(w, out var v) && values.Contains(v)).ToList());

    private static JsonObject OneOf(IReadOnlyList<string> words) =>
        words.Count == 1 ? Const(words[0]) : new JsonObject { ["enum"] = new JsonArray(words.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()) };

    private static JsonObject Const(string word) => new() { ["const"] = word };
}
