using Cianopramine.Data.Querying;
using Microsoft.Data.Analysis;

namespace Cianopramine.Data.Analysis;

/// <summary>One-call conversions of a dataset or a result query into analysis tables and DataFrames.</summary>
public static class AnalysisExtensions
{
    /// <summary>Every table of the dataset (<see cref="DatasetTables.From(Dataset)"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The tables.</returns>
    public static DatasetTables ToTables(this Dataset dataset) => DatasetTables.From(dataset);

    /// <summary>The query's results with the entities of its dataset (<see cref="DatasetTables.From(ResultQuery)"/>).</summary>
    /// <param name="results">The query.</param>
    /// <returns>The tables.</returns>
    public static DatasetTables ToTables(this ResultQuery results) => DatasetTables.From(results);

    /// <summary>The dataset's results as a DataFrame (<see cref="DatasetTables.ToDataFrame()"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>A new DataFrame.</returns>
    public static DataFrame ToDataFrame(this Dataset dataset) => DatasetTables.From(dataset).ToDataFrame();

    /// <summary>The query's results as a DataFrame.</summary>
    /// <param name="results">The query.</param>
    /// <returns>A new DataFrame.</returns>
    public static DataFrame ToDataFrame(this ResultQuery results) => DatasetTables.From(results).ToDataFrame();
}
