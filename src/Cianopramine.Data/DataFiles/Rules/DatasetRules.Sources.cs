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
    /// CPD0033: two compounds with the same InChIKey, or sharing a name or synonym (compared as lookups compare them:
    /// case, white space, hyphens, dashes and underscores ignored), are
    /// reported at the second, naming the first; lookups by that key match both.
    /// </summary>
    private void CheckIdentityCollisions()
    {
        var inchiKeys = new Dictionary<string, CompoundSpec>(StringComparer.Ordinal);
        var names = new Dictionary<string, CompoundSpec>(StringComparer.Ordinal);
        foreach (var c in _sections.Compounds)
        {
            if (c.Structure?.InchiKey is { } key)
            {
                Collide(inchiKeys, key.Value, key.Value, c, "InChIKey", key.Location);
            }

            var own = new HashSet<string>(StringComparer.Ordinal);
            if (c.Name is { Length: > 0 } name && own.Add(LookupKey(name)))
            {
                Collide(names, LookupKey(name), name, c, "name", c.Location);
            }

            foreach (var synonym in c.Synonyms)
            {
                if (own.Add(LookupKey(synonym.Text)))
                {
                    Collide(names, LookupKey(synonym.Text), synonym.Text, c, "name or synonym", synonym.Location);
                }
            }
        }
    }

    /// <summary>A name as lookups match it (the rule of the library's <c>LookupKeyComparer</c>, which this layer cannot use).</summary>
    private static string LookupKey(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (c is not ('-' or '\u2010' or '\u2011' or '\u2013' or '_') && !char.IsWhiteSpace(c))
            {
                chars[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    private void Collide(Dictionary<string, CompoundSpec> seen, string key, string written, CompoundSpec compound, string what, SourceLocation location)
    {
        if (!seen.TryGetValue(key, out var first))
        {
            seen.Add(key, compound);
            return;
        }

        if (first.Id.Value == compound.Id.Value)
        {
            return;
        }

        Report(
            DiagnosticCatalogue.IdentityCollision,
            location,
            compound.Id.Value,
            what,
            written,
            first.Id.Value,
            first.Location.FilePath,
            first.Location.DisplayLine,
            first.Location.DisplayColumn);
    }
}
