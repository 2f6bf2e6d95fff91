using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Model;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Merging;

/// <summary>
/// Merges datasets, such as the embedded one and a user's, into one: items are united by kind and id, an item both
/// datasets hold identically is kept once, and an id used for different content is an error that names both datasets.
/// </summary>
/// <remarks>
/// <para>Two items with one id are compared as the format writes them: their own properties, and the items they point
/// to by id. A result citing a reference that the datasets hold differently is therefore not a conflict of its own;
/// the reference is, and every conflict is listed in one <see cref="DatasetMergeException"/>.</para>
/// <para>Items keep their order: the first dataset's, then the items the second adds. Every fact keeps its references,
/// and every reference a fact cites is in the merged dataset's <see cref="Dataset.References"/>, the same instance.</para>
/// <para>The merge works on the model, with no text in between: the united items are relinked to the merged
/// dataset's own instances, checked by the rules a merge can break (an id, title or version given in
/// <see cref="DatasetMergeOptions"/>, a metabolism cycle that only the union closes), and hashed from their canonical
/// form like any dataset's: the merge of a dataset with itself equals the dataset, content hash included. Problems
/// name the merge (<c>merge of 'a' and 'b'</c>) and a JSON path, with no line or column.</para>
/// <para>Its metadata, unless <see cref="DatasetMergeOptions"/> says otherwise: the id, title, version and description
/// each taken as is when the datasets agree; otherwise the ids joined with <c>-</c> (<c>cianopramine-lab</c>), the titles
/// with <c> + </c>, the versions with <c>+</c> and the descriptions with a blank line, in argument order; the sources are
/// the first dataset's followed by those the second adds. The result is deterministic for the same arguments in the
/// same order.</para>
/// </remarks>
public static class DatasetMerger
{
    /// <summary>Merges datasets in order, returning the warnings the merged data raises (a metabolism cycle the merge closes).</summary>
    /// <param name="datasets">The datasets, at least one.</param>
    /// <param name="options">Metadata for the merged dataset; <see langword="null"/> for the defaults.</param>
    /// <returns>The merged dataset and its warnings.</returns>
    /// <exception cref="DatasetMergeException">An id is used for different content, or the merged data breaks a rule.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="datasets"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="datasets"/> is empty or holds a <see langword="null"/> dataset.</exception>
    public static DatasetLoadResult Merge(IReadOnlyList<Dataset> datasets, DatasetMergeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        if (datasets.Count == 0)
        {
            throw new ArgumentException("At least one dataset is needed.", nameof(datasets));
        }

        foreach (var dataset in datasets)
        {
            if (dataset is null)
            {
                throw new ArgumentException("A dataset is null.", nameof(datasets));
            }
        }

        var conflicts = new List<DatasetMergeConflict>();
        var references = Unite(datasets, d => d.References.Items, r => r.Id, "reference", conflicts);
        var compounds = Unite(datasets, d => d.Compounds.Items, c => c.Id, "compound", conflicts);
        var targets = Unite(datasets, d => d.Targets.Items, t => t.Id, "target", conflicts);
        var assays = Unite(datasets, d => d.Assays.Items, a => a.Id, "assay", conflicts);
        var results = Unite(datasets, d => d.AllResults.Items, r => r.Id, "result", conflicts);
        var transformations = Unite(datasets, d => d.Transformations.Items, t => t.Id, "transformation", conflicts);
        var mechanisms = Unite(datasets, d => d.Mechanisms.Items, m => m.Id, "mechanism", conflicts);
        var gaps = Unite(datasets, d => d.Gaps.Items, g => g.Id, "gap", conflicts);
        if (conflicts.Count > 0)
        {
            throw new DatasetMergeException(conflicts);
        }

        // The merged items, relinked so that every fact cites the merged dataset's own instances, checked by the rules
        // a merge can break (the manifest's values given as options, and cycles it closes), and hashed.
        var name = "merge of " + string.Join(" and ", Ids(datasets));
        var metadata = Metadata(datasets, options ?? new DatasetMergeOptions());
        var errors = CheckManifest(metadata, name);
        if (errors.Count > 0)
        {
            var problems = new DatasetLoadException(errors);
            throw new DatasetMergeException("The merged dataset breaks a rule of the format:\n" + problems.Message, problems);
        }

        var content = ModelFormat.Relink(new DatasetContent
        {
            Metadata = metadata,
            References = references,
            Compounds = compounds,
            Targets = targets,
            Assays = assays,
            Results = results,
            Transformations = transformations,
            Mechanisms = mechanisms,
            Gaps = gaps,
        });
        var warnings = new List<DatasetProblem>();
        var positions = new Dictionary<MetabolicTransformation, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < content.Transformations.Count; i++)
        {
            positions[content.Transformations[i]] = i;
        }

        MetabolismCycles.Find(
            content.Transformations,
            t => t.Id,
            t => t.Substrate.Id,
            t => t.Product.Id,
            (closing, cycle) => warnings.Add(DatasetProblem.From(DatasetDiagnostic.Create(
                DiagnosticCatalogue.MetabolismCycle,
                SourceLocation.InMemory(name, "$.transformations[" + positions[closing].ToString(CultureInfo.InvariantCulture) + "].product"),
                cycle))));
        content = content with { Metadata = content.Metadata with { ContentHash = CanonicalSink.ComputeHash(content) } };
        return new DatasetLoadResult(new Dataset(content), warnings, System.Array.Empty<LeftOutItem>());
    }

    /// <summary>The manifest rules a merge can break: its values may come from <see cref="DatasetMergeOptions"/>.</summary>
    private static List<DatasetProblem> CheckManifest(DatasetMetadata metadata, string name)
    {
        var problems = new List<DatasetProblem>();
        if (!IdentifierRules.IsValidId(metadata.Id))
        {
            problems.Add(Problem(DiagnosticCatalogue.InvalidId, name, "$.dataset.id", metadata.Id));
        }

        foreach (var (property, value) in new[] { ("title", metadata.Title), ("version", metadata.Version), ("description", metadata.Description) })
        {
            if (value is not null && value.Trim().Length == 0)
            {
                problems.Add(Problem(DiagnosticCatalogue.EmptyText, name, "$.dataset." + property, property));
            }
        }

        return problems;
    }

    private static DatasetProblem Problem(DiagnosticDescriptorInfo descriptor, string name, string jsonPath, params object[] args) =>
        DatasetProblem.From(DatasetDiagnostic.Create(descriptor, SourceLocation.InMemory(name, jsonPath), args));

    private static ValueArray<T> Unite<T>(
        IReadOnlyList<Dataset> datasets,
        Func<Dataset, ValueArray<T>> itemsOf,
        Func<T, string> idOf,
        string kind,
        List<DatasetMergeConflict> conflicts)
        where T : class
    {
        var united = new List<T>();
        var seen = new Dictionary<string, (T Item, string Source)>(StringComparer.Ordinal);
        foreach (var dataset in datasets)
        {
            foreach (var item in itemsOf(dataset))
            {
                var id = idOf(item);
                if (!seen.TryGetValue(id, out var earlier))
                {
                    seen.Add(id, (item, dataset.Metadata.Id));
                    united.Add(item);
                }
                else if (!earlier.Item.Equals(item) && Differences(earlier.Item, item) is { IsEmpty: false } differences)
                {
                    // Items are compared as the format writes them, other items by id: an item that differs only
                    // through an item it points to (a result citing a changed reference) is not a conflict of its
                    // own; the changed item is reported.
                    conflicts.Add(new DatasetMergeConflict
                    {
                        Kind = kind,
                        Id = id,
                        FirstSource = earlier.Source,
                        SecondSource = dataset.Metadata.Id,
                        Properties = differences,
                    });
                }
            }
        }

        return ValueArray<T>.FromOwnedArray(united.ToArray());
    }

    /// <summary>
    /// The JSON names of the properties whose values differ, in the format's property order: each item in its canonical
    /// form (<see cref="CanonicalSink"/>), where the items it points to appear by id.
    /// </summary>
    private static ValueArray<string> Differences<T>(T first, T second)
        where T : class
    {
        using var a = JsonDocument.Parse(CanonicalSink.RenderItem(first));
        using var b = JsonDocument.Parse(CanonicalSink.RenderItem(second));
        var inFirst = Properties(a.RootElement);
        var inSecond = Properties(b.RootElement);

        // Both lists follow the format's property order; walk them together so that a property only one item has
        // still lands in its place.
        var names = new List<string>();
        int i = 0, j = 0;
        while (i < inFirst.Count || j < inSecond.Count)
        {
            if (i < inFirst.Count && j < inSecond.Count && inFirst[i].Name == inSecond[j].Name)
            {
                if (inFirst[i].Value != inSecond[j].Value)
                {
                    names.Add(inFirst[i].Name);
                }

                i++;
                j++;
            }
            else if (i < inFirst.Count && (j == inSecond.Count || !inSecond.Exists(p => p.Name == inFirst[i].Name)))
            {
                names.Add(inFirst[i++].Name);
            }
            else
            {
                names.Add(inSecond[j++].Name);
            }
        }

        return ValueArray<string>.FromOwnedArray(names.ToArray());
    }

    private static List<(string Name, string Value)> Properties(JsonElement item)
    {
        var properties = new List<(string Name, string Value)>();
        foreach (var property in item.EnumerateObject())
        {
            properties.Add((property.Name, property.Value.GetRawText()));
        }

        return properties;
    }

    private static DatasetMetadata Metadata(IReadOnlyList<Dataset> datasets, DatasetMergeOptions options)
    {
        var sources = new List<Reference>();
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        var descriptions = new List<string>();
        foreach (var dataset in datasets)
        {
            foreach (var source in dataset.Metadata.Sources)
            {
                if (sourceIds.Add(source.Id))
                {
                    sources.Add(source);
                }
            }

            if (dataset.Metadata.Description is { } description && !descriptions.Contains(description))
            {
                descriptions.Add(description);
            }
        }

        return new DatasetMetadata
        {
            Id = options.Id ?? Join(datasets, m => m.Id, "-"),
            Title = options.Title ?? Join(datasets, m => m.Title, " + "),
            Version = options.Version ?? Join(datasets, m => m.Version, "+"),
            Description = options.Description ?? (descriptions.Count == 0 ? null : string.Join("\n\n", descriptions)),
            Sources = ValueArray<Reference>.FromOwnedArray(sources.ToArray()),
            ContentHash = string.Empty,
        };
    }

    /// <summary>The distinct values in order, joined; one value when all agree.</summary>
    private static string Join(IReadOnlyList<Dataset> datasets, Func<DatasetMetadata, string> valueOf, string separator)
    {
        var values = new List<string>();
        foreach (var dataset in datasets)
        {
            var value = valueOf(dataset.Metadata);
            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        return string.Join(separator, values);
    }

    private static IEnumerable<string> Ids(IReadOnlyList<Dataset> datasets)
    {
        foreach (var dataset in datasets)
        {
            yield return "'" + dataset.Metadata.Id + "'";
        }
    }
}
