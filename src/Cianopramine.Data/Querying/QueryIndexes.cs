using System;
using System.Collections.Generic;
using System.Linq;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>
/// The secondary indexes the queries use beyond the dataset's per-compound and per-target lists: results by
/// reference, setting, value kind and assay kind; references by id, PMID and DOI; comparative results by the compound
/// they compare with; mechanism statements by compound. Built once, on first use, in one pass over the dataset.
/// </summary>
internal sealed class QueryIndexes
{
    private readonly Dictionary<string, ValueArray<AssayResult>> _byReference;
    private readonly ValueArray<AssayResult>[] _bySetting;
    private readonly ValueArray<AssayResult>[] _byValueKind;
    private readonly ValueArray<AssayResult>[] _byAssayKind;
    private readonly Dictionary<string, ValueArray<AssayResult>> _comparedTo;
    private readonly Dictionary<string, ValueArray<MechanismStatement>> _mechanisms;
    private readonly Dictionary<string, Reference> _references;
    private readonly Dictionary<string, int> _referencePositions;
    private readonly Dictionary<string, int> _targetPositions;
    private readonly Dictionary<string, ValueArray<DataGap>> _gapsByCompound;

    public QueryIndexes(Dataset dataset)
    {
        var results = dataset.AllResults.Items;
        _byReference = Group(results, static (r, add) =>
        {
            foreach (var reference in r.References)
            {
                add(reference.Id);
            }
        });
        _comparedTo = Group(results, static (r, add) =>
        {
            if (r.Value is ComparativeValue c)
            {
                add(c.ComparedTo.Id);
            }
        });
        _bySetting = GroupByEnum(results, Enum.GetValues<AssaySetting>().Length, static r => (int)r.Assay.Setting);
        _byValueKind = GroupByEnum(results, Enum.GetValues<ValueKind>().Length, static r => (int)r.Value.Kind);
        _byAssayKind = GroupByEnum(results, Enum.GetValues<AssayKind>().Length, static r => (int)r.Assay.Kind);

        var mechanisms = new Dictionary<string, List<MechanismStatement>>(StringComparer.Ordinal);
        foreach (var statement in dataset.Mechanisms)
        {
            if (statement.Compound is { } compound)
            {
                if (!mechanisms.TryGetValue(compound.Id, out var list))
                {
                    mechanisms[compound.Id] = list = new List<MechanismStatement>();
                }

                list.Add(statement);
            }
        }

        _mechanisms = new Dictionary<string, ValueArray<MechanismStatement>>(mechanisms.Count, StringComparer.Ordinal);
        foreach (var pair in mechanisms)
        {
            _mechanisms[pair.Key] = ValueArray<MechanismStatement>.FromOwnedArray(pair.Value.ToArray());
        }

        ClassLevelMechanisms = ValueArray<MechanismStatement>.FromOwnedArray(
            dataset.Mechanisms.Items.Where(static m => m.IsClassLevel).ToArray());
        _referencePositions = Positions(dataset.References.Items, static r => r.Id);
        _targetPositions = Positions(dataset.Targets.Items, static t => t.Id);

        var gaps = new Dictionary<string, List<DataGap>>(StringComparer.Ordinal);
        foreach (var gap in dataset.Gaps)
        {
            foreach (var compound in gap.Compounds)
            {
                if (!gaps.TryGetValue(compound.Id, out var list))
                {
                    gaps[compound.Id] = list = new List<DataGap>();
                }

                if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], gap))
                {
                    list.Add(gap); // a gap naming a compound twice is listed once
                }
            }
        }

        _gapsByCompound = new Dictionary<string, ValueArray<DataGap>>(gaps.Count, StringComparer.Ordinal);
        foreach (var pair in gaps)
        {
            _gapsByCompound[pair.Key] = ValueArray<DataGap>.FromOwnedArray(pair.Value.ToArray());
        }

        // References by id (exact), then PMID and DOI in the spellings people paste: "6478739", "PMID 6478739",
        // "PMID:6478739", "10.1038/x", "doi:10.1038/x", "https://doi.org/10.1038/x". DOIs are case-insensitive.
        _references = new Dictionary<string, Reference>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in dataset.References)
        {
            _references.TryAdd(reference.Id, reference);
        }

        foreach (var reference in dataset.References)
        {
            if (reference.Pmid is { } pmid && pmid.Value.Length > 0)
            {
                _references.TryAdd(pmid.Value, reference);
                _references.TryAdd("PMID " + pmid.Value, reference);
                _references.TryAdd("PMID:" + pmid.Value, reference);
            }

            if (reference.Doi is { } doi && doi.Value.Length > 0)
            {
                _references.TryAdd(doi.Value, reference);
                _references.TryAdd("doi:" + doi.Value, reference);
                _references.TryAdd("https://doi.org/" + doi.Value, reference);
            }
        }
    }

    /// <summary>Every key a reference can be found by (ids, PMIDs, DOIs), for suggestions.</summary>
    public IEnumerable<string> ReferenceKeys => _references.Keys;

    public ValueArray<AssayResult> Citing(Reference reference) =>
        _byReference.TryGetValue(reference.Id, out var list) ? list : ValueArray<AssayResult>.Empty;

    public ValueArray<AssayResult> InSetting(AssaySetting setting) => ByEnum(_bySetting, (int)setting);

    public ValueArray<AssayResult> OfValueKind(ValueKind kind) => ByEnum(_byValueKind, (int)kind);

    public ValueArray<AssayResult> OfAssayKind(AssayKind kind) => ByEnum(_byAssayKind, (int)kind);

    /// <summary>The comparative results (of any compound) that compare with <paramref name="compound"/>.</summary>
    public ValueArray<AssayResult> ComparedTo(Compound compound) =>
        _comparedTo.TryGetValue(compound.Id, out var list) ? list : ValueArray<AssayResult>.Empty;

    public ValueArray<MechanismStatement> MechanismsOf(Compound compound) =>
        _mechanisms.TryGetValue(compound.Id, out var list) ? list : ValueArray<MechanismStatement>.Empty;

    /// <summary>The mechanism statements about a class of compounds, not one compound, in dataset order.</summary>
    public ValueArray<MechanismStatement> ClassLevelMechanisms { get; }

    /// <summary>The gaps that name <paramref name="compound"/> (by id), in dataset order.</summary>
    public ValueArray<DataGap> GapsNaming(Compound compound) =>
        _gapsByCompound.TryGetValue(compound.Id, out var list) ? list : ValueArray<DataGap>.Empty;

    /// <summary>The position of the reference with this id in the dataset, or -1.</summary>
    public int ReferencePosition(string id) => _referencePositions.TryGetValue(id, out var position) ? position : -1;

    /// <summary>The position of the target with this id in the dataset, or -1.</summary>
    public int TargetPosition(string id) => _targetPositions.TryGetValue(id, out var position) ? position : -1;

    public bool TryFindReference(string key, out Reference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var trimmed = key.Trim();
        if (_references.TryGetValue(trimmed, out reference))
        {
            return true;
        }

        // Tolerate other spacing around the prefixes: "PMID: 6478739", "doi: 10.1038/…", "http://dx.doi.org/…".
        foreach (var prefix in new[] { "PMID:", "PMID", "doi:", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/" })
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && _references.TryGetValue(trimmed.Substring(prefix.Length).Trim(), out reference))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, int> Positions<T>(ValueArray<T> items, Func<T, string> idOf)
    {
        var positions = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            positions.TryAdd(idOf(items[i]), i);
        }

        return positions;
    }

    private static ValueArray<AssayResult> ByEnum(ValueArray<AssayResult>[] index, int value) =>
        value >= 0 && value < index.Length ? index[value] : ValueArray<AssayResult>.Empty;

    private static ValueArray<AssayResult>[] GroupByEnum(ValueArray<AssayResult> results, int count, Func<AssayResult, int> keyOf)
    {
        var lists = new List<AssayResult>[count];
        foreach (var result in results)
        {
            var key = keyOf(result);
            if (key >= 0 && key < count)
            {
                (lists[key] ??= new List<AssayResult>()).Add(result);
            }
        }

        var index = new ValueArray<AssayResult>[count];
        for (var i = 0; i < count; i++)
        {
            index[i] = lists[i] is { } list ? ValueArray<AssayResult>.FromOwnedArray(list.ToArray()) : ValueArray<AssayResult>.Empty;
        }

        return index;
    }

    private static Dictionary<string, ValueArray<AssayResult>> Group(ValueArray<AssayResult> results, Action<AssayResult, Action<string>> keysOf)
    {
        var lists = new Dictionary<string, List<AssayResult>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            keysOf(result, key =>
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = new List<AssayResult>();
                }

                // A result that names the same key twice (one reference cited twice) is listed once.
                if (list.Count == 0 || !ReferenceEquals(list[^1], result))
                {
                    list.Add(result);
                }
            });
        }

        var grouped = new Dictionary<string, ValueArray<AssayResult>>(lists.Count, StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            grouped[pair.Key] = ValueArray<AssayResult>.FromOwnedArray(pair.Value.ToArray());
        }

        return grouped;
    }
}
