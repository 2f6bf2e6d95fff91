using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// The compact form a dataset is emitted in: a table of distinct strings (UTF-8, in <c>u8</c> literals of about
/// <see cref="StringBlockBytes"/> bytes each, stored as constant data in the assembly) and one stream of unsigned
/// integers (string indexes, entity indexes, enumeration ordinals, counts, decimals' parts) in a raw string literal.
/// The library's <c>CompactReader</c> reads both once, on first access, and builds the model objects. Only the
/// generated string-block switch grows with the dataset, by one arm per block, and no literal is longer than a line.
/// </summary>
/// <remarks>
/// <para>Integers are written little-endian in 13-bit digits, one character per digit, from a range of CJK ideographs
/// that needs no escaping: the last digit of a number is U+4000 + digit, every earlier digit U+6000 + digit. Numbers
/// below 8192 (almost every index, count and ordinal) take one character. The reader skips anything below U+4000 (the
/// literal's line breaks). The stream is an ordinary string literal; it is read once and its characters are not kept.</para>
/// <para>What is written and read is named once, in <see cref="ModelFormat"/>; its version,
/// <see cref="ModelFormat.CompactFormatVersion"/>, is checked at build time (CPD0032). The format is not a public
/// contract.</para>
/// </remarks>
internal sealed class CompactData
{
    /// <summary>The bits a digit holds.</summary>
    public const int DigitBits = 13;

    /// <summary>The character of a final digit 0.</summary>
    public const int FinalDigitBase = 0x4000;

    /// <summary>The character of a continuation digit 0.</summary>
    public const int ContinuationDigitBase = 0x6000;

    /// <summary>The target size of one string-table literal, in UTF-8 bytes.</summary>
    public const int StringBlockBytes = 8 * 1024;

    /// <summary>Characters per line of the integer stream's literal.</summary>
    public const int StreamLineLength = 100;

    private readonly StringBuilder _stream = new();
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _strings = new();

    /// <summary>The number of distinct strings.</summary>
    public int StringCount => _strings.Count;

    /// <summary>The distinct strings, in index order.</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>The integer stream as characters.</summary>
    public string Stream => _stream.ToString();

    /// <summary>Writes an unsigned integer.</summary>
    public void UInt(ulong value)
    {
        const ulong digitMask = (1UL << DigitBits) - 1;
        while (value > digitMask)
        {
            _stream.Append((char)(ContinuationDigitBase + (int)(value & digitMask)));
            value >>= DigitBits;
        }

        _stream.Append((char)(FinalDigitBase + (int)value));
    }

    /// <summary>Writes a non-negative integer.</summary>
    public void Int(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Counts and indexes are never negative.");
        }

        UInt((ulong)value);
    }

    /// <summary>Writes any integer (zig-zag: 0, -1, 1, -2 … become 0, 1, 2, 3 …).</summary>
    public void SignedInt(long value) => UInt((ulong)((value << 1) ^ (value >> 63)));

    /// <summary>Writes a flag: 0 or 1.</summary>
    public void Bool(bool value) => UInt(value ? 1UL : 0UL);

    /// <summary>Writes an enumeration member by its ordinal.</summary>
    public void Enum<T>(T value)
        where T : struct, Enum => Int(Convert.ToInt32(value, CultureInfo.InvariantCulture));

    /// <summary>Writes an optional enumeration member: 0 for none, else its ordinal + 1.</summary>
    public void OptionalEnum<T>(T? value)
        where T : struct, Enum => Int(value is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture) + 1 : 0);

    /// <summary>Writes a string by its index in the string table (added if new).</summary>
    public void String(string value) => Int(IndexOf(value));

    /// <summary>Writes an optional string: 0 for none, else its index + 1.</summary>
    public void OptionalString(string? value) => Int(value is null ? 0 : IndexOf(value) + 1);

    /// <summary>Writes a decimal exactly, scale included (0.50 stays 0.50): sign and scale, the low 64 bits, the high 32 bits.</summary>
    public void Decimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0 ? 1 : 0;
        Int((scale << 1) | negative);
        UInt(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        UInt((uint)bits[2]);
    }

    /// <summary>Writes a double exactly, by its IEEE 754 bits.</summary>
    public void Double(double value) => UInt((ulong)BitConverter.DoubleToInt64Bits(value));

    /// <summary>
    /// Writes the string table's header into the stream: the number of strings, then per block the number of strings
    /// in it and each one's length. A string that is not well-formed UTF-16 (a lone surrogate) cannot be a UTF-8
    /// literal; it is written into the stream itself, UTF-16 code unit by code unit.
    /// </summary>
    /// <returns>The text of each block, ready for a <c>u8</c> literal (unescaped).</returns>
    public static (CompactData Header, List<string> Blocks) StringTable(IReadOnlyList<string> strings)
    {
        var header = new CompactData();
        var blocks = new List<string>();
        var counts = new List<int>();
        var lengths = new CompactData();
        var block = new StringBuilder();
        var blockBytes = 0;
        var inBlock = 0;
        foreach (var text in strings)
        {
            if (IsWellFormed(text))
            {
                var bytes = Encoding.UTF8.GetByteCount(text);
                if (inBlock > 0 && blockBytes + bytes > StringBlockBytes)
                {
                    blocks.Add(block.ToString());
                    counts.Add(inBlock);
                    block.Clear();
                    blockBytes = 0;
                    inBlock = 0;
                }

                block.Append(text);
                blockBytes += bytes;
                lengths.Int(bytes << 1);
            }
            else
            {
                lengths.Int((text.Length << 1) | 1);
                foreach (var c in text)
                {
                    lengths.Int(c);
                }
            }

            inBlock++;
        }

        if (inBlock > 0)
        {
            blocks.Add(block.ToString());
            counts.Add(inBlock);
        }

        header.Int(strings.Count);
        header.Int(blocks.Count);
        foreach (var count in counts)
        {
            header.Int(count);
        }

        header._stream.Append(lengths._stream);
        return (header, blocks);
    }

    private int IndexOf(string value)
    {
        if (!_stringIndex.TryGetValue(value, out var index))
        {
            index = _strings.Count;
            _strings.Add(value);
            _stringIndex.Add(value, index);
        }

        return index;
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
