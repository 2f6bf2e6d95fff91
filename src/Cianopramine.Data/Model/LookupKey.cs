namespace Cianopramine.Data.Model;

/// <summary>
/// The one rule by which names, synonyms, ids and identifiers are looked up: case, white space, hyphens, dashes and
/// underscores do not matter ("ro11-2465", "Ro 11-2465" and "RO112465" are one key). The library's lookups
/// (<c>LookupKeyComparer</c>) and the data rule that warns when two entities share a key (CPD0033, CPD0047) both use
/// it, so the warning and the lookup can never disagree.
/// </summary>
internal static class LookupKey
{
    /// <summary>Whether a character is ignored by lookups.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is a hyphen, dash, underscore or white space.</returns>
    public static bool IsIgnored(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013' or '_' || char.IsWhiteSpace(c);

    /// <summary>A character as lookups compare it: upper case, invariantly.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static char Fold(char c) => c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);

    /// <summary>The key with ignored characters removed and letters upper-cased.</summary>
    /// <param name="text">A name or identifier.</param>
    /// <returns>The normalised key.</returns>
    public static string Normalize(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!IsIgnored(c))
            {
                chars[n++] = Fold(c);
            }
        }

        return new string(chars, 0, n);
    }
}
