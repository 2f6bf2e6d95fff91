using System;
using System.Collections.Generic;
using System.Threading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data;

/// <summary>
/// An immutable, indexed pharmacology dataset: compounds, targets, assays, results, metabolic transformations,
/// mechanism statements, data gaps and the references behind them.
/// </summary>
/// <remarks>
/// <para>The embedded dataset is <c>CianopramineDataset.Instance</c>. Datasets of your own come from the same
/// source generator (add a <c>*.dataset.json</c> file to your project) or from the runtime loader.</para>
/// <para>A dataset is safe to share across threads. Lookups by name and identifier are O(1) and allocate nothing;
/// per-compound and per-target result lists and the lookups by id are built once, when first used; an embedded
/// dataset decodes its results, transformations, mechanism statements and gaps when the first of them is used.</para>
/// <para>Equality is by content: two datasets are equal when their metadata and every entity are equal.</para>
/// </remarks>
public sealed partial class Dataset : IEquatable<Dataset>
{
    private ResultIndexes? _resultGroups;

    /// <summary>Creates a dataset from its parts; its lookups and query indexes are built on first use.</summary>
    /// <param name="metadata">Id, title, version, sources and content hash.</param>
    /// <param name="references">The references.</param>
    /// <param name="compounds">The compounds.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="assays">The assays.</param>
    /// <param name="results">The results.</param>
    /// <param name="transformations">The metabolic transformations.</param>
    /// <param name="mechanisms">The mechanism statements.</param>
    /// <param name="gaps">The stated data gaps.</param>
    /// <param name="idsChecked">
    /// Whether the ids are known to be unique (validated content); otherwise they are checked here.
    /// </param>
    /// <exception cref="ArgumentException">Not <paramref name="idsChecked"/>, and two entities of one kind share an id.</exception>
    internal Dataset(
        DatasetMetadata metadata,
        ValueArray<Reference> references,
        ValueArray<Compound> compounds,
        ValueArray<Target> targets,
        ValueArray<Assay> assays,
        ValueArray<AssayResult> results,
        ValueArray<MetabolicTransformation> transformations,
        ValueArray<MechanismStatement> mechanisms,
        ValueArray<DataGap> gaps,
        bool idsChecked = false)
        : this(
            metadata ?? throw new ArgumentNullException(nameof(metadata)),
            new EntityCollection<Reference>(references, static r => r.Id, "reference", idsChecked),
            new CompoundCollection(compounds, idsChecked),
            new TargetCollection(targets, idsChecked),
            new EntityCollection<Assay>(assays, static a => a.Id, "assay", idsChecked),
            new EntityCollection<AssayResult>(results, static r => r.Id, "result", idsChecked),
            new EntityCollection<MetabolicTransformation>(transformations, static t => t.Id, "transformation", idsChecked),
            new EntityCollection<MechanismStatement>(mechanisms, static m => m.Id, "mechanism statement", idsChecked),
            new EntityCollection<DataGap>(gaps, static g => g.Id, "data gap", idsChecked))
    {
    }

    private Dataset(
        DatasetMetadata metadata,
        EntityCollection<Reference> references,
        CompoundCollection compounds,
        TargetCollection targets,
        EntityCollection<Assay> assays,
        EntityCollection<AssayResult> results,
        EntityCollection<MetabolicTransformation> transformations,
        EntityCollection<MechanismStatement> mechanisms,
        EntityCollection<DataGap> gaps)
    {
        Metadata = metadata;
        References = references;
        Compounds = compounds;
        Targets = targets;
        Assays = assays;
        AllResults = results;
        Transformations = transformations;
        Mechanisms = mechanisms;
        Gaps = gaps;
        Metabolism = new MetabolismGraph(this);
    }

    /// <summary>
    /// Creates a dataset from validated items whose results, transformations, mechanism statements and gaps are
    /// decoded when first used (the generated code's path: first access builds the entities that lookups by name need,
    /// and the first query of results decodes the rest).
    /// </summary>
    /// <param name="head">The metadata, references, compounds, targets and assays (its later sections are not read).</param>
    /// <param name="complete">Gives the whole content, the later sections decoded; called once, when the first of them is used.</param>
    /// <returns>The dataset.</returns>
    internal static Dataset WithDeferredSections(DataFiles.DatasetContent head, Func<DataFiles.DatasetContent> complete)
    {
        // One decoding for the four sections, shared by their collections (each collection locks its own decoder,
        // the shared one runs once).
        var whole = new Lazy<DataFiles.DatasetContent>(complete, LazyThreadSafetyMode.ExecutionAndPublication);
        return new Dataset(
            head.Metadata,
            new EntityCollection<Reference>(head.References, static r => r.Id, "reference", idsChecked: true),
            new CompoundCollection(head.Compounds, idsChecked: true),
            new TargetCollection(head.Targets, idsChecked: true),
            new EntityCollection<Assay>(head.Assays, static a => a.Id, "assay", idsChecked: true),
            new EntityCollection<AssayResult>(() => whole.Value.Results, static r => r.Id, "result"),
            new EntityCollection<MetabolicTransformation>(() => whole.Value.Transformations, static t => t.Id, "transformation"),
            new EntityCollection<MechanismStatement>(() => whole.Value.Mechanisms, static m => m.Id, "mechanism statement"),
            new EntityCollection<DataGap>(() => whole.Value.Gaps, static g => g.Id, "data gap"));
    }

    /// <summary>Id, title, version, sources and content hash.</summary>
    public DatasetMetadata Metadata { get; }

    /// <summary>The references, by id.</summary>
    public EntityCollection<Reference> References { get; }

    /// <summary>The compounds, searchable by any name, synonym or identifier.</summary>
    public CompoundCollection Compounds { get; }

    /// <summary>The targets, searchable by symbol, name, gene or accession.</summary>
    public TargetCollection Targets { get; }

    /// <summary>The assays, by id.</summary>
    public EntityCollection<Assay> Assays { get; }

    /// <summary>
    /// The results: a query over all of them, in dataset order, to refine with <c>For</c>, <c>At</c> and the other
    /// filters, or to look one up by id with <see cref="ResultQuery.Get"/>.
    /// </summary>
    public ResultQuery Results => new(this);

    /// <summary>Every result, in dataset order, by id (the query's source).</summary>
    internal EntityCollection<AssayResult> AllResults { get; }

    /// <summary>The metabolic transformations, by id.</summary>
    public EntityCollection<MetabolicTransformation> Transformations { get; }

    /// <summary>The mechanism statements, by id.</summary>
    public EntityCollection<MechanismStatement> Mechanisms { get; }

    /// <summary>The data gaps the sources state, by id.</summary>
    public EntityCollection<DataGap> Gaps { get; }

    /// <summary>The metabolism graph: metabolites, parents and pathways.</summary>
    public MetabolismGraph Metabolism { get; }

    /// <summary>The results for a compound, in dataset order, without copying.</summary>
    /// <param name="compound">A compound of this dataset (matched by id).</param>
    /// <returns>The results; empty when it has none.</returns>
    internal ValueArray<AssayResult> ResultsFor(Compound compound) =>
        compound is not null && ResultGroups.ByCompound.TryGetValue(compound.Id, out var list) ? list : ValueArray<AssayResult>.Empty;

    /// <summary>The results at a target, in dataset order, without copying.</summary>
    /// <param name="target">A target of this dataset (matched by id).</param>
    /// <returns>The results; empty when it has none.</returns>
    internal ValueArray<AssayResult> ResultsAt(Target target) =>
        target is not null && ResultGroups.ByTarget.TryGetValue(target.Id, out var list) ? list : ValueArray<AssayResult>.Empty;

    /// <summary>
    /// Creates a dataset from validated items (the loader's, the generated code's and the merger's path): their ids are
    /// unique, so the lookups by id are built on first use rather than checked here.
    /// </summary>
    /// <param name="content">The items, with their metadata and content hash.</param>
    internal Dataset(DataFiles.DatasetContent content)
        : this(content.Metadata, content.References, content.Compounds, content.Targets, content.Assays, content.Results, content.Transformations, content.Mechanisms, content.Gaps, idsChecked: true)
    {
    }

    /// <summary>The items as the data-file format holds them (for export, merging and the content hash).</summary>
    internal DataFiles.DatasetContent Content => new()
    {
        Metadata = Metadata,
        References = References.Items,
        Compounds = Compounds.Items,
        Targets = Targets.Items,
        Assays = Assays.Items,
        Results = AllResults.Items,
        Transformations = Transformations.Items,
        Mechanisms = Mechanisms.Items,
        Gaps = Gaps.Items,
    };

    /// <inheritdoc/>
    public bool Equals(Dataset? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Metadata.Equals(other.Metadata)
                && References.Items.Equals(other.References.Items)
                && Compounds.Items.Equals(other.Compounds.Items)
                && Targets.Items.Equals(other.Targets.Items)
                && Assays.Items.Equals(other.Assays.Items)
                && AllResults.Items.Equals(other.AllResults.Items)
                && Transformations.Items.Equals(other.Transformations.Items)
                && Mechanisms.Items.Equals(other.Mechanisms.Items)
                && Gaps.Items.Equals(other.Gaps.Items)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Dataset);

    /// <inheritdoc/>
    public override int GetHashCode() => Metadata.GetHashCode();

    /// <summary>Whether two datasets hold the same content (see <see cref="Equals(Dataset?)"/>).</summary>
    /// <param name="left">A dataset, or <see langword="null"/>.</param>
    /// <param name="right">A dataset, or <see langword="null"/>.</param>
    /// <returns>Whether both are <see langword="null"/> or they are equal.</returns>
    public static bool operator ==(Dataset? left, Dataset? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two datasets differ in content.</summary>
    /// <param name="left">A dataset, or <see langword="null"/>.</param>
    /// <param name="right">A dataset, or <see langword="null"/>.</param>
    /// <returns>Whether they are not equal.</returns>
    public static bool operator !=(Dataset? left, Dataset? right) => !(left == right);

    /// <summary>Title, version and counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Metadata.Title} {Metadata.Version}: {Text.Count(Compounds.Count, "compound")}, {Text.Count(Targets.Count, "target")}, {Text.Count(AllResults.Count, "result")}";

    /// <summary>
    /// The results grouped per compound and per target, built on the first query that needs them rather than with the
    /// dataset, so that first access pays only for the items (issue 14, cold start). Two threads asking first may both
    /// build them; one is kept, and both are the same.
    /// </summary>
    private ResultIndexes ResultGroups
    {
        get
        {
            if (Volatile.Read(ref _resultGroups) is { } built)
            {
                return built;
            }

            var results = AllResults.Items;
            var groups = new ResultIndexes(Group(results, static r => r.Compound.Id), Group(results, static r => r.Target.Id));
            return Interlocked.CompareExchange(ref _resultGroups, groups, null) ?? groups;
        }
    }

    private static Dictionary<string, ValueArray<AssayResult>> Group(ValueArray<AssayResult> results, Func<AssayResult, string> keyOf)
    {
        // Two passes: count per key, then fill arrays of the exact size (no list growth, no copies): this runs on the
        // first query of a fresh dataset, thousands of keys for a real-shaped one.
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new int[results.Count];
        var counts = new List<int>();
        for (var i = 0; i < results.Count; i++)
        {
            var key = keyOf(results[i]);
            if (!slots.TryGetValue(key, out var slot))
            {
                slots.Add(key, slot = counts.Count);
                counts.Add(0);
            }

            keys[i] = slot;
            counts[slot]++;
        }

        var arrays = new AssayResult[counts.Count][];
        for (var slot = 0; slot < arrays.Length; slot++)
        {
            arrays[slot] = new AssayResult[counts[slot]];
            counts[slot] = 0;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var slot = keys[i];
            arrays[slot][counts[slot]++] = results[i];
        }

        var grouped = new Dictionary<string, ValueArray<AssayResult>>(slots.Count, StringComparer.Ordinal);
        foreach (var (key, slot) in slots)
        {
            grouped.Add(key, ValueArray<AssayResult>.FromOwnedArray(arrays[slot]));
        }

        return grouped;
    }

    private sealed class ResultIndexes
    {
        public ResultIndexes(Dictionary<string, ValueArray<AssayResult>> byCompound, Dictionary<string, ValueArray<AssayResult>> byTarget)
        {
            ByCompound = byCompound;
            ByTarget = byTarget;
        }

        public Dictionary<string, ValueArray<AssayResult>> ByCompound { get; }

        public Dictionary<string, ValueArray<AssayResult>> ByTarget { get; }
    }
}
