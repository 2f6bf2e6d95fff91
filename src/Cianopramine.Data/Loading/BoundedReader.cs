using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Cianopramine.Data.Loading;

/// <summary>Reads a stream to its end, but never more than a size limit (plus a UTF-8 byte order mark).</summary>
/// <remarks>
/// A stream that cannot seek does not say its length, so its bytes are read into fixed chunks (under the large object
/// heap's threshold) and copied once into an array of the exact size at the end: the read allocates the chunks (at most
/// the limit plus one chunk) and the result, about 2 × the input, and about 1 × the limit for input over the limit,
/// which is rejected as soon as the limit is passed. (A <see cref="System.IO.MemoryStream"/> that doubles its buffer
/// and is copied at the end allocated about 4 × the limit before rejecting.)
/// </remarks>
internal static class BoundedReader
{
    private const int BomLength = 3;
    private const int ChunkSize = 81920;

    /// <summary>Reads the rest of the stream.</summary>
    /// <returns>The bytes, or <see langword="null"/> when there are more than <paramref name="maxBytes"/> + 3.</returns>
    public static byte[]? Read(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var limit = (long)maxBytes + BomLength;
        if (TooLongToRead(stream, limit))
        {
            return null;
        }

        var chunks = new Chunks(limit);
        int read;
        while ((read = stream.Read(chunks.Room())) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!chunks.Advance(read))
            {
                return null;
            }
        }

        return chunks.ToArray();
    }

    /// <summary>Reads the rest of the stream asynchronously; see <see cref="Read"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var limit = (long)maxBytes + BomLength;
        if (TooLongToRead(stream, limit))
        {
            return null;
        }

        var chunks = new Chunks(limit);
        int read;
        while ((read = await stream.ReadAsync(chunks.RoomMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (!chunks.Advance(read))
            {
                return null;
            }
        }

        return chunks.ToArray();
    }

    private static bool TooLongToRead(Stream stream, long limit) =>
        stream.CanSeek && stream.Length - stream.Position > limit;

    /// <summary>The bytes read so far, in chunks of <see cref="ChunkSize"/>; reads stop one byte past the limit.</summary>
    private sealed class Chunks
    {
        private readonly List<byte[]> _full = new();
        private readonly long _limit;
        private byte[] _current = new byte[ChunkSize];
        private int _used;
        private long _total;

        public Chunks(long limit) => _limit = limit;

        /// <summary>Where the next read goes: the rest of the current chunk, never past one byte over the limit.</summary>
        public Span<byte> Room() => RoomMemory().Span;

        /// <inheritdoc cref="Room"/>
        public Memory<byte> RoomMemory()
        {
            if (_used == _current.Length)
            {
                _full.Add(_current);
                _current = new byte[ChunkSize];
                _used = 0;
            }

            return _current.AsMemory(_used, (int)Math.Min(_current.Length - _used, _limit + 1 - _total));
        }

        /// <summary>Counts <paramref name="read"/> bytes written into <see cref="Room"/>; false once past the limit.</summary>
        public bool Advance(int read)
        {
            _used += read;
            _total += read;
            return _total <= _limit;
        }

        /// <summary>The bytes, in one array of their exact length.</summary>
        public byte[] ToArray()
        {
            var bytes = new byte[_total];
            var offset = 0;
            foreach (var chunk in _full)
            {
                chunk.CopyTo(bytes, offset);
                offset += chunk.Length;
            }

            _current.AsSpan(0, _used).CopyTo(bytes.AsSpan(offset));
            return bytes;
        }
    }
}
