using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data;

/// <summary>The dataset's questions: profiles, comparisons, selectivity, data gaps and reference lookups.</summary>
public sealed partial class Dataset
{
    private QueryIndexes? _queryIndexes;

    /// <summary>The secondary query indexes, built once on first use (thread-safe, lock-free).</summary>
    internal QueryIndexes QueryIndexes => Volatile.Read(ref _queryIndexes) ?? CreateQueryIndexes();

    /// <summary>
    /// A compound's pharmacology at a glance: per target, its results grouped and summarised (best quantitative value
    /// with relation and unit, qualitative verdicts, comparatives, conditions), each with its citation and curation
    /// notes; then its metabolism, mechanism statements and references. Print it with <see cref="CompoundProfile.ToText"/>.
    /// </summary>
    /// <param name="compound">The compound.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is <see langword="null"/>.</exception>
    public CompoundProfile Profile(Compound compound) => CompoundProfile.Create(this, compound);

    /// <summary>The profile of a compound found by any name, synonym or identifier.</summary>
    /// <param name="nameOrIdentifier">The compound ("cianopramine", "Ro 11-2465").</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrIdentifier"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No compound matches; the message suggests the nearest names.</exception>
    /// <exception cref="AmbiguousNameException">The name leads to several compounds.</exception>
    public CompoundProfile Profile(string nameOrIdentifier) => Profile(Compounds.Find(nameOrIdentifier));

    /// <summary>
    /// Compares two compounds at a target: from comparative results of either one naming the other ("considerably
    /// weaker than cianopramine"), and from pairs of concentration values of the same parameter in comparable assays
    /// (same kind, setting and species) as a ratio; otherwise "not comparable" with the reason.
    /// </summary>
    /// <param name="first">The compound the verdict is about.</param>
    /// <param name="second">The compound it is compared with.</param>
    /// <param name="at">The target.</param>
    /// <returns>The comparison: <see cref="CompoundComparison.Verdict"/> is the first relative to the second.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CompoundComparison Compare(Compound first, Compound second, Target at)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(at);
        return CompoundComparison.Create(this, first, second, at);
    }

    /// <summary>Compares two compounds, found by any name, at a target found by symbol, name, gene or accession.</summary>
    /// <param name="first">The compound the verdict is about ("desmethylcianopramine").</param>
    /// <param name="second">The compound it is compared with ("cianopramine").</param>
    /// <param name="at">The target ("SERT").</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="NotFoundException">A compound or the target is not found; the message suggests the nearest names.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="AmbiguousNameException">A name leads to several compounds or targets.</exception>
    public CompoundComparison Compare(string first, string second, string at)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(at);
        return Compare(Compounds.Find(first), Compounds.Find(second), Targets.Find(at));
    }

    /// <summary>
    /// The selectivity of a compound for one target over another, as the fold ratio of concentration values of the
    /// same parameter in the same setting (value at <paramref name="over"/> / value at <paramref name="target"/>), or
    /// "cannot be determined from this dataset" with the reason and the stated gaps.
    /// </summary>
    /// <param name="compound">The compound.</param>
    /// <param name="target">The target the selectivity is for (SERT).</param>
    /// <param name="over">The target it is over (NET).</param>
    /// <returns>The selectivity.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SelectivityResult Selectivity(Compound compound, Target target, Target over) => SelectivityResult.Create(this, compound, target, over);

    /// <summary>The selectivity of a compound found by any name for one target over another, found by symbol, name, gene or accession.</summary>
    /// <param name="compound">The compound ("cianopramine").</param>
    /// <param name="target">The target the selectivity is for ("SERT").</param>
    /// <param name="over">The target it is over ("NET").</param>
    /// <returns>The selectivity.</returns>
    /// <exception cref="NotFoundException">The compound or a target is not found; the message suggests the nearest names.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="AmbiguousNameException">A name leads to several compounds or targets.</exception>
    public SelectivityResult Selectivity(string compound, string target, string over)
    {
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(over);
        return Selectivity(Compounds.Find(compound), Targets.Find(target), Targets.Find(over));
    }

    /// <summary>
    /// Where the dataset has no numbers: every compound × target pair without a molar concentration value (with what
    /// it holds instead: nothing, qualitative or comparative results, or non-molar values such as % inhibition), and
    /// the gaps the sources state.
    /// </summary>
    /// <param name="includeReferenceCompounds">
    /// Whether to list reference compounds too (imipramine), which are in the dataset for comparison and need no
    /// results of their own.
    /// </param>
    /// <returns>The report.</returns>
    public DataGapReport MissingQuantitativeData(bool includeReferenceCompounds = false) => DataGapReport.Create(this, includeReferenceCompounds);

    /// <summary>The stated gaps (<see cref="Gaps"/>) that cover a compound at a target.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="target">The target.</param>
    /// <returns>The gaps, in dataset order.</returns>
    /// <exception cref="ArgumentNullException">An argument (<paramref name="compound"/>, <paramref name="target"/>) is <see langword="null"/>.</exception>
    public ValueArray<DataGap> StatedGapsFor(Compound compound, Target target)
    {
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(target);
        List<DataGap>? list = null;
        foreach (var gap in QueryIndexes.GapsNaming(compound))
        {
            if (ContainsId(gap.Targets, target.Id))
            {
                (list ??= new List<DataGap>()).Add(gap);
            }
        }

        return list is null ? ValueArray<DataGap>.Empty : ValueArray<DataGap>.FromOwnedArray(list.ToArray());
    }

    /// <summary>The mechanism statements about a compound (class-level statements are not included).</summary>
    /// <param name="compound">The compound.</param>
    /// <returns>The statements, in dataset order, without copying.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is <see langword="null"/>.</exception>
    public ValueArray<MechanismStatement> MechanismsOf(Compound compound)
    {
        ArgumentNullException.ThrowIfNull(compound);
        return QueryIndexes.MechanismsOf(compound);
    }

    /// <summary>Looks a reference up by id, PMID or DOI, without throwing.</summary>
    /// <param name="idPmidOrDoi">
    /// A reference id ("eichler1984", case-insensitive), a PMID ("6478739", "PMID 6478739", "PMID:6478739") or a DOI
    /// ("10.1038/clpt.1984.216", "doi:10.1038/…", "https://doi.org/10.1038/…", case-insensitive).
    /// </param>
    /// <param name="reference">The reference, when found.</param>
    /// <returns>Whether a reference matches; <see langword="false"/> for <see langword="null"/>.</returns>
    public bool TryFindReference(string? idPmidOrDoi, [NotNullWhen(true)] out Reference? reference)
    {
        if (idPmidOrDoi is null)
        {
            reference = null;
            return false;
        }

        return QueryIndexes.TryFindReference(idPmidOrDoi, out reference);
    }

    /// <summary>Finds a reference by id, PMID or DOI, throwing when none matches.</summary>
    /// <param name="idPmidOrDoi">A reference id, PMID or DOI; see <see cref="TryFindReference"/>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="idPmidOrDoi"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No reference matches; the message suggests the nearest ids.</exception>
    public Reference FindReference(string idPmidOrDoi)
    {
        ArgumentNullException.ThrowIfNull(idPmidOrDoi);
        return TryFindReference(idPmidOrDoi, out var reference)
            ? reference
            : throw new NotFoundException("reference", idPmidOrDoi, NearestKeys.Find(idPmidOrDoi, QueryIndexes.ReferenceKeys));
    }

    private QueryIndexes CreateQueryIndexes()
    {
        var created = new QueryIndexes(this);
        return Interlocked.CompareExchange(ref _queryIndexes, created, null) ?? created;
    }

    private static bool ContainsId<T>(ValueArray<T> items, string id)
        where T : class
    {
        foreach (var item in items)
        {
            var itemId = item switch
            {
                Compound c => c.Id,
                Target t => t.Id,
                _ => null,
            };
            if (string.Equals(itemId, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
