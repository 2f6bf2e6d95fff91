using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Cianopramine.Data.Loading;

/// <summary>Reads a stream to its end, but never more than a size limit (plus a UTF-8 byte order mark).</summary>
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

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reads the rest of the stream asynchronously; see <see cref="Read"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var limit = (long)maxBytes + BomLength;
        if (TooLongToRead(stream, limit))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static bool TooLongToRead(Stream stream, long limit) =>
        stream.CanSeek && stream.Length - stream.Position > limit;
}
