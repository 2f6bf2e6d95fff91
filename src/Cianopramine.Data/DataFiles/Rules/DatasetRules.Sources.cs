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
        // Keys are compared as lookups compare them, without writing a normalised copy of each. One buffer of an item's
        // keys and one set of its keys already reported as collisions, reused; the tables are sized to the keys there are.
        var keys = new List<(string What, string Key, ValueLocation Location)>();
        var own = new HashSet<string>(LookupKeyComparer.Instance);
        var compoundKeys = 0;
        foreach (var c in _sections.Compounds)
        {
            compoundKeys += KeyCount(c);
        }

        var compounds = _tables.CompoundKeys;
        Tables.Reserve(compounds, compoundKeys);
        foreach (var c in _sections.Compounds)
        {
            keys.Clear();
            own.Clear();
            CompoundKeys(c, keys);
            foreach (var (what, key, location) in keys)
            {
                Collide(DiagnosticCatalogue.IdentityCollision, compounds, own, c.Id.Value, c.Location, what, key, location);
            }
        }

        var targets = _tables.TargetKeys;
        Tables.Reserve(targets, 4 * _sections.Targets.Count);
        foreach (var t in _sections.Targets)
        {
            keys.Clear();
            own.Clear();
            TargetKeys(t, keys);
            foreach (var (what, key, location) in keys)
            {
                Collide(DiagnosticCatalogue.TargetIdentityCollision, targets, own, t.Id.Value, t.Location, what, key, location);
            }
        }
    }

    /// <summary>How many keys <see cref="CompoundKeys"/> gives for a compound.</summary>
    private static int KeyCount(CompoundSpec c)
    {
        var count = 1 + (c.Name is { Length: > 0 } ? 1 : 0) + c.Synonyms.Count + (c.Structure?.InchiKey is null ? 0 : 1);
        if (c.Identifiers is { } ids)
        {
            count += (ids.PubchemCid is null ? 0 : 2) + (ids.ChemblId is null ? 0 : 1) + (ids.DrugbankId is null ? 0 : 1) + (ids.Cas is null ? 0 : 1);
        }

        return count;
    }

    /// <summary>A compound's lookup keys, as <c>CompoundCollection</c> files them, with where each is written.</summary>
    private static void CompoundKeys(CompoundSpec c, List<(string What, string Key, ValueLocation Location)> keys)
    {
        keys.Add(("id", c.Id.Value, c.Id.At));
        if (c.Name is { Length: > 0 } name)
        {
            keys.Add(("name", name, c.Location));
        }

        foreach (var synonym in c.Synonyms)
        {
            keys.Add(("name or synonym", synonym.Text, synonym.Location));
        }

        if (c.Structure?.InchiKey is { } key)
        {
            keys.Add(("InChIKey", key.Value, key.At));
        }

        if (c.Identifiers is { } ids)
        {
            if (ids.PubchemCid is { } cid)
            {
                var text = cid.Value.ToString(CultureInfo.InvariantCulture);
                keys.Add(("PubChem CID", text, cid.At));
                keys.Add(("PubChem CID", "CID" + text, cid.At));
            }

            if (ids.ChemblId is { } chembl)
            {
                keys.Add(("ChEMBL id", chembl.Value, chembl.At));
            }

            if (ids.DrugbankId is { } drugbank)
            {
                keys.Add(("DrugBank id", drugbank.Value, drugbank.At));
            }

            if (ids.Cas is { } cas)
            {
                keys.Add(("CAS number", cas.Value, cas.At));
            }
        }
    }

    /// <summary>A target's lookup keys, as <c>TargetCollection</c> files them, with where each is written.</summary>
    private static void TargetKeys(TargetSpec t, List<(string What, string Key, ValueLocation Location)> keys)
    {
        keys.Add(("id", t.Id.Value, t.Id.At));
        keys.Add(("symbol or name", t.Symbol, t.SymbolLocation ?? t.Location));
        keys.Add(("symbol or name", t.Name, t.NameLocation ?? t.Location));
        if (t.Gene is { } gene)
        {
            keys.Add(("gene", gene, t.GeneLocation ?? t.Location));
        }

        foreach (var accession in t.Accessions)
        {
            keys.Add(("accession", accession.Value.Value, accession.Value.At));
            if (accession.Database == AccessionDatabase.GtoPdb)
            {
                keys.Add(("accession", "GtoPdb " + accession.Value.Value, accession.Value.At));
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
        ValueLocation location)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return;
        }

        // The tables compare keys as lookups do (LookupKey): the written text is its own key.
        if (!seen.TryGetValue(written, out var first))
        {
            seen.Add(written, (id, itemLocation));
            return;
        }

        if (first.Id == id || !own.Add(written))
        {
            // One item under two spellings of one key is not a collision (and two items with one id are CPD0007
            // already); a key of this item that collides is reported once, at its first spelling.
            return;
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
