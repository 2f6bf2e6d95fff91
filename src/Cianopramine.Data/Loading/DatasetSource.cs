using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Cianopramine.Data.Model;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Loading;

/// <summary>
/// One data file to load: JSON text, UTF-8 bytes, a file or a stream, with the name that problems are reported
/// against. Several sources can form one dataset (one holds the manifest, the others name its id), exactly as the
/// files of a project do for the source generator.
/// </summary>
/// <remarks>
/// Nothing is read when a source is created: files and streams are read, within the size limit, when they are
/// loaded. Sources are combined in ordinal order of their names (then in the order given), which fixes the order of
/// the dataset's items.
/// </remarks>
public sealed class DatasetSource
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string? _path;
    private readonly Stream? _stream;

    private DatasetSource(string name, string? text, ReadOnlyMemory<byte> bytes, string? path, Stream? stream)
    {
        Name = name;
        _text = text;
        _bytes = bytes;
        _path = path;
        _stream = stream;
    }

    /// <summary>The name problems are reported against: the file path, or the name given.</summary>
    public string Name { get; }

    /// <summary>A source of JSON text.</summary>
    /// <param name="json">The JSON; a leading byte order mark (U+FEFF) is ignored.</param>
    /// <param name="name">The name to report problems against.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument (<paramref name="json"/>, <paramref name="name"/>) is <see langword="null"/>.</exception>
    public static DatasetSource FromJson(string json, string name = "<json>")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        return new DatasetSource(name, json, default, null, null);
    }

    /// <summary>A source of UTF-8 bytes; the caller must not change them until the load has finished.</summary>
    /// <param name="utf8">The JSON in UTF-8; a byte order mark is skipped, invalid UTF-8 is CPD0001.</param>
    /// <param name="name">The name to report problems against.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static DatasetSource FromUtf8(ReadOnlyMemory<byte> utf8, string name = "<utf8>")
    {
        ArgumentNullException.ThrowIfNull(name);
        return new DatasetSource(name, null, utf8, null, null);
    }

    /// <summary>A file, read when loaded; problems are reported against <paramref name="path"/> as given.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static DatasetSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DatasetSource(path, null, default, path, null);
    }

    /// <summary>A stream, read from its current position to its end when loaded; it is not closed.</summary>
    /// <param name="stream">A readable stream of UTF-8 JSON.</param>
    /// <param name="name">The name to report problems against.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument (<paramref name="stream"/>, <paramref name="name"/>) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    public static DatasetSource FromStream(Stream stream, string name = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        return new DatasetSource(name, null, default, null, stream);
    }

    /// <summary>The source's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>
    /// Reads and checks the source's shape with the shared reader; never throws except when cancelled. A failure of
    /// the file or of the caller's stream (any exception but <see cref="OperationCanceledException"/>: an
    /// <see cref="IOException"/>, the <see cref="InvalidDataException"/> of a corrupt <c>GZipStream</c>, an
    /// <c>HttpRequestException</c>, an <see cref="InvalidOperationException"/> …) is CPD0042, with the exception
    /// returned beside it so that the load can keep it as the inner exception.
    /// </summary>
    internal (DatasetFileResult File, Exception? Failure) Read(int maxBytes, CancellationToken cancellationToken)
    {
        if (_text is not null)
        {
            return (DatasetFileReader.Read(Name, _text, cancellationToken, maxBytes), null);
        }

        if (_path is null && _stream is null)
        {
            // Bytes held in an array are read where they are: a 5 MB input is not copied first.
            return MemoryMarshal.TryGetArray(_bytes, out var segment)
                ? (DatasetFileReader.Read(Name, segment.Array!, segment.Offset, segment.Count, cancellationToken, maxBytes), null)
                : (DatasetFileReader.Read(Name, _bytes.Span, cancellationToken, maxBytes), null);
        }

        byte[]? bytes;
        try
        {
            if (_stream is not null)
            {
                bytes = BoundedReader.Read(_stream, maxBytes, cancellationToken);
            }
            else
            {
                using var file = OpenFile(_path!, useAsync: false);
                bytes = BoundedReader.Read(file, maxBytes, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (Unreadable(ex), ex);
        }

        return (FromBytes(bytes, maxBytes, cancellationToken), null);
    }

    /// <summary>Reads the source asynchronously, then checks it as <see cref="Read"/> does.</summary>
    internal async Task<(DatasetFileResult File, Exception? Failure)> ReadAsync(int maxBytes, CancellationToken cancellationToken)
    {
        if (_path is null && _stream is null)
        {
            return Read(maxBytes, cancellationToken);
        }

        byte[]? bytes;
        try
        {
            if (_stream is not null)
            {
                bytes = await BoundedReader.ReadAsync(_stream, maxBytes, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var file = OpenFile(_path!, useAsync: true);
                await using (file.ConfigureAwait(false))
                {
                    bytes = await BoundedReader.ReadAsync(file, maxBytes, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (Unreadable(ex), ex);
        }

        return (FromBytes(bytes, maxBytes, cancellationToken), null);
    }

    private static FileStream OpenFile(string path, bool useAsync) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, useAsync);

    private DatasetFileResult FromBytes(byte[]? bytes, int maxBytes, CancellationToken cancellationToken) =>
        bytes is null
            ? Failure(
                DiagnosticCatalogue.InputTooLarge,
                "the input is more than the limit of " + maxBytes.ToString(CultureInfo.InvariantCulture) + " bytes")
            : DatasetFileReader.Read(Name, bytes, cancellationToken, maxBytes);

    private DatasetFileResult Unreadable(Exception ex) => DatasetFileReader.Unreadable(Name, DatasetFileReader.Why(ex));

    private DatasetFileResult Failure(DiagnosticDescriptorInfo descriptor, string detail) => new()
    {
        FilePath = Name,
        Sections = DatasetSections.Empty,
        Diagnostics = ValueArray<DatasetDiagnostic>.Create(
            DatasetDiagnostic.Create(descriptor, SourceLocation.StartOfFile(Name), detail)),
    };

}
