using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Types;
using Parquet;
using Parquet.Schema;
using Field = Parquet.Schema.Field;

namespace Cianopramine.Data.Analysis;

/// <summary>How <see cref="DatasetTables.WriteParquetAsync"/> lays out the results table.</summary>
public enum ParquetLayout
{
    /// <summary>One file, <c>results.parquet</c>.</summary>
    SingleFile,

    /// <summary>
    /// Hive-style partitions by target, <c>results/target=&lt;target id&gt;/part-0.parquet</c>, which DuckDB, Spark,
    /// pandas (pyarrow) and Polars read as one table with a <c>target</c> column and prune by it. The files keep their own
    /// <c>target_id</c> column, so each file is also a complete table on its own.
    /// </summary>
    PartitionedByTarget,
}

public sealed partial class DatasetTables
{
    /// <summary>Rows per Parquet row group: large enough for compression, small enough for readers to parallelise.</summary>
    public const int ParquetRowGroupSize = 100_000;

    /// <summary>
    /// Writes every table as Parquet (Snappy-compressed, Parquet.Net) into <paramref name="directory"/>:
    /// <c>references.parquet</c>, <c>compounds.parquet</c>, <c>targets.parquet</c>, <c>assays.parquet</c>,
    /// <c>statements.parquet</c>, and the results as <paramref name="layout"/> says. The Arrow schema metadata (table,
    /// format version, dataset, content hash) is the files' key-value metadata.
    /// </summary>
    /// <param name="directory">The folder; created if missing. Existing table files are replaced.</param>
    /// <param name="layout">One results file, or one per target.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException">The folder cannot be created or a file cannot be written or replaced (in use, path too long, disk full …).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not write there.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<string>> WriteParquetAsync(string directory, ParquetLayout layout = ParquetLayout.SingleFile, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        cancellationToken.ThrowIfCancellationRequested(); // a write cancelled before it starts leaves no folder behind
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, batch) in Tables)
        {
            if (name == "results")
            {
                var folder = Path.Combine(directory, "results");
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                File.Delete(Path.Combine(directory, "results.parquet"));
                if (layout == ParquetLayout.PartitionedByTarget)
                {
                    foreach (var (target, rows) in RowsByTarget(batch))
                    {
                        var path = Path.Combine(folder, "target=" + Uri.EscapeDataString(target), "part-0.parquet");
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        await WriteParquetFileAsync(batch, rows, path, cancellationToken).ConfigureAwait(false);
                        written.Add(path);
                    }

                    continue;
                }
            }

            var file = Path.Combine(directory, name + ".parquet");
            await WriteParquetFileAsync(batch, null, file, cancellationToken).ConfigureAwait(false);
            written.Add(file);
        }

        return written;
    }

    private static IEnumerable<(string Target, int[] Rows)> RowsByTarget(RecordBatch batch)
    {
        var targets = (StringArray)batch.Column("target_id");
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < batch.Length; i++)
        {
            var target = targets.GetString(i)!;
            if (!groups.TryGetValue(target, out var rows))
            {
                groups[target] = rows = new List<int>();
                order.Add(target);
            }

            rows.Add(i);
        }

        return order.Select(t => (t, groups[t].ToArray()));
    }

    private static async Task WriteParquetFileAsync(RecordBatch batch, int[]? rows, string path, CancellationToken cancellationToken)
    {
        // Checked before each file: Parquet.Net looked at the token only in writes that found it cancelled, so a write
        // with a cancelled token ran to the end without the OperationCanceledException the docs promise.
        cancellationToken.ThrowIfCancellationRequested();
        var fields = batch.Schema.FieldsList.Select(ToParquetField).ToArray();
        var schema = new ParquetSchema(fields);
        var count = rows?.Length ?? batch.Length;
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = batch.Schema.Metadata.ToDictionary(p => p.Key, p => p.Value);
        for (var start = 0; start < count || (start == 0 && count == 0); start += ParquetRowGroupSize)
        {
            var length = Math.Min(ParquetRowGroupSize, count - start);
            var selection = new int[length];
            for (var i = 0; i < length; i++)
            {
                selection[i] = rows is null ? start + i : rows[start + i];
            }

            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                await WriteColumnAsync(group, fields[c], batch.Column(c), selection, cancellationToken).ConfigureAwait(false);
            }

            if (count == 0)
            {
                break;
            }
        }
    }

    private static Field ToParquetField(Apache.Arrow.Field field) => field.DataType switch
    {
        StringType => new DataField<string>(field.Name, field.IsNullable),
        DoubleType => new DataField<double?>(field.Name, true),
        Int32Type => new DataField<int?>(field.Name, true),
        Int64Type => new DataField<long>(field.Name, false),
        BooleanType => new DataField<bool?>(field.Name, true),
        ListType => new ListField(field.Name, new DataField<string>("element", false)),
        _ => throw new NotSupportedException($"No Parquet mapping for column {field.Name} of type {field.DataType.Name}."),
    };

    private static async Task WriteColumnAsync(ParquetRowGroupWriter group, Field field, IArrowArray array, int[] rows, CancellationToken cancellationToken)
    {
        switch (array)
        {
            case StringArray strings:
            {
                var values = new string?[rows.Length];
                for (var i = 0; i < rows.Length; i++)
                {
                    values[i] = strings.GetString(rows[i]);
                }

                await group.WriteAsync((DataField)field, values!, null).ConfigureAwait(false);
                break;
            }

            case DoubleArray doubles:
                await group.WriteAsync<double>((DataField)field, Select(rows, doubles.GetValue), null, null, cancellationToken).ConfigureAwait(false);
                break;
            case Int32Array ints:
                await group.WriteAsync<int>((DataField)field, Select(rows, ints.GetValue), null, null, cancellationToken).ConfigureAwait(false);
                break;
            case BooleanArray booleans:
                await group.WriteAsync<bool>((DataField)field, Select(rows, booleans.GetValue), null, null, cancellationToken).ConfigureAwait(false);
                break;
            case Int64Array longs:
            {
                var values = new long[rows.Length];
                for (var i = 0; i < rows.Length; i++)
                {
                    values[i] = longs.GetValue(rows[i])!.Value;
                }

                await group.WriteAsync<long>((DataField)field, values, null, null, cancellationToken).ConfigureAwait(false);
                break;
            }

            case ListArray lists:
                await WriteStringListAsync(group, (ListField)field, lists, rows, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new NotSupportedException($"No Parquet mapping for column {field.Name}.");
        }
    }

    private static T?[] Select<T>(int[] rows, Func<int, T?> get)
        where T : struct
    {
        var values = new T?[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = get(rows[i]);
        }

        return values;
    }

    // A list of strings: repetition level 0 starts a row, 1 continues its list. Parquet.Net writes a null entry that
    // starts a row as an empty list (checked by the DuckDB tests, which read the lists back).
    private static async Task WriteStringListAsync(ParquetRowGroupWriter group, ListField field, ListArray lists, int[] rows, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var item = (DataField)field.Item;
        var values = (StringArray)lists.Values;
        var data = new List<string?>();
        var repetitions = new List<int>();
        foreach (var row in rows)
        {
            var start = lists.ValueOffsets[row];
            var end = lists.ValueOffsets[row + 1];
            if (start == end)
            {
                data.Add(null);
                repetitions.Add(0);
                continue;
            }

            for (var i = start; i < end; i++)
            {
                data.Add(values.GetString(i)!);
                repetitions.Add(i == start ? 0 : 1);
            }
        }

        await group.WriteAsync(item, data!, repetitions.ToArray()).ConfigureAwait(false);
    }
}
