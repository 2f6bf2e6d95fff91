using System;
using System.Collections.Generic;

namespace Cianopramine.Data.Model;

/// <summary>
/// Compares lookup keys ignoring case, white space and hyphens, so "ro11-2465", "Ro 11-2465" and "RO112465" are one
/// key. Neither hashing nor comparing allocates.
/// </summary>
internal sealed class LookupKeyComparer : IEqualityComparer<string>
{
    public static LookupKeyComparer Instance { get; } = new();

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        int i = 0, j = 0;
        while (true)
        {
            i = Skip(x, i);
            j = Skip(y, j);
            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (KeyOf(x[i]) != KeyOf(y[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    public int GetHashCode(string obj)
    {
        if (obj is null)
        {
            return 0;
        }

        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in obj)
            {
                var key = KeyOf(c);
                if (key != Ignored)
                {
                    hash = (hash ^ key) * 16777619;
                }
            }

            return hash;
        }
    }

    /// <summary>The key with ignored characters removed and letters upper-cased, for display and distances.</summary>
    public static string Normalize(string text) => LookupKey.Normalize(text);

    private static int Skip(string s, int index)
    {
        while (index < s.Length && KeyOf(s[index]) == Ignored)
        {
            index++;
        }

        return index;
    }

    internal static bool IsIgnored(char c) => LookupKey.IsIgnored(c);

    /// <summary>What <see cref="KeyOf"/> gives for a character lookups ignore.</summary>
    private const int Ignored = -1;

    /// <summary><see cref="KeyOf"/> for ASCII, made from <see cref="LookupKey"/>'s rules once.</summary>
    private static readonly int[] AsciiKeys = MakeAsciiKeys();

    /// <summary>A character as lookups compare it (<see cref="Fold"/>), or <see cref="Ignored"/>; a table for ASCII.</summary>
    private static int KeyOf(char c) => c < 128 ? AsciiKeys[c] : IsIgnored(c) ? Ignored : Fold(c);

    private static int[] MakeAsciiKeys()
    {
        var keys = new int[128];
        for (var c = 0; c < keys.Length; c++)
        {
            keys[c] = IsIgnored((char)c) ? Ignored : Fold((char)c);
        }

        return keys;
    }

    internal static char Fold(char c) => LookupKey.Fold(c);
}
