// A user of Cianopramine.Data.Analysis: the embedded dataset to Parquet (partitioned by target), DuckDB over the
// files, a DataFrame, and the files back into a Dataset with the same content hash. Prints what CI checks.
using Cianopramine.Data;
using Cianopramine.Data.Analysis;
using DuckDB.NET.Data;

var folder = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "analysis-consumer");
var dataset = CianopramineDataset.Instance;
var files = await dataset.ToTables().WriteParquetAsync(folder, ParquetLayout.PartitionedByTarget);
Console.WriteLine($"parquet: {files.Count} files");

using (var connection = new DuckDBConnection("DataSource=:memory:"))
{
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = $"SELECT target, count(*) FROM read_parquet('{Path.Combine(folder, "results", "*", "*.parquet")}') GROUP BY target ORDER BY target";
    using var reader = command.ExecuteReader();
    while (reader.Read())
    {
        Console.WriteLine($"duckdb: {reader.GetString(0)} {reader.GetInt64(1)}");
    }
}

var frame = dataset.ToDataFrame();
Console.WriteLine($"dataframe: {frame.Rows.Count} rows, {frame.Columns.Count} columns");

var back = await DatasetTableReader.ReadParquetAsync(folder);
Console.WriteLine($"round trip: same content hash: {back.Metadata.ContentHash == dataset.Metadata.ContentHash}");
