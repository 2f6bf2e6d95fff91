namespace Cianopramine.Data.Benchmarks.Infrastructure;

/// <summary>
/// A generated dataset with every section decoded. First access to generated code decodes the manifest, references,
/// compounds, targets and assays, and the results, transformations, mechanism statements and gaps when the first of
/// them is used; a benchmark that compares the generated code with a reader that builds everything (System.Text.Json,
/// the loader, SQLite) or that times materialisation touches one of them, which decodes all four.
/// </summary>
internal static class Materialised
{
    /// <summary>Decodes what <paramref name="dataset"/> has deferred (nothing for a dataset that defers nothing).</summary>
    /// <param name="dataset">A dataset.</param>
    /// <returns>The same dataset.</returns>
    public static Dataset All(Dataset dataset)
    {
        _ = dataset.Transformations.Count;
        return dataset;
    }
}
