using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Display;

/// <summary>The dataset summary, compounds and targets.</summary>
public static partial class DatasetHtml
{
    private static void WriteDataset(HtmlBuilder html, Dataset dataset, HtmlDisplayOptions options)
    {
        var m = dataset.Metadata;
        html.Open("h3").Text(m.Title + " ").Element("span", "version " + m.Version, "cpd-muted").Close("h3");
        if (m.Description is not null)
        {
            html.Element("p", m.Description);
        }

        html.Open("p", "cpd-muted").Text("id ").Element("code", m.Id).Text(" · content hash ").Element("code", m.ContentHash).Close("p");

        int quantitative = 0, qualitative = 0, comparative = 0;
        foreach (var result in dataset.AllResults)
        {
            switch (result.Value.Kind)
            {
                case ValueKind.Quantitative:
                    quantitative++;
                    break;
                case ValueKind.Qualitative:
                    qualitative++;
                    break;
                default:
                    comparative++;
                    break;
            }
        }

        html.Open("table", "cpd-counts").HeaderRow("Contents", "Count").Open("tbody");
        CountRow(html, "Compounds", dataset.Compounds.Count, null);
        CountRow(html, "Targets", dataset.Targets.Count, null);
        CountRow(html, "Assays", dataset.Assays.Count, null);
        CountRow(html, "Results", dataset.AllResults.Count, string.Create(CultureInfo.InvariantCulture,
            $"{quantitative} quantitative, {qualitative} qualitative, {comparative} comparative"));
        CountRow(html, "Metabolic steps", dataset.Transformations.Count, null);
        CountRow(html, "Mechanism statements", dataset.Mechanisms.Count, null);
        CountRow(html, "Stated data gaps", dataset.Gaps.Count, null);
        CountRow(html, "References", dataset.References.Count, null);
        html.Close("tbody").Close("table");

        WriteCompoundTable(html, dataset.Compounds, options);
        var sources = new Citations();
        sources.AddRange(m.Sources);
        WriteReferences(html, sources, "Compiled from");
    }

    private static void CountRow(HtmlBuilder html, string name, int count, string? detail)
    {
        html.Open("tr").Element("th", name).Open("td").Number(count);
        if (detail is not null)
        {
            html.Raw(" ").Element("span", "(" + detail + ")", "cpd-muted");
        }

        html.Close("td").Close("tr");
    }

    private static void WriteCompoundTable(HtmlBuilder html, IReadOnlyList<Compound> list, HtmlDisplayOptions options)
    {
        if (list.Count == 0)
        {
            html.Element("p", "No compounds.", "cpd-muted");
            return;
        }

        html.Open("table", "cpd-compounds").Element("caption", Count(list.Count, "compound"))
            .HeaderRow("Compound", "Role", "Class", "Synonyms", "Formula", "Identifiers", "Curation notes").Open("tbody");
        var shown = Math.Min(list.Count, options.MaxRows);
        for (var i = 0; i < shown; i++)
        {
            var c = list[i];
            html.Open("tr").Open("td").Element("strong", c.Name).Raw("<br>").Element("span", c.Id, "cpd-muted").Close("td");
            html.Cell(Text.Of(c.Role)).Cell(c.Class).Cell(Synonyms(c));
            html.Open("td");
            if (c.Structure?.Formula is { } formula)
            {
                html.Text(formula).Raw(" ").Element("span", "(" + (c.Structure.Provenance == ValueProvenance.Computed ? "computed" : "reported") + ")", "cpd-muted");
            }
            else
            {
                html.Raw("—");
            }

            html.Close("td").Cell(Identifiers(c.Identifiers) ?? "none confirmed");
            html.Open("td");
            WriteNotes(html, c.Notes, dashWhenNone: true);
            html.Close("td").Close("tr");
        }

        html.Close("tbody").Close("table");
        WriteOmitted(html, list.Count, shown, "compounds");
    }

    private static void WriteCompound(HtmlBuilder html, Compound c)
    {
        html.Open("h3").Text(c.ToString() + " ").Element("span", Text.Of(c.Role) + (c.Class is null ? string.Empty : ", " + c.Class), "cpd-muted").Close("h3");
        html.Open("table", "cpd-fields").Open("tbody");
        Field(html, "Id", c.Id);
        html.Open("tr").Element("th", "Synonyms").Open("td");
        if (c.Synonyms.IsEmpty)
        {
            html.Raw("—");
        }

        for (var i = 0; i < c.Synonyms.Count; i++)
        {
            var synonym = c.Synonyms[i];
            html.Raw(i == 0 ? string.Empty : "; ").Text(synonym.Text + " ").Element("span", "(" + Text.Of(synonym.Kind) + ")", "cpd-muted");
        }

        html.Close("td").Close("tr");
        Field(html, "Identifiers", Identifiers(c.Identifiers) ?? "none confirmed");
        if (c.Structure is { } s)
        {
            Field(html, "Structure", s.Provenance == ValueProvenance.Computed ? "computed by the curators" : "reported");
            Field(html, "Formula", s.Formula);
            Field(html, "Average mass", s.AverageMass is { } average ? average.ToString("0.###", CultureInfo.InvariantCulture) + " g/mol" : null);
            Field(html, "Monoisotopic mass", s.MonoisotopicMass is { } mono ? mono.ToString("0.####", CultureInfo.InvariantCulture) + " g/mol" : null);
            html.Open("tr").Element("th", "SMILES").Open("td");
            if (s.Smiles is null)
            {
                html.Raw("—");
            }
            else
            {
                html.Element("code", s.Smiles);
            }

            html.Close("td").Close("tr");
            Field(html, "InChIKey", s.InChIKey?.Value);
            Field(html, "How", s.Method);
        }

        if (!c.Relations.IsEmpty)
        {
            var relations = new List<string>();
            foreach (var relation in c.Relations)
            {
                relations.Add(relation.Description ?? Text.Of(relation.Kind) + " " + relation.CompoundId);
            }

            Field(html, "Relations", string.Join("; ", relations));
        }

        html.Open("tr").Element("th", "Curation notes").Open("td");
        WriteNotes(html, c.Notes, dashWhenNone: true);
        html.Close("td").Close("tr").Close("tbody").Close("table");

        var citations = new Citations();
        citations.AddRange(c.References);
        foreach (var synonym in c.Synonyms)
        {
            citations.AddRange(synonym.References);
        }

        if (c.Structure is { } structure)
        {
            citations.AddRange(structure.References);
        }

        foreach (var relation in c.Relations)
        {
            citations.AddRange(relation.References);
        }

        WriteReferences(html, citations, "References");
    }

    private static void WriteTargetTable(HtmlBuilder html, IReadOnlyList<Target> list, HtmlDisplayOptions options)
    {
        if (list.Count == 0)
        {
            html.Element("p", "No targets.", "cpd-muted");
            return;
        }

        html.Open("table", "cpd-targets").Element("caption", Count(list.Count, "target"))
            .HeaderRow("Symbol", "Name", "Kind", "Gene", "Accessions", "Classification", "Curation notes").Open("tbody");
        var shown = Math.Min(list.Count, options.MaxRows);
        for (var i = 0; i < shown; i++)
        {
            var t = list[i];
            html.Open("tr").Open("td").Element("strong", t.Symbol).Raw("<br>").Element("span", t.Id, "cpd-muted").Close("td");
            html.Cell(t.Name).Cell(Text.Of(t.Kind)).Cell(t.Gene).Cell(Accessions(t.Accessions)).Cell(Classifications(t));
            html.Open("td");
            WriteNotes(html, t.Notes, dashWhenNone: true);
            html.Close("td").Close("tr");
        }

        html.Close("tbody").Close("table");
        WriteOmitted(html, list.Count, shown, "targets");
    }

    private static void WriteTarget(HtmlBuilder html, Target t)
    {
        html.Open("h3").Text(t.Symbol + " ").Element("span", t.Name, "cpd-muted").Close("h3");
        html.Open("table", "cpd-fields").Open("tbody");
        Field(html, "Id", t.Id);
        Field(html, "Kind", Text.Of(t.Kind));
        Field(html, "Gene", t.Gene);
        Field(html, "Accessions", Accessions(t.Accessions));
        html.Open("tr").Element("th", "Classification").Open("td");
        if (t.Classifications.IsEmpty)
        {
            html.Raw("—");
        }

        foreach (var classification in t.Classifications)
        {
            html.Open("div").Element("strong", classification.Symbol);
            if (classification.Gene is not null)
            {
                html.Text(" (" + classification.Gene + ")");
            }

            html.Text(": " + classification.Text);
            if (Accessions(classification.Accessions) is { } accessions)
            {
                html.Raw(" ").Element("span", accessions, "cpd-muted");
            }

            html.Close("div");
        }

        html.Close("td").Close("tr");
        html.Open("tr").Element("th", "Curation notes").Open("td");
        WriteNotes(html, t.Notes, dashWhenNone: true);
        html.Close("td").Close("tr").Close("tbody").Close("table");

        var citations = new Citations();
        citations.AddRange(t.References);
        foreach (var classification in t.Classifications)
        {
            citations.AddRange(classification.References);
        }

        WriteReferences(html, citations, "References");
    }

    private static string? Synonyms(Compound c)
    {
        if (c.Synonyms.IsEmpty)
        {
            return null;
        }

        var names = new List<string>(c.Synonyms.Count);
        foreach (var synonym in c.Synonyms)
        {
            names.Add(synonym.Text);
        }

        return string.Join(", ", names);
    }

    private static string? Identifiers(CompoundIdentifiers ids)
    {
        var parts = new List<string>();
        if (ids.Cas is { } cas)
        {
            parts.Add("CAS " + cas.Value);
        }

        if (ids.PubChemCid is { } cid)
        {
            parts.Add("PubChem CID " + cid.ToString());
        }

        if (ids.ChemblId is { } chembl)
        {
            parts.Add(chembl.Value);
        }

        if (ids.DrugBankId is { } drugBank)
        {
            parts.Add("DrugBank " + drugBank.Value);
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? Accessions(ValueArray<TargetAccession> accessions)
    {
        if (accessions.IsEmpty)
        {
            return null;
        }

        var parts = new List<string>(accessions.Count);
        foreach (var accession in accessions)
        {
            parts.Add(Text.Of(accession.Database) + " " + accession.Value
                + (accession.Species is { } species ? " (" + Text.Of(species) + ")" : string.Empty));
        }

        return string.Join(", ", parts);
    }

    private static string? Classifications(Target t)
    {
        if (t.Classifications.IsEmpty)
        {
            return null;
        }

        var parts = new List<string>(t.Classifications.Count);
        foreach (var classification in t.Classifications)
        {
            parts.Add("now " + classification.Symbol);
        }

        return string.Join(", ", parts);
    }
}
