using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Querying;

/// <summary>
/// The potency indexes: for every target (and for the whole dataset), and within it for every parameter and for all
/// parameters together, the results that have a molar concentration, with the concentration computed once and sorted.
/// A potency filter or a ranking is then a binary search plus the matches, with no decimal arithmetic per result.
/// </summary>
/// <remarks>
/// Each slice keeps five sorted runs, one per relation class (exact or approximate, &lt;, ≤, &gt;, ≥), because the
/// censoring rules of <see cref="ConcentrationThreshold.Decide(Relation, MolarConcentration)"/> make the matches of a
/// threshold one contiguous range in each run: for "below t" the exact values under t, the "&lt; v" values with v ≤ t,
/// the "≤ v" values with v &lt; t, and none of the lower bounds (a "&gt; 10 µM" never counts as below anything).
/// Built once per dataset, on the first potency query; immutable afterwards.
/// </remarks>
internal sealed class PotencyIndex
{
    private readonly Dictionary<(int Target, int Parameter), PotencySlice> _slices;
    private readonly Dictionary<string, int> _targetPositions;
    private readonly ConcurrentDictionary<(string Target, string Over), SelectivityRanking> _selectivity = new();
    private readonly Dataset _dataset;

    public PotencyIndex(Dataset dataset)
    {
        _dataset = dataset;
        var targets = dataset.Targets.Items;
        _targetPositions = new Dictionary<string, int>(targets.Count, StringComparer.Ordinal);
        for (var i = 0; i < targets.Count; i++)
        {
            _targetPositions.TryAdd(targets[i].Id, i);
        }

        _slices = new Dictionary<(int, int), PotencySlice>();
        Add(-1, dataset.AllResults.Items);
        for (var i = 0; i < targets.Count; i++)
        {
            Add(i, dataset.ResultsAt(targets[i]));
        }
    }

    /// <summary>Every parameter together: the slice key for a query that names no parameter.</summary>
    public const int AnyParameter = -1;

    /// <summary>
    /// The slice for a target (null: the whole dataset) and a parameter (null: every parameter). Positions in the
    /// slice index <see cref="PotencySlice.Base"/>, the target's result list (or the dataset's) in dataset order.
    /// </summary>
    public PotencySlice Slice(Target? target, ActivityParameter? parameter)
    {
        var t = -1;
        if (target is not null && !_targetPositions.TryGetValue(target.Id, out t))
        {
            return PotencySlice.Empty;
        }

        var p = parameter is { } value ? (int)value : AnyParameter;
        return _slices.TryGetValue((t, p), out var slice) ? slice : PotencySlice.Empty;
    }

    /// <summary>The compounds ranked by selectivity for <paramref name="target"/> over <paramref name="over"/>, built on first use and cached.</summary>
    public SelectivityRanking Selectivity(Target target, Target over) =>
        _selectivity.GetOrAdd((target.Id, over.Id), static (key, state) => SelectivityRanking.Create(state.Item1, state.Item2, state.Item3), (_dataset, target, over));

    private void Add(int target, ValueArray<AssayResult> results)
    {
        var any = new PotencySlice.Builder();
        var byParameter = new Dictionary<int, PotencySlice.Builder>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Value is QuantitativeValue q && q.Concentration is { } c)
            {
                any.Add(q.Relation, c, i);
                if (!byParameter.TryGetValue((int)q.Parameter, out var builder))
                {
                    byParameter[(int)q.Parameter] = builder = new PotencySlice.Builder();
                }

                builder.Add(q.Relation, c, i);
            }
        }

        _slices[(target, AnyParameter)] = any.Build(results);
        foreach (var pair in byParameter)
        {
            _slices[(target, pair.Key)] = pair.Value.Build(results);
        }
    }
}

/// <summary>The relation classes of a potency slice, in the order the ranking uses for equal bounds.</summary>
internal enum RelationClass
{
    /// <summary>&lt; v: the true value is below the bound.</summary>
    LessThan = 0,

    /// <summary>≤ v.</summary>
    LessThanOrEqual = 1,

    /// <summary>= v or ~ v (read as its magnitude, as the filters do).</summary>
    Exact = 2,

    /// <summary>≥ v.</summary>
    GreaterThanOrEqual = 3,

    /// <summary>&gt; v.</summary>
    GreaterThan = 4,
}

/// <summary>One slice of the potency index: five runs (one per relation class) sorted by concentration, then by position.</summary>
internal sealed class PotencySlice
{
    public static readonly PotencySlice Empty = new(ValueArray<AssayResult>.Empty, new Run[5]);

    private readonly Run[] _runs;

    private PotencySlice(ValueArray<AssayResult> @base, Run[] runs)
    {
        Base = @base;
        _runs = runs;
        for (var i = 0; i < _runs.Length; i++)
        {
            _runs[i] ??= Run.Empty;
            Count += _runs[i].Count;
        }
    }

    /// <summary>The list the positions index (a target's results, or all results), in dataset order.</summary>
    public ValueArray<AssayResult> Base { get; }

    /// <summary>How many results of the slice have a molar concentration.</summary>
    public int Count { get; }

    /// <summary>The run of one relation class.</summary>
    public Run this[RelationClass relation] => _runs[(int)relation];

    /// <summary>The relation that stands for a class when a threshold decides it.</summary>
    public static Relation RelationOf(RelationClass relation) => relation switch
    {
        RelationClass.LessThan => Relation.LessThan,
        RelationClass.LessThanOrEqual => Relation.LessThanOrEqual,
        RelationClass.GreaterThanOrEqual => Relation.GreaterThanOrEqual,
        RelationClass.GreaterThan => Relation.GreaterThan,
        _ => Relation.EqualTo,
    };

    /// <summary>
    /// The range [start, end) of a run whose entries a threshold decides as matching, by the censoring rules of
    /// <see cref="ConcentrationThreshold.Decide(Relation, MolarConcentration)"/> (the tests check the two agree).
    /// </summary>
    public static (int Start, int End) Matching(Run run, RelationClass relation, ConcentrationThreshold threshold)
    {
        var t = threshold.Threshold;
        var n = run.Count;
        var below = threshold.Comparison is ThresholdComparison.Below or ThresholdComparison.AtMost;
        var strict = threshold.Comparison is ThresholdComparison.Below or ThresholdComparison.Above;
        switch (relation)
        {
            case RelationClass.Exact:
                // v < t, v ≤ t, v > t, v ≥ t.
                return threshold.Comparison switch
                {
                    ThresholdComparison.Below => (0, run.LowerBound(t)),
                    ThresholdComparison.AtMost => (0, run.UpperBound(t)),
                    ThresholdComparison.Above => (run.UpperBound(t), n),
                    _ => (run.LowerBound(t), n),
                };
            case RelationClass.LessThan:
                // x < v is below (or at most) t when v ≤ t; never above.
                return below ? (0, run.UpperBound(t)) : (0, 0);
            case RelationClass.LessThanOrEqual:
                // x ≤ v is below t when v < t, at most t when v ≤ t; never above.
                return below ? (0, strict ? run.LowerBound(t) : run.UpperBound(t)) : (0, 0);
            case RelationClass.GreaterThan:
                // x > v is above (or at least) t when v ≥ t; never below.
                return below ? (0, 0) : (run.LowerBound(t), n);
            default:
                // x ≥ v is above t when v > t, at least t when v ≥ t; never below.
                return below ? (0, 0) : (strict ? run.UpperBound(t) : run.LowerBound(t), n);
        }
    }

    /// <summary>Whether an entry meets every threshold, decided on its precomputed concentration.</summary>
    public static bool Meets(ValueArray<ConcentrationThreshold> thresholds, int skip, RelationClass relation, MolarConcentration value)
    {
        var r = RelationOf(relation);
        for (var i = 0; i < thresholds.Count; i++)
        {
            if (i != skip && thresholds[i].Decide(r, value) != ThresholdDecision.Matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One sorted run: concentrations ascending, positions ascending among equal concentrations.</summary>
    internal sealed class Run
    {
        public static readonly Run Empty = new(Array.Empty<MolarConcentration>(), Array.Empty<int>());

        public Run(MolarConcentration[] values, int[] positions)
        {
            Values = values;
            Positions = positions;
        }

        public MolarConcentration[] Values { get; }

        public int[] Positions { get; }

        public int Count => Values.Length;

        /// <summary>The first index whose value is at least <paramref name="t"/>.</summary>
        public int LowerBound(MolarConcentration t)
        {
            int lo = 0, hi = Values.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (Values[mid] < t)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        /// <summary>The first index whose value is above <paramref name="t"/>.</summary>
        public int UpperBound(MolarConcentration t)
        {
            int lo = 0, hi = Values.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (Values[mid] <= t)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    internal sealed class Builder
    {
        private readonly List<(MolarConcentration Value, int Position)>[] _runs = new List<(MolarConcentration, int)>[5];

        public void Add(Relation relation, MolarConcentration value, int position)
        {
            var kind = ResultQuery.ClassOf(relation);
            (_runs[(int)kind] ??= new List<(MolarConcentration, int)>()).Add((value, position));
        }

        public PotencySlice Build(ValueArray<AssayResult> @base)
        {
            var runs = new Run[5];
            for (var i = 0; i < runs.Length; i++)
            {
                var list = _runs[i];
                if (list is null)
                {
                    continue;
                }

                // Positions are added in ascending order, so sorting by (value, position) is a stable sort by value.
                list.Sort(static (a, b) =>
                {
                    var c = a.Value.CompareTo(b.Value);
                    return c != 0 ? c : a.Position.CompareTo(b.Position);
                });
                var values = new MolarConcentration[list.Count];
                var positions = new int[list.Count];
                for (var j = 0; j < list.Count; j++)
                {
                    values[j] = list[j].Value;
                    positions[j] = list[j].Position;
                }

                runs[i] = new Run(values, positions);
            }

            return new PotencySlice(@base, runs);
        }
    }
}
