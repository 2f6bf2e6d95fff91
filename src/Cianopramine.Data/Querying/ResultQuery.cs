using System;
using System.Collections;
using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>
/// An immutable query over a dataset's results. Each refinement returns a new query and leaves this one unchanged;
/// enumerate it (or use LINQ) to get the matching results in dataset order.
/// </summary>
public sealed class ResultQuery : IEnumerable<AssayResult>
{
    private readonly Dataset _dataset;
    private readonly ValueArray<AssayResult>? _source;
    private readonly Func<AssayResult, bool>? _filter;

    internal ResultQuery(Dataset dataset)
        : this(dataset, null, null)
    {
    }

    private ResultQuery(Dataset dataset, ValueArray<AssayResult>? source, Func<AssayResult, bool>? filter)
    {
        _dataset = dataset;
        _source = source;
        _filter = filter;
    }

    /// <summary>Only the results for a compound (served from the per-compound index).</summary>
    /// <param name="compound">The compound.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery For(Compound compound)
    {
        if (compound is null)
        {
            throw new ArgumentNullException(nameof(compound));
        }

        return _source is null && _filter is null
            ? new ResultQuery(_dataset, _dataset.ResultsFor(compound), null)
            : Where(r => r.Compound.Id == compound.Id);
    }

    /// <summary>Only the results for a compound found by any name, synonym or identifier.</summary>
    /// <param name="nameOrIdentifier">The compound's name ("Ro 11-2465").</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="NotFoundException">No compound matches.</exception>
    public ResultQuery For(string nameOrIdentifier) => For(_dataset.Compounds.Find(nameOrIdentifier));

    /// <summary>Only the results at a target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery At(Target target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        return _source is null && _filter is null
            ? new ResultQuery(_dataset, _dataset.ResultsAt(target), null)
            : Where(r => r.Target.Id == target.Id);
    }

    /// <summary>Only the results at a target found by symbol, name, gene or accession.</summary>
    /// <param name="symbolOrAccession">The target ("SERT", "SLC6A4", "P31645").</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="NotFoundException">No target matches.</exception>
    public ResultQuery At(string symbolOrAccession) => At(_dataset.Targets.Find(symbolOrAccession));

    /// <summary>Only the results matching a predicate.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery Where(Func<AssayResult, bool> predicate)
    {
        if (predicate is null)
        {
            throw new ArgumentNullException(nameof(predicate));
        }

        var previous = _filter;
        return new ResultQuery(_dataset, _source, previous is null ? predicate : r => previous(r) && predicate(r));
    }

    /// <summary>The matching results, in dataset order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<AssayResult> GetEnumerator()
    {
        var source = _source ?? _dataset.AllResults.Items;
        foreach (var result in source)
        {
            if (_filter is null || _filter(result))
            {
                yield return result;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
