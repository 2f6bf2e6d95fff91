using System.Diagnostics;
using System.Text;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 7, part 1, the runtime side: every file of the bad-data corpus fails to load the same way through every entry
/// point of the loader (file, bytes, text, seekable and non-seekable streams, async), with exactly one
/// <see cref="DatasetLoadException"/> listing the expected ids with file, JSON path, line and column, in bounded time
/// and memory; and the 50 MB and 10 000-deep inputs (Reliability/Shared/LimitInputs.cs, generated, shared with the
/// generator tests) are rejected by the limits. This class runs on every target framework of the library.
/// (Cianopramine.Data.Generator.Tests runs the same corpus through the source generator and compares both.)
/// </summary>
public sealed class LoaderCorpusTests
{
    private const long AllocationBudget = 32L * 1024 * 1024;

    public static IEnumerable<object[]> BadFiles => Corpus.BadNames();

    public static IEnumerable<object[]> GoodFiles => Corpus.GoodNames();

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Every_entry_point_of_the_loader_reports_the_expected_problems(string name)
    {
        var file = Corpus.BadCase(name);
        var bytes = file.ReadBytes();
        var outcomes = new Dictionary<string, Outcome>
        {
            ["LoadFile"] = Run(() => Dataset.FromFile(file.Path)),
            ["LoadFileAsync"] = Run(() => DatasetLoader.LoadAsync(new[] { DatasetSource.FromFile(file.Path) }).GetAwaiter().GetResult().Dataset),
            ["LoadUtf8"] = Run(() => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(bytes) }).Dataset),

            // The same bytes inside a larger buffer (read where they are, not copied): junk on both sides that would be
            // an error if any of it were read, and offsets that must not leak into positions.
            ["LoadUtf8 (a slice of a larger array)"] = Run(() => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(Padded(bytes).AsMemory(5, bytes.Length)) }).Dataset),
            ["LoadStream (seekable)"] = Run(() => DatasetLoader.Load(new[] { DatasetSource.FromStream(new MemoryStream(bytes)) }).Dataset),
            ["LoadStream (not seekable)"] = Run(() => DatasetLoader.Load(new[] { DatasetSource.FromStream(new ForwardOnlyStream(bytes)) }).Dataset),
            ["LoadStreamAsync"] = Run(() => DatasetLoader.LoadAsync(new[] { DatasetSource.FromStream(new ForwardOnlyStream(bytes)) }).GetAwaiter().GetResult().Dataset),
            ["Dataset.FromFile"] = Run(() => Dataset.FromFile(file.Path)),

            // Text, as a caller that decoded the file would pass it (invalid UTF-8 decoded to U+FFFD).
            ["LoadJson"] = Run(() => Dataset.FromJson(Corpus.CompilerText(bytes))),
        };

        foreach (var (entry, outcome) in outcomes)
        {
            outcome.Unexpected.Should().BeNull("{0} throws only DatasetLoadException", entry);
            outcome.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "{0} is bounded in time", entry);
            outcome.Allocated.Should().BeLessThan(AllocationBudget, "{0} is bounded in memory", entry);
            if (file.MustFail)
            {
                outcome.Dataset.Should().BeNull("{0} returns no dataset, never a partial one", entry);
                outcome.Problems!.Select(p => p.Id).Should().Equal(file.Expected.Select(p => p.Id), "{0} lists the expected ids", entry);
                outcome.Problems.Should().OnlyContain(p => p.Line >= 1 && p.Column >= 1 && p.JsonPath.StartsWith('$') && p.Message.Length > 0, entry);
                outcome.Problems!.Select(p => (p.Line, p.Column, p.JsonPath))
                    .Should().Equal(outcomes["LoadFile"].Problems!.Select(p => (p.Line, p.Column, p.JsonPath)), "{0} reports the same places", entry);
            }
            else
            {
                outcome.Dataset.Should().NotBeNull("{0} loads a dataset whose only problems are warnings", entry);
            }
        }

        var fromFile = outcomes["LoadFile"];
        if (file.MustFail)
        {
            fromFile.Problems.Should().OnlyContain(p => p.File == file.Path, "a file's problems name the file");
            for (var i = 0; i < file.Expected.Count; i++)
            {
                if (file.Expected[i] is { Line: { } line, Column: { } column } expected)
                {
                    fromFile.Problems![i].Should().BeEquivalentTo(new { expected.Id, Line = line, Column = column, JsonPath = expected.JsonPath ?? fromFile.Problems[i].JsonPath });
                }
            }

            fromFile.Exception!.Message.Should().Contain(file.Expected[0].Id).And.Contain(file.Path);
        }
        else
        {
            DatasetLoader.Load(new[] { DatasetSource.FromFile(file.Path) }).Warnings.Select(w => w.Id).Should().Equal(file.Expected.Select(p => p.Id));
        }
    }

    [Fact]
    public void A_50_MB_file_is_rejected_by_the_size_limit_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), "cianopramine-50mb-" + Guid.NewGuid().ToString("N") + ".dataset.json");
        try
        {
            File.WriteAllBytes(path, LimitInputs.FiftyMegabyteFile());
            new FileInfo(path).Length.Should().BeGreaterThan(50_000_000);

            var outcome = Run(() => Dataset.FromFile(path));

            outcome.Unexpected.Should().BeNull();
            outcome.Problems!.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "CPD0028", File = path, Line = 1, Column = 1, JsonPath = "$" });
            outcome.Allocated.Should().BeLessThan(1024 * 1024, "a file longer than the limit is not read at all");
            outcome.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_50_MB_stream_that_cannot_seek_is_read_only_up_to_the_limit()
    {
        var bytes = LimitInputs.FiftyMegabyteFile();

        var outcome = Run(() => DatasetLoader.Load(new[] { DatasetSource.FromStream(new ForwardOnlyStream(bytes)) }).Dataset);

        outcome.Unexpected.Should().BeNull();
        outcome.Problems!.Select(p => p.Id).Should().Equal("CPD0028");
        outcome.Allocated.Should().BeLessThan(5L * DatasetLoadOptions.Default.MaxBytes / 4, "the limit is read into chunks, then rejected (4 × the limit before issue 15)");
        outcome.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    private static byte[] Padded(byte[] bytes) =>
        new byte[] { 0xFF, (byte)'{', (byte)'"', 0xC3, (byte)'\n' }.Concat(bytes).Concat(new byte[] { (byte)'"', 0xFF, (byte)',' }).ToArray();

    [Fact]
    public void A_50_MB_text_or_byte_array_is_rejected_without_being_parsed()
    {
        var bytes = LimitInputs.FiftyMegabyteFile();
        var text = Encoding.UTF8.GetString(bytes);

        var fromBytes = Run(() => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(bytes) }).Dataset);
        var fromText = Run(() => Dataset.FromJson(text));

        foreach (var outcome in new[] { fromBytes, fromText })
        {
            outcome.Unexpected.Should().BeNull();
            outcome.Problems!.Select(p => p.Id).Should().Equal("CPD0028");
            outcome.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        }

        fromText.Allocated.Should().BeLessThan(1024 * 1024, "text longer than the limit is rejected before it is encoded");
        fromBytes.Allocated.Should().BeLessThan(1024 * 1024, "bytes over the limit are rejected before they are copied");
    }

    [Fact]
    public void A_smaller_limit_rejects_a_file_a_byte_over_it_and_accepts_one_at_it()
    {
        var json = Encoding.UTF8.GetBytes(File.ReadAllText(Corpus.GoodPath("base")));
        var atLimit = new DatasetLoadOptions { MaxBytes = json.Length };
        var belowLimit = new DatasetLoadOptions { MaxBytes = json.Length - 1 };

        DatasetLoader.Load(new[] { DatasetSource.FromUtf8(json) }, atLimit).Dataset.Should().NotBeNull();
        DatasetLoader.Load(new[] { DatasetSource.FromUtf8(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(json).ToArray()) }, atLimit).Dataset.Should().NotBeNull("the byte order mark does not count");
        var tooBig = () => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(json) }, belowLimit).Dataset;
        tooBig.Should().ThrowExactly<DatasetLoadException>().Which.Problems.Select(p => p.Id).Should().Equal("CPD0028");
        var tooBigStream = () => DatasetLoader.Load(new[] { DatasetSource.FromStream(new ForwardOnlyStream(json)) }, belowLimit).Dataset;
        tooBigStream.Should().ThrowExactly<DatasetLoadException>().Which.Problems.Select(p => p.Id).Should().Equal("CPD0028");
    }

    public static IEnumerable<object[]> NestingShapes => LimitInputs.NestingShapes();

    [Theory]
    [MemberData(nameof(NestingShapes))]
    public void Nesting_10000_deep_is_rejected_at_the_65th_level_in_bounded_time_and_memory(string shape)
    {
        var json = LimitInputs.Nesting(shape);

        var outcome = Run(() => Dataset.FromJson(json));

        outcome.Unexpected.Should().BeNull();
        outcome.Problems!.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Id = "CPD0028", Line = 1, Column = LimitInputs.NestingColumns[shape], JsonPath = "$", Message = LimitInputs.NestingMessage },
            options => options.ExcludingMissingMembers());
        outcome.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        outcome.Allocated.Should().BeLessThan(AllocationBudget);
    }

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void A_file_in_a_slice_of_a_larger_array_loads_the_same_dataset(string name)
    {
        var bytes = File.ReadAllBytes(Corpus.GoodPath(name));

        var whole = DatasetLoader.Load(new[] { DatasetSource.FromUtf8(bytes) });
        var slice = DatasetLoader.Load(new[] { DatasetSource.FromUtf8(Padded(bytes).AsMemory(5, bytes.Length)) });

        slice.Dataset.Should().Be(whole.Dataset);
        slice.Warnings.Select(w => (w.Id, w.Line, w.Column, w.JsonPath, w.Message)).Should().Equal(whole.Warnings.Select(w => (w.Id, w.Line, w.Column, w.JsonPath, w.Message)));
    }

    [Fact]
    public void A_byte_order_mark_changes_nothing_about_the_loaded_dataset()
    {
        var withBom = File.ReadAllBytes(Corpus.GoodPath("byte-order-mark"));

        var loaded = DatasetLoader.Load(new[] { DatasetSource.FromUtf8(withBom) }).Dataset;

        loaded.Should().Be(DatasetLoader.Load(new[] { DatasetSource.FromUtf8(withBom.AsMemory(3)) }).Dataset);
        loaded.Should().Be(Dataset.FromJson(Encoding.UTF8.GetString(withBom)), "text with a leading U+FEFF too");
    }

    [Fact]
    public void Carriage_returns_and_line_feeds_give_the_same_dataset_as_line_feeds_alone()
    {
        var crlf = Dataset.FromFile(Corpus.GoodPath("crlf-line-ends"));
        var lf = Dataset.FromJson(File.ReadAllText(Corpus.GoodPath("crlf-line-ends")).Replace("\r\n", "\n", StringComparison.Ordinal));

        crlf.Should().Be(lf);
    }

    /// <remarks>
    /// No <c>GC.Collect()</c> first: the allocation counter is per thread and counts bytes handed out, collections or
    /// not, and a collection pauses for milliseconds against bounds of seconds. A full collection before each of the
    /// ~800 loads of this class cost about 7 s per run, which the suite now pays twice (net8.0 and net10.0).
    /// </remarks>
    private static Outcome Run(Func<Dataset> load)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        try
        {
            var dataset = load();
            return new Outcome(dataset, null, null, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        catch (Exception ex) when (ex.GetType() == typeof(DatasetLoadException))
        {
            return new Outcome(null, (DatasetLoadException)ex, null, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        catch (Exception ex)
        {
            return new Outcome(null, null, ex, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    private sealed record Outcome(Dataset? Dataset, DatasetLoadException? Exception, Exception? Unexpected, TimeSpan Elapsed, long Allocated)
    {
        public IReadOnlyList<DatasetProblem>? Problems => Exception?.Problems;
    }

    /// <summary>A stream that cannot seek, like a network stream: the loader cannot ask it for its length.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
