using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Display;

/// <summary>Data-gap reports, references and lists of metabolic steps: the rest of what queries return.</summary>
public static partial class DatasetHtml
{
    /// <summary>
    /// A data-gap report (<c>dataset.MissingQuantitativeData()</c>): one row per compound × target pair that lacks a
    /// value (what is missing, and which results there are instead), cut at <see cref="HtmlDisplayOptions.MaxRows"/>
    /// with a count of the rest; then the gaps the sources state.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToHtml(DataGapReport report, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Render(options, (html, o) => WriteGapReport(html, report, o));
    }

    /// <summary>A reference: its citation, links (PubMed, DOI, web), how far it was read, and its curation notes.</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <see langword="null"/>.</exception>
    public static string ToHtml(Reference reference, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return ToHtml(new[] { reference }, options);
    }

    /// <summary>References as a list of citations (see <see cref="ToHtml(Reference, HtmlDisplayOptions?)"/>), cut at <see cref="HtmlDisplayOptions.MaxRows"/>.</summary>
    /// <param name="references">The references: <c>dataset.References</c>, a result's references, a list.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(IEnumerable<Reference> references, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(references);
        var list = Materialise(references, nameof(references));
        return Render(options, (html, o) =>
        {
            var citations = new Citations();
            var shown = Math.Min(list.Count, o.MaxRows);
            for (var i = 0; i < shown; i++)
            {
                citations.Add(list[i]);
            }

            WriteReferences(html, citations, list.Count == 1 ? "Reference" : Count(list.Count, "reference"));
            WriteOmitted(html, list.Count, shown, "references");
        });
    }

    /// <summary>
    /// Metabolic steps (<c>dataset.Metabolism.MetabolitesOf("cianopramine")</c>, <c>ParentsOf</c>): a table of substrate →
    /// product, reaction, enzymes, setting, species, whether the product is active, citations and notes, cut at
    /// <see cref="HtmlDisplayOptions.MaxRows"/>; then the references.
    /// </summary>
    /// <param name="steps">The steps.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(IEnumerable<MetabolicTransformation> steps, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var list = Materialise(steps, nameof(steps));
        return Render(options, (html, o) =>
        {
            var citations = new Citations();
            var rows = new List<(MetabolicTransformation Step, string Label)>();
            for (var i = 0; i < list.Count && i < o.MaxRows; i++)
            {
                rows.Add((list[i], list[i].Id));
                citations.AddRange(list[i].References);
            }

            if (rows.Count == 0)
            {
                html.Element("p", "No metabolic steps.", "cpd-muted");
                return;
            }

            WriteSteps(html, rows, citations);
            WriteOmitted(html, list.Count, rows.Count, "steps");
            WriteReferences(html, citations, "References");
        });
    }

    /// <summary>Gaps the sources state (<c>dataset.StatedGapsFor(…)</c>, <c>dataset.Gaps</c>), each with its words and citations, cut at <see cref="HtmlDisplayOptions.MaxRows"/>.</summary>
    /// <param name="gaps">The gaps.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(IEnumerable<DataGap> gaps, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var list = Materialise(gaps, nameof(gaps));
        return Render(options, (html, o) =>
        {
            var citations = new Citations();
            var shown = Math.Min(list.Count, o.MaxRows);
            var items = ValueArray<DataGap>.Create(list.GetRange(0, shown).ToArray());
            if (shown == 0)
            {
                html.Element("p", "No stated gaps.", "cpd-muted");
                return;
            }

            WriteGaps(html, items, citations);
            WriteOmitted(html, list.Count, shown, "gaps");
            WriteReferences(html, citations, "References");
        });
    }

    /// <summary>
    /// A selectivity ranking (<c>dataset.MostSelective(…)</c>): one row per compound, in rank order, with its fold and
    /// the reason, cut at <see cref="HtmlDisplayOptions.MaxRows"/>.
    /// </summary>
    /// <param name="ranking">The selectivities, in the order to show.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(IEnumerable<SelectivityResult> ranking, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var list = Materialise(ranking, nameof(ranking));
        return Render(options, (html, o) =>
        {
            if (list.Count == 0)
            {
                html.Element("p", "No compound has a selectivity to rank.", "cpd-muted");
                return;
            }

            var shown = Math.Min(list.Count, o.MaxRows);
            html.Open("table", "cpd-selectivity").Element("caption", "Selectivity of " + list[0].Target.Symbol + " over " + list[0].Over.Symbol)
                .HeaderRow("Rank", "Compound", "Fold", "Reason").Open("tbody");
            for (var i = 0; i < shown; i++)
            {
                var item = list[i];
                html.Open("tr").Cell((i + 1).ToString(CultureInfo.InvariantCulture)).Cell(item.Compound.Name)
                    .Cell(item.Fold is { } fold ? fold.ToString() : "cannot be determined").Cell(item.Reason).Close("tr");
            }

            html.Close("tbody").Close("table");
            WriteOmitted(html, list.Count, shown, "compounds");
        });
    }

    /// <summary>Mechanism statements (<c>dataset.MechanismsOf(…)</c>, <c>dataset.Mechanisms</c>), each with its action, targets, words and citations, cut at <see cref="HtmlDisplayOptions.MaxRows"/>.</summary>
    /// <param name="statements">The statements.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(IEnumerable<MechanismStatement> statements, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var list = Materialise(statements, nameof(statements));
        return Render(options, (html, o) =>
        {
            var citations = new Citations();
            var shown = Math.Min(list.Count, o.MaxRows);
            html.Open("ul");
            for (var i = 0; i < shown; i++)
            {
                WriteMechanism(html, list[i], citations);
            }

            html.Close("ul");
            WriteOmitted(html, list.Count, shown, "statements");
            WriteReferences(html, citations, "References");
        });
    }

    /// <summary>
    /// A potency filter's outcome (<c>results.WithPotency(…)</c>): the results that match, those that do not, and
    /// those a censored value leaves undecided with the reason, each table cut at <see cref="HtmlDisplayOptions.MaxRows"/>.
    /// </summary>
    /// <param name="result">The outcome.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToHtml(PotencyFilterResult result, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Render(options, (html, o) =>
        {
            html.Element("p", result.ToString(), "cpd-muted");
            WriteResultTable(html, new List<AssayResult>(result.Matched), o, caption: "Matched");
            WriteResultTable(html, new List<AssayResult>(result.NotMatched), o, caption: "Not matched");
            if (result.Undecided.Count > 0)
            {
                var shown = Math.Min(result.Undecided.Count, o.MaxRows);
                html.Open("table", "cpd-undecided").Element("caption", "Undecided").HeaderRow("Result", "Why").Open("tbody");
                for (var i = 0; i < shown; i++)
                {
                    html.Open("tr").Cell(result.Undecided[i].Result.Id).Cell(result.Undecided[i].Reason).Close("tr");
                }

                html.Close("tbody").Close("table");
                WriteOmitted(html, result.Undecided.Count, shown, "undecided results");
            }
        });
    }

    private static void WriteGapReport(HtmlBuilder html, DataGapReport report, HtmlDisplayOptions options)
    {
        var citations = new Citations();
        var pairs = report.Pairs;
        var shown = Math.Min(pairs.Count, options.MaxRows);
        html.Open("table", "cpd-gaps").Element("caption", "Missing quantitative data: " + Count(pairs.Count, "compound × target pair"))
            .HeaderRow("Compound", "Target", "Missing", "Results instead", "Stated gaps").Open("tbody");
        for (var i = 0; i < shown; i++)
        {
            var pair = pairs[i];
            var results = new List<string>(pair.Results.Count);
            foreach (var result in pair.Results)
            {
                results.Add(result.Id);
            }

            var gaps = new List<string>(pair.StatedGaps.Count);
            foreach (var gap in pair.StatedGaps)
            {
                gaps.Add(gap.Id);
            }

            html.Open("tr").Cell(pair.Compound.Name).Cell(pair.Target.Symbol)
                .Cell(pair.Kind switch
                {
                    MissingDataKind.NoResults => "no results",
                    MissingDataKind.NoQuantitativeValue => "no quantitative value",
                    _ => "no concentration value",
                })
                .Cell(results.Count == 0 ? null : string.Join(", ", results))
                .Cell(gaps.Count == 0 ? null : string.Join(", ", gaps)).Close("tr");
        }

        html.Close("tbody").Close("table");
        WriteOmitted(html, pairs.Count, shown, "pairs");
        foreach (var gap in report.StatedGaps)
        {
            citations.AddRange(gap.References);
        }

        WriteGaps(html, report.StatedGaps, citations);
        WriteReferences(html, citations, "References");
    }
}
