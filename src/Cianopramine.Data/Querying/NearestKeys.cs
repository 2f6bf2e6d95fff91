using System;
using System.Collections.Generic;
using System.Linq;

namespace Cianopramine.Data.Querying;

/// <summary>Finds the known keys nearest to a missed lookup, for "did you mean …?" messages.</summary>
internal static class NearestKeys
{
    /// <summary>Up to <paramref name="count"/> keys within a small edit distance of <paramref name="query"/>, nearest first.</summary>
    public static IReadOnlyList<string> Find(string query, IEnumerable<string> keys, int count = 3)
    {
        var target = LookupKeyComparer.Normalize(query ?? string.Empty);
        var limit = Math.Max(2, target.Length / 3);
        return keys
            .Select(key => (Key: key, Distance: Distance(target, LookupKeyComparer.Normalize(key))))
            .Where(x => x.Distance <= limit || ContainsEither(target, LookupKeyComparer.Normalize(x.Key)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => x.Key)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private static bool ContainsEither(string a, string b) =>
        a.Length >= 3 && b.Length >= 3 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));

    /// <summary>Levenshtein distance.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
