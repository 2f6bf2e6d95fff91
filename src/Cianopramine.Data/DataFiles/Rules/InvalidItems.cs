using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Strictness the user chooses: leaves out of a dataset the items whose every error the user has chosen to accept
/// (the runtime loader's <c>InvalidItemHandling.LeaveOut</c>; a severity lowered in <c>.editorconfig</c> or
/// <c>.globalconfig</c> for the generator), and every item that refers to one of them, so nothing survives half-linked.
/// Each left-out item is reported as CPD0035 at the item, with its own problems or the item it depended on.
/// </summary>
/// <remarks>
/// Only a problem inside one item (a JSON path <c>$.compounds[3]…</c>) can be left out with its item. A problem of a
/// file or of the manifest (CPD0001, CPD0023, CPD0028, CPD0031, CPD0032, CPD0042, and any rule reported outside an
/// item, e.g. a missing <c>title</c> in the manifest) leaves nothing that could be dropped: the dataset fails as in
/// strict mode. Shared by the loader and the generator, so both leave out the same items.
/// </remarks>
internal static class InvalidItems
{
    /// <summary>The section names of the items, as they appear in JSON paths.</summary>
    private static readonly (string Section, ItemKind Kind)[] Sections =
    {
        ("references", ItemKind.Reference), ("compounds", ItemKind.Compound), ("targets", ItemKind.Target),
        ("assays", ItemKind.Assay), ("results", ItemKind.Result), ("transformations", ItemKind.Transformation),
        ("mechanisms", ItemKind.Mechanism), ("gaps", ItemKind.Gap),
    };

    /// <summary>The rules about a file, the manifest or the project: never lowered, never a reason to leave an item out.</summary>
    private static readonly HashSet<string> FileLevelIds = new(StringComparer.Ordinal)
    {
        DiagnosticCatalogue.MalformedJson.Id, DiagnosticCatalogue.DatasetManifest.Id, DiagnosticCatalogue.InputTooLarge.Id,
        DiagnosticCatalogue.InvalidGeneratedName.Id, DiagnosticCatalogue.LibraryMismatch.Id, DiagnosticCatalogue.UnreadableInput.Id,
    };

    /// <summary>
    /// Whether a rule is about a file, the manifest or the project (it can never be lowered), as opposed to an item
    /// rule, whose item can be left out when the user accepts its errors.
    /// </summary>
    /// <param name="id">The diagnostic id.</param>
    /// <returns><see langword="true"/> for CPD0001, CPD0023, CPD0028, CPD0031, CPD0032 and CPD0042.</returns>
    public static bool IsFileLevel(string id) => FileLevelIds.Contains(id);

    /// <summary>The error rules whose items can be left out: every error-severity rule that is not file-level.</summary>
    public static IEnumerable<DiagnosticDescriptorInfo> ItemErrorRules()
    {
        foreach (var d in DiagnosticCatalogue.All)
        {
            if (d.Severity == DatasetDiagnosticSeverity.Error && !IsFileLevel(d.Id))
            {
                yield return d;
            }
        }
    }

    /// <summary>The JSON path of the item a path lies in (<c>$.compounds[3]</c> for <c>$.compounds[3].formula</c>), or <see langword="null"/>.</summary>
    /// <param name="jsonPath">A diagnostic's JSON path.</param>
    /// <returns>The item's path, or <see langword="null"/> when the path is not inside an item.</returns>
    public static string? ItemPath(string jsonPath) => ItemPath(jsonPath, out _);

    private static string? ItemPath(string jsonPath, out ItemKind kind)
    {
        kind = default;
        if (!jsonPath.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var (section, k) in Sections)
        {
            var open = 2 + section.Length;
            if (jsonPath.Length <= open + 2 || string.CompareOrdinal(jsonPath, 2, section, 0, section.Length) != 0 || jsonPath[open] != '[')
            {
                continue;
            }

            var close = open + 1;
            while (close < jsonPath.Length && jsonPath[close] is >= '0' and <= '9')
            {
                close++;
            }

            if (close == open + 1 || close >= jsonPath.Length || jsonPath[close] != ']')
            {
                return null;
            }

            var end = close + 1;
            if (end < jsonPath.Length && jsonPath[end] is not ('.' or '['))
            {
                return null;
            }

            kind = k;
            return jsonPath.Substring(0, end);
        }

        return null;
    }

    /// <summary>
    /// Leaves out the items whose every error <paramref name="accepted"/> accepts, and everything that refers to them.
    /// </summary>
    /// <param name="group">The dataset's files.</param>
    /// <param name="strict">The dataset validated strictly (<see cref="DatasetValidator.Validate(DatasetFiles, CancellationToken)"/>).</param>
    /// <param name="accepted">Whether the user accepts errors of a rule (lowered below error, or the loader's option).</param>
    /// <param name="cancellationToken">Checked between rounds.</param>
    /// <returns>
    /// <paramref name="strict"/> itself when it has no errors, or when an error cannot be left out; otherwise the
    /// dataset without the left-out items (no errors), with their problems in <see cref="ValidatedGroup.LeftOut"/> and a
    /// CPD0035 warning each among the diagnostics.
    /// </returns>
    public static ValidatedGroup LeaveOut(DatasetFiles group, ValidatedGroup strict, Func<string, bool> accepted, CancellationToken cancellationToken)
    {
        if (!strict.Spec.HasErrors)
        {
            return strict;
        }

        var entries = new List<Entry>();
        var byPlace = new Dictionary<(string File, string Path), Entry>();
        foreach (var d in strict.Diagnostics)
        {
            if (!d.IsError)
            {
                continue;
            }

            // Separate statements, not one condition: each out variable is then assigned whatever a mutation tool
            // does to the conditions (Stryker dropped the whole method over CS0165 before).
            if (IsFileLevel(d.Id) || !accepted(d.Id))
            {
                return strict; // an error the user did not accept
            }

            var path = ItemPath(d.Location.JsonPath, out var kind);
            if (path is null)
            {
                return strict; // an error that no item can take with it
            }

            var place = (d.Location.FilePath, path);
            if (!byPlace.TryGetValue(place, out var entry))
            {
                entry = new Entry(kind, place);
                byPlace.Add(place, entry);
                entries.Add(entry);
            }

            entry.Problems.Add(d);
        }

        var items = IndexItems(group, strict.Spec.Sections);
        var leftKeys = new Dictionary<ItemKey, Entry>();
        foreach (var entry in entries)
        {
            Describe(entry, items);

            // A repeated id (CPD0007) still names the first item, which stays.
            if (entry.Id is { } id && !entry.Problems.Exists(p => p.Id == DiagnosticCatalogue.DuplicateId.Id) &&
                !leftKeys.ContainsKey(new ItemKey(entry.Kind, id)))
            {
                leftKeys.Add(new ItemKey(entry.Kind, id), entry);
            }
        }

        DatasetManifestSpec manifest;
        DatasetSections sections;
        List<DatasetDiagnostic> rules;
        bool added;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            sections = Without(strict.Spec.Sections, byPlace);
            manifest = WithoutSources(strict.Spec.Manifest, leftKeys);
            rules = new DatasetRules(manifest, sections, new HashSet<ItemKey>(), cancellationToken).Run();
            added = false;
            foreach (var d in rules)
            {
                if (!d.IsError || d.Id != DiagnosticCatalogue.DanglingReference.Id || d.MessageArgs.Count < 4)
                {
                    continue;
                }

                if (!ItemKinds.Words.TryParse(d.MessageArgs[2], out var targetKind))
                {
                    continue;
                }

                if (!leftKeys.TryGetValue(new ItemKey(targetKind, d.MessageArgs[3]), out var cause))
                {
                    continue; // a dangling reference to an item that was not left out: a real error, kept
                }

                var path = ItemPath(d.Location.JsonPath, out var kind);
                if (path is null)
                {
                    continue;
                }

                var place = (d.Location.FilePath, path);
                if (byPlace.ContainsKey(place))
                {
                    continue;
                }

                var entry = new Entry(kind, place) { Cause = cause };
                Describe(entry, items);
                byPlace.Add(place, entry);
                entries.Add(entry);
                if (entry.Id is { } id && !leftKeys.ContainsKey(new ItemKey(kind, id)))
                {
                    leftKeys.Add(new ItemKey(kind, id), entry);
                }

                added = true;
            }
        }
        while (added);

        var diagnostics = new List<DatasetDiagnostic>();
        foreach (var d in rules)
        {
            if (d.IsError)
            {
                return strict; // not expected: what is left still breaks a rule, so nothing is left out
            }

            diagnostics.Add(d);
        }

        foreach (var d in group.Diagnostics)
        {
            if (!d.IsError)
            {
                diagnostics.Add(d);
            }
        }

        foreach (var file in group.Files)
        {
            foreach (var d in file.Diagnostics)
            {
                if (!d.IsError)
                {
                    diagnostics.Add(d);
                }
            }
        }

        var leftOut = new LeftOutSpec[entries.Count];
        for (var i = 0; i < leftOut.Length; i++)
        {
            var e = entries[i];
            leftOut[i] = new LeftOutSpec(
                e.Kind,
                e.Id,
                e.Location!,
                ValueArray<DatasetDiagnostic>.FromOwnedArray(e.Problems.ToArray()),
                e.Cause is { } c ? new ItemKey(c.Kind, c.Id!) : null);
            diagnostics.Add(DatasetDiagnostic.Create(DiagnosticCatalogue.ItemLeftOut, e.Location!.FirstCharacter(), Name(e), Reason(e)));
        }

        diagnostics.Sort(DatasetValidator.CompareDiagnostics);
        var spec = strict.Spec with { Manifest = manifest, Sections = sections, HasErrors = false };
        return new ValidatedGroup(spec, ValueArray<DatasetDiagnostic>.FromOwnedArray(diagnostics.ToArray()))
        {
            LeftOut = ValueArray<LeftOutSpec>.FromOwnedArray(leftOut),
        };
    }

    /// <summary>"compound 'c1'", or "compound at $.compounds[3]" for an item without a readable id.</summary>
    private static string Name(Entry e) =>
        ItemKinds.Words.ToWord(e.Kind) + (e.Id is { } id ? " '" + id + "'" : " at " + e.Place.Path);

    private static string Reason(Entry e)
    {
        if (e.Cause is { } cause)
        {
            return "it refers to " + Name(cause) + ", which is left out";
        }

        var first = e.Problems[0];
        var text = new StringBuilder(first.Id).Append(' ').Append(first.Message);
        if (e.Problems.Count > 1)
        {
            var more = e.Problems.Count - 1;
            text.Append(" (and ").Append(more.ToString(CultureInfo.InvariantCulture)).Append(more == 1 ? " more problem)" : " more problems)");
        }

        return text.ToString();
    }

    /// <summary>Every item's place: its kind, id and location, read or left out by the reader.</summary>
    private static Dictionary<(string File, string Path), (string? Id, SourceLocation Location)> IndexItems(DatasetFiles group, DatasetSections sections)
    {
        var index = new Dictionary<(string, string), (string?, SourceLocation)>();
        void Add(Located<string> id, SourceLocation location) => index[(location.FilePath, location.JsonPath)] = (id.Value, location);
        foreach (var x in sections.References) Add(x.Id, x.Location);
        foreach (var x in sections.Compounds) Add(x.Id, x.Location);
        foreach (var x in sections.Targets) Add(x.Id, x.Location);
        foreach (var x in sections.Assays) Add(x.Id, x.Location);
        foreach (var x in sections.Results) Add(x.Id, x.Location);
        foreach (var x in sections.Transformations) Add(x.Id, x.Location);
        foreach (var x in sections.Mechanisms) Add(x.Id, x.Location);
        foreach (var x in sections.Gaps) Add(x.Id, x.Location);
        foreach (var file in group.Files)
        {
            foreach (var skipped in file.Skipped)
            {
                index[(skipped.Location.FilePath, skipped.Location.JsonPath)] = (skipped.Id, skipped.Location);
            }
        }

        return index;
    }

    private static void Describe(Entry entry, Dictionary<(string File, string Path), (string? Id, SourceLocation Location)> items)
    {
        if (items.TryGetValue(entry.Place, out var item))
        {
            entry.Id = item.Id;
            entry.Location = item.Location;
        }
        else
        {
            // Not expected (every item is read or skipped by the reader): the first problem's place stands in.
            var at = entry.Problems.Count > 0 ? entry.Problems[0].Location : entry.Cause!.Location!;
            entry.Location = at with { JsonPath = entry.Place.Path };
        }
    }

    private static DatasetSections Without(DatasetSections s, Dictionary<(string File, string Path), Entry> left) => new()
    {
        References = Keep(s.References, x => x.Location, left),
        Compounds = Keep(s.Compounds, x => x.Location, left),
        Targets = Keep(s.Targets, x => x.Location, left),
        Assays = Keep(s.Assays, x => x.Location, left),
        Results = Keep(s.Results, x => x.Location, left),
        Transformations = Keep(s.Transformations, x => x.Location, left),
        Mechanisms = Keep(s.Mechanisms, x => x.Location, left),
        Gaps = Keep(s.Gaps, x => x.Location, left),
    };

    private static ValueArray<T> Keep<T>(ValueArray<T> items, Func<T, SourceLocation> location, Dictionary<(string File, string Path), Entry> left)
    {
        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            var at = location(item);
            if (!left.ContainsKey((at.FilePath, at.JsonPath)))
            {
                kept.Add(item);
            }
        }

        return kept.Count == items.Count ? items : ValueArray<T>.FromOwnedArray(kept.ToArray());
    }

    /// <summary>The manifest without the sources that name a left-out reference.</summary>
    private static DatasetManifestSpec WithoutSources(DatasetManifestSpec manifest, Dictionary<ItemKey, Entry> left)
    {
        var kept = new List<Located<string>>();
        foreach (var source in manifest.Sources)
        {
            if (!left.ContainsKey(new ItemKey(ItemKind.Reference, source.Value)))
            {
                kept.Add(source);
            }
        }

        return kept.Count == manifest.Sources.Count ? manifest : manifest with { Sources = ValueArray<Located<string>>.FromOwnedArray(kept.ToArray()) };
    }

    private sealed class Entry
    {
        public Entry(ItemKind kind, (string File, string Path) place)
        {
            Kind = kind;
            Place = place;
        }

        public ItemKind Kind { get; }

        public (string File, string Path) Place { get; }

        public string? Id { get; set; }

        public SourceLocation? Location { get; set; }

        public List<DatasetDiagnostic> Problems { get; } = new();

        public Entry? Cause { get; set; }
    }
}

/// <summary>An item left out of a dataset because its errors were accepted, or because it refers to such an item. Equatable.</summary>
/// <param name="Kind">The item's kind.</param>
/// <param name="Id">The item's id, or <see langword="null"/> when it has no readable id.</param>
/// <param name="Location">The item's object in its file.</param>
/// <param name="Problems">The item's own errors; empty when it was left out only because of <paramref name="Cause"/>.</param>
/// <param name="Cause">The left-out item it refers to, when that is why it was left out.</param>
internal sealed record LeftOutSpec(ItemKind Kind, string? Id, SourceLocation Location, ValueArray<DatasetDiagnostic> Problems, ItemKey? Cause);
