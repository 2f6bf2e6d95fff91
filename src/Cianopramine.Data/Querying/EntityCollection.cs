using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
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
    private ValueArray<T> _items;
    private Func<ValueArray<T>>? _decode;
    private readonly Func<T, string> _idOf;
    private readonly string _kind;
    private Dictionary<string, T>? _byId;
    private NearestKeys.SuggestionKeys? _suggestions;

    /// <summary>Creates the collection.</summary>
    /// <param name="items">The entities, in dataset order.</param>
    /// <param name="idOf">An entity's id.</param>
    /// <param name="kind">What an entity is, in words ("compound").</param>
    /// <param name="idsChecked">
    /// Whether the ids are known to be unique and the items non-null (validated content: the loader's, the generated
    /// code's and the merger's). Then the lookup by id is built on the first lookup, not here, so that first access
    /// to a dataset does not pay for a dictionary nobody has asked for yet (issue 14, cold start). Otherwise it is
    /// built and checked now.
    /// </param>
    /// <exception cref="ArgumentException">Not <paramref name="idsChecked"/>, and an item is null or two share an id.</exception>
    internal EntityCollection(ValueArray<T> items, Func<T, string> idOf, string kind, bool idsChecked = false)
    {
        _items = items;
        _idOf = idOf;
        _kind = kind;
        if (!idsChecked)
        {
            _byId = BuildIds(items, idOf, kind);
        }
    }

    /// <summary>
    /// Creates the collection of entities that are decoded when first used (an embedded dataset's results and the
    /// sections after them: first access to the dataset does not build them). Their ids are known to be unique.
    /// </summary>
    /// <param name="decode">Gives the entities, in dataset order; called at most once, by the first use.</param>
    /// <param name="idOf">An entity's id.</param>
    /// <param name="kind">What an entity is, in words ("result").</param>
    internal EntityCollection(Func<ValueArray<T>> decode, Func<T, string> idOf, string kind)
    {
        _decode = decode;
        _idOf = idOf;
        _kind = kind;
    }

    /// <summary>The entities: decoded on the first call when they were deferred (one thread decodes, the others wait).</summary>
    private ValueArray<T> Loaded => Volatile.Read(ref _decode) is { } decode ? Decode(decode) : _items;

    private ValueArray<T> Decode(Func<ValueArray<T>> decode)
    {
        // The decoder is this collection's own delegate, so it serves as the lock.
        lock (decode)
        {
            if (_decode is not null)
            {
                _items = decode();
                Volatile.Write(ref _decode, null); // after _items: a thread that sees no decoder sees the items
            }

            return _items;
        }
    }

    /// <summary>The lookup by id: built once (two threads may both build it; both are the same, one is kept).</summary>
    private Dictionary<string, T> ById
    {
        get
        {
            if (Volatile.Read(ref _byId) is { } built)
            {
                return built;
            }

            var ids = BuildIds(Loaded, _idOf, _kind);
            return Interlocked.CompareExchange(ref _byId, ids, null) ?? ids;
        }
    }

    /// <summary>The number of entities.</summary>
    public int Count => Loaded.Count;

    /// <summary>The entity at <paramref name="index"/>, in dataset order.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or not less than <see cref="Count"/>.</exception>
    public T this[int index] => Loaded[index];

    /// <summary>The entities as a value array, without copying.</summary>
    public ValueArray<T> Items => Loaded;

    /// <summary>The entity with the given id (exact, case-sensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No entity has that id; the message suggests near ids.</exception>
    public T Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryGet(id, out var item) ? item : throw new NotFoundException(_kind, id, NearestKeys.Find(id, NearestKeys.SuggestionKeys.Cached(ref _suggestions, ById.Keys)));
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

        return ById.TryGetValue(id, out item);
    }

    /// <summary>Whether an entity has the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it exists; <see langword="false"/> for <see langword="null"/>.</returns>
    public bool ContainsId(string? id) => id is not null && ById.ContainsKey(id);

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ValueArray<T>.Enumerator GetEnumerator() => Loaded.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Loaded).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Loaded).GetEnumerator();

    /// <summary>What is in the collection.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.Count(Count, _kind);

    private static Dictionary<string, T> BuildIds(ValueArray<T> items, Func<T, string> idOf, string kind)
    {
        var byId = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException($"The list of {kind}s holds a null item.", nameof(items));
            }

            var id = idOf(item);
            if (!byId.TryAdd(id, item))
            {
                throw new ArgumentException($"Two {kind}s have the id '{id}'.", nameof(items));
            }
        }

        return byId;
    }
}
