using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;
using Cianopramine.Data.Merging;

namespace Cianopramine.Data;

/// <summary>Loading, merging and exporting: shortcuts to <see cref="DatasetLoader"/>, <see cref="DatasetMerger"/> and <see cref="DatasetJson"/>.</summary>
public sealed partial class Dataset
{
    /// <summary>Loads a dataset from JSON text in the data-file format (docs/json-format.md), with the generator's rules.</summary>
    /// <param name="json">The JSON, holding the manifest and the data.</param>
    /// <param name="options">Limits for untrusted input; <see langword="null"/> for the defaults (16 MiB).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetLoadException">The data has errors; every problem is listed with its id, JSON path, line and column.</exception>
    public static Dataset FromJson(string json, DatasetLoadOptions? options = null) => DatasetLoader.LoadJson(json, options);

    /// <summary>Loads a dataset from a data file.</summary>
    /// <param name="path">The file, e.g. <c>my-lab.dataset.json</c>.</param>
    /// <param name="options">Limits for untrusted input; <see langword="null"/> for the defaults (16 MiB).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetLoadException">The data has errors or the file cannot be read; every problem is listed.</exception>
    public static Dataset FromFile(string path, DatasetLoadOptions? options = null) => DatasetLoader.LoadFile(path, options);

    /// <summary>
    /// Merges two datasets (the embedded one and your own): identical items are kept once; an id used for different
    /// content is an error naming both datasets. See <see cref="DatasetMerger"/> for the merged metadata.
    /// </summary>
    /// <param name="first">The first dataset; its items and metadata come first.</param>
    /// <param name="second">The second dataset.</param>
    /// <returns>The merged dataset.</returns>
    /// <exception cref="DatasetMergeException">An id is used for different content, or the merged data breaks a rule.</exception>
    public static Dataset Merge(Dataset first, Dataset second) => DatasetMerger.Merge(first, second);

    /// <summary>The dataset as one data file (indented JSON that the loader and the source generator read back).</summary>
    /// <returns>The JSON.</returns>
    public string ToJson() => DatasetJson.Export(this);
}
