using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>
/// The name lookup behind <see cref="NamedEntityCollection{T}.TryFind"/>: every name, synonym, id and identifier of the
/// entities, matched as <see cref="LookupKeyComparer"/> says (case, white space, hyphens and underscores ignored),
/// without allocating.
/// </summary>
/// <remarks>
/// <para>Two tables. The first holds each key exactly as the data writes it, in a frozen ordinal dictionary: a name copied
/// from the data ("Cianopramine", an InChIKey, "DB00458") costs one ordinary string lookup. The second holds each key
/// normalised once, here ("Ro 11-2465" as "RO112465"), in an open-addressing table probed with a span: a name written
/// another way is normalised into a stack buffer and looked up without making a string.</para>
/// <para>The first entity to claim a normalised key keeps it (an id or preferred name comes before synonyms), and the
/// exact table maps every spelling to that same entity, so both tables always give the answer the comparer would.</para>
/// <para>Immutable once built, so it can be shared between threads.</para>
/// </remarks>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class NameIndex<T>
    where T : class
{
    /// <summary>Names up to this length are normalised on the stack; longer ones (never real names) in a heap buffer.</summary>
    private const int StackLength = 128;

    /// <summary>Marks an ASCII character the lookups ignore in <see cref="AsciiFold"/> (U+FFFF is not ASCII, so it is free).</summary>
    private const char Ignored = '\uFFFF';

    /// <summary>For each ASCII character: <see cref="Ignored"/>, or the character upper-cased, as the comparer folds it.</summary>
    private static readonly char[] AsciiFold = CreateAsciiFold();

    private const uint HashPrime = 16777619u;

    private static readonly uint HashSeed = 2166136261u ^ (uint)Random.Shared.Next();

    private readonly FrozenDictionary<string, T> _exact;
    private readonly string?[] _keys;
    private readonly int[] _hashes;
    private readonly T?[] _items;
    private readonly int _mask;
    private readonly List<string> _spellings = new();
    private NearestKeys.SuggestionKeys? _suggestions;

    /// <summary>Indexes the names of <paramref name="items"/>.</summary>
    /// <param name="items">The entities, in dataset order.</param>
    /// <param name="idOf">An entity's id (its first key).</param>
    /// <param name="namesOf">An entity's other names and identifiers; blank ones are skipped.</param>
    public NameIndex(ValueArray<T> items, Func<T, string> idOf, Func<T, IEnumerable<string>> namesOf)
    {
        var written = new List<KeyValuePair<string, T>>(items.Count * 4);
        foreach (var item in items)
        {
            written.Add(new KeyValuePair<string, T>(idOf(item), item));
            foreach (var name in namesOf(item))
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    written.Add(new KeyValuePair<string, T>(name, item));
                }
            }
        }

        var capacity = 8;
        while (capacity < written.Count * 2)
        {
            capacity *= 2;
        }

        _keys = new string?[capacity];
        _hashes = new int[capacity];
        _items = new T?[capacity];
        _mask = capacity - 1;
        var exact = new Dictionary<string, T>(written.Count, StringComparer.Ordinal);
        foreach (var pair in written)
        {
            var normalised = LookupKeyComparer.Normalize(pair.Key);
            if (Add(normalised, pair.Value))
            {
                _spellings.Add(pair.Key);
            }

            // Every spelling leads to the entity that owns its normalised key, which may be an earlier one.
            if (!exact.ContainsKey(pair.Key) && TryFindNormalised(normalised.AsSpan(), Hash(normalised.AsSpan()), out var owner))
            {
                exact.Add(pair.Key, owner!);
            }
        }

        // Frozen: built once, read many times; it picks its hashing from the keys (often a few characters and the length),
        // so a name spelled another way is usually turned away without hashing all of it.
        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        Keys = ValueArray<string>.FromOwnedArray(_spellings.ToArray());
    }

    /// <summary>
    /// Each distinct key once, spelled as the entity that owns it spells it, in the order they were claimed. Immutable:
    /// the collection hands it out, and nothing a caller does to it reaches the index.
    /// </summary>
    public ValueArray<string> Keys { get; }

    /// <summary>The keys prepared for suggestions, on the first miss that asks for them.</summary>
    public NearestKeys.SuggestionKeys SuggestionKeys => NearestKeys.SuggestionKeys.Cached(ref _suggestions, Keys);

    /// <summary>Finds the entity a name leads to.</summary>
    /// <param name="name">The name, written any way the comparer allows.</param>
    /// <param name="item">The entity, when found.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryFind(string name, out T? item)
    {
        if (_exact.TryGetValue(name, out item))
        {
            return true;
        }

        if (name.Length > ShortName.Length)
        {
            return TryFindLong(name, out item);
        }

        // A name of up to 32 characters (every research code, identifier and most names) is normalised into a fixed
        // 64-byte local, then hashed. A variable-length stackalloc in this method made every lookup dearer, names as
        // written too (docs/performance.md, "Lookup": 33 → 20 ns for `ro11-2465`, 13 → 12 ns for `Cianopramine`).
        // (Hashing in the same pass measured slower: the multiply's latency then sits in the loop that branches on
        // every character.)
        var storage = default(ShortName);
        return TryFindFolded(name, storage, out item);
    }

    /// <summary>The lookup of a name longer than 32 characters (a systematic name), kept out of the short path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryFindLong(string name, out T? item)
    {
        Span<char> buffer = name.Length <= StackLength ? stackalloc char[name.Length] : new char[name.Length];
        return TryFindFolded(name, buffer, out item);
    }

    /// <summary>
    /// Writes the name as the comparer folds it into <paramref name="buffer"/> (which holds at least as many
    /// characters), then looks the folded key up in the normalised table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryFindFolded(string name, Span<char> buffer, out T? item)
    {
        var length = 0;
        foreach (var c in name)
        {
            // One assignment on every path: a mutation tool can then change each branch without leaving `folded`
            // unassigned (which made Stryker drop the whole method). U+FFFF marks an ignored character; a U+FFFF
            // in the query itself is not ignored and is kept, so it still never matches a name.
            var folded = c < 128 ? AsciiFold[c] : LookupKeyComparer.IsIgnored(c) ? Ignored : LookupKeyComparer.Fold(c);
            if (folded == Ignored && c != Ignored)
            {
                continue;
            }

            buffer[length++] = folded;
        }

        var key = buffer.Slice(0, length);
        return TryFindNormalised(key, Hash(key), out item);
    }

    private bool TryFindNormalised(ReadOnlySpan<char> key, int hash, out T? item)
    {
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var candidate = _keys[slot];
            if (candidate is null)
            {
                item = null;
                return false;
            }

            if (_hashes[slot] == hash && key.SequenceEqual(candidate.AsSpan()))
            {
                item = _items[slot];
                return true;
            }
        }
    }

    /// <summary>Adds a normalised key unless it is taken; the table is at most half full, so a free slot exists.</summary>
    private bool Add(string key, T item)
    {
        var hash = Hash(key.AsSpan());
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var candidate = _keys[slot];
            if (candidate is null)
            {
                _keys[slot] = key;
                _hashes[slot] = hash;
                _items[slot] = item;
                return true;
            }

            if (_hashes[slot] == hash && string.Equals(candidate, key, StringComparison.Ordinal))
            {
                return false;
            }
        }
    }

    /// <summary>
    /// FNV-1a over the characters of a normalised key from a
    /// seed chosen per process, so that no data file can be written to make its keys collide on every machine.
    /// </summary>
    internal static int Hash(ReadOnlySpan<char> key)
    {
        var hash = HashSeed;
        foreach (var c in key)
        {
            hash = (hash ^ c) * HashPrime;
        }

        return (int)hash;
    }

    private static char[] CreateAsciiFold()
    {
        var fold = new char[128];
        for (var c = '\0'; c < 128; c++)
        {
            fold[c] = LookupKeyComparer.IsIgnored(c) ? Ignored : LookupKeyComparer.Fold(c);
        }

        return fold;
    }
}

/// <summary>Room for a name of up to 32 characters, normalised on the stack without a variable-length allocation.</summary>
[InlineArray(Length)]
internal struct ShortName
{
    /// <summary>How many characters it holds.</summary>
    public const int Length = 32;

    private char _first;
}
