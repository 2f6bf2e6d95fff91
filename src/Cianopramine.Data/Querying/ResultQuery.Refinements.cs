using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>The refinements by compound, target, assay, setting, species, value kind, parameter, action, reference and curation note.</summary>
public sealed partial class ResultQuery
{
    /// <summary>Only the results for a compound (served from the per-compound index).</summary>
    /// <param name="compound">The compound.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is <see langword="null"/>.</exception>
    public ResultQuery For(Compound compound)
    {
        ArgumentNullException.ThrowIfNull(compound);
        var id = compound.Id;
        return Refine(_dataset.ResultsFor(compound), r => string.Equals(r.Compound.Id, id, StringComparison.Ordinal), "for " + compound.Name);
    }

    /// <summary>Only the results for a compound found by any name, synonym or identifier.</summary>
    /// <param name="nameOrIdentifier">The compound's name, synonym or identifier ("Ro 11-2465"); case, spaces and hyphens do not matter.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrIdentifier"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No compound matches; the message suggests the nearest names.</exception>
    /// <exception cref="AmbiguousNameException">The name leads to several compounds.</exception>
    public ResultQuery For(string nameOrIdentifier)
    {
        ArgumentNullException.ThrowIfNull(nameOrIdentifier);
        return For(_dataset.Compounds.Find(nameOrIdentifier));
    }

    /// <summary>Only the results at a target (served from the per-target index).</summary>
    /// <param name="target">The target.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public ResultQuery At(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var id = target.Id;
        return Refine(_dataset.ResultsAt(target), r => string.Equals(r.Target.Id, id, StringComparison.Ordinal), "at " + target.Symbol, target: target);
    }

    /// <summary>Only the results at a target found by symbol, name, gene or accession.</summary>
    /// <param name="symbolNameGeneOrAccession">The target ("SERT", "SLC6A4", "P31645", "CHEMBL228").</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symbolNameGeneOrAccession"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No target matches; the message suggests the nearest names.</exception>
    /// <exception cref="AmbiguousNameException">The name leads to several targets.</exception>
    public ResultQuery At(string symbolNameGeneOrAccession)
    {
        ArgumentNullException.ThrowIfNull(symbolNameGeneOrAccession);
        return At(_dataset.Targets.Find(symbolNameGeneOrAccession));
    }

    /// <summary>Only the results of one assay.</summary>
    /// <param name="assay">The assay.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assay"/> is <see langword="null"/>.</exception>
    public ResultQuery InAssay(Assay assay)
    {
        ArgumentNullException.ThrowIfNull(assay);
        var id = assay.Id;
        return Refine(null, r => string.Equals(r.Assay.Id, id, StringComparison.Ordinal), "in assay " + id);
    }

    /// <summary>Only the results of the assay with the given id.</summary>
    /// <param name="assayId">The assay's id (exact).</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assayId"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No assay has that id; the message suggests near ids.</exception>
    public ResultQuery InAssay(string assayId)
    {
        ArgumentNullException.ThrowIfNull(assayId);
        return InAssay(_dataset.Assays.Get(assayId));
    }

    /// <summary>Only the results of assays of one kind (uptake inhibition, radioligand binding …).</summary>
    /// <param name="kind">The assay kind.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery OfAssayKind(AssayKind kind) =>
        Refine(_dataset.QueryIndexes.OfAssayKind(kind), r => r.Assay.Kind == kind, "of assay kind " + Text.Of(kind));

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
        Refine(_dataset.QueryIndexes.OfValueKind(kind), r => r.Value.Kind == kind, Text.Of(kind), quantitativeOnly: kind == ValueKind.Quantitative);

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
        Refine(_dataset.QueryIndexes.OfValueKind(ValueKind.Quantitative), r => r.Value is QuantitativeValue q && q.Parameter == parameter, "with " + Text.Of(parameter), parameter: parameter);

    /// <summary>Only the results that state an action (inhibitor, antagonist …).</summary>
    /// <param name="action">The action.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithAction(PharmacologicalAction action) =>
        Refine(null, r => r.Action == action, "acting as " + Text.Of(action));

    /// <summary>Only the results that cite a reference (served from the per-reference index).</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <see langword="null"/>.</exception>
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
    /// <exception cref="ArgumentNullException"><paramref name="idPmidOrDoi"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotFoundException">No reference matches; the message suggests the nearest ids.</exception>
    public ResultQuery Citing(string idPmidOrDoi)
    {
        ArgumentNullException.ThrowIfNull(idPmidOrDoi);
        return Citing(_dataset.FindReference(idPmidOrDoi));
    }

    /// <summary>Only the results that carry a curation note of a kind.</summary>
    /// <param name="kind">The note kind (unverified, citation mismatch …).</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithNote(CurationNoteKind kind) =>
        Refine(null, r => HasNote(r.Notes, kind), "with a note of kind " + Text.Of(kind));

    /// <summary>Leaves out the results that carry a curation note of a kind.</summary>
    /// <param name="kind">The note kind.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithoutNote(CurationNoteKind kind) =>
        Refine(null, r => !HasNote(r.Notes, kind), "without a note of kind " + Text.Of(kind));

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
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is <see langword="null"/>.</exception>
    public ResultQuery Where(Func<AssayResult, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Refine(null, predicate, "matching a predicate");
    }
}
