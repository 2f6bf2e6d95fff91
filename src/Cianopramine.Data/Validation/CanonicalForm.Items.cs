using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Validation;

/// <summary>The canonical rendering of each kind of item, and the compact JSON writer.</summary>
internal static partial class CanonicalForm
{
    private static void WriteReference(Writer w, ReferenceSpec r)
    {
        w.String("id", r.Id.Value);
        w.String("kind", EnumWords.ReferenceKind.ToWord(r.Kind));
        w.String("title", r.Title);
        w.Strings("authors", r.Authors);
        w.Bool("authorsTruncated", r.AuthorsTruncated);
        w.String("journal", r.Journal);
        w.String("publisher", r.Publisher);
        w.String("volume", r.Volume);
        w.String("issue", r.Issue);
        w.String("pages", r.Pages);
        w.String("catalogueNumber", r.CatalogueNumber);
        w.String("website", r.Website);
        w.Integer("year", r.Year?.Value);
        w.Integer("month", r.Month?.Value);
        w.String("pmid", r.Pmid?.Value);
        w.String("doi", r.Doi?.Value);
        w.String("url", r.Url?.Value);
        w.String("status", EnumWords.ReferenceStatus.ToWord(r.Status));
        Notes(w, r.Notes);
    }

    private static void WriteCompound(Writer w, CompoundSpec c)
    {
        w.String("id", c.Id.Value);
        w.String("name", c.Name);
        w.String("role", EnumWords.CompoundRole.ToWord(c.Role));
        w.String("class", c.Class);
        if (!c.Synonyms.IsEmpty)
        {
            w.BeginArray("synonyms");
            foreach (var s in c.Synonyms)
            {
                w.Begin(null);
                w.String("text", s.Text);
                w.String("kind", EnumWords.SynonymKind.ToWord(s.Kind));
                w.Strings("references", Values(s.References));
                w.End();
            }

            w.EndArray();
        }

        if (c.Identifiers is { } i && (i.PubchemCid ?? (object?)i.ChemblId ?? i.DrugbankId ?? (object?)i.Cas) is not null)
        {
            w.Begin("identifiers");
            w.Integer("pubchemCid", i.PubchemCid?.Value);
            w.String("chemblId", i.ChemblId?.Value);
            w.String("drugbankId", i.DrugbankId?.Value);
            w.String("cas", i.Cas?.Value);
            w.End();
        }

        if (c.Structure is { } s2)
        {
            w.Begin("structure");
            w.String("provenance", EnumWords.StructureProvenance.ToWord(s2.Provenance));
            w.String("method", s2.Method);
            w.String("smiles", s2.Smiles);
            w.String("formula", s2.Formula?.Value);
            w.Double("averageMass", s2.AverageMass?.Value);
            w.Double("monoisotopicMass", s2.MonoisotopicMass?.Value);
            w.String("inchiKey", s2.InchiKey?.Value);
            w.Strings("references", Values(s2.References));
            w.End();
        }

        if (!c.Relations.IsEmpty)
        {
            w.BeginArray("relations");
            foreach (var r in c.Relations)
            {
                w.Begin(null);
                w.String("kind", EnumWords.CompoundRelationKind.ToWord(r.Kind));
                w.String("compound", r.Compound.Value);
                w.String("description", r.Description);
                w.Strings("references", Values(r.References));
                w.End();
            }

            w.EndArray();
        }

        w.Strings("references", Values(c.References));
        Notes(w, c.Notes);
    }

    private static void WriteTarget(Writer w, TargetSpec t)
    {
        w.String("id", t.Id.Value);
        w.String("symbol", t.Symbol);
        w.String("name", t.Name);
        w.String("kind", EnumWords.TargetKind.ToWord(t.Kind));
        w.String("gene", t.Gene);
        Accessions(w, t.Accessions);
        if (!t.Classifications.IsEmpty)
        {
            w.BeginArray("classifications");
            foreach (var c in t.Classifications)
            {
                w.Begin(null);
                w.String("symbol", c.Symbol);
                w.String("gene", c.Gene);
                Accessions(w, c.Accessions);
                w.String("text", c.Text);
                w.Strings("references", Values(c.References));
                w.End();
            }

            w.EndArray();
        }

        w.Strings("references", Values(t.References));
        Notes(w, t.Notes);
    }

    private static void WriteAssay(Writer w, AssaySpec a)
    {
        w.String("id", a.Id.Value);
        w.String("kind", EnumWords.AssayKind.ToWord(a.Kind));
        w.String("setting", EnumWords.AssaySetting.ToWord(a.Setting));
        w.Strings("species", Words(a.Species, EnumWords.Species));
        w.String("tissue", a.Tissue);
        w.String("description", a.Description);
    }

    private static void WriteResult(Writer w, ResultSpec r)
    {
        w.String("id", r.Id.Value);
        w.String("compound", r.Compound.Value);
        w.String("target", r.Target.Value);
        w.String("assay", r.Assay.Value);
        w.String("action", EnumWords.Action.ToWordOrNull(r.Action));
        w.Begin("value");
        switch (r.Value)
        {
            case QuantitativeValueSpec q:
                w.String("type", "quantitative");
                w.String("parameter", EnumWords.Parameter.ToWord(q.Parameter.Value));
                w.String("relation", EnumWords.Relation.ToWord(q.Relation.Value));
                w.Decimal("value", q.Value.Value);
                w.String("unit", EnumWords.Unit.ToWord(q.Unit.Value));
                if (q.Spread is { } spread)
                {
                    w.Begin("spread");
                    w.Decimal("value", spread.Value.Value);
                    w.String("kind", EnumWords.SpreadKind.ToWord(spread.Kind));
                    w.End();
                }

                break;
            case QualitativeValueSpec t:
                w.String("type", "qualitative");
                w.String("text", t.Text);
                w.String("category", EnumWords.QualitativeCategory.ToWord(t.Category));
                break;
            case ComparativeValueSpec c:
                w.String("type", "comparative");
                w.String("comparedTo", c.ComparedTo.Value);
                w.String("direction", EnumWords.ComparativeDirection.ToWord(c.Direction));
                w.String("magnitude", c.Magnitude);
                w.String("text", c.Text);
                break;
        }

        w.End();
        if (r.Conditions is { } conditions && (conditions.Dose ?? (object?)conditions.TimeAfterDose ?? conditions.Text) is not null)
        {
            w.Begin("conditions");
            if (conditions.Dose is { } dose)
            {
                w.Begin("dose");
                w.String("relation", EnumWords.Relation.ToWord(dose.Relation.Value));
                w.Decimal("value", dose.Value.Value);
                w.String("unit", EnumWords.Unit.ToWord(dose.Unit.Value));
                w.String("route", EnumWords.DoseRoute.ToWordOrNull(dose.Route));
                w.End();
            }

            if (conditions.TimeAfterDose is { } time)
            {
                w.Begin("timeAfterDose");
                w.Decimal("value", time.Value.Value);
                w.String("unit", EnumWords.Unit.ToWord(time.Unit.Value));
                w.End();
            }

            w.String("text", conditions.Text);
            w.End();
        }

        w.Strings("references", Values(r.References));
        Notes(w, r.Notes);
    }

    private static void WriteTransformation(Writer w, TransformationSpec t)
    {
        w.String("id", t.Id.Value);
        w.String("substrate", t.Substrate.Value);
        w.String("product", t.Product.Value);
        w.String("reaction", EnumWords.Reaction.ToWord(t.Reaction));
        switch (t.Enzymes.Kind)
        {
            case EnzymeEvidence.NotReported:
                w.String("enzymes", EnzymesSpec.NotReportedWord);
                break;
            case EnzymeEvidence.None:
                w.String("enzymes", EnzymesSpec.NoneWord);
                break;
            default:
                w.Strings("enzymes", t.Enzymes.Names);
                break;
        }

        w.String("species", EnumWords.Species.ToWordOrNull(t.Species));
        w.String("setting", EnumWords.AssaySetting.ToWordOrNull(t.Setting));
        if (t.ProductActive is { } active)
        {
            w.Bool("productActive", active, writeFalse: true);
        }

        w.Strings("references", Values(t.References));
        Notes(w, t.Notes);
    }

    private static void WriteMechanism(Writer w, MechanismSpec m)
    {
        w.String("id", m.Id.Value);
        w.String("compound", m.Compound?.Value);
        w.String("scope", m.Scope);
        w.Strings("targets", Values(m.Targets));
        w.String("action", EnumWords.Action.ToWord(m.Action));
        w.Bool("primary", m.Primary, writeFalse: true);
        w.String("text", m.Text);
        w.Strings("references", Values(m.References));
        Notes(w, m.Notes);
    }

    private static void WriteGap(Writer w, GapSpec g)
    {
        w.String("id", g.Id.Value);
        w.String("text", g.Text);
        w.Strings("compounds", Values(g.Compounds));
        w.Strings("targets", Values(g.Targets));
        w.Strings("parameters", Words(g.Parameters, EnumWords.Parameter));
        w.String("setting", EnumWords.AssaySetting.ToWordOrNull(g.Setting));
        w.Strings("references", Values(g.References));
    }

    private static IEnumerable<string> Words<TEnum>(IEnumerable<TEnum> values, EnumWordTable<TEnum> table)
        where TEnum : struct, System.Enum
    {
        foreach (var value in values)
        {
            yield return table.ToWord(value);
        }
    }
}
