using System.Text;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The reader's entry points before any JSON is read: which byte order marks and encodings are refused as not UTF-8
/// (the one decoding rule both paths share), the words for an input that cannot be opened, a lone byte order mark at a
/// limit of zero, and the span overload's promise to refuse input without copying it.
/// </summary>
public class ReaderEntryPointTests
{
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("{ \"dataset\": \"test\" }");

    public static TheoryData<byte[], bool> ByteOrderMarks() => new()
    {
        { new byte[] { 0xFF, 0xFE }, true },                // UTF-16 LE
        { new byte[] { 0xFE, 0xFF }, true },                // UTF-16 BE
        { new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, true },    // UTF-32 LE starts like UTF-16 LE
        { new byte[] { 0x00, 0x00, 0xFE, 0xFF }, false },   // UTF-32 BE: read as UTF-8 by the compiler too
        { new byte[] { 0xFF }, false },
        { new byte[] { 0xFE }, false },
        { Array.Empty<byte>(), false },
        { new byte[] { 0xFF, 0xFF }, false },
        { new byte[] { 0xFE, 0xFE }, false },
        { new byte[] { 0xFF, 0x7B }, false },
        { new byte[] { 0x7B, 0xFE }, false },
        { new byte[] { 0xFE, 0x7B }, false },
        { new byte[] { 0x7B, 0xFF }, false },
        { new byte[] { 0xEF, 0xBB, 0xBF }, false },         // UTF-8's own mark
    };

    [Theory]
    [MemberData(nameof(ByteOrderMarks))]
    public void Only_a_utf16_byte_order_mark_is_foreign(byte[] start, bool foreign) =>
        DatasetFileReader.StartsWithForeignByteOrderMark(start).Should().Be(foreign);

    [Theory]
    [MemberData(nameof(ByteOrderMarks))]
    public void Every_byte_overload_refuses_a_foreign_mark_with_one_error_at_the_start(byte[] start, bool foreign)
    {
        var bytes = start.Concat(Json).ToArray();
        var padded = new byte[] { 0x20, 0xFF, 0xFE }.Concat(bytes).Concat(new byte[] { 0xFF, 0xFE }).ToArray();

        var results = new[]
        {
            DatasetFileReader.Read(TestData.Path, bytes, CancellationToken.None),
            DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(bytes), CancellationToken.None),
            DatasetFileReader.Read(TestData.Path, padded, 3, bytes.Length, CancellationToken.None),
        };

        foreach (var result in results)
        {
            if (foreign)
            {
                var d = result.Diagnostics.Should().ContainSingle().Subject;
                d.Id.Should().Be("CPD0001");
                d.Message.Should().Be("The file is not valid JSON: " + DatasetFileReader.NotUtf8Message);
                d.ShouldBeAt((1, 1));
                d.Location.FilePath.Should().Be(TestData.Path);
                result.Manifest.Should().BeNull();
                result.DatasetIdRef.Should().BeNull();
                result.FilePath.Should().Be(TestData.Path);
            }
            else
            {
                result.Diagnostics.Should().NotContain(d => d.Message.Contains(DatasetFileReader.NotUtf8Message));
            }
        }
    }

    [Fact]
    public void The_offset_overload_reads_only_its_segment_and_places_diagnostics_within_it()
    {
        var json = Encoding.UTF8.GetBytes("{ \"dataset\": \"test\",\n  \"gaps\": 1 }");
        var padded = Encoding.UTF8.GetBytes("{ \"x\": [\n").Concat(json).Concat(Encoding.UTF8.GetBytes("\n]]")).ToArray();

        var whole = DatasetFileReader.Read(TestData.Path, json, CancellationToken.None).Diagnostics.ToList();
        var segment = DatasetFileReader.Read(TestData.Path, padded, 9, json.Length, CancellationToken.None).Diagnostics.ToList();

        whole.Should().ContainSingle();
        segment.Select(d => (d.Id, d.Message, d.Location.DisplayLine, d.Location.DisplayColumn, d.Location.Length, d.Location.JsonPath))
            .Should().Equal(whole.Select(d => (d.Id, d.Message, d.Location.DisplayLine, d.Location.DisplayColumn, d.Location.Length, d.Location.JsonPath)));
        segment[0].ShouldBeAt((2, 11));
    }

    [Theory]
    [InlineData(1200, true)]     // UTF-16 LE
    [InlineData(1201, true)]     // UTF-16 BE
    [InlineData(12000, true)]    // UTF-32 LE
    [InlineData(12001, true)]    // UTF-32 BE
    [InlineData(65001, false)]   // UTF-8
    [InlineData(20127, false)]   // ASCII
    [InlineData(28591, false)]   // Latin-1
    public void Only_utf16_and_utf32_decoded_text_is_foreign_unicode(int codePage, bool foreign)
    {
        var encoding = codePage switch
        {
            1200 => Encoding.Unicode,
            1201 => Encoding.BigEndianUnicode,
            12000 => Encoding.UTF32,
            12001 => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            65001 => Encoding.UTF8,
            20127 => Encoding.ASCII,
            _ => Encoding.Latin1,
        };
        encoding.CodePage.Should().Be(codePage);

        DatasetFileReader.IsForeignUnicode(encoding).Should().Be(foreign);
    }

    [Fact]
    public void Text_of_unknown_encoding_is_not_foreign() => DatasetFileReader.IsForeignUnicode(null).Should().BeFalse();

    public static TheoryData<Exception, string> Failures() => new()
    {
        { new FileNotFoundException("gone"), "the file does not exist" },
        { new DirectoryNotFoundException("no folder"), "the folder it should be in does not exist" },
        { new UnauthorizedAccessException("nope"), "access to it is denied" },
        { new IOException("the disk is full"), "an I/O error occurred (the disk is full)" },
        { new EndOfStreamException("cut short"), "an I/O error occurred (cut short)" },
        { new InvalidOperationException("stream closed"), "InvalidOperationException: stream closed" },
        { new FormatException("bad"), "FormatException: bad" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void An_input_that_cannot_be_read_is_explained_in_words(Exception failure, string words)
    {
        DatasetFileReader.Why(failure).Should().Be(words);

        var result = DatasetFileReader.Unreadable("in.json", DatasetFileReader.Why(failure));
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        d.Id.Should().Be("CPD0042");
        d.Message.Should().Be("The input could not be read: " + words);
        d.Location.FilePath.Should().Be("in.json");
        d.ShouldBeAt((1, 1));
        result.FilePath.Should().Be("in.json");
        result.Manifest.Should().BeNull();
    }

    [Fact]
    public void A_lone_byte_order_mark_is_not_counted_against_a_limit_of_zero()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var results = new[]
        {
            DatasetFileReader.Read(TestData.Path, bom, CancellationToken.None, maxBytes: 0),
            DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(bom), CancellationToken.None, maxBytes: 0),
            DatasetFileReader.Read(TestData.Path, "\uFEFF", CancellationToken.None, maxBytes: 0),
        };

        foreach (var result in results)
        {
            var d = result.Diagnostics.Should().ContainSingle().Subject;
            d.Message.Should().Be("The file is not valid JSON: the file contains no JSON value");
        }
    }

    [Fact]
    public void A_span_over_the_limit_or_in_utf16_is_refused_without_being_copied()
    {
        var large = new byte[4 * 1024 * 1024];
        large.AsSpan().Fill((byte)' ');
        var utf16 = (byte[])large.Clone();
        utf16[0] = 0xFF;
        utf16[1] = 0xFE;

        // Warm up, so that the measured calls allocate only what reading does.
        DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(large), CancellationToken.None, maxBytes: 1024);
        DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(utf16), CancellationToken.None);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tooLarge = DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(large), CancellationToken.None, maxBytes: 1024);
        var notUtf8 = DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(utf16), CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        tooLarge.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("CPD0028");
        notUtf8.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain(DatasetFileReader.NotUtf8Message);
        allocated.Should().BeLessThan(large.Length / 16, "refusing input must not copy it");
    }

    [Fact]
    public void Every_entry_point_stops_at_once_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var token = cancelled.Token;

        foreach (var read in new Action[]
        {
            () => DatasetFileReader.Read(TestData.Path, "{}", token),
            () => DatasetFileReader.Read(TestData.Path, Json, token),
            () => DatasetFileReader.Read(TestData.Path, Json, 0, Json.Length, token),
            () => DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(Json), token),
            () => DatasetFileReader.Read(TestData.Path, new byte[] { 0xFF, 0xFE }, token),
            () => DatasetFileReader.Read(TestData.Path, new ReadOnlySpan<byte>(new byte[] { 0xFF, 0xFE }), token),
        })
        {
            read.Should().Throw<OperationCanceledException>();
        }
    }
}
