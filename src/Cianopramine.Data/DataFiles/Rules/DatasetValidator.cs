using System;
using System.Collections.Generic;
using System.Threading;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Groups read files into datasets (one manifest each, CPD0023), merges their sections and applies the semantic rules
/// (<see cref="DatasetRules"/>). Deterministic: the same files in any order give the same result. The runtime loader
/// validates all its files at once (<see cref="Validate(IEnumerable{DatasetFileResult}, CancellationToken)"/>); the
/// source generator groups once and then validates each dataset on its own, so an edit to one dataset's files
/// leaves the others cached.
/// </summary>
internal static class DatasetValidator
{
    /// <summary>Validates the files of one or more datasets.</summary>
    /// <param name="files">What <see cref="DatasetFileReader"/> read, in any order.</param>
    /// <param name="cancellationToken">Checked between datasets and rules.</param>
    /// <returns>The datasets and all diagnostics, sorted.</returns>
    public static ValidatedDataset Validate(IEnumerable<DatasetFileResult> files, CancellationToken cancellationToken) =>
        Validate(files, null, cancellationToken);

    /// <summary>Validates the files of one or more datasets, leaving out the items whose errors are accepted.</summary>
    /// <param name="files">What <see cref="DatasetFileReader"/> read, in any order.</param>
    /// <param name="accepted">
    /// Whether errors of a rule are accepted, so that their items are left out (<see cref="InvalidItems"/>);
    /// <see langword="null"/> for strict validation.
    /// </param>
    /// <param name="cancellationToken">Checked between datasets and rules.</param>
    /// <returns>The datasets, all diagnostics, sorted, and the items left out.</returns>
    public static ValidatedDataset Validate(IEnumerable<DatasetFileResult> files, Func<string, bool>? accepted, CancellationToken cancellationToken)
    {
        var grouping = Group(files);
        var datasets = new List<DatasetSpec>();
        var diagnostics = new List<DatasetDiagnostic>(grouping.Diagnostics);
        var leftOut = new List<LeftOutSpec>();
        foreach (var group in grouping.Datasets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var validated = Validate(group, cancellationToken);
            if (accepted is not null)
            {
                validated = InvalidItems.LeaveOut(group, validated, accepted, cancellationToken);
            }

            datasets.Add(validated.Spec);
            diagnostics.AddRange(validated.Diagnostics);
            leftOut.AddRange(validated.LeftOut);
        }

        diagnostics.Sort(CompareDiagnostics);
        return new ValidatedDataset
        {
            Datasets = ValueArray<DatasetSpec>.FromOwnedArray(datasets.ToArray()),
            Diagnostics = ValueArray<DatasetDiagnostic>.FromOwnedArray(diagnostics.ToArray()),
            LeftOut = ValueArray<LeftOutSpec>.FromOwnedArray(leftOut.ToArray()),
        };
    }

    /// <summary>
    /// Sorts files into datasets: every file joins the dataset its <c>"dataset"</c> names (a repeated manifest's file
    /// joins the first manifest's dataset). Diagnostics of files that belong to no dataset, and CPD0023 for a dataset
    /// id with no manifest, are the grouping's own.
    /// </summary>
    /// <param name="files">What <see cref="DatasetFileReader"/> read, in any order.</param>
    /// <returns>The datasets in the ordinal order of their manifests' paths, and the other diagnostics.</returns>
    public static FileGrouping Group(IEnumerable<DatasetFileResult> files)
    {
        // Ordinal path order; equal paths keep their given order (a stable sort).
        var indexed = new List<(DatasetFileResult File, int Index)>();
        foreach (var file in files)
        {
            indexed.Add((file, indexed.Count));
        }

        indexed.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.File.FilePath, b.File.FilePath);
            return byPath != 0 ? byPath : a.Index.CompareTo(b.Index);
        });

        var groups = new List<GroupBuilder>();
        var byId = new Dictionary<string, GroupBuilder>(StringComparer.Ordinal);
        var loose = new List<DatasetDiagnostic>();
        foreach (var (file, _) in indexed)
        {
            var manifest = file.Manifest;
            if (manifest is null || byId.ContainsKey(manifest.Id.Value))
            {
                continue;
            }

            var group = new GroupBuilder(manifest);
            groups.Add(group);
            byId.Add(manifest.Id.Value, group);
        }

        foreach (var (file, _) in indexed)
        {
            var id = file.DatasetId;
            if (id is not null && byId.TryGetValue(id, out var group))
            {
                group.Files.Add(file);
                if (file.Manifest is { } manifest && !ReferenceEquals(manifest, group.Manifest))
                {
                    group.Diagnostics.Add(DatasetDiagnostic.Create(
                        DiagnosticCatalogue.DatasetManifest,
                        manifest.Id.Location,
                        manifest.Id.Value,
                        "its manifest is given more than once; the first is in " + group.Manifest.Location));
                }

                continue;
            }

            loose.AddRange(file.Diagnostics);
            if (id is not null && file.DatasetIdRef is { } reference)
            {
                loose.Add(DatasetDiagnostic.Create(
                    DiagnosticCatalogue.DatasetManifest,
                    reference.Location,
                    id,
                    "no file has its manifest (a \"dataset\" object with this id)"));
            }
        }

        var datasets = new DatasetFiles[groups.Count];
        for (var i = 0; i < datasets.Length; i++)
        {
            var g = groups[i];
            datasets[i] = new DatasetFiles(
                g.Manifest,
                ValueArray<DatasetFileResult>.FromOwnedArray(g.Files.ToArray()),
                ValueArray<DatasetDiagnostic>.FromOwnedArray(g.Diagnostics.ToArray()));
        }

        loose.Sort(CompareDiagnostics);
        return new FileGrouping(
            ValueArray<DatasetFiles>.FromOwnedArray(datasets),
            ValueArray<DatasetDiagnostic>.FromOwnedArray(loose.ToArray()));
    }

    /// <summary>Merges one dataset's files and applies the rules.</summary>
    /// <param name="group">The dataset's files, as <see cref="Group"/> found them.</param>
    /// <param name="cancellationToken">Checked between rules.</param>
    /// <returns>The dataset and its diagnostics (its files' and the rules'), sorted.</returns>
    public static ValidatedGroup Validate(DatasetFiles group, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DatasetDiagnostic>(group.Diagnostics);
        var skipped = new HashSet<ItemKey>();
        var paths = new string[group.Files.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            var file = group.Files[i];
            paths[i] = file.FilePath;
            diagnostics.AddRange(file.Diagnostics);
            foreach (var key in file.SkippedItems)
            {
                skipped.Add(key);
            }
        }

        var sections = Merge(group.Files);
        diagnostics.AddRange(new DatasetRules(group.Manifest, sections, skipped, cancellationToken).Run());
        diagnostics.Sort(CompareDiagnostics);
        var hasErrors = false;
        foreach (var d in diagnostics)
        {
            hasErrors |= d.IsError;
        }

        var spec = new DatasetSpec
        {
            Manifest = group.Manifest,
            Sections = sections,
            FilePaths = ValueArray<string>.FromOwnedArray(paths),
            HasErrors = hasErrors,
        };
        return new ValidatedGroup(spec, ValueArray<DatasetDiagnostic>.FromOwnedArray(diagnostics.ToArray()));
    }

    /// <summary>Orders diagnostics by file path (ordinal), offset, id, then message.</summary>
    public static int CompareDiagnostics(DatasetDiagnostic a, DatasetDiagnostic b)
    {
        var c = string.CompareOrdinal(a.Location.FilePath, b.Location.FilePath);
        if (c == 0)
        {
            c = a.Location.Start.CompareTo(b.Location.Start);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Id, b.Id);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    private static DatasetSections Merge(ValueArray<DatasetFileResult> files)
    {
        if (files.Count == 1)
        {
            return files[0].Sections;
        }

        var references = new List<ReferenceSpec>();
        var compounds = new List<CompoundSpec>();
        var targets = new List<TargetSpec>();
        var assays = new List<AssaySpec>();
        var results = new List<ResultSpec>();
        var transformations = new List<TransformationSpec>();
        var mechanisms = new List<MechanismSpec>();
        var gaps = new List<GapSpec>();
        foreach (var file in files)
        {
            var s = file.Sections;
            references.AddRange(s.References);
            compounds.AddRange(s.Compounds);
            targets.AddRange(s.Targets);
            assays.AddRange(s.Assays);
            results.AddRange(s.Results);
            transformations.AddRange(s.Transformations);
            mechanisms.AddRange(s.Mechanisms);
            gaps.AddRange(s.Gaps);
        }

        return new DatasetSections
        {
            References = ValueArray<ReferenceSpec>.FromOwnedArray(references.ToArray()),
            Compounds = ValueArray<CompoundSpec>.FromOwnedArray(compounds.ToArray()),
            Targets = ValueArray<TargetSpec>.FromOwnedArray(targets.ToArray()),
            Assays = ValueArray<AssaySpec>.FromOwnedArray(assays.ToArray()),
            Results = ValueArray<ResultSpec>.FromOwnedArray(results.ToArray()),
            Transformations = ValueArray<TransformationSpec>.FromOwnedArray(transformations.ToArray()),
            Mechanisms = ValueArray<MechanismSpec>.FromOwnedArray(mechanisms.ToArray()),
            Gaps = ValueArray<GapSpec>.FromOwnedArray(gaps.ToArray()),
        };
    }

    private sealed class GroupBuilder
    {
        public GroupBuilder(DatasetManifestSpec manifest) => Manifest = manifest;

        public DatasetManifestSpec Manifest { get; }

        public List<DatasetFileResult> Files { get; } = new();

        public List<DatasetDiagnostic> Diagnostics { get; } = new();
    }
}

/// <summary>The files of one dataset, and the diagnostics its grouping raised (a repeated manifest). Equatable.</summary>
/// <param name="Manifest">The dataset's manifest (the first, by path).</param>
/// <param name="Files">Its files, in ordinal path order.</param>
/// <param name="Diagnostics">What grouping found in these files.</param>
internal sealed record DatasetFiles(DatasetManifestSpec Manifest, ValueArray<DatasetFileResult> Files, ValueArray<DatasetDiagnostic> Diagnostics);

/// <summary>Files sorted into datasets, and the diagnostics of files that belong to none. Equatable.</summary>
/// <param name="Datasets">One entry per manifest.</param>
/// <param name="Diagnostics">Diagnostics of files outside every dataset, and CPD0023 for an unknown dataset id, sorted.</param>
internal sealed record FileGrouping(ValueArray<DatasetFiles> Datasets, ValueArray<DatasetDiagnostic> Diagnostics);

/// <summary>One validated dataset and its diagnostics. Equatable.</summary>
/// <param name="Spec">The dataset (with <see cref="DatasetSpec.HasErrors"/> set).</param>
/// <param name="Diagnostics">Its files' and its rules' diagnostics, sorted.</param>
internal sealed record ValidatedGroup(DatasetSpec Spec, ValueArray<DatasetDiagnostic> Diagnostics)
{
    /// <summary>The items left out because their errors were accepted (<see cref="InvalidItems"/>); empty in strict mode.</summary>
    public ValueArray<LeftOutSpec> LeftOut { get; init; }
}
