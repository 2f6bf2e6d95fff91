using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>
/// An immutable query over a dataset's results, refined step by step like the question a pharmacologist asks:
/// <c>data.Results.For("Ro 11-2465").At("SERT").InSetting(AssaySetting.InVivo)</c>. Each refinement returns a new
/// query and leaves this one unchanged; enumerate it (or use LINQ) to get the matching results in dataset order.
/// </summary>
/// <remarks>
/// <para>A query starts from the smallest index list that serves it: the per-compound, per-target, per-reference,
/// per-setting, per-value-kind or per-assay-kind list (each built once, returned without copying), and checks the
/// other refinements on that list only. Nothing is evaluated until the query is enumerated.</para>
/// <para>The potency filters (<see cref="Below(MolarConcentration)"/>, <see cref="AtMost(MolarConcentration)"/>,
/// <see cref="Above(MolarConcentration)"/>, <see cref="AtLeast(MolarConcentration)"/> and the p-value forms) keep only
/// the results they can decide. <see cref="Partition"/> reports the ones they could not (qualitative, comparative,
/// non-molar or censored across the threshold) with the reason.</para>
/// <para>A query is safe to share across threads.</para>
/// </remarks>
public sealed class ResultQuery : IEnumerable<AssayResult>
{
    private readonly Dataset _dataset;
    private readonly ValueArray<AssayResult>? _source;
    private readonly Filter? _filters;
    private readonly ValueArray<ConcentrationThreshold> _thresholds;

    internal ResultQuery(Dataset dataset)
        : this(dataset, null, null, ValueArray<ConcentrationThreshold>.Empty)
    {
    }

    private ResultQuery(Dataset dataset, ValueArray<AssayResult>? source, Filter? filters, ValueArray<ConcentrationThreshold> thresholds)
    {
        _dataset = dataset;
        _source = source;
        _filters = filters;
        _thresholds = thresholds;
    }

    /// <summary>The dataset queried.</summary>
    public Dataset Dataset => _dataset;

    /// <summary>The potency criteria of this query, in the order they were added.</summary>
    public ValueArray<ConcentrationThreshold> Thresholds => _thresholds;

    /// <summary>
    /// How many results the query will look at when enumerated: the size of the index list it starts from (the whole
    /// dataset when no refinement is served by an index). For cost checks and tests.
    /// </summary>
    internal int CandidateCount => (_source ?? _dataset.AllResults.Items).Count;

    /// <summary>The result with the given id among this query's results: <c>data.Results.Get("G2")</c>.</summary>
    /// <param name="id">The result's id (exact).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No result of the query has that id; the message suggests near ids of the dataset.</exception>
    public AssayResult Get(string id)
    {
        if (TryGet(id, out var result))
        {
            return result;
        }

        // Not in the dataset: its lookup throws and suggests the nearest ids. In the dataset but left out by this
        // query's refinements: say so.
        _ = _dataset.AllResults.Get(id);
        throw new NotFoundException("result of this query", id, Array.Empty<string>());
    }

    /// <summary>Finds the result with the given id among this query's results.</summary>
    /// <param name="id">The result's id (exact).</param>
    /// <param name="result">The result, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the query has a result with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AssayResult? result)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_dataset.AllResults.TryGet(id, out result) && (IsUnrefined || Contains(result)))
        {
            return true;
        }

        result = null;
        return false;
    }

    private bool IsUnrefined => _source is null && _filters is null && _thresholds.IsEmpty;

    private bool Contains(AssayResult result)
    {
        foreach (var r in this)
        {
            if (ReferenceEquals(r, result))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only the results for a compound (served from the per-compound index).</summary>
    /// <param name="compound">The compound.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery For(Compound compound)
    {
        ArgumentNullException.ThrowIfNull(compound);
        var id = compound.Id;
        return Refine(_dataset.ResultsFor(compound), r => string.Equals(r.Compound.Id, id, StringComparison.Ordinal), "for " + compound.Name);
    }

    /// <summary>Only the results for a compound found by any name, synonym or identifier.</summary>
    /// <param name="nameOrIdentifier">The compound's name, synonym or identifier ("Ro 11-2465"); case, spaces and hyphens do not matter.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="NotFoundException">No compound matches; the message suggests the nearest names.</exception>
    public ResultQuery For(string nameOrIdentifier) => For(_dataset.Compounds.Find(nameOrIdentifier));

    /// <summary>Only the results at a target (served from the per-target index).</summary>
    /// <param name="target">The target.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery At(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var id = target.Id;
        return Refine(_dataset.ResultsAt(target), r => string.Equals(r.Target.Id, id, StringComparison.Ordinal), "at " + target.Symbol);
    }

    /// <summary>Only the results at a target found by symbol, name, gene or accession.</summary>
    /// <param name="symbolNameGeneOrAccession">The target ("SERT", "SLC6A4", "P31645", "CHEMBL228").</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="NotFoundException">No target matches; the message suggests the nearest names.</exception>
    public ResultQuery At(string symbolNameGeneOrAccession) => At(_dataset.Targets.Find(symbolNameGeneOrAccession));

    /// <summary>Only the results of one assay.</summary>
    /// <param name="assay">The assay.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery InAssay(Assay assay)
    {
        ArgumentNullException.ThrowIfNull(assay);
        var id = assay.Id;
        return Refine(null, r => string.Equals(r.Assay.Id, id, StringComparison.Ordinal), "in assay " + id);
    }

    /// <summary>Only the results of the assay with the given id.</summary>
    /// <param name="assayId">The assay's id (exact).</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="NotFoundException">No assay has that id; the message suggests near ids.</exception>
    public ResultQuery InAssay(string assayId) => InAssay(_dataset.Assays.Get(assayId));

    /// <summary>Only the results of assays of one kind (uptake inhibition, radioligand binding …).</summary>
    /// <param name="kind">The assay kind.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery OfAssayKind(AssayKind kind) =>
        Refine(_dataset.QueryIndexes.OfAssayKind(kind), r => r.Assay.Kind == kind, "of assay kind " + kind);

    /// <summary>Only the results in one setting: in vitro, in vivo, ex vivo or isolated tissue.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery InSetting(AssaySetting setting) =>
        Refine(_dataset.QueryIndexes.InSetting(setting), r => r.Assay.Setting == setting, Text.Of(setting));

    /// <summary>Only the results of assays in a species. Assays that do not state their species are left out.</summary>
    /// <param name="species">The species.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery InSpecies(Species species) =>
        Refine(null, r => Contains(r.Assay.Species, species), "in " + Text.Of(species));

    /// <summary>Only the results whose value is of one kind: quantitative, qualitative or comparative.</summary>
    /// <param name="kind">The value kind.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithValueKind(ValueKind kind) =>
        Refine(_dataset.QueryIndexes.OfValueKind(kind), r => r.Value.Kind == kind, Text.Of(kind));

    /// <summary>Only the quantitative results (a number with a unit).</summary>
    /// <returns>The refined query.</returns>
    public ResultQuery Quantitative() => WithValueKind(ValueKind.Quantitative);

    /// <summary>Only the qualitative results (the source's words, "potent and selective inhibitor").</summary>
    /// <returns>The refined query.</returns>
    public ResultQuery Qualitative() => WithValueKind(ValueKind.Qualitative);

    /// <summary>Only the comparative results ("considerably weaker than cianopramine").</summary>
    /// <returns>The refined query.</returns>
    public ResultQuery Comparative() => WithValueKind(ValueKind.Comparative);

    /// <summary>Only the quantitative results that report a parameter (IC50, Ki, % inhibition …).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithParameter(ActivityParameter parameter) =>
        Refine(_dataset.QueryIndexes.OfValueKind(ValueKind.Quantitative), r => r.Value is QuantitativeValue q && q.Parameter == parameter, "with " + Text.Of(parameter));

    /// <summary>Only the results that state an action (inhibitor, antagonist …).</summary>
    /// <param name="action">The action.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithAction(PharmacologicalAction action) =>
        Refine(null, r => r.Action == action, "acting as " + Text.Of(action));

    /// <summary>Only the results that cite a reference (served from the per-reference index).</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery Citing(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var id = reference.Id;
        return Refine(_dataset.QueryIndexes.Citing(reference), r => Cites(r, id), "citing " + id);
    }

    /// <summary>Only the results that cite a reference given by its id, PMID or DOI.</summary>
    /// <param name="idPmidOrDoi">
    /// A reference id ("eichler1984"), a PMID ("6478739", "PMID 6478739", "PMID:6478739") or a DOI
    /// ("10.1038/clpt.1984.216", "doi:10.1038/…", "https://doi.org/10.1038/…").
    /// </param>
    /// <returns>The refined query.</returns>
    /// <exception cref="NotFoundException">No reference matches; the message suggests the nearest ids.</exception>
    public ResultQuery Citing(string idPmidOrDoi) => Citing(_dataset.FindReference(idPmidOrDoi));

    /// <summary>Only the results that cite the reference with a PMID.</summary>
    /// <param name="pmid">The PMID.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="NotFoundException">No reference has that PMID.</exception>
    public ResultQuery Citing(Pmid pmid) => Citing(_dataset.FindReference("PMID " + pmid.Value));

    /// <summary>Only the results that cite the reference with a DOI.</summary>
    /// <param name="doi">The DOI.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="NotFoundException">No reference has that DOI.</exception>
    public ResultQuery Citing(Doi doi) => Citing(_dataset.FindReference("doi:" + doi.Value));

    /// <summary>Only the results that carry a curation note of a kind.</summary>
    /// <param name="kind">The note kind (unverified, citation mismatch …).</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithNote(CurationNoteKind kind) =>
        Refine(null, r => HasNote(r.Notes, kind), "with a " + kind + " note");

    /// <summary>Leaves out the results that carry a curation note of a kind.</summary>
    /// <param name="kind">The note kind.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithoutNote(CurationNoteKind kind) =>
        Refine(null, r => !HasNote(r.Notes, kind), "without a " + kind + " note");

    /// <summary>
    /// Leaves out the results whose value is unverified: those with an <see cref="CurationNoteKind.Unverified"/> note
    /// of their own (G2: "the 5 × 10⁻⁵ M value is unverified against its primary source").
    /// </summary>
    /// <remarks>
    /// An <see cref="CurationNoteKind.Unverified"/> note on a <em>reference</em> is about the reference's identifiers
    /// ("PMID from one source"), not about the values that cite it, and does not exclude them.
    /// </remarks>
    /// <returns>The refined query.</returns>
    public ResultQuery ExcludingUnverified() =>
        Refine(null, r => !HasNote(r.Notes, CurationNoteKind.Unverified), "excluding unverified values");

    /// <summary>
    /// Leaves out the results affected by a citation mismatch: a <see cref="CurationNoteKind.CitationMismatch"/> note on
    /// the result itself, or on any reference it cites (a source that does not support what it is cited for).
    /// </summary>
    /// <returns>The refined query.</returns>
    public ResultQuery ExcludingCitationMismatches() =>
        Refine(null, r => !HasCitationMismatch(r), "excluding citation mismatches");

    /// <summary>Only the results matching a predicate.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery Where(Func<AssayResult, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Refine(null, predicate, "matching a predicate");
    }

    /// <summary>Only the results whose concentration is certainly below a threshold ("IC50 below 100 µM").</summary>
    /// <param name="threshold">The threshold, in any molar unit.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery Below(MolarConcentration threshold) => Meeting(new ConcentrationThreshold(ThresholdComparison.Below, threshold));

    /// <summary>Only the results whose concentration is certainly below a threshold.</summary>
    /// <param name="value">The threshold's magnitude.</param>
    /// <param name="unit">The threshold's unit.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery Below(decimal value, MolarUnit unit) => Below(MolarConcentration.From(value, unit));

    /// <summary>Only the results whose concentration is certainly at most a threshold ("at most 50 µM").</summary>
    /// <param name="threshold">The threshold, in any molar unit.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery AtMost(MolarConcentration threshold) => Meeting(new ConcentrationThreshold(ThresholdComparison.AtMost, threshold));

    /// <summary>Only the results whose concentration is certainly at most a threshold.</summary>
    /// <param name="value">The threshold's magnitude.</param>
    /// <param name="unit">The threshold's unit.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery AtMost(decimal value, MolarUnit unit) => AtMost(MolarConcentration.From(value, unit));

    /// <summary>Only the results whose concentration is certainly above a threshold (weaker than it).</summary>
    /// <param name="threshold">The threshold, in any molar unit.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery Above(MolarConcentration threshold) => Meeting(new ConcentrationThreshold(ThresholdComparison.Above, threshold));

    /// <summary>Only the results whose concentration is certainly above a threshold.</summary>
    /// <param name="value">The threshold's magnitude.</param>
    /// <param name="unit">The threshold's unit.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery Above(decimal value, MolarUnit unit) => Above(MolarConcentration.From(value, unit));

    /// <summary>Only the results whose concentration is certainly at least a threshold.</summary>
    /// <param name="threshold">The threshold, in any molar unit.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery AtLeast(MolarConcentration threshold) => Meeting(new ConcentrationThreshold(ThresholdComparison.AtLeast, threshold));

    /// <summary>Only the results whose concentration is certainly at least a threshold.</summary>
    /// <param name="value">The threshold's magnitude.</param>
    /// <param name="unit">The threshold's unit.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery AtLeast(decimal value, MolarUnit unit) => AtLeast(MolarConcentration.From(value, unit));

    /// <summary>
    /// Only the results whose p-value is certainly above a threshold: <c>WithPValueAbove(new PValue(6))</c> keeps
    /// pIC50 &gt; 6, which is IC50 &lt; 1 µM.
    /// </summary>
    /// <param name="threshold">The p-value.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithPValueAbove(PValue threshold) => Meeting(ConcentrationThreshold.FromPValue(ThresholdComparison.Above, threshold));

    /// <summary>Only the results whose p-value is certainly at least a threshold (pIC50 ≥ 6 is IC50 ≤ 1 µM).</summary>
    /// <param name="threshold">The p-value.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithPValueAtLeast(PValue threshold) => Meeting(ConcentrationThreshold.FromPValue(ThresholdComparison.AtLeast, threshold));

    /// <summary>Only the results whose p-value is certainly below a threshold (pIC50 &lt; 5 is IC50 &gt; 10 µM).</summary>
    /// <param name="threshold">The p-value.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithPValueBelow(PValue threshold) => Meeting(ConcentrationThreshold.FromPValue(ThresholdComparison.Below, threshold));

    /// <summary>Only the results whose p-value is certainly at most a threshold (pIC50 ≤ 5 is IC50 ≥ 10 µM).</summary>
    /// <param name="threshold">The p-value.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithPValueAtMost(PValue threshold) => Meeting(ConcentrationThreshold.FromPValue(ThresholdComparison.AtMost, threshold));

    /// <summary>Only the results that a potency criterion decides as matching.</summary>
    /// <param name="threshold">The criterion.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery Meeting(ConcentrationThreshold threshold)
    {
        var thresholds = new ConcentrationThreshold[_thresholds.Count + 1];
        _thresholds.AsSpan().CopyTo(thresholds);
        thresholds[^1] = threshold;

        // Only quantitative results can meet a threshold, so the quantitative list can serve as the source.
        return new ResultQuery(
            _dataset,
            Smaller(_source, _dataset.QueryIndexes.OfValueKind(ValueKind.Quantitative)),
            _filters,
            ValueArray<ConcentrationThreshold>.FromOwnedArray(thresholds));
    }

    /// <summary>
    /// Splits the results that pass every other refinement by the potency criteria: the ones that match, the ones that
    /// certainly do not, and the ones that cannot be decided, each with the reason (qualitative, comparative, not a
    /// concentration, or censored across the threshold). Without potency criteria every result matches.
    /// </summary>
    /// <returns>The three lists, in dataset order.</returns>
    public PotencyFilterResult Partition()
    {
        var matched = new List<AssayResult>();
        var notMatched = new List<AssayResult>();
        var undecided = new List<UndecidedResult>();

        // Undecided results are not quantitative, so the partition walks the list without the quantitative shortcut.
        var source = _thresholds.IsEmpty ? (_source ?? _dataset.AllResults.Items) : SourceWithoutThresholdShortcut();
        foreach (var result in source)
        {
            if (!Passes(result))
            {
                continue;
            }

            var outcome = ThresholdDecision.Matches;
            ConcentrationThreshold? undecidedBy = null;
            foreach (var threshold in _thresholds)
            {
                var decision = threshold.Decide(result.Value);
                if (decision == ThresholdDecision.DoesNotMatch)
                {
                    outcome = decision;
                    break;
                }

                if (decision != ThresholdDecision.Matches && undecidedBy is null)
                {
                    outcome = decision;
                    undecidedBy = threshold;
                }
            }

            switch (outcome)
            {
                case ThresholdDecision.Matches:
                    matched.Add(result);
                    break;
                case ThresholdDecision.DoesNotMatch:
                    notMatched.Add(result);
                    break;
                default:
                    undecided.Add(new UndecidedResult(result, undecidedBy!.Value, outcome));
                    break;
            }
        }

        return new PotencyFilterResult(
            _thresholds,
            ValueArray<AssayResult>.FromOwnedArray(matched.ToArray()),
            ValueArray<AssayResult>.FromOwnedArray(notMatched.ToArray()),
            ValueArray<UndecidedResult>.FromOwnedArray(undecided.ToArray()));
    }

    /// <summary>The matching results as an immutable array, in dataset order.</summary>
    /// <returns>The results.</returns>
    public ValueArray<AssayResult> ToValueArray()
    {
        var list = new List<AssayResult>();
        foreach (var result in this)
        {
            list.Add(result);
        }

        return ValueArray<AssayResult>.FromOwnedArray(list.ToArray());
    }

    /// <summary>The matching results, in dataset order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<AssayResult> GetEnumerator()
    {
        var source = _source ?? _dataset.AllResults.Items;
        for (var i = 0; i < source.Count; i++)
        {
            var result = source[i];
            if (Passes(result) && MeetsThresholds(result))
            {
                yield return result;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The question in words: <c>results for Cianopramine, at SERT, in vivo</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        for (var filter = _filters; filter is not null; filter = filter.Previous)
        {
            parts.Add(filter.Description);
        }

        parts.Reverse();
        foreach (var threshold in _thresholds)
        {
            parts.Add(threshold.ToString());
        }

        var text = new StringBuilder("results");
        for (var i = 0; i < parts.Count; i++)
        {
            text.Append(i == 0 ? " " : ", ").Append(parts[i]);
        }

        return text.ToString();
    }

    private ValueArray<AssayResult> SourceWithoutThresholdShortcut()
    {
        // Rebuild the narrowest source from the indexed refinements, ignoring the quantitative list added by Meeting.
        ValueArray<AssayResult>? source = null;
        for (var filter = _filters; filter is not null; filter = filter.Previous)
        {
            if (filter.Index is { } index)
            {
                source = Smaller(source, index);
            }
        }

        return source ?? _dataset.AllResults.Items;
    }

    private ResultQuery Refine(ValueArray<AssayResult>? index, Func<AssayResult, bool> predicate, string description) =>
        new(_dataset, index is { } list ? Smaller(_source, list) : _source, new Filter(predicate, description, index, _filters), _thresholds);

    private bool Passes(AssayResult result)
    {
        for (var filter = _filters; filter is not null; filter = filter.Previous)
        {
            if (!filter.Predicate(result))
            {
                return false;
            }
        }

        return true;
    }

    private bool MeetsThresholds(AssayResult result)
    {
        foreach (var threshold in _thresholds)
        {
            if (threshold.Decide(result.Value) != ThresholdDecision.Matches)
            {
                return false;
            }
        }

        return true;
    }

    private static ValueArray<AssayResult> Smaller(ValueArray<AssayResult>? current, ValueArray<AssayResult> candidate) =>
        current is { } list && list.Count <= candidate.Count ? list : candidate;

    private static bool Contains(ValueArray<Species> species, Species wanted)
    {
        foreach (var item in species)
        {
            if (item == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Cites(AssayResult result, string referenceId)
    {
        foreach (var reference in result.References)
        {
            if (string.Equals(reference.Id, referenceId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasNote(ValueArray<CurationNote> notes, CurationNoteKind kind)
    {
        foreach (var note in notes)
        {
            if (note.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasCitationMismatch(AssayResult result)
    {
        if (HasNote(result.Notes, CurationNoteKind.CitationMismatch))
        {
            return true;
        }

        foreach (var reference in result.References)
        {
            if (HasNote(reference.Notes, CurationNoteKind.CitationMismatch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One refinement: a predicate, its description, the index list that serves it (if any), and the earlier ones.</summary>
    private sealed class Filter
    {
        public Filter(Func<AssayResult, bool> predicate, string description, ValueArray<AssayResult>? index, Filter? previous)
        {
            Predicate = predicate;
            Description = description;
            Index = index;
            Previous = previous;
        }

        public Func<AssayResult, bool> Predicate { get; }

        public string Description { get; }

        public ValueArray<AssayResult>? Index { get; }

        public Filter? Previous { get; }
    }
}
