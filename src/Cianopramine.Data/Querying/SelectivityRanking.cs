using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Querying;

/// <summary>
/// The compounds measured at two targets, ranked by their fold selectivity for the first over the second: the same
/// fold <see cref="SelectivityResult.Fold"/> reports (the first comparable pair, in dataset order, that gives a
/// ratio). Built once per pair of targets, on first use, from the per-target result lists.
/// </summary>
internal sealed class SelectivityRanking
{
    private readonly (Compound Compound, ConcentrationRatio Fold)[] _ranked;

    private SelectivityRanking((Compound, ConcentrationRatio)[] ranked) => _ranked = ranked;

    /// <summary>The ranked compounds with their fold, most selective first.</summary>
    public ReadOnlySpan<(Compound Compound, ConcentrationRatio Fold)> Ranked => _ranked;

    public static SelectivityRanking Create(Dataset dataset, Target target, Target over)
    {
        if (string.Equals(target.Id, over.Id, StringComparison.Ordinal))
        {
            return new SelectivityRanking(Array.Empty<(Compound, ConcentrationRatio)>());
        }

        // The compounds' results at each target, in dataset order, keyed by compound id.
        var atOver = GroupByCompound(dataset.ResultsAt(over));
        var atTarget = GroupByCompound(dataset.ResultsAt(target));
        var compoundPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        var compounds = dataset.Compounds.Items;
        for (var i = 0; i < compounds.Count; i++)
        {
            compoundPositions.TryAdd(compounds[i].Id, i);
        }

        var entries = new List<(Compound Compound, ConcentrationRatio Fold, int Position)>();
        foreach (var pair in atTarget)
        {
            if (!atOver.TryGetValue(pair.Key, out var overResults))
            {
                continue;
            }

            if (SelectivityResult.FirstFold(pair.Value, overResults) is { } fold && Ranks(fold.Fold!.Value.Relation))
            {
                entries.Add((pair.Value[0].Compound, fold.Fold.Value, compoundPositions.TryGetValue(pair.Key, out var p) ? p : int.MaxValue));
            }
        }

        entries.Sort(static (x, y) =>
        {
            var c = y.Fold.Value.CompareTo(x.Fold.Value);
            if (c != 0)
            {
                return c;
            }

            c = Order(x.Fold.Relation).CompareTo(Order(y.Fold.Relation));
            return c != 0 ? c : x.Position.CompareTo(y.Position);
        });
        var ranked = new (Compound, ConcentrationRatio)[entries.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = (entries[i].Compound, entries[i].Fold);
        }

        return new SelectivityRanking(ranked);
    }

    /// <summary>A fold that is known at least as large as its number takes part: =, ~, &gt;, ≥. An upper bound (&lt; 5) does not.</summary>
    internal static bool Ranks(Relation relation) => relation is not (Relation.LessThan or Relation.LessThanOrEqual);

    /// <summary>At one fold value: "&gt; 100" (more than 100) before "≥ 100" before "= 100" and "~ 100".</summary>
    private static int Order(Relation relation) => relation switch
    {
        Relation.GreaterThan => 0,
        Relation.GreaterThanOrEqual => 1,
        _ => 2,
    };

    private static Dictionary<string, List<AssayResult>> GroupByCompound(ValueArray<AssayResult> results)
    {
        var groups = new Dictionary<string, List<AssayResult>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (!groups.TryGetValue(result.Compound.Id, out var list))
            {
                groups[result.Compound.Id] = list = new List<AssayResult>(2);
            }

            list.Add(result);
        }

        return groups;
    }
}
