using System;
using System.IO;
using Cianopramine.Data.Export;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Merging;

namespace Cianopramine.Data;

/// <summary>Loading, merging and writing data files: shortcuts to <see cref="DatasetLoader"/> and <see cref="DatasetMerger"/>.</summary>
public sealed partial class Dataset
{
    /// <summary>Loads a dataset from JSON text in the data-file format (docs/json-format.md), with the generator's rules.</summary>
    /// <param name="json">The JSON, holding the manifest and the data.</param>
    /// <param name="options">Limits for untrusted input; <see langword="null"/> for the defaults (16 MiB).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DatasetLoadException">The data has errors; every problem is listed with its id, JSON path, line and column.</exception>
    public static Dataset FromJson(string json, DatasetLoadOptions? options = null) =>
        DatasetLoader.Load(new[] { DatasetSource.FromJson(json) }, options).Dataset;

    /// <summary>Loads a dataset from a data file.</summary>
    /// <param name="path">The file, e.g. <c>my-lab.dataset.json</c>.</param>
    /// <param name="options">Limits for untrusted input; <see langword="null"/> for the defaults (16 MiB).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is <see langword="null"/> or empty.</exception>
    /// <exception cref="DatasetLoadException">The data has errors or the file cannot be read (CPD0042, with the I/O
    /// exception as <see cref="Exception.InnerException"/>); every problem is listed.</exception>
    public static Dataset FromFile(string path, DatasetLoadOptions? options = null) =>
        DatasetLoader.Load(new[] { DatasetSource.FromFile(path) }, options).Dataset;

    /// <summary>
    /// Merges two datasets (the embedded one and your own): identical items are kept once; an id used for different
    /// content is an error naming both datasets. See <see cref="DatasetMerger"/> for the merged metadata.
    /// </summary>
    /// <param name="first">The first dataset; its items and metadata come first.</param>
    /// <param name="second">The second dataset.</param>
    /// <returns>The merged dataset.</returns>
    /// <exception cref="ArgumentNullException">A dataset is <see langword="null"/>.</exception>
    /// <exception cref="DatasetMergeException">An id is used for different content, or the merged data breaks a rule.</exception>
    public static Dataset Merge(Dataset first, Dataset second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return DatasetMerger.Merge(new[] { first, second }).Dataset;
    }

    /// <summary>
    /// The dataset as one data file, which the loader and the source generator read back to an equal dataset with the
    /// same content hash. Deterministic: UTF-8 text with <c>\n</c> line ends and a final newline.
    /// </summary>
    /// <param name="options">Indentation and <c>$schema</c>; <see langword="null"/> for indented JSON without <c>$schema</c>.</param>
    /// <returns>The JSON.</returns>
    public string ToJson(DatasetJsonOptions? options = null) => DatasetJson.Export(this, options);

    /// <summary>Writes the dataset as one data file (UTF-8 without byte order mark) to a stream, which is left open.</summary>
    /// <param name="utf8Json">A writable stream.</param>
    /// <param name="options">Indentation and <c>$schema</c>; <see langword="null"/> for indented JSON without <c>$schema</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written.</exception>
    public void WriteJson(Stream utf8Json, DatasetJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (!utf8Json.CanWrite)
        {
            // Checked first, as DatasetSource.FromStream checks CanRead: the stream's own NotSupportedException came after the export's work.
            throw new ArgumentException("The stream cannot be written.", nameof(utf8Json));
        }

        utf8Json.Write(DatasetJson.ExportUtf8(this, options));
    }
}
