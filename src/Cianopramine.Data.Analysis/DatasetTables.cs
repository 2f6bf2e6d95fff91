using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Apache.Arrow;
using Cianopramine.Data.Export;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Analysis;

/// <summary>
/// A dataset, or the results of a query with the entities they refer to, as Apache Arrow record batches in the
/// schema of <see cref="AnalysisSchema"/>: one batch per table. Write them as Arrow IPC files
/// (<see cref="WriteArrowFiles"/>) or Parquet (<see cref="WriteParquetAsync"/>), hand them to a DataFrame
/// (<see cref="ToDataFrame()"/>), and read either form back into a validated <see cref="Dataset"/>
/// (<see cref="DatasetTableReader"/>).
/// </summary>
public sealed partial class DatasetTables
{
    private readonly Dictionary<string, RecordBatch> _tables;

    private DatasetTables(Dictionary<string, RecordBatch> tables, string contentHash)
    {
        _tables = tables;
        ContentHash = contentHash;
    }

    /// <summary>The content hash of the dataset the tables were made from.</summary>
    public string ContentHash { get; }

    /// <summary>The results (one row per result).</summary>
    public RecordBatch Results => _tables["results"];

    /// <summary>The compounds.</summary>
    public RecordBatch Compounds => _tables["compounds"];

    /// <summary>The targets.</summary>
    public RecordBatch Targets => _tables["targets"];

    /// <summary>The references.</summary>
    public RecordBatch References => _tables["references"];

    /// <summary>The assays.</summary>
    public RecordBatch Assays => _tables["assays"];

    /// <summary>The metabolic transformations, mechanism statements and data gaps (column <c>section</c>).</summary>
    public RecordBatch Statements => _tables["statements"];

    /// <summary>The tables by name, in the order of <see cref="AnalysisSchema.TableNames"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, RecordBatch>> Tables =>
        AnalysisSchema.TableNames.Select(name => new KeyValuePair<string, RecordBatch>(name, _tables[name])).ToArray();

    /// <summary>Every table of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static DatasetTables From(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(dataset, null);
    }

    /// <summary>
    /// The results of a query, with every compound, target, reference, assay and statement of its dataset (so that the
    /// tables read back into a valid dataset that holds just these results).
    /// </summary>
    /// <param name="results">The query.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static DatasetTables From(ResultQuery results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            ids.Add(result.Id);
        }

        return Build(results.Dataset, ids);
    }

    private static DatasetTables Build(Dataset dataset, HashSet<string>? resultIds)
    {
        using var stream = new MemoryStream();
        dataset.WriteJson(stream, new DatasetJsonOptions { Indented = false });
        using var document = JsonDocument.Parse(stream.GetBuffer().AsMemory(0, (int)stream.Length));
        var root = document.RootElement;
        var metadata = new Dictionary<string, string>
        {
            [AnalysisSchema.FormatVersionKey] = AnalysisSchema.FormatVersion,
            [AnalysisSchema.DatasetKey] = root.GetProperty("dataset").GetRawText(),
            [AnalysisSchema.ContentHashKey] = dataset.Metadata.ContentHash,
        };

        var tables = new Dictionary<string, RecordBatch>(StringComparer.Ordinal)
        {
            ["references"] = Table("references", metadata, AnalysisSchema.ReferenceColumns, Items(dataset.References, root, "references", r => r.Id)),
            ["compounds"] = Table("compounds", metadata, AnalysisSchema.CompoundColumns, Items(dataset.Compounds, root, "compounds", c => c.Id)),
            ["targets"] = Table("targets", metadata, AnalysisSchema.TargetColumns, Items(dataset.Targets, root, "targets", t => t.Id)),
            ["assays"] = Table("assays", metadata, AnalysisSchema.AssayColumns, Items(dataset.Assays, root, "assays", a => a.Id)),
            ["results"] = Table("results", metadata, AnalysisSchema.ResultColumns, ResultRows(dataset, root, resultIds)),
            ["statements"] = Table("statements", metadata, AnalysisSchema.StatementColumns, StatementRows(root)),
        };
        return new DatasetTables(tables, dataset.Metadata.ContentHash);
    }

    private static IEnumerable<ItemRow<T>> Items<T>(IEnumerable<T> items, JsonElement root, string section, Func<T, string> id)
    {
        using var json = Section(root, section).GetEnumerator();
        long ordinal = 0;
        foreach (var item in items)
        {
            if (!json.MoveNext() || !string.Equals(Json.String(json.Current, "id"), id(item), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The JSON form of the dataset does not list its {section} in the model's order (at {id(item)}).");
            }

            yield return new ItemRow<T>(ordinal++, item, json.Current);
        }
    }

    private static IEnumerable<ResultRow> ResultRows(Dataset dataset, JsonElement root, HashSet<string>? only)
    {
        var assays = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var assay in Section(root, "assays"))
        {
            assays[Json.String(assay, "id")!] = assay;
        }

        using var json = Section(root, "results").GetEnumerator();
        long ordinal = 0;
        foreach (var result in dataset.Results)
        {
            if (!json.MoveNext() || !string.Equals(Json.String(json.Current, "id"), result.Id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The JSON form of the dataset does not list its results in the model's order (at {result.Id}).");
            }

            if (only is null || only.Contains(result.Id))
            {
                yield return new ResultRow(ordinal, result, json.Current, assays[result.Assay.Id]);
            }

            ordinal++;
        }
    }

    private static IEnumerable<StatementRow> StatementRows(JsonElement root)
    {
        foreach (var section in DatasetTableReader.StatementSections)
        {
            long ordinal = 0;
            foreach (var item in Section(root, section))
            {
                yield return new StatementRow(ordinal++, section, item);
            }
        }
    }

    private static JsonElement.ArrayEnumerator Section(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : default;

    private static RecordBatch Table<TRow>(string name, Dictionary<string, string> metadata, ColumnSpec<TRow>[] columns, IEnumerable<TRow> rows)
    {
        var builders = columns.Select(c => c.CreateBuilder()).ToArray();
        var count = 0;
        foreach (var row in rows)
        {
            foreach (var builder in builders)
            {
                builder.Append(row);
            }

            count++;
        }

        var schema = new Schema.Builder();
        foreach (var column in columns)
        {
            schema.Field(column.Field);
        }

        foreach (var (key, value) in metadata)
        {
            schema.Metadata(key, value);
        }

        schema.Metadata(AnalysisSchema.TableKey, name);
        return new RecordBatch(schema.Build(), builders.Select(b => b.Build()), count);
    }
}
