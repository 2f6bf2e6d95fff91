using System;
using System.Collections.Generic;
using System.Threading;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>
/// Finds the known keys nearest to a missed lookup, for "did you mean …?" messages: keys that hold every word of the
/// query in any order (with "5-HT" and "serotonin", "noradrenaline" and "norepinephrine" read as one word, and
/// parenthesised parts such as "(5-HT)" optional), then keys within a small edit distance, then keys that contain the
/// query or are contained in it.
/// </summary>
/// <remarks>
/// <para>The work is bounded whatever the data: the query and every key are compared on their first
/// <see cref="MaxComparedLength"/> normalised characters and first <see cref="MaxTokens"/> words; the edit distance is
/// computed in a band of width 2 × limit + 1 and abandoned as soon as it exceeds the limit; and one suggestion step
/// spends at most <see cref="WorkCap"/> work units (one unit per key visited, per word compared, per character
/// compared by the edit distance or a containment test). Keys not reached within the cap are not suggested.</para>
/// <para>The normalised keys and their words are computed once per key list, on its first miss, and kept
/// (<see cref="SuggestionKeys"/>); a miss then costs the normalisation of the query (linear in its length) plus the
/// capped step.</para>
/// </remarks>
internal static class NearestKeys
{
    /// <summary>How many normalised characters of a query or key the suggestion step compares.</summary>
    public const int MaxComparedLength = 64;

    /// <summary>How many words of a query or key the suggestion step compares.</summary>
    public const int MaxTokens = 8;

    /// <summary>The most work units one suggestion step spends.</summary>
    public const int WorkCap = 2_000_000;

    [ThreadStatic]
    private static int _lastWork;

    /// <summary>The work units the last suggestion step on this thread spent (for the test that checks the cap).</summary>
    internal static int LastWork => _lastWork;

    /// <summary>Words read as one: the first of each group is the canonical spelling.</summary>
    private static readonly string[][] Equivalents = Folded(new[]
    {
        new[] { "serotonin", "5ht", "5hydroxytryptamine" },
        new[] { "noradrenaline", "norepinephrine" },
        new[] { "adrenaline", "epinephrine" },
        new[] { "transporter", "uptake", "reuptake" },
    });

    /// <summary>Up to <paramref name="count"/> keys near <paramref name="query"/>, nearest first (builds the key list each call: for short lists).</summary>
    public static IReadOnlyList<string> Find(string query, IEnumerable<string> keys, int count = 3) =>
        Find(query, new SuggestionKeys(keys), count);

    /// <summary>Up to <paramref name="count"/> keys near <paramref name="query"/>, nearest first.</summary>
    public static IReadOnlyList<string> Find(string query, SuggestionKeys keys, int count = 3)
    {
        var work = 0;
        var q = Prepare(query ?? string.Empty);
        var target = q.Normalised;
        if (target.Length == 0)
        {
            // Nothing to compare ("", null, "()", "-"): every short key would be "near" it.
            _lastWork = 0;
            return ValueArray<string>.Empty;
        }

        var limit = Math.Max(2, target.Length / 3);
        var found = new List<(int Rank, int Score, string Key)>();
        var previous = new int[MaxComparedLength + 1];
        var current = new int[MaxComparedLength + 1];
        for (var i = 0; i < keys.Count && work < WorkCap; i++)
        {
            work++;
            var key = keys[i];

            // 1. Every word of the query (it has at least one) among the key's words (any order, parenthesised parts
            // optional): fewest extra words first.
            if (ContainsAll(key.Tokens, q.Tokens, ref work))
            {
                found.Add((0, key.Tokens.Length - q.Tokens.Length, key.Text));
                continue;
            }

            // 2. A small edit distance: nearest first.
            var k = key.Normalised;
            if (Math.Abs(k.Length - target.Length) <= limit)
            {
                var distance = BandedDistance(target, k, limit, previous, current, ref work);
                if (distance <= limit)
                {
                    found.Add((1, distance, key.Text));
                    continue;
                }
            }

            // 3. One contains the other (at least three characters each).
            if (target.Length >= 3 && k.Length >= 3)
            {
                work += Math.Max(k.Length, target.Length);
                if (k.Contains(target, StringComparison.Ordinal) || target.Contains(k, StringComparison.Ordinal))
                {
                    found.Add((2, Math.Abs(k.Length - target.Length), key.Text));
                }
            }
        }

        _lastWork = work;
        found.Sort(static (a, b) =>
        {
            var c = a.Rank.CompareTo(b.Rank);
            if (c == 0)
            {
                c = a.Score.CompareTo(b.Score);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
        });
        var suggestions = new List<string>(Math.Min(count, found.Count));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in found)
        {
            if (suggestions.Count >= count)
            {
                break;
            }

            if (seen.Add(item.Key))
            {
                suggestions.Add(item.Key);
            }
        }

        return ValueArray<string>.FromOwnedArray(suggestions.ToArray());
    }

    /// <summary>Levenshtein distance (kept for callers that compare two short texts).</summary>
    internal static int Distance(string a, string b) => Distance(a, b, Math.Max(a.Length, b.Length));

    /// <summary>The Levenshtein distance of two texts when it is at most <paramref name="limit"/>, else limit + 1 (the banded computation the suggestion step uses).</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var work = 0;
        return BandedDistance(a, b, limit, new int[b.Length + 1], new int[b.Length + 1], ref work);
    }

    /// <summary>Whether every word of <paramref name="query"/> is among <paramref name="key"/>'s words (both canonical).</summary>
    private static bool ContainsAll(string[] key, string[] query, ref int work)
    {
        foreach (var word in query)
        {
            var found = false;
            foreach (var candidate in key)
            {
                work++;
                if (string.Equals(word, candidate, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The Levenshtein distance of two texts when it is at most <paramref name="limit"/>, else limit + 1: only the
    /// cells within <paramref name="limit"/> of the diagonal are computed, and the row loop stops when every cell of a
    /// row exceeds the limit.
    /// </summary>
    private static int BandedDistance(string a, string b, int limit, int[] previous, int[] current, ref int work)
    {
        var big = limit + 1;
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return big; // the last row's band would not reach the last column
        }

        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j <= limit ? j : big;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[0] = i <= limit ? i : big;
            if (from > 1)
            {
                current[from - 1] = big;
            }

            var rowMin = current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.Min(value, big);
                rowMin = Math.Min(rowMin, current[j]);
            }

            work += to - from + 1;
            if (to < b.Length)
            {
                current[to + 1] = big;
            }

            if (rowMin > limit)
            {
                return big;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], big);
    }

    /// <summary>A text's normalised form (first <see cref="MaxComparedLength"/> characters) and canonical words.</summary>
    internal static (string Normalised, string[] Tokens) Prepare(string text)
    {
        var normalised = new System.Text.StringBuilder(Math.Min(text.Length, MaxComparedLength));
        var tokens = new List<string>(4);
        var token = new System.Text.StringBuilder();
        void EndToken()
        {
            if (token.Length > 0 && tokens.Count < MaxTokens)
            {
                // Words inside parentheses are kept too: "serotonin (5-HT) transporter" holds 5-HT, serotonin and transporter.
                tokens.Add(Canonical(token.ToString()));
            }

            token.Clear();
        }

        foreach (var c in text)
        {
            if (normalised.Length >= MaxComparedLength && tokens.Count >= MaxTokens)
            {
                break;
            }

            if (c is '(' or '[')
            {
                EndToken();
                continue;
            }

            if (c is ')' or ']' or ',' or ';' or '/' || char.IsWhiteSpace(c))
            {
                EndToken();
                continue;
            }

            if (LookupKeyComparer.IsIgnored(c))
            {
                continue; // a hyphen joins: "5-HT" is one word, "5ht"
            }

            var folded = LookupKeyComparer.Fold(c);
            if (normalised.Length < MaxComparedLength)
            {
                normalised.Append(folded);
            }

            if (token.Length < MaxComparedLength)
            {
                token.Append(folded);
            }
        }

        EndToken();
        return (normalised.ToString(), tokens.ToArray());
    }

    private static string[][] Folded(string[][] groups)
    {
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Length; i++)
            {
                group[i] = LookupKeyComparer.Normalize(group[i]);
            }
        }

        return groups;
    }

    private static string Canonical(string word)
    {
        foreach (var group in Equivalents)
        {
            foreach (var spelling in group)
            {
                if (string.Equals(word, spelling, StringComparison.Ordinal))
                {
                    return group[0];
                }
            }
        }

        return word;
    }

    /// <summary>A key list prepared for suggestions: each key's normalised form and canonical words, computed once.</summary>
    internal sealed class SuggestionKeys
    {
        private readonly Entry[] _entries;

        public SuggestionKeys(IEnumerable<string> keys)
        {
            var entries = new List<Entry>();
            foreach (var key in keys)
            {
                var (normalised, tokens) = Prepare(key);
                entries.Add(new Entry(key, normalised, tokens));
            }

            _entries = entries.ToArray();
        }

        public int Count => _entries.Length;

        public Entry this[int index] => _entries[index];

        /// <summary>Gets or creates the prepared list kept in <paramref name="field"/> (thread-safe; the first to publish wins).</summary>
        public static SuggestionKeys Cached(ref SuggestionKeys? field, IEnumerable<string> keys) =>
            Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, new SuggestionKeys(keys), null) ?? field!;

        internal sealed record Entry(string Text, string Normalised, string[] Tokens);
    }
}
