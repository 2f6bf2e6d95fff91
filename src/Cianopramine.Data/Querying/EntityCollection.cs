using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>
/// An immutable list of dataset entities in dataset order, with O(1) lookup by id.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public class EntityCollection<T> : IReadOnlyList<T>
    where T : class
{
    private readonly ValueArray<T> _items;
    private readonly Dictionary<string, T> _byId;
    private readonly string _kind;
    private NearestKeys.SuggestionKeys? _suggestions;

    internal EntityCollection(ValueArray<T> items, Func<T, string> idOf, string kind)
    {
        _items = items;
        _kind = kind;
        _byId = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException($"The list of {kind}s holds a null item.", nameof(items));
            }

            var id = idOf(item);
            if (!_byId.TryAdd(id, item))
            {
                throw new ArgumentException($"Two {kind}s have the id '{id}'.", nameof(items));
            }
        }
    }

    /// <summary>The number of entities.</summary>
    public int Count => _items.Count;

    /// <summary>The entity at <paramref name="index"/>, in dataset order.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or not less than <see cref="Count"/>.</exception>
    public T this[int index] => _items[index];

    /// <summary>The entities as a value array, without copying.</summary>
    public ValueArray<T> Items => _items;

    /// <summary>The entity with the given id (exact, case-sensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No entity has that id; the message suggests near ids.</exception>
    public T Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryGet(id, out var item) ? item : throw new NotFoundException(_kind, id, NearestKeys.Find(id, NearestKeys.SuggestionKeys.Cached(ref _suggestions, _byId.Keys)));
    }

    /// <summary>Looks an entity up by id (exact, case-sensitive), without throwing.</summary>
    /// <param name="id">The id.</param>
    /// <param name="item">The entity, when found.</param>
    /// <returns>Whether an entity has that id; <see langword="false"/> for <see langword="null"/>.</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out T? item)
    {
        if (id is null)
        {
            item = null;
            return false;
        }

        return _byId.TryGetValue(id, out item);
    }

    /// <summary>Whether an entity has the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it exists; <see langword="false"/> for <see langword="null"/>.</returns>
    public bool ContainsId(string? id) => id is not null && _byId.ContainsKey(id);

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ValueArray<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();

    /// <summary>What is in the collection.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.Count(Count, _kind);
}
