using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>
/// An entity collection that is also searchable by every name the entities go by: lookups ignore case, spaces and
/// hyphens ("ro11-2465" finds Ro 11-2465), run in O(1) and allocate nothing.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public abstract class NamedEntityCollection<T> : EntityCollection<T>
    where T : class
{
    private readonly Func<T, string> _idOf;
    private readonly Func<T, IEnumerable<string>> _namesOf;
    private readonly string _kind;
    private NameIndex<T>? _names;
    private Dictionary<string, ValueArray<T>>? _ambiguous;

    private protected NamedEntityCollection(ValueArray<T> items, Func<T, string> idOf, Func<T, IEnumerable<string>> namesOf, string kind, bool idsChecked)
        : base(items, idOf, kind, idsChecked)
    {
        _idOf = idOf;
        _namesOf = namesOf;
        _kind = kind;
    }

    /// <summary>Every name, synonym, id and identifier the collection can be searched by.</summary>
    public IReadOnlyList<string> Keys => Names.Keys;

    /// <summary>
    /// The name index, built on the first lookup (not with the dataset, so first access stays cheap) and then shared.
    /// Two threads may both build it; the first to publish wins and both use equal indexes.
    /// </summary>
    private NameIndex<T> Names => Volatile.Read(ref _names) ?? CreateNames();

    /// <summary>Finds the one entity that a name or identifier leads to.</summary>
    /// <param name="nameOrIdentifier">A name, synonym, id or identifier; case, spaces and hyphens do not matter.</param>
    /// <param name="item">The entity, when exactly one matches.</param>
    /// <returns>
    /// Whether exactly one entity matches. When two or more entities share the name (two stereoisomers given one
    /// InChIKey upstream, a salt and its parent under one synonym; the loader warns with CPD0033), this returns
    /// <see langword="false"/> rather than pick one: use <see cref="FindAll"/> to get them all. <see langword="false"/> for
    /// <see langword="null"/>.
    /// </returns>
    public bool TryFind(string? nameOrIdentifier, [NotNullWhen(true)] out T? item)
    {
        if (nameOrIdentifier is null)
        {
            item = null;
            return false;
        }

        if (!Names.TryFind(nameOrIdentifier, out item))
        {
            return false;
        }

        // Only a hit can be ambiguous; in a dataset without shared names this costs one read and a count.
        var ambiguous = Ambiguous;
        if (ambiguous.Count != 0 && ambiguous.ContainsKey(LookupKeyComparer.Normalize(nameOrIdentifier)))
        {
            item = null;
            return false;
        }

        return item is not null;
    }

    /// <summary>Finds the one entity that a name or identifier leads to, throwing when none or several match.</summary>
    /// <param name="nameOrIdentifier">A name, synonym, id or identifier; case, spaces and hyphens do not matter.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrIdentifier"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">Nothing matches; the message lists the nearest names.</exception>
    /// <exception cref="AmbiguousNameException">Several entities share the name; the exception lists their ids.</exception>
    public T Find(string nameOrIdentifier)
    {
        ArgumentNullException.ThrowIfNull(nameOrIdentifier);
        if (TryFind(nameOrIdentifier, out var item))
        {
            return item;
        }

        var all = FindAll(nameOrIdentifier);
        if (all.Count > 1)
        {
            var ids = new string[all.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = _idOf(all[i]);
            }

            throw new AmbiguousNameException(_kind, nameOrIdentifier, ids);
        }

        throw new NotFoundException(_kind, nameOrIdentifier, Suggest(nameOrIdentifier));
    }

    /// <summary>Every entity a name or identifier leads to, in dataset order: none, one, or several when they share it.</summary>
    /// <param name="nameOrIdentifier">A name, synonym, id or identifier; case, spaces and hyphens do not matter.</param>
    /// <returns>The entities; empty when nothing matches, and for <see langword="null"/>.</returns>
    public ValueArray<T> FindAll(string? nameOrIdentifier)
    {
        if (nameOrIdentifier is null || !Names.TryFind(nameOrIdentifier, out var item))
        {
            return ValueArray<T>.Empty;
        }

        if (Ambiguous.Count != 0 && Ambiguous.TryGetValue(LookupKeyComparer.Normalize(nameOrIdentifier), out var all))
        {
            return all;
        }

        return ValueArray<T>.FromOwnedArray(new[] { item! });
    }

    /// <summary>The known names nearest to <paramref name="nameOrIdentifier"/>, nearest first.</summary>
    /// <param name="nameOrIdentifier">The text that found nothing.</param>
    /// <param name="count">How many suggestions at most.</param>
    /// <returns>The suggestions, an immutable list; empty when nothing is close, and for <see langword="null"/>.</returns>
    public IReadOnlyList<string> Suggest(string? nameOrIdentifier, int count = 3) =>
        NearestKeys.Find(nameOrIdentifier ?? string.Empty, Names.SuggestionKeys, count);

    /// <summary>The normalised keys that two or more entities share, with those entities; built with the name index.</summary>
    private Dictionary<string, ValueArray<T>> Ambiguous => Volatile.Read(ref _ambiguous) ?? CreateAmbiguous();

    private Dictionary<string, ValueArray<T>> CreateAmbiguous()
    {
        var owners = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in Items)
        {
            Claim(owners, _idOf(item), item);
            foreach (var name in _namesOf(item))
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    Claim(owners, name, item);
                }
            }
        }

        var created = new Dictionary<string, ValueArray<T>>(StringComparer.Ordinal);
        foreach (var pair in owners)
        {
            if (pair.Value.Count > 1)
            {
                created.Add(pair.Key, ValueArray<T>.FromOwnedArray(pair.Value.ToArray()));
            }
        }

        return Interlocked.CompareExchange(ref _ambiguous, created, null) ?? created;
    }

    private static void Claim(Dictionary<string, List<T>> owners, string key, T item)
    {
        var normalised = LookupKeyComparer.Normalize(key);
        if (!owners.TryGetValue(normalised, out var list))
        {
            owners.Add(normalised, new List<T> { item });
        }
        else if (!ReferenceEquals(list[list.Count - 1], item))
        {
            list.Add(item);
        }
    }

    private NameIndex<T> CreateNames()
    {
        var created = new NameIndex<T>(Items, _idOf, _namesOf);
        _ = Ambiguous;   // built with the index, so the first lookup, hit or miss, pays for both and later ones allocate nothing
        return Interlocked.CompareExchange(ref _names, created, null) ?? created;
    }
}
