using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Cianopramine.Data.Loading;
using Parquet;
using Parquet.Schema;

namespace Cianopramine.Data.Analysis;

/// <summary>
/// Reads analysis tables (Arrow record batches, Arrow IPC files or Parquet files) back into a <see cref="Dataset"/>.
/// The <c>json</c> columns, in <c>ordinal</c> order, are put together into the JSON data format and loaded by the
/// core's loader: the same validation as a JSON file (every problem reported at once in a
/// <see cref="DatasetLoadException"/>), and the same content hash when nothing was lost.
/// </summary>
public static class DatasetTableReader
{
    internal static readonly string[] StatementSections = ["transformations", "mechanisms", "gaps"];

    /// <summary>Reads tables made by <see cref="DatasetTables.From(Dataset)"/> back into a dataset.</summary>
    /// <param name="tables">The tables.</param>
    /// <param name="options">The loader's limits; by default the size limit is the size of the data put together.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The tables have no <c>json</c> column (<see cref="DatasetTables.WithoutJson"/>).</exception>
    /// <exception cref="DatasetLoadException">The tables do not make a valid dataset.</exception>
    public static Dataset Read(DatasetTables tables, DatasetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var collector = new Collector();
        foreach (var (name, batch) in tables.Tables)
        {
            collector.Add(name, batch, name);
        }

        return collector.Load("<tables>", options);
    }

    /// <summary>Reads the Arrow IPC files written by <see cref="DatasetTables.WriteArrowFiles"/> back into a dataset.</summary>
    /// <param name="directory">The folder with <c>results.arrow</c>, <c>compounds.arrow</c>, ….</param>
    /// <param name="options">The loader's limits; by default the size limit is the size of the data put together.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">A table file is missing.</exception>
    /// <exception cref="InvalidDataException">A file is not one of these tables.</exception>
    /// <exception cref="DatasetLoadException">The tables do not make a valid dataset.</exception>
    /// <exception cref="IOException">A file cannot be read (other than missing: <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read a file.</exception>
    public static Dataset ReadArrowFiles(string directory, DatasetLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var collector = new Collector();
        foreach (var name in AnalysisSchema.TableNames)
        {
            var path = Path.Combine(directory, name + ".arrow");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The table file {path} is missing: a dataset needs all of {string.Join(", ", AnalysisSchema.TableNames.Select(n => n + ".arrow"))}.", path);
            }

            using var stream = File.OpenRead(path);
            using var reader = new ArrowFileReader(stream);
            while (reader.ReadNextRecordBatch() is { } batch)
            {
                using (batch)
                {
                    collector.Add(name, batch, path);
                }
            }
        }

        return collector.Load(directory, options);
    }

    /// <summary>
    /// Reads the Parquet files written by <see cref="DatasetTables.WriteParquetAsync"/> (either layout) back into a
    /// dataset. Only the <c>ordinal</c>, <c>section</c> and <c>json</c> columns are read.
    /// </summary>
    /// <param name="directory">The folder with <c>references.parquet</c>, …, and <c>results.parquet</c> or <c>results/</c>.</param>
    /// <param name="options">The loader's limits; by default the size limit is the size of the data put together.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">A table file is missing.</exception>
    /// <exception cref="InvalidDataException">A file is not one of these tables.</exception>
    /// <exception cref="DatasetLoadException">The tables do not make a valid dataset.</exception>
    /// <exception cref="IOException">A file cannot be read (other than missing: <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read a file.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Dataset> ReadParquetAsync(string directory, DatasetLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var collector = new Collector();
        foreach (var name in AnalysisSchema.TableNames)
        {
            var single = Path.Combine(directory, name + ".parquet");
            var folder = Path.Combine(directory, name);
            string[] files = File.Exists(single) ? [single]
                : name == "results" && Directory.Exists(folder) ? Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray()
                : throw new FileNotFoundException($"The table file {single} is missing.", single);
            foreach (var file in files)
            {
                await ReadParquetFileAsync(collector, name, file, cancellationToken).ConfigureAwait(false);
            }
        }

        return collector.Load(directory, options);
    }

    private static async Task ReadParquetFileAsync(Collector collector, string name, string path, CancellationToken cancellationToken)
    {
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        collector.CheckMetadata(name, path, reader.CustomMetadata);
        var fields = reader.Schema.DataFields;
        DataField Find(string column) => fields.FirstOrDefault(f => f.Name == column && f.MaxRepetitionLevel == 0)
            ?? throw new InvalidDataException($"{path} has no column '{column}': it is not a {name} table of Cianopramine.Data.Analysis.");
        var ordinalField = Find("ordinal");
        var jsonField = Find("json");
        var sectionField = name == "statements" ? Find("section") : null;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            // A row count is read from the file: one that no array can hold is a file that is not one of these tables
            // (it was an OverflowException, which the docs did not name).
            var count = group.RowCount is >= 0 and <= int.MaxValue
                ? (int)group.RowCount
                : throw new InvalidDataException($"{path} claims {group.RowCount} rows in one row group: it is not a {name} table of Cianopramine.Data.Analysis.");
            var ordinals = new long[count];
            var json = new string[count];
            var sections = sectionField is null ? null : new string[count];
            await group.ReadAsync<long>(ordinalField, ordinals, null, cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(jsonField, json, null, cancellationToken).ConfigureAwait(false);
            if (sectionField is not null)
            {
                await group.ReadAsync(sectionField, sections!, null, cancellationToken).ConfigureAwait(false);
            }

            for (var i = 0; i < count; i++)
            {
                collector.Add(sections?[i] ?? name, ordinals[i], json[i], path);
            }
        }
    }

    private sealed class Collector
    {
        private readonly Dictionary<string, List<(long Ordinal, string Json)>> _sections = new(StringComparer.Ordinal);
        private string? _dataset;

        public void Add(string name, RecordBatch batch, string source)
        {
            CheckMetadata(name, source, batch.Schema.Metadata);
            var ordinals = batch.Column("ordinal") as Int64Array ?? throw Missing(source, name, "ordinal");
            var json = batch.Column("json") as StringArray ?? throw Missing(source, name, "json");
            var sections = name == "statements" ? batch.Column("section") as StringArray ?? throw Missing(source, name, "section") : null;
            for (var i = 0; i < batch.Length; i++)
            {
                Add(sections?.GetString(i) ?? name, ordinals.GetValue(i)!.Value, json.GetString(i)!, source);
            }
        }

        public void Add(string section, long ordinal, string? json, string source)
        {
            if (json is null)
            {
                throw new InvalidDataException($"{source}: a row of {section} has no json.");
            }

            if (!_sections.TryGetValue(section, out var list))
            {
                _sections[section] = list = new List<(long, string)>();
            }

            list.Add((ordinal, json));
        }

        public void CheckMetadata(string name, string source, IReadOnlyDictionary<string, string>? metadata)
        {
            if (metadata is not null && metadata.ContainsKey(AnalysisSchema.JsonOmittedKey))
            {
                throw new InvalidDataException($"{source} was written without its json column (DatasetTables.WithoutJson, for analysis tools only): it cannot be read back into a dataset. Write the tables with their json column to read them back.");
            }

            if (metadata is null
                || !metadata.TryGetValue(AnalysisSchema.TableKey, out var table) || table != name
                || !metadata.TryGetValue(AnalysisSchema.FormatVersionKey, out var version)
                || !metadata.TryGetValue(AnalysisSchema.DatasetKey, out var dataset))
            {
                throw new InvalidDataException($"{source} is not the {name} table of Cianopramine.Data.Analysis (its metadata lacks {AnalysisSchema.TableKey}={name}, {AnalysisSchema.FormatVersionKey} or {AnalysisSchema.DatasetKey}).");
            }

            if (version != AnalysisSchema.FormatVersion)
            {
                throw new InvalidDataException($"{source} has table format {version}; this version of Cianopramine.Data.Analysis reads format {AnalysisSchema.FormatVersion}.");
            }

            if (_dataset is null)
            {
                _dataset = dataset;
            }
            else if (_dataset != dataset)
            {
                throw new InvalidDataException($"{source} belongs to another dataset than the tables read before it ({AnalysisSchema.DatasetKey} differs).");
            }
        }

        public Dataset Load(string name, DatasetLoadOptions? options)
        {
            if (_dataset is null)
            {
                throw new InvalidDataException($"{name}: no table was read.");
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false }))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("dataset");
                writer.WriteRawValue(_dataset);
                foreach (var section in new[] { "references", "compounds", "targets", "assays", "results" }.Concat(StatementSections))
                {
                    if (!_sections.TryGetValue(section, out var items))
                    {
                        continue;
                    }

                    items.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
                    writer.WritePropertyName(section);
                    writer.WriteStartArray();
                    foreach (var (_, json) in items)
                    {
                        writer.WriteRawValue(json);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            options ??= new DatasetLoadOptions { MaxBytes = Math.Max(bytes.Length, new DatasetLoadOptions().MaxBytes) };
            return DatasetLoader.Load([DatasetSource.FromUtf8(bytes, name)], options).Dataset;
        }

        private static InvalidDataException Missing(string source, string name, string column) =>
            new($"{source} has no column '{column}' of the expected type: it is not a {name} table of Cianopramine.Data.Analysis.");
    }
}
