using System.Text.Json.Nodes;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Tests.Serialization.Schema;

/// <summary>
/// The units grouped by where the rules allow them (<see cref="DatasetRules.UnitFits"/> for each parameter,
/// <see cref="DatasetRules.IsDoseUnit"/>, <see cref="DatasetRules.IsTimeUnit"/>): each distinct set of units is one
/// group, and together they partition the units. A group is named by the dimension of its first unit.
/// </summary>
internal sealed class UnitGroups
{
    private static readonly IReadOnlyDictionary<Dimension, string> Names = new Dictionary<Dimension, string>
    {
        [Dimension.MolarConcentration] = "molarUnit",
        [Dimension.Percent] = "percentUnit",
        [Dimension.Mass] = "doseUnit",
        [Dimension.Time] = "timeUnit",
    };

    public UnitGroups()
    {
        All = Enum.GetValues<Unit>();
        var sets = Enum.GetValues<ActivityParameter>()
            .Select(p => All.Where(u => DatasetRules.UnitFits(p, u)).ToList())
            .Append(All.Where(DatasetRules.IsDoseUnit).ToList())
            .Append(All.Where(DatasetRules.IsTimeUnit).ToList());
        var groups = new List<(string Name, IReadOnlyList<Unit> Units)>();
        foreach (var set in sets.Where(s => s.Count > 0))
        {
            if (groups.Any(g => g.Units.SequenceEqual(set)))
            {
                continue;
            }

            var dimension = set[0].Dimension();
            groups.Add((Names.TryGetValue(dimension, out var name) ? name : throw new InvalidOperationException($"No group name for units of {dimension}."), set));
        }

        foreach (var unit in All)
        {
            var count = groups.Count(g => g.Units.Contains(unit));
            if (count != 1)
            {
                throw new InvalidOperationException($"The unit {unit} is in {count} groups; the rules' unit sets must partition the units.");
            }
        }

        Groups = groups.OrderBy(g => Array.IndexOf(All, g.Units[0])).ToList();
    }

    /// <summary>Every unit, in declaration order.</summary>
    public Unit[] All { get; }

    public IReadOnlyList<(string Name, IReadOnlyList<Unit> Units)> Groups { get; }

    /// <summary>The words the reader accepts for <paramref name="units"/>, aliases included, in the word table's order.</summary>
    public IReadOnlyList<string> Words(IEnumerable<Unit> units)
    {
        var set = units.ToHashSet();
        return EnumWords.Unit.AcceptedWords.Where(w => EnumWords.Unit.TryParse(w, out var u) && set.Contains(u)).ToList();
    }

    /// <summary>A schema for <paramref name="units"/>: a reference to its group, or the list of its words.</summary>
    public JsonObject Schema(IReadOnlyList<Unit> units)
    {
        foreach (var group in Groups)
        {
            if (group.Units.SequenceEqual(units))
            {
                return new JsonObject { ["$ref"] = "#/$defs/" + group.Name };
            }
        }

        return new JsonObject { ["enum"] = DatasetSchemaBuilder.Array(Words(units)) };
    }

    /// <summary>Adds a definition per group and <c>unit</c>, any of them.</summary>
    public void AddDefinitions(JsonObject definitions, string description)
    {
        foreach (var group in Groups)
        {
            definitions.Add(group.Name, new JsonObject { ["enum"] = DatasetSchemaBuilder.Array(Words(group.Units)) });
        }

        definitions.Add("unit", new JsonObject
        {
            ["description"] = description,
            ["anyOf"] = new JsonArray(Groups.Select(g => (JsonNode?)new JsonObject { ["$ref"] = "#/$defs/" + g.Name }).ToArray()),
        });
    }
}
