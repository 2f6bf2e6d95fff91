using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>
/// An immutable query over a dataset's results, refined step by step like the question a pharmacologist asks:
/// <c>data.Results.For("Ro 11-2465").At("SERT").InSetting(AssaySetting.InVivo)</c>. Each refinement returns a new
/// query and leaves this one unchanged; enumerate it (or use LINQ) to get the matching results in dataset order.
/// </summary>
/// <remarks>
/// <para>A query starts from the smallest index list that serves it: the per-compound, per-target, per-reference,
/// per-setting, per-value-kind or per-assay-kind list (each built once, returned without copying), and checks the
/// other refinements on that list only. Nothing is evaluated until the query is enumerated.</para>
/// <para>The potency filters (<see cref="Below(MolarConcentration)"/>, <see cref="AtMost(MolarConcentration)"/>,
/// <see cref="Above(MolarConcentration)"/>, <see cref="AtLeast(MolarConcentration)"/> and the p-value forms) keep only
/// the results they can decide. <see cref="Partition"/> reports the ones they could not (qualitative, comparative,
/// non-molar or censored across the threshold) with the reason.</para>
/// <para>A query is safe to share across threads.</para>
/// </remarks>
public sealed partial class ResultQuery : IEnumerable<AssayResult>
{
    private readonly Dataset _dataset;
    private readonly ValueArray<AssayResult>? _source;
    private readonly Filter? _filters;
    private readonly ValueArray<ConcentrationThreshold> _thresholds;

    internal ResultQuery(Dataset dataset)
        : this(dataset, null, null, ValueArray<ConcentrationThreshold>.Empty)
    {
    }

    private ResultQuery(Dataset dataset, ValueArray<AssayResult>? source, Filter? filters, ValueArray<ConcentrationThreshold> thresholds)
    {
        _dataset = dataset;
        _source = source;
        _filters = filters;
        _thresholds = thresholds;
    }

    /// <summary>The dataset queried.</summary>
    public Dataset Dataset => _dataset;

    /// <summary>The potency criteria of this query, in the order they were added.</summary>
    internal ValueArray<ConcentrationThreshold> Thresholds => _thresholds;

    /// <summary>
    /// How many results the query will look at when enumerated: the size of the index list it starts from (the whole
    /// dataset when no refinement is served by an index). For cost checks and tests.
    /// </summary>
    internal int CandidateCount => (_source ?? _dataset.AllResults.Items).Count;

    /// <summary>The result with the given id among this query's results: <c>data.Results.Get("G2")</c>.</summary>
    /// <param name="id">The result's id (exact).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No result of the query has that id; the message suggests near ids of the dataset.</exception>
    public AssayResult Get(string id)
    {
        if (TryGet(id, out var result))
        {
            return result;
        }

        // Not in the dataset: its lookup throws and suggests the nearest ids. In the dataset but left out by this
        // query's refinements: say so.
        _ = _dataset.AllResults.Get(id);
        throw new NotFoundException("result of this query", id, Array.Empty<string>());
    }

    /// <summary>Finds the result with the given id among this query's results.</summary>
    /// <param name="id">The result's id (exact).</param>
    /// <param name="result">The result, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the query has a result with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AssayResult? result)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_dataset.AllResults.TryGet(id, out result) && (IsUnrefined || Contains(result)))
        {
            return true;
        }

        result = null;
        return false;
    }

    private bool IsUnrefined => _source is null && _filters is null && _thresholds.IsEmpty;

    private bool Contains(AssayResult result)
    {
        foreach (var r in this)
        {
            if (ReferenceEquals(r, result))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The matching results as an immutable array, in dataset order.</summary>
    /// <returns>The results.</returns>
    public ValueArray<AssayResult> ToValueArray()
    {
        if (!_thresholds.IsEmpty && TryPlanIndex(out var plan))
        {
            return ValueArray<AssayResult>.FromOwnedArray(IndexedMatches(plan));
        }

        var list = new List<AssayResult>();
        foreach (var result in this)
        {
            list.Add(result);
        }

        return ValueArray<AssayResult>.FromOwnedArray(list.ToArray());
    }

    /// <summary>The matching results, in dataset order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<AssayResult> GetEnumerator() =>
        !_thresholds.IsEmpty && TryPlanIndex(out var plan) ? new MarkedResults(this, plan) : Scan();

    /// <summary>
    /// The matches found by walking the narrowest index list and checking every refinement. An enumerator, not an
    /// enumerable: <c>foreach</c> over a query gets it without the extra object (32 bytes) an enumerable iterator costs.
    /// </summary>
    private IEnumerator<AssayResult> Scan()
    {
        var source = _source ?? _dataset.AllResults.Items;
        for (var i = 0; i < source.Count; i++)
        {
            var result = source[i];
            if (Passes(result) && MeetsThresholds(result))
            {
                yield return result;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The question in words: <c>results for Cianopramine, at SERT, in vivo</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        for (var filter = _filters; filter is not null; filter = filter.Previous)
        {
            parts.Add(filter.Description);
        }

        parts.Reverse();
        foreach (var threshold in _thresholds)
        {
            parts.Add(threshold.ToString());
        }

        var text = new StringBuilder("results");
        for (var i = 0; i < parts.Count; i++)
        {
            text.Append(i == 0 ? " " : ", ").Append(parts[i]);
        }

        return text.ToString();
    }

    private ValueArray<AssayResult> SourceWithoutThresholdShortcut()
    {
        // Rebuild the narrowest source from the indexed refinements, ignoring the quantitative list added by Meeting.
        ValueArray<AssayResult>? source = null;
        for (var filter = _filters; filter is not null; filter = filter.Previous)
        {
            if (filter.Index is { } index)
            {
                source = Smaller(source, index);
            }
        }

        return source ?? _dataset.AllResults.Items;
    }

    private ResultQuery Refine(ValueArray<AssayResult>? index, Func<AssayResult, bool> predicate, string description, Target? target = null, ActivityParameter? parameter = null, bool quantitativeOnly = false) =>
        new(_dataset, index is { } list ? Smaller(_source, list) : _source, new Filter(predicate, description, index, _filters, target, parameter, quantitativeOnly), _thresholds);

    private bool Passes(AssayResult result)
    {
        for (var filter = _filters; filter is not null; filter = filter.Previous)
        {
            if (!filter.Predicate(result))
            {
                return false;
            }
        }

        return true;
    }

    private static ValueArray<AssayResult> Smaller(ValueArray<AssayResult>? current, ValueArray<AssayResult> candidate) =>
        current is { } list && list.Count <= candidate.Count ? list : candidate;

    private static bool Contains(ValueArray<Species> species, Species wanted)
    {
        foreach (var item in species)
        {
            if (item == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Cites(AssayResult result, string referenceId)
    {
        foreach (var reference in result.References)
        {
            if (string.Equals(reference.Id, referenceId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasNote(ValueArray<CurationNote> notes, CurationNoteKind kind)
    {
        foreach (var note in notes)
        {
            if (note.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasCitationMismatch(AssayResult result)
    {
        if (HasNote(result.Notes, CurationNoteKind.CitationMismatch))
        {
            return true;
        }

        foreach (var reference in result.References)
        {
            if (HasNote(reference.Notes, CurationNoteKind.CitationMismatch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One refinement: a predicate, its description, the index list that serves it (if any), and the earlier ones;
    /// and, for the refinements a potency index slice answers by itself, the target, parameter or value kind it keeps.
    /// </summary>
    private sealed class Filter
    {
        public Filter(
            Func<AssayResult, bool> predicate,
            string description,
            ValueArray<AssayResult>? index,
            Filter? previous,
            Target? target,
            ActivityParameter? parameter,
            bool quantitativeOnly)
        {
            Predicate = predicate;
            Description = description;
            Index = index;
            Previous = previous;
            Target = target;
            Parameter = parameter;
            QuantitativeOnly = quantitativeOnly;
        }

        public Target? Target { get; }

        public ActivityParameter? Parameter { get; }

        public bool QuantitativeOnly { get; }

        public Func<AssayResult, bool> Predicate { get; }

        public string Description { get; }

        public ValueArray<AssayResult>? Index { get; }

        public Filter? Previous { get; }
    }
}
