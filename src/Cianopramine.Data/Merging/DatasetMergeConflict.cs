using System;
using System.Collections.Generic;
using System.Linq;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Merging;

/// <summary>
/// Two datasets being merged hold different items under one id: which kind of item, the id, the two datasets
/// (sources) and the properties that differ.
/// </summary>
/// <remarks>Value equality: kind, id, sources and the list of differing properties (compared in order).</remarks>
public sealed class DatasetMergeConflict
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal DatasetMergeConflict()
    {
    }

    /// <summary>The kind of item, as the JSON format names its section's items: <c>reference</c>, <c>compound</c>, <c>target</c>, <c>assay</c>, <c>result</c>, <c>transformation</c>, <c>mechanism</c> or <c>gap</c>.</summary>
    public string Kind { get; internal init; } = null!;

    /// <summary>The id both datasets use.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The id of the first dataset (the first argument of the merge).</summary>
    public string FirstSource { get; internal init; } = null!;

    /// <summary>The id of the second dataset.</summary>
    public string SecondSource { get; internal init; } = null!;

    /// <summary>The JSON names of the item's properties that differ (<c>name</c>, <c>references</c>), in the format's order.</summary>
    public IReadOnlyList<string> Properties { get; internal init; } = ValueArray<string>.Empty;

    /// <summary>One line: <c>compound 'cianopramine' differs between 'cianopramine' and 'lab' (name, synonyms)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Kind} '{Id}' differs between '{FirstSource}' and '{SecondSource}' ({string.Join(", ", Properties)})";

    /// <inheritdoc/>
    public bool Equals(DatasetMergeConflict? other) =>
        other is not null && Kind == other.Kind && Id == other.Id && FirstSource == other.FirstSource &&
        SecondSource == other.SecondSource && Properties.SequenceEqual(other.Properties);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Id, FirstSource, SecondSource);
}
