using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>Rules of the source records (CPD0019 for ChEMBL ids, CPD0034) and of compound identity (CPD0033).</summary>
internal sealed partial class DatasetRules
{
    /// <summary>How far a stated pChEMBL value may be from −log10 of the molar value (ChEMBL rounds to 2 decimals).</summary>
    internal const double PChemblTolerance = 0.01;

    private void CheckChembl(ChemblSpec chembl, QuantitativeValueSpec? value)
    {
        foreach (var id in new[] { chembl.AssayId, chembl.DocumentId })
        {
            if (id is { } i && !IdentifierRules.IsValidChemblId(i.Value))
            {
                Report(DiagnosticCatalogue.InvalidIdentifier, i.Location, i.Value, "ChEMBL id (CHEMBL followed by digits)");
            }
        }

        if (chembl.Value.PChemblValue is not { } pchembl || value is null || chembl.PChemblLocation is not { } location)
        {
            return;
        }

        var q = value.Value;
        if (q.Relation != Relation.EqualTo || !q.Magnitude.Unit.TryGetMolarUnit(out var unit) || q.Magnitude.Value <= 0)
        {
            return;
        }

        var molar = (double)(q.Magnitude.Value / unit.PerMolar());
        if (molar <= 0)
        {
            return;
        }

        var expected = -Math.Log10(molar);
        if (Math.Abs(expected - (double)pchembl) > PChemblTolerance + 1e-9)
        {
            Report(
                DiagnosticCatalogue.PChemblMismatch,
                location,
                pchembl.ToString(CultureInfo.InvariantCulture),
                EnumWords.Parameter.ToWord(q.Parameter),
                q.Magnitude.Value.ToString(CultureInfo.InvariantCulture),
                EnumWords.Unit.ToWord(q.Magnitude.Unit),
                expected.ToString("0.00", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// CPD0033 and CPD0047: two compounds, or two targets, that share a lookup key, compared as lookups compare them
    /// (<see cref="LookupKey"/>: case, white space, hyphens, dashes and underscores ignored), are reported at the second
    /// one's key, naming the first; lookups by that key match both. The keys are the ones the library's collections
    /// search (<c>CompoundCollection</c>, <c>TargetCollection</c>): the id, names and synonyms, and every identifier,
    /// so a synonym that is another compound's name, or a target's symbol that is another's gene, is reported too.
    /// </summary>
    private void CheckIdentityCollisions()
    {
        // Sized once (about eight keys a compound: id, name, synonyms and identifiers); one set of an item's own keys, reused.
        var compounds = new Dictionary<string, (string Id, SourceLocation Location)>(8 * _sections.Compounds.Count, StringComparer.Ordinal);
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in _sections.Compounds)
        {
            own.Clear();
            foreach (var (what, key, location) in CompoundKeys(c))
            {
                Collide(DiagnosticCatalogue.IdentityCollision, compounds, own, c.Id.Value, c.Location, what, key, location);
            }
        }

        var targets = new Dictionary<string, (string Id, SourceLocation Location)>(4 * _sections.Targets.Count, StringComparer.Ordinal);
        foreach (var t in _sections.Targets)
        {
            own.Clear();
            foreach (var (what, key, location) in TargetKeys(t))
            {
                Collide(DiagnosticCatalogue.TargetIdentityCollision, targets, own, t.Id.Value, t.Location, what, key, location);
            }
        }
    }

    /// <summary>A compound's lookup keys, as <c>CompoundCollection</c> files them, with where each is written.</summary>
    private static IEnumerable<(string What, string Key, SourceLocation Location)> CompoundKeys(CompoundSpec c)
    {
        yield return ("id", c.Id.Value, c.Id.Location);
        if (c.Name is { Length: > 0 } name)
        {
            yield return ("name", name, c.Location);
        }

        foreach (var synonym in c.Synonyms)
        {
            yield return ("name or synonym", synonym.Text, synonym.Location);
        }

        if (c.Structure?.InchiKey is { } key)
        {
            yield return ("InChIKey", key.Value, key.Location);
        }

        if (c.Identifiers is { } ids)
        {
            if (ids.PubchemCid is { } cid)
            {
                var text = cid.Value.ToString(CultureInfo.InvariantCulture);
                yield return ("PubChem CID", text, cid.Location);
                yield return ("PubChem CID", "CID" + text, cid.Location);
            }

            if (ids.ChemblId is { } chembl)
            {
                yield return ("ChEMBL id", chembl.Value, chembl.Location);
            }

            if (ids.DrugbankId is { } drugbank)
            {
                yield return ("DrugBank id", drugbank.Value, drugbank.Location);
            }

            if (ids.Cas is { } cas)
            {
                yield return ("CAS number", cas.Value, cas.Location);
            }
        }
    }

    /// <summary>A target's lookup keys, as <c>TargetCollection</c> files them, with where each is written.</summary>
    private static IEnumerable<(string What, string Key, SourceLocation Location)> TargetKeys(TargetSpec t)
    {
        yield return ("id", t.Id.Value, t.Id.Location);
        yield return ("symbol or name", t.Symbol, t.SymbolLocation ?? t.Location);
        yield return ("symbol or name", t.Name, t.NameLocation ?? t.Location);
        if (t.Gene is { } gene)
        {
            yield return ("gene", gene, t.GeneLocation ?? t.Location);
        }

        foreach (var accession in t.Accessions)
        {
            yield return ("accession", accession.Value.Value, accession.Value.Location);
            if (accession.Database == AccessionDatabase.GtoPdb)
            {
                yield return ("accession", "GtoPdb " + accession.Value.Value, accession.Value.Location);
            }
        }
    }

    private void Collide(
        DiagnosticDescriptorInfo descriptor,
        Dictionary<string, (string Id, SourceLocation Location)> seen,
        HashSet<string> own,
        string id,
        SourceLocation itemLocation,
        string what,
        string written,
        SourceLocation location)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return;
        }

        var key = LookupKey.Normalize(written);
        if (!own.Add(key))
        {
            return; // one entity under two spellings of one key is not a collision
        }

        if (!seen.TryGetValue(key, out var first))
        {
            seen.Add(key, (id, itemLocation));
            return;
        }

        if (first.Id == id)
        {
            return; // two items with one id are CPD0007 already
        }

        Report(
            descriptor,
            location,
            id,
            what,
            written,
            first.Id,
            first.Location.FilePath,
            first.Location.DisplayLine,
            first.Location.DisplayColumn);
    }
}
