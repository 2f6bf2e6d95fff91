using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>An item the reader could not build, by kind and id; references to it are not reported as dangling.</summary>
/// <param name="Kind">The item's kind.</param>
/// <param name="Id">The item's id.</param>
internal readonly record struct ItemKey(ItemKind Kind, string Id);

/// <summary>An item the reader left out because of an error in a required part, with where it is.</summary>
/// <param name="Kind">The item's kind.</param>
/// <param name="Id">The item's id, or <see langword="null"/> when it has no readable id.</param>
/// <param name="Location">The item's object, e.g. <c>$.compounds[3]</c>.</param>
internal readonly record struct SkippedItem(ItemKind Kind, string? Id, SourceLocation Location);

/// <summary>
/// What <see cref="DatasetFileReader"/> read from one data file: the dataset it belongs to (a manifest, or the id of a
/// dataset whose manifest is elsewhere), its sections and the problems found. Equatable, for the generator's cache.
/// </summary>
internal sealed record DatasetFileResult
{
    /// <summary>The file, as given to the reader.</summary>
    public required string FilePath { get; init; }

    /// <summary>The manifest, when this file's <c>"dataset"</c> is an object.</summary>
    public DatasetManifestSpec? Manifest { get; init; }

    /// <summary>The dataset id, when this file's <c>"dataset"</c> is a string.</summary>
    public Located<string>? DatasetIdRef { get; init; }

    /// <summary>The items read; an item with an error in a required part is left out.</summary>
    public required DatasetSections Sections { get; init; }

    /// <summary>The items left out because of errors, with their places (with or without an id).</summary>
    public ValueArray<SkippedItem> Skipped { get; init; }

    /// <summary>The ids of the items left out because of errors, so that references to them are not also reported.</summary>
    public IEnumerable<ItemKey> SkippedItems
    {
        get
        {
            foreach (var item in Skipped)
            {
                if (item.Id is { } id)
                {
                    yield return new ItemKey(item.Kind, id);
                }
            }
        }
    }

    /// <summary>The syntax and shape problems found, in file order.</summary>
    public required ValueArray<DatasetDiagnostic> Diagnostics { get; init; }

    /// <summary>The id of the dataset the file belongs to, or <see langword="null"/> when it could not be read.</summary>
    public string? DatasetId => Manifest?.Id.Value ?? DatasetIdRef?.Value;

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
            {
                if (d.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
