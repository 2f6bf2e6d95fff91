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

            if (Fold(x[i]) != Fold(y[j]))
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
                if (!IsIgnored(c))
                {
                    hash = (hash ^ Fold(c)) * 16777619;
                }
            }

            return hash;
        }
    }

    /// <summary>The key with ignored characters removed and letters upper-cased, for display and distances.</summary>
    public static string Normalize(string text) => LookupKey.Normalize(text);

    private static int Skip(string s, int index)
    {
        while (index < s.Length && IsIgnored(s[index]))
        {
            index++;
        }

        return index;
    }

    internal static bool IsIgnored(char c) => LookupKey.IsIgnored(c);

    internal static char Fold(char c) => LookupKey.Fold(c);
}
