using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Export;

/// <summary>
/// Writes a dataset as one data file of the format the source generator and <c>DatasetLoader</c> read
/// (docs/json-format.md): the manifest and every section, in the dataset's order.
/// </summary>
/// <remarks>
/// <para>The file is written by the format's one description (<c>ModelFormat</c>, which also writes the canonical form
/// behind the content hash and the generator's compact form) through System.Text.Json's <see cref="Utf8JsonWriter"/>,
/// with no reflection: it works under trimming and Native AOT. Value kinds are written as a union told apart by <c>"type"</c>; enumerations as their
/// kebab-case words, units as their ASCII symbols (<c>uM</c>), identifiers as their canonical text; decimals exactly,
/// without exponent (5 × 10⁻⁵ M is <c>0.00005</c>); absent values and empty optional lists are left out.</para>
/// <para>The output is deterministic: the same dataset gives the same bytes on every run and platform (UTF-8 without
/// byte order mark, <c>\n</c> line ends, a final newline). Loading it gives a dataset equal to the one exported,
/// content hash included. The manifest's <c>namespace</c> and <c>typeName</c> (generator settings the model does not
/// keep) are not written.</para>
/// </remarks>
internal static class DatasetJson
{
    private static readonly byte[] FinalNewline = { (byte)'\n' };

    /// <summary>Exports a dataset as JSON text.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="DatasetJsonOptions.Default"/>.</param>
    /// <returns>The JSON.</returns>
    public static string Export(Dataset dataset, DatasetJsonOptions? options = null) =>
        Encoding.UTF8.GetString(ExportUtf8(dataset, options));

    /// <summary>Exports a dataset as UTF-8 JSON without a byte order mark.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="DatasetJsonOptions.Default"/>.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ExportUtf8(Dataset dataset, DatasetJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= DatasetJsonOptions.Default;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            ModelFormat.Write(new JsonSink(writer, options.Schema), dataset.Content);
        }

        buffer.Write(FinalNewline);
        return WithLineFeeds(buffer.WrittenSpan);
    }




    private static JsonWriterOptions WriterOptions(DatasetJsonOptions options) => new()
    {
        Indented = options.Indented,

        // Readable text: names such as "Rogóż" and "µg" stay as they are; the file is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>
    /// The bytes with every carriage return removed. Before .NET 9 the writer ends indented lines with
    /// <see cref="Environment.NewLine"/>; a CR inside a JSON string is always escaped (<c>\r</c>), so every raw CR is a line end.
    /// </summary>
    private static byte[] WithLineFeeds(ReadOnlySpan<byte> utf8)
    {
#if NET9_0_OR_GREATER
        return utf8.ToArray();
#else
        if (utf8.IndexOf((byte)'\r') < 0)
        {
            return utf8.ToArray();
        }

        var result = new byte[utf8.Length];
        var length = 0;
        foreach (var b in utf8)
        {
            if (b != (byte)'\r')
            {
                result[length++] = b;
            }
        }

        return result.AsSpan(0, length).ToArray();
#endif
    }
}
