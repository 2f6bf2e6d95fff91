using System.Text;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>Byte offsets to character offsets, lines and columns, checked against a naive count.</summary>
public class PositionMapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Resolve_agrees_with_a_naive_count_at_every_character(int seed)
    {
        // Long lines (past the checkpoint interval), every kind of line break, 1- to 4-byte characters.
        var pieces = new[] { "a", "{\"k\": 1}", " ", "µ", "é", "€", "😀", "\n", "\r\n", "\r", "\u2028", "x" };
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            var piece = pieces[random.Next(pieces.Length)];
            text.Append(piece.Length == 1 && piece[0] is '\n' or '\r' && random.Next(4) > 0 ? "y" : piece);
        }

        var s = text.ToString();
        var bytes = Encoding.UTF8.GetBytes(s);
        var map = PositionMap.Build(bytes, 0, bytes.Length, 0);
        map.InvalidUtf8Offset.Should().Be(-1);

        foreach (var (byteOffset, position) in NaivePositions(s))
        {
            map.Resolve(byteOffset).Should().Be(position, "at byte {0}", byteOffset);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0xC0, 0x80 }, 1)] // overlong encoding
    [InlineData(new byte[] { 0x41, 0x42, 0xED, 0xA0, 0x80 }, 2)] // UTF-16 surrogate encoded in UTF-8
    [InlineData(new byte[] { 0xE2, 0x82 }, 0)] // truncated sequence
    [InlineData(new byte[] { 0x41, 0x80 }, 1)] // lone continuation byte
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 }, 0)] // beyond U+10FFFF
    [InlineData(new byte[] { 0x41, 0xF4, 0x90, 0x80, 0x80 }, 1)] // U+110000, a valid lead
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 }, 0)] // overlong three-byte encoding
    [InlineData(new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, 0)] // overlong four-byte encoding
    [InlineData(new byte[] { 0xC1, 0x80, 0x80, 0x80 }, 0)] // not a lead byte, though four bytes follow
    [InlineData(new byte[] { 0x81, 0x80, 0x80, 0x80 }, 0)] // a continuation byte as a lead
    [InlineData(new byte[] { 0x41, 0xED, 0xBF, 0xBF }, 1)] // U+DFFF, the last surrogate
    [InlineData(new byte[] { 0x41, 0x42, 0xEF, 0xBF, 0xBD }, 2)] // U+FFFD: what a compiler makes of bad bytes
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBD, 0x41 }, 0)] // U+FFFD first
    [InlineData(new byte[] { 0xC2, 0x80 }, -1)] // U+0080, the first two-byte character
    [InlineData(new byte[] { 0xDF, 0xBF }, -1)] // U+07FF, the last two-byte character
    [InlineData(new byte[] { 0xE0, 0xA0, 0x80 }, -1)] // U+0800, the first three-byte character
    [InlineData(new byte[] { 0xED, 0x9F, 0xBF }, -1)] // U+D7FF, just below the surrogates
    [InlineData(new byte[] { 0xEE, 0x80, 0x80 }, -1)] // U+E000, just above the surrogates
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBC }, -1)] // U+FFFC, next to U+FFFD
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBD }, -1)] // U+FEFD: EF .. BD, but not U+FFFD
    [InlineData(new byte[] { 0xE2, 0xBF, 0xBD }, -1)] // U+2FFD: .. BF BD, but not U+FFFD
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBF }, -1)] // U+FFFF
    [InlineData(new byte[] { 0xF0, 0x90, 0x80, 0x80 }, -1)] // U+10000, the first four-byte character
    [InlineData(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }, -1)] // U+10FFFF, the last character
    [InlineData(new byte[] { 0x41, 0xC3, 0xA9 }, -1)] // a two-byte character that ends the text
    [InlineData(new byte[] { 0x41, 0xF0, 0x9F, 0x98, 0x80 }, -1)] // a four-byte character that ends the text
    public void Build_finds_the_first_invalid_utf8_byte(byte[] bytes, int expected) =>
        PositionMap.Build(bytes, 0, bytes.Length, 0).InvalidUtf8Offset.Should().Be(expected);

    [Fact]
    public void Build_finds_an_invalid_byte_or_U_FFFD_at_every_offset_of_a_long_ascii_run()
    {
        // The validity pass skips eight ASCII bytes at a time: the first bad byte must be found wherever it falls.
        foreach (var bad in new[] { new byte[] { 0x80 }, new byte[] { 0xEF, 0xBF, 0xBD }, new byte[] { 0xC3 } })
        {
            for (var at = 0; at < 40; at++)
            {
                var bytes = Encoding.ASCII.GetBytes(new string('a', at)).Concat(bad).Concat(Encoding.ASCII.GetBytes(new string('b', at % 11))).ToArray();
                PositionMap.Build(bytes, 0, bytes.Length, 0).InvalidUtf8Offset.Should().Be(at, "the bad bytes are at {0}", at);

                var valid = Encoding.UTF8.GetBytes(new string('a', at) + "\u00e9" + new string('b', at % 11));
                PositionMap.Build(valid, 0, valid.Length, 0).InvalidUtf8Offset.Should().Be(-1);
            }
        }
    }

    [Fact]
    public void Resolve_stops_at_the_first_invalid_byte_as_the_validity_pass_finds_it()
    {
        var bytes = Encoding.UTF8.GetBytes("ab\ncd\u00e9f").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\nxyz")).ToArray();
        var map = PositionMap.Build(bytes, 0, bytes.Length, 0);

        map.InvalidUtf8Offset.Should().Be(8);
        map.Resolve(8).Should().Be((7, 1, 4));
        map.Resolve(100).Should().Be((7, 1, 4), "offsets past the invalid byte are clamped to it");
    }

    [Fact]
    public void Resolve_gives_the_same_answers_from_many_threads_on_a_new_map()
    {
        // The lookup table is built on the first Resolve; threads that race to it must all see a whole table.
        var text = string.Concat(Enumerable.Range(0, 4000).Select(i => i % 7 == 0 ? "\u00e9\r\n" : "ab\n"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = PositionMap.Build(bytes, 0, bytes.Length, 0);
        var offsets = Enumerable.Range(0, bytes.Length).Where(i => i % 5 == 0).ToArray();
        var want = offsets.Select(expected.Resolve).ToArray();

        for (var round = 0; round < 5; round++)
        {
            var map = PositionMap.Build(bytes, 0, bytes.Length, 0);
            var got = new (int, int, int)[offsets.Length];
            Parallel.For(0, offsets.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => got[i] = map.Resolve(offsets[i]));
            got.Should().Equal(want);
        }
    }

    [Theory]
    [InlineData(0, 0, 7)]
    [InlineData(5, 1, 8)]
    [InlineData(13, 0, 9)]
    [InlineData(3, 1, 10)]
    public void Resolve_agrees_with_a_naive_count_inside_a_larger_buffer_after_a_bom_character(int offset, int charBase, int seed)
    {
        // Every line break Roslyn knows (LF, CR LF, CR, U+0085, U+2028, U+2029), long ASCII runs and long lines, inside
        // a buffer whose bytes before and after the text are line breaks and non-ASCII: nothing outside may count.
        var pieces = new[] { "a", "{\"k\": 1}", new string('q', 600), "µ", "€", "😀", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029" };
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        text.Append('\r'); // a CR that ends the text, followed in the buffer by an LF that is not the text's
        var s = text.ToString();
        var json = Encoding.UTF8.GetBytes(s);
        var buffer = Enumerable.Repeat((byte)'\n', offset).Concat(json).Concat(new byte[] { (byte)'\n', 0xC2, 0x85 }).ToArray();
        var map = PositionMap.Build(buffer, offset, json.Length, charBase);
        map.InvalidUtf8Offset.Should().Be(-1);

        var expected = NaivePositions(s);
        foreach (var (byteOffset, position) in expected)
        {
            var (c, line, column) = position;
            map.Resolve(byteOffset).Should().Be((c + charBase, line, column), "at byte {0}", byteOffset);
        }

        var end = expected[^1].Position;
        end.Line.Should().Be(s.Count(ch => ch is '\n' or '\u0085' or '\u2028' or '\u2029') + CountLoneCarriageReturns(s));
        map.Resolve(json.Length + 50).Should().Be((end.Char + charBase, end.Line, end.Column), "offsets past the end are clamped to it");
        map.Resolve(-3).Should().Be((charBase, 0, 0), "negative offsets are clamped to the start");
    }

    private static int CountLoneCarriageReturns(string s) =>
        Enumerable.Range(0, s.Length).Count(i => s[i] == '\r' && (i + 1 == s.Length || s[i + 1] != '\n'));

    // The byte offset of every character start (and of the end), with its character offset, line and column.
    private static List<(int Byte, (int Char, int Line, int Column) Position)> NaivePositions(string s)
    {
        var result = new List<(int, (int, int, int))>();
        var byteOffset = 0;
        var line = 0;
        var lineStart = 0;
        for (var c = 0; ; c++)
        {
            result.Add((byteOffset, (c, line, c - lineStart)));
            if (c == s.Length)
            {
                return result;
            }

            var isBreak = s[c] is '\n' or '\u0085' or '\u2028' or '\u2029' || (s[c] == '\r' && (c + 1 >= s.Length || s[c + 1] != '\n'));
            var units = char.IsHighSurrogate(s[c]) ? 2 : 1;
            byteOffset += Encoding.UTF8.GetByteCount(s.Substring(c, units));
            c += units - 1;
            if (isBreak)
            {
                line++;
                lineStart = c + 1;
            }
        }
    }

    [Fact]
    public void A_plain_character_is_ascii_that_is_not_a_line_break_within_the_valid_text()
    {
        var json = Encoding.UTF8.GetBytes("a\r\n\u007Fé ");
        var buffer = new byte[] { (byte)'z' }.Concat(json).Concat(new byte[] { (byte)'z' }).ToArray();
        var map = PositionMap.Build(buffer, 1, json.Length, 0);

        Enumerable.Range(-1, json.Length + 2).Select(map.IsPlainCharacter).Should().Equal(
            false, // before the text
            true,  // a
            false, // CR
            false, // LF
            true,  // DEL is ASCII
            false, // the two bytes of é
            false,
            true,  // space
            false); // after the text

        var broken = new byte[] { (byte)'a', (byte)'b', 0xFF, (byte)'c' };
        var brokenMap = PositionMap.Build(broken, 0, broken.Length, 0);
        Enumerable.Range(0, 4).Select(brokenMap.IsPlainCharacter).Should().Equal(true, true, false, false);
    }
}
