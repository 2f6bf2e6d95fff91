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

    private protected NamedEntityCollection(ValueArray<T> items, Func<T, string> idOf, Func<T, IEnumerable<string>> namesOf, string kind)
        : base(items, idOf, kind)
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

    /// <summary>Finds an entity by any of its names or identifiers.</summary>
    /// <param name="nameOrIdentifier">A name, synonym, id or identifier; case, spaces and hyphens do not matter.</param>
    /// <param name="item">The entity, when found.</param>
    /// <returns>Whether one was found; <see langword="false"/> for <see langword="null"/>.</returns>
    public bool TryFind(string nameOrIdentifier, [NotNullWhen(true)] out T? item)
    {
        if (nameOrIdentifier is null)
        {
            item = null;
            return false;
        }

        return Names.TryFind(nameOrIdentifier, out item);
    }

    /// <summary>Finds an entity by any of its names or identifiers, throwing when none matches.</summary>
    /// <param name="nameOrIdentifier">A name, synonym, id or identifier; case, spaces and hyphens do not matter.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrIdentifier"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">Nothing matches; the message lists the nearest names.</exception>
    public T Find(string nameOrIdentifier)
    {
        ArgumentNullException.ThrowIfNull(nameOrIdentifier);
        return TryFind(nameOrIdentifier, out var item)
            ? item
            : throw new NotFoundException(_kind, nameOrIdentifier, Suggest(nameOrIdentifier));
    }

    /// <summary>The known names nearest to <paramref name="nameOrIdentifier"/>, nearest first.</summary>
    /// <param name="nameOrIdentifier">The text that found nothing.</param>
    /// <param name="count">How many suggestions at most.</param>
    /// <returns>The suggestions; empty when nothing is close.</returns>
    public IReadOnlyList<string> Suggest(string nameOrIdentifier, int count = 3) =>
        NearestKeys.Find(nameOrIdentifier ?? string.Empty, Names.SuggestionKeys, count);

    private NameIndex<T> CreateNames()
    {
        var created = new NameIndex<T>(Items, _idOf, _namesOf);
        return Interlocked.CompareExchange(ref _names, created, null) ?? created;
    }
}
