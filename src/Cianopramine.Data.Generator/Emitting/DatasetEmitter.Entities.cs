using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Validation;

namespace Cianopramine.Data.Generator.Emitting;

/// <summary>
/// The encoding of each kind of entity into the compact stream. Every method writes its fields in exactly the order in
/// which the matching decoder method (<c>DatasetEmitter.Decoder.cs</c>) reads them; the two files change together.
/// </summary>
internal sealed partial class DatasetEmitter
{
    private void EncodeReference(ReferenceSpec r)
    {
        _d.String(r.Id.Value);
        _d.Enum(r.Kind);
        _d.OptionalString(r.Title);
        Strings(r.Authors);
        _d.Bool(r.AuthorsTruncated);
        _d.OptionalString(r.Journal);
        _d.OptionalString(r.Publisher);
        OptionalInt(r.Year?.Value);
        OptionalInt(r.Month?.Value);
        _d.OptionalString(r.Volume);
        _d.OptionalString(r.Issue);
        _d.OptionalString(r.Pages);
        _d.OptionalString(r.CatalogueNumber);
        _d.OptionalString(r.Pmid?.Value);
        _d.OptionalString(r.Doi?.Value);
        _d.OptionalString(r.Url?.Value);
        _d.OptionalString(r.Website);
        _d.Enum(r.Status);
        Notes(r.Notes);
    }

    private void EncodeCompound(CompoundSpec c)
    {
        _d.String(c.Id.Value);
        _d.String(c.Name);
        _d.Enum(c.Role);
        _d.OptionalString(c.Class);
        _d.Int(c.Synonyms.Count);
        foreach (var s in c.Synonyms)
        {
            _d.String(s.Text);
            _d.Enum(s.Kind);
            ReferenceList(s.References);
        }

        var ids = c.Identifiers;
        var hasIds = ids is not null && (ids.PubchemCid is not null || ids.ChemblId is not null || ids.DrugbankId is not null || ids.Cas is not null);
        _d.Bool(hasIds);
        if (hasIds)
        {
            _d.Bool(ids!.PubchemCid is not null);
            if (ids.PubchemCid is { } cid)
            {
                _d.UInt((ulong)cid.Value);
            }

            _d.OptionalString(ids.ChemblId?.Value);
            _d.OptionalString(ids.DrugbankId?.Value);
            _d.OptionalString(ids.Cas?.Value);
        }

        _d.Bool(c.Structure is not null);
        if (c.Structure is { } s2)
        {
            _d.Enum(s2.Provenance);
            _d.OptionalString(s2.Method);
            _d.OptionalString(s2.Smiles);
            _d.OptionalString(s2.Formula?.Value);
            OptionalDouble(s2.AverageMass?.Value);
            OptionalDouble(s2.MonoisotopicMass?.Value);
            _d.OptionalString(s2.InchiKey?.Value);
            ReferenceList(s2.References);
        }

        _d.Int(c.Relations.Count);
        foreach (var rel in c.Relations)
        {
            _d.Enum(rel.Kind);
            _d.String(rel.Compound.Value);
            _d.OptionalString(rel.Description);
            ReferenceList(rel.References);
        }

        ReferenceList(c.References);
        Notes(c.Notes);
    }

    private void EncodeTarget(TargetSpec t)
    {
        _d.String(t.Id.Value);
        _d.String(t.Symbol);
        _d.String(t.Name);
        _d.Enum(t.Kind);
        _d.OptionalString(t.Gene);
        Accessions(t.Accessions);
        _d.Int(t.Classifications.Count);
        foreach (var k in t.Classifications)
        {
            _d.String(k.Symbol);
            _d.OptionalString(k.Gene);
            Accessions(k.Accessions);
            _d.String(k.Text);
            ReferenceList(k.References);
        }

        ReferenceList(t.References);
        Notes(t.Notes);
    }

    private void EncodeAssay(AssaySpec a)
    {
        _d.String(a.Id.Value);
        _d.Enum(a.Kind);
        _d.Enum(a.Setting);
        _d.Int(a.Species.Count);
        foreach (var species in a.Species)
        {
            _d.Enum(species);
        }

        _d.OptionalString(a.Tissue);
        _d.String(a.Description);
    }

    private void EncodeResult(ResultSpec r)
    {
        _d.String(r.Id.Value);
        _d.Int(_compounds[r.Compound.Value]);
        _d.Int(_targets[r.Target.Value]);
        _d.Int(_assays[r.Assay.Value]);
        _d.Bool(r.Conditions is not null);
        if (r.Conditions is { } conditions)
        {
            _d.Bool(conditions.Dose is not null);
            if (conditions.Dose is { } dose)
            {
                _d.Enum(dose.Relation.Value);
                _d.Decimal(dose.Value.Value);
                _d.Enum(dose.Unit.Value);
                _d.OptionalEnum(dose.Route);
            }

            _d.Bool(conditions.TimeAfterDose is not null);
            if (conditions.TimeAfterDose is { } time)
            {
                _d.Decimal(time.Value.Value);
                _d.Enum(time.Unit.Value);
            }

            _d.OptionalString(conditions.Text);
        }

        EncodeValue(r.Value);
        _d.OptionalEnum(r.Action);
        ReferenceList(r.References);
        Notes(r.Notes);
    }

    private void EncodeValue(ValueSpec value)
    {
        switch (value)
        {
            case QuantitativeValueSpec q:
                _d.Int(0);
                _d.Enum(q.Parameter.Value);
                _d.Enum(q.Relation.Value);
                _d.Decimal(q.Value.Value);
                _d.Enum(q.Unit.Value);
                _d.Bool(q.Spread is not null);
                if (q.Spread is { } spread)
                {
                    _d.Decimal(spread.Value.Value);
                    _d.Enum(spread.Kind);
                }

                break;
            case QualitativeValueSpec t:
                _d.Int(1);
                _d.String(t.Text);
                _d.Enum(t.Category);
                break;
            case ComparativeValueSpec c:
                _d.Int(2);
                _d.Int(_compounds[c.ComparedTo.Value]);
                _d.Enum(c.Direction);
                _d.OptionalString(c.Magnitude);
                _d.OptionalString(c.Text);
                break;
            default:
                throw new System.InvalidOperationException("Unknown value kind.");
        }
    }

    private void EncodeTransformation(TransformationSpec t)
    {
        _d.String(t.Id.Value);
        _d.Int(_compounds[t.Substrate.Value]);
        _d.Int(_compounds[t.Product.Value]);
        _d.Enum(t.Reaction);
        _d.Enum(t.Enzymes.Kind);
        Strings(t.Enzymes.Names);
        _d.OptionalEnum(t.Species);
        _d.OptionalEnum(t.Setting);
        _d.Int(t.ProductActive switch { null => 0, false => 1, true => 2 });
        ReferenceList(t.References);
        Notes(t.Notes);
    }

    private void EncodeMechanism(MechanismSpec m)
    {
        _d.String(m.Id.Value);
        _d.Int(m.Compound is { } compound ? _compounds[compound.Value] + 1 : 0);
        _d.OptionalString(m.Scope);
        Indexes(m.Targets, _targets);
        _d.Enum(m.Action);
        _d.Bool(m.Primary);
        _d.String(m.Text);
        ReferenceList(m.References);
        Notes(m.Notes);
    }

    private void EncodeGap(GapSpec g)
    {
        _d.String(g.Id.Value);
        _d.String(g.Text);
        Indexes(g.Compounds, _compounds);
        Indexes(g.Targets, _targets);
        _d.Int(g.Parameters.Count);
        foreach (var p in g.Parameters)
        {
            _d.Enum(p);
        }

        _d.OptionalEnum(g.Setting);
        ReferenceList(g.References);
    }

    private void EncodeMetadata()
    {
        // Id, title, version and description are written as C# in Build(); only the sources are encoded.
        ReferenceList(_spec.Manifest.Sources);
    }

    private void Accessions(ValueArray<AccessionSpec> accessions)
    {
        _d.Int(accessions.Count);
        foreach (var a in accessions)
        {
            _d.Enum(a.Database);
            _d.String(a.Value.Value);
            _d.OptionalEnum(a.Species);
        }
    }

    private void Notes(ValueArray<NoteSpec> notes)
    {
        _d.Int(notes.Count);
        foreach (var n in notes)
        {
            _d.Enum(n.Kind);
            _d.OptionalString(n.Id);
            _d.String(n.Text);
        }
    }

    private void Strings(ValueArray<string> items)
    {
        _d.Int(items.Count);
        foreach (var item in items)
        {
            _d.String(item);
        }
    }

    /// <summary>
    /// A list of references, by its number in the table of distinct lists (0: none). Lists repeat (many results cite
    /// the same sources), and a <c>ValueArray</c> is immutable, so each distinct list is built once and shared.
    /// </summary>
    private void ReferenceList(ValueArray<Located<string>> ids)
    {
        if (ids.IsEmpty)
        {
            _d.Int(0);
            return;
        }

        var key = new System.Text.StringBuilder();
        foreach (var id in ids)
        {
            key.Append(_references[id.Value]).Append(',');
        }

        var text = key.ToString();
        if (!_referenceLists.TryGetValue(text, out var number))
        {
            number = _referenceLists.Count + 1;
            _referenceLists.Add(text, number);
            _lists.Int(ids.Count);
            foreach (var id in ids)
            {
                _lists.Int(_references[id.Value]);
            }
        }

        _d.Int(number);
    }

    private void Indexes(ValueArray<Located<string>> ids, Dictionary<string, int> index)
    {
        _d.Int(ids.Count);
        foreach (var id in ids)
        {
            _d.Int(index[id.Value]);
        }
    }

    private void OptionalInt(int? value)
    {
        _d.Bool(value is not null);
        if (value is { } v)
        {
            _d.SignedInt(v);
        }
    }

    private void OptionalDouble(double? value)
    {
        _d.Bool(value is not null);
        if (value is { } v)
        {
            _d.Double(v);
        }
    }
}
