using System;
using System.Collections.Generic;
using System.Threading;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Validation;

/// <summary>
/// Groups read files into datasets (one manifest each, CPD0023), merges their sections, applies the semantic rules
/// (<see cref="DatasetRules"/>) and computes each dataset's content hash. Deterministic: the same files in any order
/// give the same result.
/// </summary>
internal static class DatasetValidator
{
    /// <summary>Validates the files of one or more datasets.</summary>
    /// <param name="files">What <see cref="DatasetFileReader"/> read, in any order.</param>
    /// <param name="cancellationToken">Checked between datasets and rules.</param>
    /// <returns>The datasets and all diagnostics, sorted.</returns>
    public static ValidatedDataset Validate(IEnumerable<DatasetFileResult> files, CancellationToken cancellationToken)
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
        var ordered = indexed.ConvertAll(x => x.File);

        var diagnostics = new List<DatasetDiagnostic>();
        foreach (var file in ordered)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        var groups = Group(ordered, diagnostics);
        var datasets = new List<DatasetSpec>();
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sections = Merge(group.Files);
            var skipped = new HashSet<ItemKey>();
            foreach (var file in group.Files)
            {
                foreach (var key in file.SkippedItems)
                {
                    skipped.Add(key);
                }
            }

            var ruleDiagnostics = new DatasetRules(group.Manifest, sections, skipped, cancellationToken).Run();
            diagnostics.AddRange(ruleDiagnostics);
            var paths = new string[group.Files.Count];
            for (var i = 0; i < paths.Length; i++)
            {
                paths[i] = group.Files[i].FilePath;
            }

            datasets.Add(new DatasetSpec
            {
                Manifest = group.Manifest,
                Sections = sections,
                FilePaths = ValueArray<string>.FromOwnedArray(paths),
                HasErrors = false,
            });
        }

        diagnostics.Sort(CompareDiagnostics);

        // A dataset has errors when any of its files does (syntax, shape, semantic, or a repeated manifest).
        for (var i = 0; i < datasets.Count; i++)
        {
            var paths = new HashSet<string>(datasets[i].FilePaths, StringComparer.Ordinal);
            foreach (var d in diagnostics)
            {
                if (d.IsError && paths.Contains(d.Location.FilePath))
                {
                    datasets[i] = datasets[i] with { HasErrors = true };
                    break;
                }
            }
        }

        return new ValidatedDataset
        {
            Datasets = ValueArray<DatasetSpec>.FromOwnedArray(datasets.ToArray()),
            Diagnostics = ValueArray<DatasetDiagnostic>.FromOwnedArray(diagnostics.ToArray()),
        };
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

    private static List<DatasetGroup> Group(List<DatasetFileResult> ordered, List<DatasetDiagnostic> diagnostics)
    {
        var groups = new List<DatasetGroup>();
        var byId = new Dictionary<string, DatasetGroup>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            if (file.Manifest is not { } manifest)
            {
                continue;
            }

            if (byId.TryGetValue(manifest.Id.Value, out var existing))
            {
                diagnostics.Add(DatasetDiagnostic.Create(
                    DiagnosticCatalogue.DatasetManifest,
                    manifest.Id.Location,
                    manifest.Id.Value,
                    "its manifest is given more than once; the first is in " + existing.Manifest.Location));
                continue;
            }

            var group = new DatasetGroup(manifest);
            groups.Add(group);
            byId.Add(manifest.Id.Value, group);
        }

        // Every file, in path order, joins the dataset it names (a repeated manifest's file joins the first).
        foreach (var file in ordered)
        {
            var id = file.DatasetId;
            if (id is null)
            {
                continue;
            }

            if (byId.TryGetValue(id, out var group))
            {
                group.Files.Add(file);
            }
            else if (file.DatasetIdRef is { } reference)
            {
                diagnostics.Add(DatasetDiagnostic.Create(
                    DiagnosticCatalogue.DatasetManifest,
                    reference.Location,
                    id,
                    "no file has its manifest (a \"dataset\" object with this id)"));
            }
        }

        return groups;
    }

    private static DatasetSections Merge(List<DatasetFileResult> files)
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

    private sealed class DatasetGroup
    {
        public DatasetGroup(DatasetManifestSpec manifest) => Manifest = manifest;

        public DatasetManifestSpec Manifest { get; }

        public List<DatasetFileResult> Files { get; } = new();
    }
}
