using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Benchmarks.Experiments;

/// <summary>
/// A prototype, not library code: the lookup design that would meet the ≤ 30 ns budget, measured next to the library's
/// <c>TryFind</c> so its owner can judge the change. Same matching rules as <see cref="LookupKeyComparer"/> (case, white
/// space, hyphens and underscores ignored), different mechanics: keys are normalised once when the index is built and
/// stored in an ordinal dictionary; a query is normalised into a stack buffer (a vectorised ASCII path: one search for
/// ignorable characters per segment, a vectorised upper-casing per segment) and looked up as a span through the dictionary's alternate lookup
/// (.NET 9+), whose hash and comparison are vectorised. No allocation.
/// </summary>
internal sealed class NormalizedKeyIndex<T>
    where T : class
{
    // The characters LookupKeyComparer ignores, for the fast path's one vectorised search (white space beyond ASCII
    // is handled by the slow path, which any non-ASCII text takes).
    private static readonly SearchValues<char> Ignored = SearchValues.Create("-_ \t\n\r\v\f\u2010\u2011\u2013");

    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NormalizedKeyIndex(IEnumerable<(string Name, T Item)> entries)
    {
        foreach (var (name, item) in entries)
        {
            _byKey.TryAdd(LookupKeyComparer.Normalize(name), item); // the first entity to claim a name keeps it
        }

        _lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryFind(string name, out T? item)
    {
        if (name.Length <= 128 && Ascii.IsValid(name))
        {
            // Copy the segments between ignorable characters, upper-cased, into a stack buffer: a handful of vector
            // operations for "LQXYCDLHSKICDY-UHFFFAOYSA-N" (three segments) or "Ro 11-2465".
            Span<char> buffer = stackalloc char[128];
            var rest = name.AsSpan();
            var length = 0;
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOfAny(Ignored);
                var segment = end < 0 ? rest : rest[..end];
                Ascii.ToUpper(segment, buffer[length..], out var written);
                length += written;
                rest = end < 0 ? default : rest[(end + 1)..];
            }

            return _lookup.TryGetValue(buffer[..length], out item);
        }

        return _byKey.TryGetValue(LookupKeyComparer.Normalize(name), out item); // text beyond ASCII: allocates
    }
}
