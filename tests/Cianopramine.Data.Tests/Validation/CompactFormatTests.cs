using System.Text;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Embedding;
using Cianopramine.Data.Model;
using Cianopramine.Data.Reliability;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The compact form the generator embeds, written and read in one process: integers at every digit boundary with
/// line breaks anywhere in the stream, signed integers, decimals with their scale, doubles by their bits, the string
/// table split into blocks (text that is not well-formed UTF-16 included), and whole datasets through the same call
/// the generated code makes.
/// </summary>
public class CompactFormatTests
{
    public static TheoryData<ulong> Numbers() => new()
    {
        0, 1, 8191, 8192, 8193, (1UL << 26) - 1, 1UL << 26, (1UL << 39) + 5, uint.MaxValue, long.MaxValue, ulong.MaxValue,
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Unsigned_integers_read_back_with_or_without_line_breaks_between_their_digits(ulong value)
    {
        var data = new CompactData();
        data.UInt(value);
        data.UInt(7);
        var stream = data.Stream;
        stream.Length.Should().Be(Digits(value) + 1);

        // The generated literal breaks lines anywhere: before a number and between its digits.
        var broken = "\n" + string.Join("\r\n", stream.ToCharArray());
        foreach (var text in new[] { stream, broken })
        {
            var reader = new CompactReader(text.AsSpan(), Array.Empty<string>(), string.Empty);
            reader.Next().Should().Be(value);
            reader.Next().Should().Be(7UL);
            reader.AtEnd.Should().BeTrue();
        }
    }

    private static int Digits(ulong value)
    {
        var digits = 1;
        while (value >= 8192)
        {
            value >>= 13;
            digits++;
        }

        return digits;
    }

    [Fact]
    public void Counts_and_indexes_are_never_negative()
    {
        var act = () => new CompactData().Int(-1);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void A_count_or_index_too_large_for_an_int_is_an_overflow_not_a_wrapped_number()
    {
        // 2^32, read where a count or index is expected: a stream from another generator version, or a damaged one,
        // must fail loudly instead of reading as 0.
        var data = new CompactData();
        data.UInt(1UL << 32);
        var stream = data.Stream;

        new CompactReader(stream.AsSpan(), Array.Empty<string>(), string.Empty).Next().Should().Be(1UL << 32);
        var act = () => new CompactReader(stream.AsSpan(), Array.Empty<string>(), string.Empty).Int();
        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.50")]
    [InlineData("-0.000050")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("1234567890123456789.0123456789")]
    public void Decimals_read_back_with_their_sign_and_scale(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var data = new CompactData();
        data.Decimal(value);
        data.Bool(true);

        var reader = new CompactReader(data.Stream.AsSpan(), Array.Empty<string>(), string.Empty);
        var back = reader.Decimal();
        back.Should().Be(value);
        back.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(text, "the scale is part of the value written");
        reader.Flag().Should().BeTrue();
        reader.AtEnd.Should().BeTrue();
    }

    [Fact]
    public void Doubles_read_back_bit_for_bit()
    {
        foreach (var value in new[] { 0.0, -0.0, 1.5e-300, double.MaxValue, double.NegativeInfinity, double.NaN })
        {
            DoubleReadsBack(value);
        }
    }

    private static void DoubleReadsBack(double value)
    {
        var data = new CompactData();
        data.Bool(true);
        data.Double(value);

        var reader = new CompactReader(data.Stream.AsSpan(), Array.Empty<string>(), string.Empty);
        BitConverter.DoubleToInt64Bits(reader.OptionalDouble()!.Value).Should().Be(BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(4095L)]
    [InlineData(-4096L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Signed_integers_are_written_zig_zag_and_read_back(long value)
    {
        var data = new CompactData();
        data.SignedInt(value);
        var reader = new CompactReader(data.Stream.AsSpan(), Array.Empty<string>(), string.Empty);

        var zigZag = reader.Next();
        zigZag.Should().Be(value >= 0 ? (ulong)value * 2 : ((ulong)(-(value + 1)) * 2) + 1);

        // An optional integer is the same code plus one, 0 meaning none. (Its values are identifiers, years, months and
        // sample sizes, all far from long.MinValue, whose code plus one would wrap to "none".)
        if (value == long.MinValue)
        {
            return;
        }

        var optional = new CompactData();
        optional.Int(0);
        optional.UInt(zigZag + 1);
        var r = new CompactReader(optional.Stream.AsSpan(), Array.Empty<string>(), string.Empty);
        r.OptionalInteger().Should().BeNull();
        r.OptionalInteger().Should().Be(value);
    }

    [Fact]
    public void Optional_flags_strings_and_words_read_back()
    {
        var data = new CompactData();
        data.Int(0);
        data.Int(1);
        data.Int(2);
        data.OptionalString(null);
        data.OptionalString("b");
        data.String("a");
        data.OptionalEnum<Species>(null);
        data.OptionalEnum<Species>(Species.Rat);
        data.Enum(Species.Human);

        var strings = data.Strings.ToArray();
        strings.Should().Equal("b", "a");
        var reader = new CompactReader(data.Stream.AsSpan(), strings, string.Empty);
        reader.OptionalBool().Should().BeNull();
        reader.OptionalBool().Should().BeFalse();
        reader.OptionalBool().Should().BeTrue();
        reader.OptionalString().Should().BeNull();
        reader.OptionalString().Should().Be("b");
        reader.String().Should().Be("a");
        reader.OptionalWord<Species>().Should().BeNull();
        reader.OptionalWord<Species>().Should().Be(Species.Rat);
        reader.Word<Species>().Should().Be(Species.Human);
        reader.AtEnd.Should().BeTrue();
    }

    [Fact]
    public void The_string_table_splits_into_blocks_and_reads_back_every_string()
    {
        var strings = new List<string> { string.Empty, "a", "caf\u00e9 \U0001F600", "\uD800", "x\uDC00y", "\uD83D", "z\uD83D\uDE00\uDE00" };
        for (var i = 0; i < 300; i++)
        {
            strings.Add("compound " + i + " " + new string('\u00e9', i % 50));
        }

        strings.Add(new string('L', 3 * CompactData.StringBlockBytes)); // larger than a block on its own
        strings.Add("after the large one");

        var (header, blocks) = CompactData.StringTable(strings);
        blocks.Count.Should().BeGreaterThan(2);
        blocks.Should().OnlyContain(b => Encoding.UTF8.GetByteCount(b) <= CompactData.StringBlockBytes || b.Contains(new string('L', 100), StringComparison.Ordinal));

        var utf8 = blocks.Select(b => Encoding.UTF8.GetBytes(b)).ToArray();
        var back = GeneratedDatasets.ReadStrings(header.Stream, i => utf8[i]);

        back.Should().Equal(strings);

        // Blocks are filled before a new one starts: every string here but the large one is under 200 bytes, so each
        // block before the one that holds the large string is more than full minus 200 bytes.
        var large = blocks.FindIndex(b => b.Contains(new string('L', 100), StringComparison.Ordinal));
        utf8.Take(large - 1).Should().OnlyContain(b => b.Length > CompactData.StringBlockBytes - 200);
    }

    [Fact]
    public void A_string_written_twice_is_in_the_table_once()
    {
        var data = new CompactData();
        data.String("cianopramine");
        data.OptionalString("cianopramine");
        data.String("desmethylcianopramine");
        data.String("cianopramine");

        data.Strings.Should().Equal("cianopramine", "desmethylcianopramine");
    }

    [Fact]
    public void An_empty_string_table_has_no_blocks()
    {
        var (header, blocks) = CompactData.StringTable(Array.Empty<string>());

        blocks.Should().BeEmpty();
        GeneratedDatasets.ReadStrings(header.Stream, _ => throw new InvalidOperationException("no block to read")).Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_dataset_encoded_as_the_generator_does_builds_back_to_the_same_data(int seed)
    {
        var original = RandomDatasets.Build(new DatasetShape(12, 80, 6, 6, 400, 20, 10, 6), seed);
        var (data, stringTable, blocks, referenceLists) = CompactSink.Encode(original.Content);
        blocks.Count.Should().BeGreaterThan(1, "the data is large enough for several string blocks");
        var utf8 = blocks.Select(b => Encoding.UTF8.GetBytes(b)).ToArray();

        string[]? cache = null;
        var hash = CanonicalSink.ComputeHash(original.Content);
        var built = GeneratedDatasets.Build(GeneratedDatasets.DataFormatVersion, hash, data, stringTable, referenceLists, i => utf8[i], ref cache);

        CanonicalSink.Render(built.Content).Should().Be(CanonicalSink.Render(original.Content));
        CanonicalSink.ComputeHash(built.Content).Should().Be(hash);
        built.Metadata.ContentHash.Should().Be(hash);
        cache.Should().NotBeNull();

        // A second build reuses the decoded strings: the blocks are not read again.
        var again = GeneratedDatasets.Build(GeneratedDatasets.DataFormatVersion, hash, data, stringTable, referenceLists, _ => throw new InvalidOperationException("read again"), ref cache);
        CanonicalSink.Render(again.Content).Should().Be(CanonicalSink.Render(original.Content));
    }

    [Fact]
    public void Data_of_another_format_version_is_refused_with_both_versions_named()
    {
        string[]? cache = null;
        var act = () => GeneratedDatasets.Build(GeneratedDatasets.DataFormatVersion + 1, "h", string.Empty, string.Empty, string.Empty, _ => default, ref cache);

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "This dataset was generated for data format " + (GeneratedDatasets.DataFormatVersion + 1) + ", but this Cianopramine.Data library reads format " +
            GeneratedDatasets.DataFormatVersion + ". Use the same version of the package for the generator and the library.");

        var nullBlocks = () => GeneratedDatasets.Build(GeneratedDatasets.DataFormatVersion, "h", string.Empty, string.Empty, string.Empty, null!, ref cache);
        nullBlocks.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("stringBlocks");
    }
}
