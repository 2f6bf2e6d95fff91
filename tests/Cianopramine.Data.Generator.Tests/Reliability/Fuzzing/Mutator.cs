using System.Text;
using System.Text.RegularExpressions;

namespace Cianopramine.Data.Reliability.Fuzzing;

/// <summary>
/// Mutates data files: byte-level damage (bit flips, cuts, repeats, splices, invalid UTF-8) and JSON-aware edits
/// (a number or string replaced by an awkward one or by another value of the same file, a property dropped or
/// repeated, a value nested deeper), so that mutants reach the semantic rules as well as the syntax checks.
/// </summary>
internal sealed partial class Mutator
{
    private static readonly string[] Numbers =
    {
        "0", "-0", "-0.0", "1", "-1", "0.5", "1e400", "-1e400", "1e-400", "1e28", "79228162514264337593543950336", "1e-28", "1e-29",
        "12345678901234567890123456789", "0.0000000000000000000000000001", "2147483648", "-2147483649", "9223372036854775808",
        "1.5", "1E+2", "5e-5", "1800", "2101", "13", "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "0x10",
    };

    private static readonly string[] Strings =
    {
        "\"\"", "\"   \"", "\"\\u0000\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\ud83d\\ude00\"", "\"µM\"", "\"uM\"", "\"nm\"", "\"%\"",
        "\"≤\"", "\"≥\"", "\"~\"", "\"=\"", "\"<\"", "\"!=\"", "\"not-reported\"", "\"none\"", "\"class\"", "\"record\"", "\"System\"",
        "\"a.b\"", "\"1abc\"", "\"x y\"", "\"PMID:1\"", "\"10.1/x\"", "\"https://doi.org/10.1/x\"", "\"P31645\"", "\"50-00-0\"",
        "\"CHEMBL1\"", "\"DB00001\"", "\"BCGWQEHRXPVZCO-UHFFFAOYSA-N\"", "\"C20H23N3\"", "\"C0\"", "\"((C)\"", "\"Xx\"",
        "\"quantitative\"", "\"qualitative\"", "\"comparative\"", "\"IC50\"", "\"percent-inhibition\"", "\"dose\"",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\u2028\u2029\"", "\"{0}\"", "\"\\u00e9\"", "\"é\"", "\"\uFFFD\"",
        "\"$comment\"", "\"$schema\"", "\"dataset\"",
    };

    private static readonly string[] Values =
    {
        "null", "true", "false", "{}", "[]", "[null]", "[\"\"]", "{\"\":1}", "[[[[[[[[[[]]]]]]]]]]", "{\"$comment\":1}", "\"x\"", "1",
    };

    private static readonly byte[] InterestingBytes =
    {
        0x00, 0x09, 0x0A, 0x0D, 0x20, (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'/',
        (byte)'*', (byte)'-', (byte)'.', (byte)'e', 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xFF,
    };

    private readonly Random _random;

    public Mutator(Random random) => _random = random;

    /// <summary>Applies one to four mutations to a copy of <paramref name="input"/>; <paramref name="other"/> is for splices.</summary>
    public (byte[] Bytes, List<string> Applied) Mutate(byte[] input, byte[] other)
    {
        var bytes = input;
        var applied = new List<string>();
        var count = 1 + _random.Next(4);
        for (var i = 0; i < count; i++)
        {
            var (next, name) = MutateOnce(bytes, other);
            bytes = next;
            applied.Add(name);
        }

        return (bytes, applied);
    }

    private (byte[], string) MutateOnce(byte[] b, byte[] other)
    {
        // Mostly JSON-aware edits (they reach the rules); byte damage the rest of the time.
        var choice = _random.Next(100);
        return choice switch
        {
            < 18 => (ReplaceToken(b, NumberPattern(), Numbers), "number"),
            < 36 => (ReplaceToken(b, StringPattern(), Strings), "string"),
            < 50 => (SwapStrings(b), "string-from-file"),
            < 58 => (DropProperty(b), "drop-property"),
            < 64 => (RepeatProperty(b), "repeat-property"),
            < 70 => (ReplaceToken(b, ValuePattern(), Values), "value"),
            < 73 => (Nest(b), "nest"),
            < 78 => (FlipBit(b), "bit"),
            < 82 => (SetByte(b), "byte"),
            < 86 => (Delete(b), "delete"),
            < 90 => (Repeat(b), "repeat"),
            < 93 => (Truncate(b), "truncate"),
            < 97 => (Splice(b, other), "splice"),
            _ => (Insert(b, Encoding.UTF8.GetBytes(RandomDatasets.Pick(_random, Values))), "insert"),
        };
    }

    private byte[] ReplaceToken(byte[] b, Regex pattern, string[] replacements)
    {
        var text = Encoding.UTF8.GetString(b);
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return FlipBit(b);
        }

        var m = matches[_random.Next(matches.Count)];
        return Encoding.UTF8.GetBytes(text[..m.Index] + RandomDatasets.Pick(_random, replacements) + text[(m.Index + m.Length)..]);
    }

    private byte[] SwapStrings(byte[] b)
    {
        var text = Encoding.UTF8.GetString(b);
        var matches = StringPattern().Matches(text);
        if (matches.Count < 2)
        {
            return FlipBit(b);
        }

        var target = matches[_random.Next(matches.Count)];
        var source = matches[_random.Next(matches.Count)];
        return Encoding.UTF8.GetBytes(text[..target.Index] + source.Value + text[(target.Index + target.Length)..]);
    }

    private byte[] DropProperty(byte[] b)
    {
        var text = Encoding.UTF8.GetString(b);
        var matches = PropertyPattern().Matches(text);
        if (matches.Count == 0)
        {
            return Delete(b);
        }

        var m = matches[_random.Next(matches.Count)];
        return Encoding.UTF8.GetBytes(text[..m.Index] + text[(m.Index + m.Length)..]);
    }

    private byte[] RepeatProperty(byte[] b)
    {
        var text = Encoding.UTF8.GetString(b);
        var matches = PropertyPattern().Matches(text);
        if (matches.Count == 0)
        {
            return Repeat(b);
        }

        var m = matches[_random.Next(matches.Count)];
        return Encoding.UTF8.GetBytes(text[..m.Index] + m.Value + m.Value + text[(m.Index + m.Length)..]);
    }

    private byte[] Nest(byte[] b)
    {
        var text = Encoding.UTF8.GetString(b);
        var matches = ValuePattern().Matches(text);
        if (matches.Count == 0)
        {
            return Repeat(b);
        }

        var m = matches[_random.Next(matches.Count)];
        var depth = _random.Next(2) == 0 ? _random.Next(55, 70) : _random.Next(1, 5);
        return Encoding.UTF8.GetBytes(text[..m.Index] + new string('[', depth) + m.Value + new string(']', depth) + text[(m.Index + m.Length)..]);
    }

    private byte[] FlipBit(byte[] b)
    {
        if (b.Length == 0)
        {
            return new[] { RandomDatasets.Pick(_random, InterestingBytes) };
        }

        var copy = (byte[])b.Clone();
        copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        return copy;
    }

    private byte[] SetByte(byte[] b)
    {
        if (b.Length == 0)
        {
            return new[] { RandomDatasets.Pick(_random, InterestingBytes) };
        }

        var copy = (byte[])b.Clone();
        copy[_random.Next(copy.Length)] = RandomDatasets.Pick(_random, InterestingBytes);
        return copy;
    }

    private byte[] Delete(byte[] b)
    {
        if (b.Length < 2)
        {
            return Array.Empty<byte>();
        }

        var start = _random.Next(b.Length);
        var length = Math.Min(b.Length - start, 1 + _random.Next(Math.Min(64, b.Length)));
        return b[..start].Concat(b[(start + length)..]).ToArray();
    }

    private byte[] Repeat(byte[] b)
    {
        if (b.Length == 0)
        {
            return b;
        }

        var start = _random.Next(b.Length);
        var length = Math.Min(b.Length - start, 1 + _random.Next(64));
        return Insert(b, b[start..(start + length)]);
    }

    private byte[] Insert(byte[] b, byte[] piece)
    {
        var at = _random.Next(b.Length + 1);
        return b[..at].Concat(piece).Concat(b[at..]).ToArray();
    }

    private byte[] Truncate(byte[] b) => b.Length == 0 ? b : b[.._random.Next(b.Length)];

    private byte[] Splice(byte[] a, byte[] other)
    {
        var cut = a.Length == 0 ? 0 : _random.Next(a.Length);
        var from = other.Length == 0 ? 0 : _random.Next(other.Length);
        return a[..cut].Concat(other[from..]).ToArray();
    }

    [GeneratedRegex("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringPattern();

    // A property with a simple value: "name": "text" | number | literal, with the comma after it if there is one.
    [GeneratedRegex("\"[A-Za-z$][A-Za-z0-9]*\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9.eE+-]+|true|false|null|\\[[^\\[\\]{}]*\\])\\s*,?\\s*")]
    private static partial Regex PropertyPattern();

    // A value after a colon: a string, a number, a literal, or an array or object without nesting.
    [GeneratedRegex("(?<=:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9.eE+-]+|true|false|null|\\[[^\\[\\]{}]*\\]|\\{[^\\[\\]{}]*\\})")]
    private static partial Regex ValuePattern();
}
