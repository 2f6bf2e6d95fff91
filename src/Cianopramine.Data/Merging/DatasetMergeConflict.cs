using System;
using System.Collections.Generic;
using System.Linq;

namespace Cianopramine.Data.Merging;

/// <summary>
/// Two datasets being merged hold different items under one id: which kind of item, the id, the two datasets
/// (sources) and the properties that differ.
/// </summary>
/// <remarks>Value equality: kind, id, sources and the list of differing properties (compared in order).</remarks>
public sealed record DatasetMergeConflict
{
    /// <summary>The kind of item, as the JSON format names its section's items: <c>reference</c>, <c>compound</c>, <c>target</c>, <c>assay</c>, <c>result</c>, <c>transformation</c>, <c>mechanism</c> or <c>gap</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The id both datasets use.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the first dataset (the first argument of the merge).</summary>
    public required string FirstSource { get; init; }

    /// <summary>The id of the second dataset.</summary>
    public required string SecondSource { get; init; }

    /// <summary>The JSON names of the item's properties that differ (<c>name</c>, <c>references</c>), in the format's order.</summary>
    public required IReadOnlyList<string> Properties { get; init; }

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
