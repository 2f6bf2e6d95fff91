using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Import;

/// <summary>Options of <see cref="ChemblActivityImporter"/>.</summary>
public sealed class ChemblImportOptions
{
    /// <summary>The dataset id of the imported file; default <c>chembl-import</c>.</summary>
    public string DatasetId { get; init; } = "chembl-import";

    /// <summary>The dataset title; default <c>ChEMBL activities</c>.</summary>
    public string Title { get; init; } = "ChEMBL activities";

    /// <summary>The data version written to the manifest; default <c>1</c>.</summary>
    public string Version { get; init; } = "1";

    /// <summary>
    /// Which of ChEMBL's activity comments (the <c>Comment</c> or <c>activity_comment</c> column) make a row with no
    /// standard value a qualitative result, and in which category; compared ignoring case and surrounding spaces. The
    /// comment is kept verbatim as the value's text. A row with no value whose comment is not listed ("Not
    /// Determined", "Inhibition &lt; 50% @ 10 uM and thus dose-reponse curve not measured", or none) is left out and
    /// reported. Default <see cref="DefaultActivityComments"/>; add what your source uses, e.g. <c>["Inconclusive"] =
    /// QualitativeCategory.Mixed</c>, with a dictionary of your own (give it
    /// <see cref="StringComparer.OrdinalIgnoreCase"/> to keep comparisons ignoring case). An empty dictionary maps none.
    /// </summary>
    public IReadOnlyDictionary<string, QualitativeCategory> ActivityComments { get; init; } = DefaultActivityComments;

    /// <summary>No comment mapped: what a <see langword="null"/> <see cref="ActivityComments"/> means.</summary>
    internal static readonly IReadOnlyDictionary<string, QualitativeCategory> NoComments =
        new ReadOnlyDictionary<string, QualitativeCategory>(new Dictionary<string, QualitativeCategory>());

    /// <summary>
    /// The activity comments mapped by default, each with only one reading: <c>Not Active</c> and <c>Inactive</c>
    /// (inactive), <c>Active</c> (active) and <c>Dose-dependent effect</c> (mixed, the category of dose-dependent effects).
    /// </summary>
    public static IReadOnlyDictionary<string, QualitativeCategory> DefaultActivityComments { get; } =
        new ReadOnlyDictionary<string, QualitativeCategory>(new Dictionary<string, QualitativeCategory>(StringComparer.OrdinalIgnoreCase)
        {
            ["Not Active"] = QualitativeCategory.Inactive,
            ["Inactive"] = QualitativeCategory.Inactive,
            ["Active"] = QualitativeCategory.Active,
            ["Dose-dependent effect"] = QualitativeCategory.Mixed,
        });
}
