using System;
using System.Collections.Generic;
using System.Linq;
using Apache.Arrow;

namespace Cianopramine.Data.Analysis;

public sealed partial class DatasetTables
{
    /// <summary>
    /// The same tables without their <c>json</c> column, for smaller files that analysis tools (DuckDB, pandas, Spark)
    /// read as they read the full ones. The <c>json</c> column is the only form <see cref="DatasetTableReader"/> reads
    /// back, so files written from these tables cannot be read back into a <see cref="Dataset"/>: their metadata says
    /// so (<see cref="AnalysisSchema.JsonOmittedKey"/>) and the reader refuses them with that message.
    /// </summary>
    /// <returns>New tables that share the typed columns' data with these.</returns>
    public DatasetTables WithoutJson()
    {
        var tables = new Dictionary<string, RecordBatch>(StringComparer.Ordinal);
        foreach (var (name, batch) in Tables)
        {
            var keep = Enumerable.Range(0, batch.Schema.FieldsList.Count).Where(i => batch.Schema.FieldsList[i].Name != "json").ToArray();
            var schema = new Schema.Builder()
                .Metadata(batch.Schema.Metadata.Where(p => p.Key != AnalysisSchema.JsonOmittedKey))
                .Metadata(AnalysisSchema.JsonOmittedKey, "true");
            foreach (var i in keep)
            {
                schema.Field(batch.Schema.FieldsList[i]);
            }

            tables[name] = new RecordBatch(schema.Build(), keep.Select(batch.Column), batch.Length);
        }

        return new DatasetTables(tables, ContentHash);
    }
}
