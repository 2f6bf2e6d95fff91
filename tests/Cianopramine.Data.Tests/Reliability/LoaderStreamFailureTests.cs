using System.IO.Compression;
using System.Text;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Reliability;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 15, point 8: whatever the caller's stream throws while the loader reads it (a corrupt <see cref="GZipStream"/>'s
/// <see cref="InvalidDataException"/>, an <see cref="HttpRequestException"/>, an <see cref="InvalidOperationException"/>
/// …) is one <see cref="DatasetLoadException"/> (CPD0042) with that exception inside, as the docs promise; only
/// cancellation passes through. A stream that cannot seek is read into chunks, so rejecting input over the limit
/// allocates about the limit (it was 4 ×: a doubling buffer, then a copy).
/// </summary>
public sealed class LoaderStreamFailureTests
{
    public static TheoryData<string> Failures => new() { "io", "http", "invalid-operation", "not-supported", "unauthorized", "argument", "disposed", "custom" };

    private static Exception Failure(string kind) => kind switch
    {
        "io" => new IOException("the connection was reset"),
        "http" => new HttpRequestException("502 Bad Gateway"),
        "invalid-operation" => new InvalidOperationException("the response was already read"),
        "not-supported" => new NotSupportedException("no reading"),
        "unauthorized" => new UnauthorizedAccessException("denied"),
        "argument" => new ArgumentException("bad buffer"),
        "disposed" => new ObjectDisposedException("stream"),
        "custom" => new FormatException("a stream of the caller's own"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_stream_that_fails_while_it_is_read_is_one_load_exception_with_the_failure_inside(string kind)
    {
        var failure = Failure(kind);

        foreach (var load in Loads(() => new FailingStream(Encoding.UTF8.GetBytes("{ \"dataset\": "), failure)))
        {
            var thrown = load.Invoking(l => l()).Should().ThrowExactly<DatasetLoadException>().Which;
            thrown.InnerException.Should().BeSameAs(failure);
            thrown.Problems.Should().ContainSingle().Which.Id.Should().Be("CPD0042");
            thrown.Problems[0].Message.Should().Contain(failure.Message);
        }
    }

    [Fact]
    public void A_corrupt_gzip_stream_is_one_load_exception_with_its_invalid_data_exception_inside()
    {
        var gzip = Compress(Encoding.UTF8.GetBytes(File.ReadAllText(Corpus.GoodPath("base"))));
        gzip[gzip.Length / 2] ^= 0xFF;
        gzip[(gzip.Length / 2) + 1] ^= 0x5A;

        foreach (var load in Loads(() => new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress)))
        {
            var thrown = load.Invoking(l => l()).Should().ThrowExactly<DatasetLoadException>().Which;
            thrown.InnerException.Should().BeOfType<InvalidDataException>();
            thrown.Problems.Should().ContainSingle().Which.Id.Should().Be("CPD0042");
        }
    }

    [Fact]
    public void An_intact_gzip_stream_loads()
    {
        var gzip = Compress(Encoding.UTF8.GetBytes(File.ReadAllText(Corpus.GoodPath("base"))));

        var loaded = DatasetLoader.Load(new[] { DatasetSource.FromStream(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress)) }).Dataset;

        loaded.Should().Be(Dataset.FromFile(Corpus.GoodPath("base")));
    }

    [Fact]
    public void Cancellation_thrown_by_the_stream_passes_through_unwrapped()
    {
        foreach (var load in Loads(() => new FailingStream(Array.Empty<byte>(), new OperationCanceledException("the caller gave up"))))
        {
            load.Invoking(l => l()).Should().ThrowExactly<OperationCanceledException>();
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_keeps_the_io_exception_inside()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cianopramine-missing-" + Guid.NewGuid().ToString("N") + ".dataset.json");

        var thrown = FluentActions.Invoking(() => Dataset.FromFile(missing)).Should().ThrowExactly<DatasetLoadException>().Which;

        thrown.InnerException.Should().BeOfType<FileNotFoundException>();
        thrown.Problems.Should().ContainSingle().Which.Id.Should().Be("CPD0042");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Input_over_the_limit_through_a_stream_that_cannot_seek_allocates_about_the_limit(bool asynchronous)
    {
        const int Limit = 4 * 1024 * 1024;
        var bytes = new byte[(3 * Limit) + 123];
        bytes.AsSpan().Fill((byte)' ');
        var options = new DatasetLoadOptions { MaxBytes = Limit };
        var source = DatasetSource.FromStream(new ForwardOnlyStream(bytes));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var thrown = FluentActions.Invoking(() => asynchronous
                ? DatasetLoader.LoadAsync(new[] { source }, options).GetAwaiter().GetResult()
                : DatasetLoader.Load(new[] { source }, options))
            .Should().ThrowExactly<DatasetLoadException>().Which;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        thrown.Problems.Should().ContainSingle().Which.Id.Should().Be("CPD0028");
        allocated.Should().BeLessThan((long)(1.1 * Limit), "the chunks hold the limit plus one chunk; a doubling buffer and its copy took 4 × the limit");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_valid_file_through_a_stream_that_cannot_seek_is_read_with_one_copy(bool asynchronous)
    {
        // The read itself: chunks (1 ×) and the array of the exact size (1 ×); the rest is parsing, as for a byte array.
        var bytes = Encoding.UTF8.GetBytes(CianopramineDataset.Instance.ToJson());
        var fromArray = Allocated(() => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(bytes) }));

        var fromStream = Allocated(() => asynchronous
            ? DatasetLoader.LoadAsync(new[] { DatasetSource.FromStream(new ForwardOnlyStream(bytes)) }).GetAwaiter().GetResult()
            : DatasetLoader.Load(new[] { DatasetSource.FromStream(new ForwardOnlyStream(bytes)) }));

        (fromStream - fromArray).Should().BeLessThan((2L * bytes.Length) + (256 * 1024));
    }

    private static long Allocated(Func<DatasetLoadResult> load)
    {
        load(); // first use of static tables
        var before = GC.GetAllocatedBytesForCurrentThread();
        load().Dataset.Should().NotBeNull();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Every loader entry point that reads a stream: synchronous and asynchronous.</summary>
    private static IEnumerable<Action> Loads(Func<Stream> stream)
    {
        yield return () => DatasetLoader.Load(new[] { DatasetSource.FromStream(stream()) });
        yield return () => DatasetLoader.LoadAsync(new[] { DatasetSource.FromStream(stream()) }).GetAwaiter().GetResult();
        yield return () => DatasetLoader.Load(new[] { DatasetSource.FromJson(File.ReadAllText(Corpus.GoodPath("base")), "base"), DatasetSource.FromStream(stream()) });
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>Gives some bytes, then throws.</summary>
    private sealed class FailingStream(byte[] first, Exception failure) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position < first.Length)
            {
                var n = Math.Min(count, first.Length - _position);
                Array.Copy(first, _position, buffer, offset, n);
                _position += n;
                return n;
            }

            throw failure;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < first.Length)
            {
                var n = Math.Min(buffer.Length, first.Length - _position);
                first.AsMemory(_position, n).CopyTo(buffer);
                _position += n;
                return ValueTask.FromResult(n);
            }

            return ValueTask.FromException<int>(failure);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that cannot seek, like a network stream, whose reads complete at once (so the allocation counter of this thread sees them).</summary>
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

        public override int Read(Span<byte> buffer) => _inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(_inner.Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
