using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Display;

/// <summary>Results: the table, one result in full, values, citations and curation notes.</summary>
public static partial class DatasetHtml
{
    /// <summary>Which columns a result table shows besides the fixed ones.</summary>
    [Flags]
    private enum ResultColumns
    {
        None = 0,
        Compound = 1,
        Target = 2,
        All = Compound | Target,
    }

    private static void WriteResultTable(HtmlBuilder html, IReadOnlyList<AssayResult> results, HtmlDisplayOptions options, string? caption)
    {
        if (results.Count == 0)
        {
            if (caption is not null)
            {
                html.Element("p", caption, "cpd-muted");
            }

            html.Element("p", "No results.", "cpd-muted");
            return;
        }

        var citations = new Citations();
        var shown = ResultRows(html, results, options, caption ?? Count(results.Count, "result"), ResultColumns.All, citations);
        WriteOmitted(html, results.Count, shown, "results");
        WriteReferences(html, citations, "References");
    }

    /// <summary>Writes a result table (at most <see cref="HtmlDisplayOptions.MaxRows"/> rows), collecting the citations; returns the rows shown.</summary>
    private static int ResultRows(
        HtmlBuilder html, IReadOnlyList<AssayResult> results, HtmlDisplayOptions options, string? caption, ResultColumns columns, Citations citations)
    {
        html.Open("table", "cpd-results");
        if (caption is not null)
        {
            html.Element("caption", caption);
        }

        var headers = new List<string> { "Result" };
        if ((columns & ResultColumns.Compound) != 0)
        {
            headers.Add("Compound");
        }

        if ((columns & ResultColumns.Target) != 0)
        {
            headers.Add("Target");
        }

        headers.AddRange(new[] { "Assay (setting)", "Value", "Conditions", "Action", "References", "Curation notes" });
        html.HeaderRow(headers.ToArray()).Open("tbody");
        var shown = Math.Min(results.Count, options.MaxRows);
        for (var i = 0; i < shown; i++)
        {
            var r = results[i];
            html.Open("tr");
            html.Element("td", r.Id);
            if ((columns & ResultColumns.Compound) != 0)
            {
                html.Element("td", r.Compound.ToString());
            }

            if ((columns & ResultColumns.Target) != 0)
            {
                html.Open("td").Element("span", r.Target.Symbol, title: r.Target.Name).Close("td");
            }

            html.Open("td");
            WriteAssay(html, r.Assay);
            html.Close("td");
            html.Open("td");
            WriteValue(html, r.Value);
            html.Close("td");
            html.Cell(r.Conditions.IsEmpty ? null : r.Conditions.ToString());
            html.Cell(r.Action is { } action ? Text.Of(action) : null);
            html.Open("td");
            WriteReferenceIds(html, r.References, citations);
            html.Close("td");
            html.Open("td");
            WriteNotes(html, r.Notes, dashWhenNone: true);
            html.Close("td");
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
        return shown;
    }

    private static void WriteResult(HtmlBuilder html, AssayResult r)
    {
        html.Open("h3").Text("Result " + r.Id + ": " + r.Compound.Name + " @ " + r.Target.Symbol).Close("h3");
        html.Open("table", "cpd-fields").Open("tbody");
        Field(html, "Compound", r.Compound.ToString());
        Field(html, "Target", r.Target.Symbol + " — " + r.Target.Name);
        html.Open("tr").Element("th", "Assay").Open("td");
        WriteAssay(html, r.Assay);
        html.Close("td").Close("tr");
        html.Open("tr").Element("th", "Value").Open("td");
        WriteValue(html, r.Value);
        html.Close("td").Close("tr");
        Field(html, "Conditions", r.Conditions.IsEmpty ? null : r.Conditions.ToString());
        Field(html, "Action", r.Action is { } action ? Text.Of(action) : null);
        html.Open("tr").Element("th", "Curation notes").Open("td");
        WriteNotes(html, r.Notes, dashWhenNone: true);
        html.Close("td").Close("tr");
        html.Close("tbody").Close("table");
        var citations = new Citations();
        citations.AddRange(r.References);
        WriteReferences(html, citations, "References");
    }

    /// <summary>The assay's method, then its setting, species, kind and tissue in small print.</summary>
    private static void WriteAssay(HtmlBuilder html, Assay assay)
    {
        html.Text(assay.Description).Raw("<br>").Open("span", "cpd-muted").Element("strong", Text.Of(assay.Setting));
        var details = new List<string>();
        foreach (var species in assay.Species)
        {
            details.Add(Text.Of(species));
        }

        details.Add(Text.Of(assay.Kind));
        if (assay.Tissue is not null)
        {
            details.Add(assay.Tissue);
        }

        html.Text(" · " + string.Join(" · ", details)).Close("span");
    }

    /// <summary>The value in readable units: <c>IC50 = 50 µM</c>, then its p-value and the value as reported when the unit differs.</summary>
    private static void WriteValue(HtmlBuilder html, ResultValue value)
    {
        switch (value)
        {
            case QuantitativeValue q:
                html.Element("strong", Text.Of(q, withPValue: false));
                var details = new List<string>();
                if (q.PValue is { } p)
                {
                    details.Add("p" + q.Parameter.ToString() + " " + q.PValueRelation.DisplaySymbol() + " " + p.ToString());
                }

                if (q.Concentration is { } concentration && concentration.ReadableUnit().ToUnit() != q.Magnitude.Unit)
                {
                    details.Add("reported as " + q.Relation.DisplaySymbol() + " " + q.Magnitude.ToString());
                }

                if (details.Count > 0)
                {
                    html.Raw("<br>").Element("span", string.Join("; ", details), "cpd-muted");
                }

                break;
            case QualitativeValue t:
                html.Element("strong", "“" + t.Text + "”").Raw("<br>").Element("span", Text.Of(t.Category), "cpd-muted");
                break;
            case ComparativeValue c:
                html.Element("strong", c.ToString());
                if (c.Text is not null)
                {
                    html.Raw("<br>").Element("span", "“" + c.Text + "”", "cpd-muted");
                }

                break;
            default:
                html.Text(value.ToString());
                break;
        }
    }

    /// <summary>
    /// The reference ids a cell lists at most; the rest are counted ("… and 999,900 more"). Every reference is still
    /// collected for the list under the table, once, so only the repetition is left out.
    /// </summary>
    internal const int MaxReferenceIdsPerCell = 100;

    /// <summary>
    /// The reference ids (at most <see cref="MaxReferenceIdsPerCell"/>), each with its citation as a tooltip; the
    /// references are collected for the list under the table.
    /// </summary>
    private static void WriteReferenceIds(HtmlBuilder html, ValueArray<Reference> references, Citations citations)
    {
        if (references.IsEmpty)
        {
            html.Raw("—");
            return;
        }

        citations.AddRange(references);
        var shown = Math.Min(references.Count, MaxReferenceIdsPerCell);
        for (var i = 0; i < shown; i++)
        {
            var reference = references[i];
            html.Raw(i == 0 ? "[" : ", ").Element("abbr", reference.Id, title: citations.CitationOf(reference));
        }

        if (references.Count > shown)
        {
            html.Raw(", … and ").Number(references.Count - shown).Raw(" more");
        }

        html.Raw("]");
    }

    /// <summary>Curation notes, one per line: kind and id as a tag, then the text; a dash for none when <paramref name="dashWhenNone"/>.</summary>
    private static void WriteNotes(HtmlBuilder html, ValueArray<CurationNote> notes, bool dashWhenNone)
    {
        if (notes.IsEmpty && dashWhenNone)
        {
            html.Raw("—");
        }

        foreach (var note in notes)
        {
            var tag = Text.Of(note.Kind) + (note.Id is null ? string.Empty : " " + note.Id);
            html.Open("div", "cpd-note").Element("span", tag, "cpd-tag").Text(note.Text).Close("div");
        }
    }

    /// <summary>A list of full citations: id, citation, links to PubMed, the DOI and the web page, the curators' status and the reference's notes.</summary>
    private static void WriteReferences(HtmlBuilder html, Citations citations, string heading)
    {
        if (citations.Count == 0)
        {
            return;
        }

        html.Element("h4", heading).Open("ul", "cpd-refs");
        foreach (var reference in citations.Items)
        {
            html.Open("li").Element("strong", "[" + reference.Id + "]").Text(" " + reference.ToCitation());
            if (reference.Pmid is { } pmid)
            {
                html.Raw(" · ").Link("https://pubmed.ncbi.nlm.nih.gov/" + Uri.EscapeDataString(pmid.Value) + "/", "PubMed");
            }

            if (reference.Doi is { } doi)
            {
                html.Raw(" · ").Link("https://doi.org/" + Uri.EscapeDataString(doi.Value).Replace("%2F", "/", StringComparison.Ordinal), "DOI");
            }

            if (HtmlBuilder.IsWebUrl(reference.Url))
            {
                html.Raw(" · ").Link(reference.Url, "web");
            }

            html.Raw(" ").Element("span", "(" + Text.Of(reference.Status) + ")", "cpd-muted");
            WriteNotes(html, reference.Notes, dashWhenNone: false);
            html.Close("li");
        }

        html.Close("ul");
    }

    private static void Field(HtmlBuilder html, string name, string? value) =>
        html.Open("tr").Element("th", name).Cell(value).Close("tr");

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>References in order of first citation, each once.</summary>
    private sealed class Citations
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _citations = new(StringComparer.Ordinal);

        public List<Reference> Items { get; } = new();

        /// <summary>A reference's citation, built once per rendering however often it is cited.</summary>
        public string CitationOf(Reference reference)
        {
            if (!_citations.TryGetValue(reference.Id, out var citation))
            {
                _citations.Add(reference.Id, citation = reference.ToCitation());
            }

            return citation;
        }

        public int Count => Items.Count;

        public void Add(Reference reference)
        {
            if (_ids.Add(reference.Id))
            {
                Items.Add(reference);
            }
        }

        public void AddRange(IEnumerable<Reference> references)
        {
            foreach (var reference in references)
            {
                Add(reference);
            }
        }
    }
}
