using System;
using System.Globalization;
using System.Text;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// The Unicode rules for the text entities are looked up and shown by (CPD0048): a compound's name and synonyms, a
/// target's symbol, name and gene, a classification's symbol and gene. The reader applies them to each such string
/// at its own position, on both paths, so the generator and the loader report the same thing.
/// </summary>
/// <remarks>
/// A name must be in Unicode normalization form C (NFC), so that "é" written as one character and as "e" plus a
/// combining accent are not two different names that look the same (the rule rejects rather than normalises, so the
/// data is what the file says); and hold no control character (U+0000–U+001F, U+007F–U+009F), no bidirectional
/// formatting character (U+202A–U+202E, U+2066–U+2069: they display text in another order than it is stored, the
/// "Trojan Source" trick), no non-character U+FFFE or U+FFFF, and at least one visible character (not only white space,
/// zero-width and other format characters, or the invisible Hangul and Braille fillers).
/// </remarks>
internal static class NameRules
{
    /// <summary>
    /// The code points whose NFC is another string (Unicode's NFC_Quick_Check = No), as sorted inclusive pairs.
    /// Generated from the runtime's normalization (.NET 10, ICU 72); <c>NameRulesTests</c> checks it.
    /// </summary>
    internal static readonly int[] NotNfc =
    {
        0x0340, 0x0341, 0x0343, 0x0344, 0x0374, 0x0374, 0x037E, 0x037E, 0x0387, 0x0387, 0x0958, 0x095F,
        0x09DC, 0x09DD, 0x09DF, 0x09DF, 0x0A33, 0x0A33, 0x0A36, 0x0A36, 0x0A59, 0x0A5B, 0x0A5E, 0x0A5E,
        0x0B5C, 0x0B5D, 0x0F43, 0x0F43, 0x0F4D, 0x0F4D, 0x0F52, 0x0F52, 0x0F57, 0x0F57, 0x0F5C, 0x0F5C,
        0x0F69, 0x0F69, 0x0F73, 0x0F73, 0x0F75, 0x0F76, 0x0F78, 0x0F78, 0x0F81, 0x0F81, 0x0F93, 0x0F93,
        0x0F9D, 0x0F9D, 0x0FA2, 0x0FA2, 0x0FA7, 0x0FA7, 0x0FAC, 0x0FAC, 0x0FB9, 0x0FB9, 0x1F71, 0x1F71,
        0x1F73, 0x1F73, 0x1F75, 0x1F75, 0x1F77, 0x1F77, 0x1F79, 0x1F79, 0x1F7B, 0x1F7B, 0x1F7D, 0x1F7D,
        0x1FBB, 0x1FBB, 0x1FBE, 0x1FBE, 0x1FC9, 0x1FC9, 0x1FCB, 0x1FCB, 0x1FD3, 0x1FD3, 0x1FDB, 0x1FDB,
        0x1FE3, 0x1FE3, 0x1FEB, 0x1FEB, 0x1FEE, 0x1FEF, 0x1FF9, 0x1FF9, 0x1FFB, 0x1FFB, 0x1FFD, 0x1FFD,
        0x2000, 0x2001, 0x2126, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x2ADC, 0x2ADC, 0xF900, 0xFA0D,
        0xFA10, 0xFA10, 0xFA12, 0xFA12, 0xFA15, 0xFA1E, 0xFA20, 0xFA20, 0xFA22, 0xFA22, 0xFA25, 0xFA26,
        0xFA2A, 0xFA6D, 0xFA70, 0xFAD9, 0xFB1D, 0xFB1D, 0xFB1F, 0xFB1F, 0xFB2A, 0xFB36, 0xFB38, 0xFB3C,
        0xFB3E, 0xFB3E, 0xFB40, 0xFB41, 0xFB43, 0xFB44, 0xFB46, 0xFB4E, 0x1D15E, 0x1D164, 0x1D1BB, 0x1D1C0,
        0x2F800, 0x2FA1D
    };

    /// <summary>
    /// The characters NFC composes with the character before them (the second parts of every precomposed character),
    /// as sorted inclusive pairs. Generated and checked like <see cref="NotNfc"/>.
    /// </summary>
    internal static readonly int[] Composing =
    {
        0x0300, 0x0304, 0x0306, 0x030C, 0x030F, 0x030F, 0x0311, 0x0311, 0x0313, 0x0314, 0x031B, 0x031B,
        0x0323, 0x0328, 0x032D, 0x032E, 0x0330, 0x0331, 0x0338, 0x0338, 0x0342, 0x0342, 0x0345, 0x0345,
        0x0653, 0x0655, 0x093C, 0x093C, 0x09BE, 0x09BE, 0x09D7, 0x09D7, 0x0B3E, 0x0B3E, 0x0B56, 0x0B57,
        0x0BBE, 0x0BBE, 0x0BD7, 0x0BD7, 0x0C56, 0x0C56, 0x0CC2, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D3E,
        0x0D57, 0x0D57, 0x0DCA, 0x0DCA, 0x0DCF, 0x0DCF, 0x0DDF, 0x0DDF, 0x102E, 0x102E, 0x1161, 0x1175,
        0x11A8, 0x11C2, 0x1B35, 0x1B35, 0x3099, 0x309A, 0x110BA, 0x110BA, 0x11127, 0x11127, 0x1133E, 0x1133E,
        0x11357, 0x11357, 0x114B0, 0x114B0, 0x114BA, 0x114BA, 0x114BD, 0x114BD, 0x115AF, 0x115AF, 0x11930, 0x11930
    };

    /// <summary>The smallest code point in <see cref="NotNfc"/> and <see cref="Composing"/>: below it every character is NFC.</summary>
    private static readonly int FirstInTables = Math.Min(NotNfc[0], Composing[0]);

    /// <summary>Whether every character is printable ASCII (U+0020 to U+007E).</summary>
    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What is wrong with a name, in words, or <see langword="null"/> when nothing is.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The problem, e.g. <c>contains the control character U+0001</c>.</returns>
    public static string? Problem(string text)
    {
        // Printable ASCII (almost every name) has none of the problems below, and is NFC.
        if (IsPrintableAscii(text))
        {
            return null;
        }

        var visible = false;
        var blank = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c))
            {
                return "contains the control character " + CodePoint(c);
            }

            if (IsBidiFormatting(c))
            {
                return "contains the bidirectional formatting character " + CodePoint(c)
                    + ", which makes text display in another order than it is stored";
            }

            if (c is '\uFFFE' or '\uFFFF')
            {
                return "contains the non-character " + CodePoint(c);
            }

            blank &= char.IsWhiteSpace(c);
            visible |= IsVisible(text, i);
        }

        if (!visible && !blank)
        {
            // Blank text is CPD0024's.
            return "has no visible character, only white space and invisible formatting characters";
        }

        return IsNfc(text)
            ? null
            : "is not in Unicode normalization form C (NFC): write each accented letter as one character (é as U+00E9, not e and U+0301)";
    }

    /// <summary>
    /// Whether the text is in NFC, decided from tables in this file rather than by <see cref="string.IsNormalized()"/>,
    /// whose answer depends on the runtime's globalization mode (an app with <c>InvariantGlobalization</c> has no
    /// normalization data) and so could differ between the compiler, where the generator runs, and the app, where the
    /// loader runs. Not NFC: a character whose NFC is another (<see cref="NotNfc"/>: U+212B ANGSTROM SIGN is U+00C5,
    /// U+0344 is U+0308 U+0301), or a character that NFC composes with what precedes it (<see cref="Composing"/>: the
    /// combining accents, the kana voicing marks, the Hangul medial vowels and final consonants) anywhere but first.
    /// The second part is stricter than NFC, which keeps a combining mark after a letter it has no composed form with
    /// ("q" and U+0301): a name needs neither. <c>NameRulesTests</c> in the generator tests, which run with ICU, checks
    /// both tables against the runtime's normalization for every code point.
    /// </summary>
    internal static bool IsNfc(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var cp = (int)text[i];
            if (cp < FirstInTables)
            {
                continue;
            }

            var start = i;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (In(NotNfc, cp) || (start > 0 && In(Composing, cp)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a code point lies in one of the sorted, inclusive [start, end] pairs of <paramref name="ranges"/>.</summary>
    internal static bool In(int[] ranges, int cp)
    {
        int lo = 0, hi = (ranges.Length / 2) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (cp < ranges[2 * mid])
            {
                hi = mid - 1;
            }
            else if (cp > ranges[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text as a message can quote it: every character a name may not hold, and every invisible one, as <c>\uXXXX</c>.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The quotable text.</returns>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A surrogate pair is one character, judged whole: IsVisible is false for its second half alone.
                if (IsVisible(text, i))
                {
                    quoted.Append(c).Append(text[i + 1]);
                }
                else
                {
                    Escape(quoted, c);
                    Escape(quoted, text[i + 1]);
                }

                i++;
            }
            else if (c == ' ' || (IsVisible(text, i) && !char.IsControl(c) && !IsBidiFormatting(c) && c is not ('\uFFFE' or '\uFFFF')))
            {
                quoted.Append(c);
            }
            else
            {
                Escape(quoted, c);
            }
        }

        return quoted.ToString();
    }

    private static void Escape(StringBuilder quoted, char c) =>
        quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    private static bool IsBidiFormatting(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool IsVisible(string text, int index)
    {
        var c = text[index];
        if (char.IsWhiteSpace(c) || char.IsLowSurrogate(c))
        {
            return false;
        }

        // Letters that show nothing: the Hangul fillers, the Braille blank, the combining grapheme joiner. (A code
        // point not yet assigned counts as visible, so that runtimes of different Unicode versions agree.)
        if (c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' or '\u034F')
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(text, index) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate => false,
            _ => true,
        };
    }

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
