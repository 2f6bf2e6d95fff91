using System;
using System.ComponentModel;
using System.Text;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Embedding;

/// <summary>
/// Builds the datasets that the Cianopramine.Data source generator compiles into an assembly. For use by the
/// generator's output only: application code never calls it, and its shape and the data format may change in any
/// release (the generator and this library ship in one package and always match).
/// </summary>
/// <remarks>
/// The generated code holds the data in the compact form and makes one call to <see cref="Build"/>, passing the
/// <see cref="DataFormatVersion"/> it was written for. The generator reads the constant from the referenced library
/// and reports CPD0029 when the two differ, so a mismatch fails the build; <see cref="Build"/> checks it again.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedDatasets
{
    /// <summary>The version of the compact data format this library reads.</summary>
    public const int DataFormatVersion = ModelFormat.CompactFormatVersion;

    /// <summary>Returns one block of the generated string table, as UTF-8 held in the assembly's data.</summary>
    /// <param name="index">The block, from 0.</param>
    /// <returns>The block's bytes.</returns>
    public delegate ReadOnlySpan<byte> StringBlockReader(int index);

    /// <summary>Builds a dataset from its generated data. For generated code only.</summary>
    /// <param name="dataFormatVersion">The format the data was written in; must be <see cref="DataFormatVersion"/>.</param>
    /// <param name="contentHash">The SHA-256 of the data's canonical form, computed by the generator.</param>
    /// <param name="data">The items, in the compact form.</param>
    /// <param name="stringTable">The string table's header: per block, the number of strings and each one's length.</param>
    /// <param name="referenceLists">The distinct lists of references.</param>
    /// <param name="stringBlocks">The string table's blocks.</param>
    /// <param name="stringCache">A field of the generated type that keeps the decoded strings between builds.</param>
    /// <returns>A new dataset.</returns>
    /// <exception cref="InvalidOperationException">The data was written for another format version.</exception>
    public static Dataset Build(
        int dataFormatVersion,
        string contentHash,
        string data,
        string stringTable,
        string referenceLists,
        StringBlockReader stringBlocks,
        ref string[]? stringCache)
    {
        if (dataFormatVersion != DataFormatVersion)
        {
            throw new InvalidOperationException(
                "This dataset was generated for data format " + dataFormatVersion + ", but this Cianopramine.Data library reads format " +
                DataFormatVersion + ". Use the same version of the package for the generator and the library.");
        }

        ArgumentNullException.ThrowIfNull(stringBlocks);

        // Strings are immutable, as literals are: decoded once and shared by every build; a race at most decodes twice.
        var strings = stringCache ??= ReadStrings(stringTable, stringBlocks);
        return ModelFormat.ReadDataset(data, strings, referenceLists, contentHash);
    }

    /// <summary>
    /// Decodes the string table: per block, each string's UTF-8 length (or, for text that is not well-formed UTF-16,
    /// its code units written out).
    /// </summary>
    internal static string[] ReadStrings(string header, StringBlockReader blocks)
    {
        var r = new CompactReader(header.AsSpan(), Array.Empty<string>(), string.Empty);
        var strings = new string[r.Int()];
        var counts = new int[r.Int()];
        for (var b = 0; b < counts.Length; b++)
        {
            counts[b] = r.Int();
        }

        var k = 0;
        for (var b = 0; b < counts.Length; b++)
        {
            var block = blocks(b);
            var position = 0;
            for (var i = 0; i < counts[b]; i++)
            {
                var code = r.Int();
                if ((code & 1) == 0)
                {
                    var length = code >> 1;
                    strings[k++] = Encoding.UTF8.GetString(block.Slice(position, length));
                    position += length;
                }
                else
                {
                    var chars = new char[code >> 1];
                    for (var c = 0; c < chars.Length; c++)
                    {
                        chars[c] = (char)r.Int();
                    }

                    strings[k++] = new string(chars);
                }
            }
        }

        return strings;
    }
}
