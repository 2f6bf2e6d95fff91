using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Loading;

/// <summary>
/// Loads datasets at run time from the same JSON format the source generator compiles (docs/json-format.md), with
/// the same rules: the reader and validator are the very source files the generator is built from, so a file the
/// generator accepts loads, and a file it rejects fails to load with the same diagnostic ids.
/// </summary>
/// <remarks>
/// <para>A load either returns a complete, validated dataset or throws one <see cref="DatasetLoadException"/> that lists
/// every problem with its id, message, file, JSON path, line and column. It never returns a partial dataset and throws
/// no other exception for bad data, nor for a file or stream that fails while it is read: whatever a caller's stream
/// throws (an <see cref="IOException"/>, the <see cref="InvalidDataException"/> of a corrupt <c>GZipStream</c>, an
/// <c>HttpRequestException</c> …) is CPD0042 in a <see cref="DatasetLoadException"/> whose
/// <see cref="Exception.InnerException"/> is that exception. Argument errors (<see langword="null"/>) throw
/// <see cref="ArgumentException"/>; cancellation throws <see cref="OperationCanceledException"/>, and so does a stream
/// that throws it.</para>
/// <para>Input is bounded (<see cref="DatasetLoadOptions"/>): size per source, nesting depth, and numbers.</para>
/// <para>Two entry points, both over <see cref="DatasetSource"/> (text, UTF-8 bytes, a file or a stream, each with a
/// name for messages). <see cref="Dataset.FromJson"/> and <see cref="Dataset.FromFile"/> are the one-line shortcuts.</para>
/// <para>The dataset's <see cref="DatasetMetadata.ContentHash"/> is computed from its data, exactly as the generator
/// computes it, so the same facts have the same hash whether compiled in, loaded from one file or from several.</para>
/// </remarks>
public static class DatasetLoader
{
    /// <summary>Loads one dataset from one or more sources (one with the manifest, the others naming its id).</summary>
    /// <param name="sources">The sources; at least one.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="DatasetLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The dataset and its warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sources"/> is empty or holds a <see langword="null"/> source.</exception>
    /// <exception cref="DatasetLoadException">The data has errors, or a file or stream could not be read (CPD0042; the
    /// exception it threw is the <see cref="Exception.InnerException"/>); every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, or a stream
    /// being read threw it.</exception>
    public static DatasetLoadResult Load(IEnumerable<DatasetSource> sources, DatasetLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = Sources(sources);
        options ??= DatasetLoadOptions.Default;
        var files = new List<DatasetFileResult>(list.Count);
        Exception? failure = null;
        foreach (var source in list)
        {
            var (file, error) = source.Read(options.MaxBytes, cancellationToken);
            files.Add(file);
            failure ??= error;
        }

        return Validate(files, options, failure, cancellationToken);
    }

    /// <summary>Loads one dataset from one or more sources, reading files and streams asynchronously.</summary>
    /// <param name="sources">The sources; at least one.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="DatasetLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The dataset and its warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sources"/> is empty or holds a <see langword="null"/> source.</exception>
    /// <exception cref="DatasetLoadException">The data has errors, or a file or stream could not be read (CPD0042; the
    /// exception it threw is the <see cref="Exception.InnerException"/>); every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, or a stream
    /// being read threw it.</exception>
    public static Task<DatasetLoadResult> LoadAsync(IEnumerable<DatasetSource> sources, DatasetLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        LoadCoreAsync(Sources(sources), options, cancellationToken); // argument errors are thrown here, not stored in the task

    private static async Task<DatasetLoadResult> LoadCoreAsync(List<DatasetSource> list, DatasetLoadOptions? options, CancellationToken cancellationToken)
    {
        options ??= DatasetLoadOptions.Default;
        var files = new List<DatasetFileResult>(list.Count);
        Exception? failure = null;
        foreach (var source in list)
        {
            var (file, error) = await source.ReadAsync(options.MaxBytes, cancellationToken).ConfigureAwait(false);
            files.Add(file);
            failure ??= error;
        }

        return Validate(files, options, failure, cancellationToken);
    }

    private static List<DatasetSource> Sources(IEnumerable<DatasetSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var list = new List<DatasetSource>();
        foreach (var source in sources)
        {
            list.Add(source ?? throw new ArgumentException("A source is null.", nameof(sources)));
        }

        return list.Count > 0 ? list : throw new ArgumentException("At least one source is needed.", nameof(sources));
    }

    /// <param name="files">The sources as read.</param>
    /// <param name="options">The load's options (what to do with invalid items).</param>
    /// <param name="failure">The first exception a file or stream threw while it was read (its source is CPD0042): the inner exception of the load's exception.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    private static DatasetLoadResult Validate(List<DatasetFileResult> files, DatasetLoadOptions options, Exception? failure, CancellationToken cancellationToken)
    {
        ValidatedDataset validated;
        try
        {
            validated = DatasetValidator.Validate(
                files,
                options.InvalidItems == InvalidItemHandling.LeaveOut ? static _ => true : null,
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Unexpected(files[0].FilePath, "the data could not be validated", ex);
        }

        var diagnostics = new List<DatasetDiagnostic>(validated.Diagnostics);
        if (!validated.HasErrors && validated.Datasets.Count != 1)
        {
            diagnostics.Add(NotOneDataset(validated, files[0].FilePath));
        }

        var problems = new List<DatasetProblem>(diagnostics.Count);
        var warnings = new List<DatasetProblem>();
        var hasErrors = false;
        foreach (var diagnostic in diagnostics)
        {
            var problem = DatasetProblem.From(diagnostic);
            problems.Add(problem);
            hasErrors |= problem.IsError;
            if (!problem.IsError)
            {
                warnings.Add(problem);
            }
        }

        if (hasErrors)
        {
            throw new DatasetLoadException(problems, failure);
        }

        Dataset dataset;
        try
        {
            dataset = new Dataset(SpecModelBuilder.Build(validated.Datasets[0]));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Unexpected(validated.Datasets[0].FilePaths[0], "the dataset could not be built", ex);
        }

        return new DatasetLoadResult(dataset, ValueArray<DatasetProblem>.FromOwnedArray(warnings.ToArray()), LeftOut(validated.LeftOut));
    }

    /// <summary>The public form of the left-out items, each linked to the left-out item it referred to.</summary>
    private static LeftOutItem[] LeftOut(ValueArray<LeftOutSpec> specs)
    {
        var items = new LeftOutItem[specs.Count];
        var byKey = new Dictionary<ItemKey, LeftOutItem>();
        for (var i = 0; i < items.Length; i++)
        {
            // A cause is always an item found before the items that refer to it.
            var spec = specs[i];
            var problems = new DatasetProblem[spec.Problems.Count];
            for (var p = 0; p < problems.Length; p++)
            {
                problems[p] = DatasetProblem.From(spec.Problems[p]);
            }

            LeftOutItem? cause = null;
            if (spec.Cause is { } key)
            {
                byKey.TryGetValue(key, out cause);
            }

            var item = new LeftOutItem(
                ItemKinds.Words.ToWord(spec.Kind),
                spec.Id,
                spec.Location.FilePath,
                spec.Location.JsonPath,
                spec.Location.DisplayLine,
                spec.Location.DisplayColumn,
                ValueArray<DatasetProblem>.FromOwnedArray(problems),
                cause);
            items[i] = item;
            if (spec.Id is { } id)
            {
                byKey.TryAdd(new ItemKey(spec.Kind, id), item);
            }
        }

        return items;
    }

    /// <summary>CPD0023 for input with no dataset or with several (load each on its own, then merge them).</summary>
    private static DatasetDiagnostic NotOneDataset(ValidatedDataset validated, string firstFile)
    {
        if (validated.Datasets.Count == 0)
        {
            return DatasetDiagnostic.Create(
                DiagnosticCatalogue.DatasetManifest,
                SourceLocation.StartOfFile(firstFile),
                string.Empty,
                "no source has a manifest (a \"dataset\" object)");
        }

        var second = validated.Datasets[1].Manifest.Id;
        return DatasetDiagnostic.Create(
            DiagnosticCatalogue.DatasetManifest,
            second.Location,
            second.Value,
            "a load reads one dataset, but the sources also hold dataset '" + validated.Datasets[0].Manifest.Id.Value +
            "'; load each dataset on its own and combine them with DatasetMerger");
    }

    /// <summary>A failure of ours, reported as the shared reader reports one: CPD0001 at the start of the file.</summary>
    private static DatasetLoadException Unexpected(string file, string what, Exception ex) =>
        new(
            new[]
            {
                DatasetProblem.From(DatasetDiagnostic.Create(
                    DiagnosticCatalogue.MalformedJson,
                    SourceLocation.StartOfFile(file),
                    what + " (" + ex.GetType().Name + ": " + ex.Message + ")")),
            },
            ex);
}
