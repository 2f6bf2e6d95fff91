using System;
using System.Collections.Generic;
using System.Threading;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Turns byte offsets into the UTF-8 text of a file into character offsets (UTF-16 code units), zero-based lines
/// and columns. Line breaks are those of Roslyn's SourceText: CR, LF, CR LF, U+0085, U+2028 and U+2029.
/// <see cref="Build"/> only validates the UTF-8 (one cheap pass); the checkpoints that lookups use are built on the
/// first lookup, so reading a file whose locations are never shown (a load without problems) never pays for them.
/// Lookups cost a binary search plus a scan of at most one checkpoint interval, so a minified single-line file is as
/// cheap as a pretty-printed one. Safe to use from several threads.
/// </summary>
internal sealed class PositionMap
{
    private const int CheckpointInterval = 512;

    private readonly byte[] _bytes;
    private readonly int _offset;
    private readonly int _length;
    private readonly int _charBase;
    private readonly object _gate = new();
    private Checkpoints? _checkpoints;

    private PositionMap(byte[] bytes, int offset, int length, int charBase)
    {
        _bytes = bytes;
        _offset = offset;
        _length = length;
        _charBase = charBase;
    }

    /// <summary>The byte offset of the first invalid UTF-8 sequence (or U+FFFD, which stands for one), or -1 when the text is valid.</summary>
    public int InvalidUtf8Offset { get; private set; } = -1;

    /// <summary>Validates the UTF-8 of <paramref name="length"/> bytes at <paramref name="offset"/>; the lookup table is built on first use.</summary>
    /// <param name="bytes">The buffer.</param>
    /// <param name="offset">Where the JSON text starts (after any byte order mark).</param>
    /// <param name="length">The number of bytes of JSON text.</param>
    /// <param name="charBase">The character offset of the JSON text's first byte (1 after a BOM character).</param>
    /// <returns>The map; check <see cref="InvalidUtf8Offset"/>.</returns>
    public static PositionMap Build(byte[] bytes, int offset, int length, int charBase)
    {
        var map = new PositionMap(bytes, offset, length, charBase);
        map.InvalidUtf8Offset = map.FirstInvalid();
        return map;
    }

    /// <summary>Resolves a byte offset (relative to the JSON text) to a character offset, line and column.</summary>
    /// <param name="byteOffset">The byte offset; clamped to the text.</param>
    /// <returns>The zero-based character offset (in the file's text), line and column.</returns>
    public (int CharOffset, int Line, int Column) Resolve(int byteOffset)
    {
        var limit = InvalidUtf8Offset >= 0 ? InvalidUtf8Offset : _length;
        byteOffset = Math.Max(0, Math.Min(byteOffset, limit));
        var table = Volatile.Read(ref _checkpoints) ?? BuildCheckpoints(limit);

        // The last checkpoint at or before the offset.
        int lo = 0, hi = table.Points.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (table.Points[mid].Byte <= byteOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var checkpoint = table.Points[lo];
        var asciiEnd = table.AsciiEnd[lo];
        if (byteOffset <= asciiEnd)
        {
            var column = checkpoint.Char + (byteOffset - checkpoint.Byte) - checkpoint.LineStartChar;
            return (checkpoint.Char + (byteOffset - checkpoint.Byte) + _charBase, checkpoint.Line, column);
        }

        var chars = checkpoint.Char + (asciiEnd - checkpoint.Byte);
        var i = asciiEnd;
        while (i < byteOffset)
        {
            var length = SequenceLength(_bytes[_offset + i]);
            chars += length == 4 ? 2 : 1;
            i += length;
        }

        return (chars + _charBase, checkpoint.Line, chars - checkpoint.LineStartChar);
    }

    /// <summary>The bytes of [<paramref name="startByte"/>, <paramref name="endByte"/>), offsets relative to the JSON text.</summary>
    /// <param name="startByte">The first byte.</param>
    /// <param name="endByte">The byte just after the span.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> Text(int startByte, int endByte) => _bytes.AsSpan(_offset + startByte, endByte - startByte);

    /// <summary>Whether the byte at an offset is a whole character that is not a line break (ASCII other than CR and LF).</summary>
    /// <param name="byteOffset">The byte offset, relative to the JSON text.</param>
    /// <returns>Whether it is, within the (valid) text.</returns>
    public bool IsPlainCharacter(int byteOffset)
    {
        var limit = InvalidUtf8Offset >= 0 ? InvalidUtf8Offset : _length;
        if (byteOffset < 0 || byteOffset >= limit)
        {
            return false;
        }

        var b = _bytes[_offset + byteOffset];
        return b < 0x80 && b != (byte)'\r' && b != (byte)'\n';
    }

    private static int SequenceLength(byte lead) => lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;

    /// <summary>The offset of the first invalid UTF-8 sequence or U+FFFD, or -1.</summary>
    private int FirstInvalid()
    {
        var i = 0;
        while (i < _length)
        {
#if NET
            // Runs of ASCII (most of a data file) skipped with vector instructions.
            var ascii = _bytes.AsSpan(_offset + i, _length - i).IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                return -1;
            }

            i += ascii;
#else
            // Eight ASCII bytes at a time: most of a data file.
            if (i + 8 <= _length && (BitConverter.ToUInt64(_bytes, _offset + i) & 0x8080808080808080UL) == 0)
            {
                i += 8;
                continue;
            }
#endif

            var b = _bytes[_offset + i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var length = ValidSequenceLength(i);

            // U+FFFD counts as invalid too: it is what the compiler decodes invalid UTF-8 into, and the generator sees
            // only that text; rejecting it makes the generator and the loader (which sees the bytes) agree.
            if (length == 0 || (length == 3 && b == 0xEF && _bytes[_offset + i + 1] == 0xBF && _bytes[_offset + i + 2] == 0xBD))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }

    private Checkpoints BuildCheckpoints(int limit)
    {
        lock (_gate)
        {
            if (_checkpoints is { } built)
            {
                return built;
            }

            var table = new Checkpoints();
            Scan(table, limit);
            Volatile.Write(ref _checkpoints, table);
            return table;
        }
    }

    /// <summary>Records the checkpoints of the text up to <paramref name="limit"/> (valid UTF-8 up to there).</summary>
    private void Scan(Checkpoints table, int limit)
    {
        var line = 0;
        var lineStartChar = 0;
        var chars = 0;
        var lastCheckpointByte = 0;
        table.Add(new Checkpoint(0, 0, 0, 0));
        var i = 0;
        while (i < limit)
        {
            var b = _bytes[_offset + i];
            var length = SequenceLength(b);
            if (b >= 0x80)
            {
                table.SetAsciiEnd(i);
            }

            var lineBreak = false;
            if (b == (byte)'\n')
            {
                lineBreak = true;
            }
            else if (b == (byte)'\r')
            {
                lineBreak = i + 1 >= _length || _bytes[_offset + i + 1] != (byte)'\n';
            }
            else if (length == 2 && b == 0xC2 && _bytes[_offset + i + 1] == 0x85)
            {
                lineBreak = true; // U+0085
            }
            else if (length == 3 && b == 0xE2 && _bytes[_offset + i + 1] == 0x80 &&
                     (_bytes[_offset + i + 2] == 0xA8 || _bytes[_offset + i + 2] == 0xA9))
            {
                lineBreak = true; // U+2028, U+2029
            }

            chars += length == 4 ? 2 : 1;
            i += length;
            if (lineBreak)
            {
                line++;
                lineStartChar = chars;
                table.Add(new Checkpoint(i, chars, line, lineStartChar));
                lastCheckpointByte = i;
            }
            else if (i - lastCheckpointByte >= CheckpointInterval)
            {
                table.Add(new Checkpoint(i, chars, line, lineStartChar));
                lastCheckpointByte = i;
            }
        }

        table.SetAsciiEnd(limit);
    }

    /// <summary>The length of the valid UTF-8 sequence at <paramref name="i"/>, or 0 when it is invalid.</summary>
    private int ValidSequenceLength(int i)
    {
        var b0 = _bytes[_offset + i];
        if (b0 < 0x80)
        {
            return 1;
        }

        int length;
        int min;
        if (b0 is >= 0xC2 and <= 0xDF)
        {
            length = 2;
            min = 0x80;
        }
        else if (b0 is >= 0xE0 and <= 0xEF)
        {
            length = 3;
            min = 0x800;
        }
        else if (b0 is >= 0xF0 and <= 0xF4)
        {
            length = 4;
            min = 0x10000;
        }
        else
        {
            return 0;
        }

        if (i + length > _length)
        {
            return 0;
        }

        var codePoint = b0 & (0xFF >> (length + 1));
        for (var k = 1; k < length; k++)
        {
            var b = _bytes[_offset + i + k];
            if ((b & 0xC0) != 0x80)
            {
                return 0;
            }

            codePoint = (codePoint << 6) | (b & 0x3F);
        }

        var valid = codePoint >= min && codePoint <= 0x10FFFF && codePoint is < 0xD800 or > 0xDFFF;
        return valid ? length : 0;
    }

    /// <summary>The checkpoints, and for each the offset of the first non-ASCII byte after it (or of the next checkpoint).</summary>
    private sealed class Checkpoints
    {
        public List<Checkpoint> Points { get; } = new();

        // Up to AsciiEnd a byte is a character, so most lookups in a mostly-ASCII file need no scan at all.
        public List<int> AsciiEnd { get; } = new();

        public void Add(Checkpoint checkpoint)
        {
            SetAsciiEnd(checkpoint.Byte);
            Points.Add(checkpoint);
            AsciiEnd.Add(-1);
        }

        /// <summary>Ends the ASCII run of the last checkpoint at <paramref name="offset"/>, if it has not ended yet.</summary>
        public void SetAsciiEnd(int offset)
        {
            var last = AsciiEnd.Count - 1;
            if (last >= 0 && AsciiEnd[last] < 0)
            {
                AsciiEnd[last] = offset;
            }
        }
    }

    private readonly struct Checkpoint
    {
        public Checkpoint(int @byte, int @char, int line, int lineStartChar)
        {
            Byte = @byte;
            Char = @char;
            Line = line;
            LineStartChar = lineStartChar;
        }

        public int Byte { get; }

        public int Char { get; }

        public int Line { get; }

        public int LineStartChar { get; }
    }
}
