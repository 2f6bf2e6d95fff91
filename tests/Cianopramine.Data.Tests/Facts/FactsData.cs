using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>Shortcuts to the embedded dataset and builders for the expected values of FACTS.md's rows.</summary>
internal static class FactsData
{
    /// <summary>The embedded dataset under test.</summary>
    public static Dataset Embedded => CianopramineDataset.Instance;

    public static Compound Compound(string id) => Embedded.Compounds.Get(id);

    public static Target Target(string id) => Embedded.Targets.Get(id);

    public static AssayResult Result(string id) => Embedded.AllResults.Get(id);

    /// <summary>The dataset's references with these ids, in this order (fails when one is missing).</summary>
    public static ValueArray<Reference> Refs(params string[] ids) =>
        ValueArray<Reference>.Create(ids.Select(id => Embedded.References.Get(id)).ToArray());

    public static ValueArray<T> List<T>(params T[] items) => ValueArray<T>.Create(items);

    public static CurationNote Note(CurationNoteKind kind, string? id, string text) => new() { Kind = kind, Id = id, Text = text };

    public static QualitativeValue Qualitative(string text, QualitativeCategory category) => new() { Text = text, Category = category };

    public static ComparativeValue Comparative(string comparedTo, ComparativeDirection direction, string? magnitude = null, string? text = null) =>
        new() { ComparedTo = Compound(comparedTo), Direction = direction, Magnitude = magnitude, Text = text };

    public static QuantitativeValue Quantitative(ActivityParameter parameter, Relation relation, decimal value, Unit unit, Spread? spread = null) =>
        new() { Parameter = parameter, Relation = relation, Magnitude = new Quantity(value, unit), Spread = spread };

    public static Conditions Conditions(Dose? dose = null, Quantity? timeAfterDose = null, string? text = null) =>
        new() { Dose = dose, TimeAfterDose = timeAfterDose, Text = text };

    public static Dose Dose(decimal value, Unit unit, Route? route = null, Relation relation = Relation.EqualTo) =>
        new() { Amount = new Quantity(value, unit), Route = route, Relation = relation };

    public static Quantity Hours(decimal value) => new(value, Unit.Hour);

    /// <summary>The ids of references, in order.</summary>
    public static IEnumerable<string> Ids(this IEnumerable<Reference> references) => references.Select(r => r.Id);

    /// <summary>The ids of compounds, in order.</summary>
    public static IEnumerable<string> Ids(this IEnumerable<Compound> compounds) => compounds.Select(c => c.Id);

    /// <summary>The ids of targets, in order.</summary>
    public static IEnumerable<string> Ids(this IEnumerable<Target> targets) => targets.Select(t => t.Id);

    /// <summary>The notes as (kind, id, text) triples, in order.</summary>
    public static IEnumerable<(CurationNoteKind Kind, string? Id, string Text)> Triples(this IEnumerable<CurationNote> notes) =>
        notes.Select(n => (n.Kind, n.Id, n.Text));

    /// <summary>Every curation note of the dataset, with a description of what holds it.</summary>
    public static IEnumerable<(string Holder, CurationNote Note)> AllNotes(Dataset data)
    {
        foreach (var x in data.References)
        {
            foreach (var n in x.Notes)
            {
                yield return ($"reference {x.Id}", n);
            }
        }

        foreach (var x in data.Compounds)
        {
            foreach (var n in x.Notes)
            {
                yield return ($"compound {x.Id}", n);
            }
        }

        foreach (var x in data.Targets)
        {
            foreach (var n in x.Notes)
            {
                yield return ($"target {x.Id}", n);
            }
        }

        foreach (var x in data.AllResults)
        {
            foreach (var n in x.Notes)
            {
                yield return ($"result {x.Id}", n);
            }
        }

        foreach (var x in data.Transformations)
        {
            foreach (var n in x.Notes)
            {
                yield return ($"transformation {x.Id}", n);
            }
        }

        foreach (var x in data.Mechanisms)
        {
            foreach (var n in x.Notes)
            {
                yield return ($"mechanism {x.Id}", n);
            }
        }
    }
}
