using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Validation;

namespace Cianopramine.Data.Generator.Emitting;

/// <summary>The object initialisers of each kind of entity.</summary>
internal sealed partial class DatasetEmitter
{
    private void WriteReference(ReferenceSpec r)
    {
        Set("Id", Literal.String(r.Id.Value));
        Set("Kind", M + "ReferenceKind." + r.Kind);
        SetText("Title", r.Title);
        if (!r.Authors.IsEmpty)
        {
            Set("Authors", StringList(r.Authors));
        }

        if (r.AuthorsTruncated)
        {
            Set("AuthorsTruncated", "true");
        }

        SetText("Journal", r.Journal);
        SetText("Publisher", r.Publisher);
        if (r.Year is { } year)
        {
            Set("Year", Literal.Int(year.Value));
        }

        if (r.Month is { } month)
        {
            Set("Month", Literal.Int(month.Value));
        }

        SetText("Volume", r.Volume);
        SetText("Issue", r.Issue);
        SetText("Pages", r.Pages);
        SetText("CatalogueNumber", r.CatalogueNumber);
        if (r.Pmid is { } pmid)
        {
            Set("Pmid", $"{M}Identifiers.Pmid.Parse({Literal.String(pmid.Value)})");
        }

        if (r.Doi is { } doi)
        {
            Set("Doi", $"{M}Identifiers.Doi.Parse({Literal.String(doi.Value)})");
        }

        SetText("Url", r.Url?.Value);
        SetText("Website", r.Website);
        Set("Status", M + "ReferenceStatus." + r.Status);
        Notes(r.Notes);
    }

    private void WriteCompound(CompoundSpec c)
    {
        Set("Id", Literal.String(c.Id.Value));
        Set("Name", Literal.String(c.Name));
        Set("Role", M + "CompoundRole." + c.Role);
        SetText("Class", c.Class);
        if (!c.Synonyms.IsEmpty)
        {
            var items = new List<string>();
            foreach (var s in c.Synonyms)
            {
                var text = $"new {M}Synonym {{ Text = {Literal.String(s.Text)}, Kind = {M}SynonymKind.{s.Kind}";
                items.Add(text + (s.References.IsEmpty ? " }" : $", References = {RefList("r", s.References, _references)} }}"));
            }

            Set("Synonyms", "V(" + string.Join(", ", items) + ")");
        }

        if (c.Identifiers is { } ids && (ids.PubchemCid is not null || ids.ChemblId is not null || ids.DrugbankId is not null || ids.Cas is not null))
        {
            var parts = new List<string>();
            if (ids.PubchemCid is { } cid)
            {
                parts.Add($"PubChemCid = new {M}Identifiers.PubChemCid({Literal.Int(cid.Value)})");
            }

            if (ids.ChemblId is { } chembl)
            {
                parts.Add($"ChemblId = {M}Identifiers.ChemblId.Parse({Literal.String(chembl.Value)})");
            }

            if (ids.DrugbankId is { } drugBank)
            {
                parts.Add($"DrugBankId = {M}Identifiers.DrugBankId.Parse({Literal.String(drugBank.Value)})");
            }

            if (ids.Cas is { } cas)
            {
                parts.Add($"Cas = {M}Identifiers.CasNumber.Parse({Literal.String(cas.Value)})");
            }

            Set("Identifiers", $"new {M}CompoundIdentifiers {{ {string.Join(", ", parts)} }}");
        }

        if (c.Structure is { } s2)
        {
            var parts = new List<string> { $"Provenance = {M}ValueProvenance.{s2.Provenance}" };
            Add(parts, "Method", s2.Method);
            Add(parts, "Smiles", s2.Smiles);
            Add(parts, "Formula", s2.Formula?.Value);
            if (s2.AverageMass is { } avg)
            {
                parts.Add("AverageMass = " + Literal.Double(avg.Value));
            }

            if (s2.MonoisotopicMass is { } mono)
            {
                parts.Add("MonoisotopicMass = " + Literal.Double(mono.Value));
            }

            if (s2.InchiKey is { } key)
            {
                parts.Add($"InChIKey = {M}Identifiers.InChIKey.Parse({Literal.String(key.Value)})");
            }

            if (!s2.References.IsEmpty)
            {
                parts.Add("References = " + RefList("r", s2.References, _references));
            }

            Set("Structure", $"new {M}StructureDescriptors {{ {string.Join(", ", parts)} }}");
        }

        if (!c.Relations.IsEmpty)
        {
            var items = new List<string>();
            foreach (var rel in c.Relations)
            {
                var parts = new List<string>
                {
                    $"Kind = {M}CompoundRelationKind.{rel.Kind}",
                    "CompoundId = " + Literal.String(rel.Compound.Value),
                };
                Add(parts, "Description", rel.Description);
                if (!rel.References.IsEmpty)
                {
                    parts.Add("References = " + RefList("r", rel.References, _references));
                }

                items.Add($"new {M}CompoundRelation {{ {string.Join(", ", parts)} }}");
            }

            Set("Relations", "V(" + string.Join(", ", items) + ")");
        }

        References("r", c.References);
        Notes(c.Notes);
    }

    private void WriteTarget(TargetSpec t)
    {
        Set("Id", Literal.String(t.Id.Value));
        Set("Symbol", Literal.String(t.Symbol));
        Set("Name", Literal.String(t.Name));
        Set("Kind", M + "TargetKind." + t.Kind);
        SetText("Gene", t.Gene);
        if (!t.Accessions.IsEmpty)
        {
            Set("Accessions", Accessions(t.Accessions));
        }

        if (!t.Classifications.IsEmpty)
        {
            var items = new List<string>();
            foreach (var k in t.Classifications)
            {
                var parts = new List<string> { "Symbol = " + Literal.String(k.Symbol) };
                Add(parts, "Gene", k.Gene);
                if (!k.Accessions.IsEmpty)
                {
                    parts.Add("Accessions = " + Accessions(k.Accessions));
                }

                parts.Add("Text = " + Literal.String(k.Text));
                if (!k.References.IsEmpty)
                {
                    parts.Add("References = " + RefList("r", k.References, _references));
                }

                items.Add($"new {M}TargetClassification {{ {string.Join(", ", parts)} }}");
            }

            Set("Classifications", "V(" + string.Join(", ", items) + ")");
        }

        References("r", t.References);
        Notes(t.Notes);
    }

    private void WriteAssay(AssaySpec a)
    {
        Set("Id", Literal.String(a.Id.Value));
        Set("Kind", M + "AssayKind." + a.Kind);
        Set("Setting", M + "AssaySetting." + a.Setting);
        if (!a.Species.IsEmpty)
        {
            var items = new List<string>();
            foreach (var species in a.Species)
            {
                items.Add(M + "Species." + species);
            }

            Set("Species", "V(" + string.Join(", ", items) + ")");
        }

        SetText("Tissue", a.Tissue);
        Set("Description", Literal.String(a.Description));
    }

    private void WriteResult(ResultSpec r)
    {
        Set("Id", Literal.String(r.Id.Value));
        Set("Compound", Compound(r.Compound.Value));
        Set("Target", "e.T[" + Literal.Int(_targets[r.Target.Value]) + "]");
        Set("Assay", "e.A[" + Literal.Int(_assays[r.Assay.Value]) + "]");
        if (r.Conditions is { } conditions)
        {
            var parts = new List<string>();
            if (conditions.Dose is { } dose)
            {
                var doseParts = new List<string>();
                if (dose.Relation.Value != SpecRelation.Equal)
                {
                    doseParts.Add("Relation = " + Relation(dose.Relation.Value));
                }

                doseParts.Add("Amount = " + Quantity(dose.Value.Value, dose.Unit.Value));
                if (dose.Route is { } route)
                {
                    doseParts.Add($"Route = {M}Route.{route}");
                }

                parts.Add($"Dose = new {M}Dose {{ {string.Join(", ", doseParts)} }}");
            }

            if (conditions.TimeAfterDose is { } time)
            {
                parts.Add("TimeAfterDose = " + Quantity(time.Value.Value, time.Unit.Value));
            }

            Add(parts, "Text", conditions.Text);
            Set("Conditions", $"new {M}Conditions {{ {string.Join(", ", parts)} }}");
        }

        Set("Value", Value(r.Value));
        if (r.Action is { } action)
        {
            Set("Action", M + "PharmacologicalAction." + action);
        }

        Set("References", RefList("e.R", r.References, _references));
        Notes(r.Notes);
    }

    private void WriteTransformation(TransformationSpec t)
    {
        Set("Id", Literal.String(t.Id.Value));
        Set("Substrate", Compound(t.Substrate.Value));
        Set("Product", Compound(t.Product.Value));
        Set("Reaction", M + "Reaction." + t.Reaction);
        Set("EnzymeEvidence", M + "EnzymeEvidence." + (t.Enzymes.Kind == SpecEnzymesKind.Listed ? "Reported" : t.Enzymes.Kind.ToString()));
        if (!t.Enzymes.Names.IsEmpty)
        {
            Set("Enzymes", StringList(t.Enzymes.Names));
        }

        if (t.Species is { } species)
        {
            Set("Species", M + "Species." + species);
        }

        if (t.Setting is { } setting)
        {
            Set("Setting", M + "AssaySetting." + setting);
        }

        if (t.ProductActive is { } active)
        {
            Set("ProductActive", Literal.Bool(active));
        }

        Set("References", RefList("e.R", t.References, _references));
        Notes(t.Notes);
    }

    private void WriteMechanism(MechanismSpec m)
    {
        Set("Id", Literal.String(m.Id.Value));
        if (m.Compound is { } compound)
        {
            Set("Compound", Compound(compound.Value));
        }

        SetText("Scope", m.Scope);
        Set("Targets", IndexList("e.T", m.Targets, _targets));
        Set("Action", M + "PharmacologicalAction." + m.Action);
        if (m.Primary)
        {
            Set("IsPrimary", "true");
        }

        Set("Text", Literal.String(m.Text));
        Set("References", RefList("e.R", m.References, _references));
        Notes(m.Notes);
    }

    private void WriteGap(GapSpec g)
    {
        Set("Id", Literal.String(g.Id.Value));
        Set("Text", Literal.String(g.Text));
        Set("Compounds", IndexList("e.C", g.Compounds, _compounds));
        Set("Targets", IndexList("e.T", g.Targets, _targets));
        if (!g.Parameters.IsEmpty)
        {
            var items = new List<string>();
            foreach (var p in g.Parameters)
            {
                items.Add(M + "ActivityParameter." + p);
            }

            Set("Parameters", "V(" + string.Join(", ", items) + ")");
        }

        if (g.Setting is { } setting)
        {
            Set("Setting", M + "AssaySetting." + setting);
        }

        Set("References", RefList("e.R", g.References, _references));
    }

    private string Value(ValueSpec value) => value switch
    {
        QuantitativeValueSpec q => QuantitativeValue(q),
        QualitativeValueSpec t =>
            $"new {M}QualitativeValue {{ Text = {Literal.String(t.Text)}, Category = {M}QualitativeCategory.{t.Category} }}",
        ComparativeValueSpec c => ComparativeValue(c),
        _ => throw new System.InvalidOperationException("Unknown value kind."),
    };

    private string QuantitativeValue(QuantitativeValueSpec q)
    {
        var parts = new List<string> { $"Parameter = {M}ActivityParameter.{q.Parameter.Value}" };
        if (q.Relation.Value != SpecRelation.Equal)
        {
            parts.Add("Relation = " + Relation(q.Relation.Value));
        }

        parts.Add("Magnitude = " + Quantity(q.Value.Value, q.Unit.Value));
        if (q.Spread is { } spread)
        {
            parts.Add($"Spread = new {M}Spread({Literal.Decimal(spread.Value.Value)}, {M}SpreadKind.{spread.Kind})");
        }

        return $"new {M}QuantitativeValue {{ {string.Join(", ", parts)} }}";
    }

    private string ComparativeValue(ComparativeValueSpec c)
    {
        var parts = new List<string>
        {
            "ComparedTo = " + Compound(c.ComparedTo.Value),
            $"Direction = {M}ComparativeDirection.{c.Direction}",
        };
        Add(parts, "Magnitude", c.Magnitude);
        Add(parts, "Text", c.Text);
        return $"new {M}ComparativeValue {{ {string.Join(", ", parts)} }}";
    }

    private string Compound(string id) => "e.C[" + Literal.Int(_compounds[id]) + "]";

    private static string Relation(SpecRelation relation) =>
        U + "Relation." + (relation == SpecRelation.Equal ? "EqualTo" : relation.ToString());

    private static string Quantity(decimal value, SpecUnit unit) => $"new {U}Quantity({Literal.Decimal(value)}, {U}Unit.{unit})";

    private static string Accessions(ValueArray<AccessionSpec> accessions)
    {
        var items = new List<string>();
        foreach (var a in accessions)
        {
            var species = a.Species is { } s ? $", Species = {M}Species.{s}" : string.Empty;
            items.Add($"new {M}TargetAccession {{ Database = {M}AccessionDatabase.{a.Database}, Value = {Literal.String(a.Value.Value)}{species} }}");
        }

        return "V(" + string.Join(", ", items) + ")";
    }

    private static string StringList(ValueArray<string> items)
    {
        var texts = new List<string>();
        foreach (var item in items)
        {
            texts.Add(Literal.String(item));
        }

        return "V(" + string.Join(", ", texts) + ")";
    }

    private static string IndexList(string array, ValueArray<Located<string>> ids, Dictionary<string, int> index)
    {
        var text = new StringBuilder("V(");
        for (var i = 0; i < ids.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(array).Append('[').Append(Literal.Int(index[ids[i].Value])).Append(']');
        }

        return text.Append(')').ToString();
    }

    private static string RefList(string array, ValueArray<Located<string>> ids, Dictionary<string, int> index) =>
        IndexList(array, ids, index);

    private void References(string array, ValueArray<Located<string>> ids)
    {
        if (!ids.IsEmpty)
        {
            Set("References", RefList(array, ids, _references));
        }
    }

    private void Notes(ValueArray<NoteSpec> notes)
    {
        if (notes.IsEmpty)
        {
            return;
        }

        var items = new List<string>();
        foreach (var n in notes)
        {
            var id = n.Id is null ? string.Empty : ", Id = " + Literal.String(n.Id);
            items.Add($"new {M}CurationNote {{ Kind = {M}CurationNoteKind.{n.Kind}{id}, Text = {Literal.String(n.Text)} }}");
        }

        Set("Notes", "V(" + string.Join(", ", items) + ")");
    }

    private void Set(string property, string? valueExpression)
    {
        if (valueExpression is not null)
        {
            _w.Line(property + " = " + valueExpression + ",");
        }
    }

    private void SetText(string property, string? text)
    {
        if (text is not null)
        {
            Set(property, Literal.String(text));
        }
    }

    private static void Add(List<string> parts, string property, string? text)
    {
        if (text is not null)
        {
            parts.Add(property + " = " + Literal.String(text));
        }
    }
}
