using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Display;

/// <summary>
/// HTML renderings of the dataset's main types, for notebooks and web pages: a dataset summary, compounds, targets,
/// results (a table with compound, target, assay and setting, the value in readable units with its relation and
/// p-value, conditions, action, citations and curation notes), profiles, comparisons, selectivities and metabolic
/// pathways (a table and a Mermaid diagram).
/// </summary>
/// <remarks>
/// <para>Every text from the data is HTML-encoded (<see cref="System.Net.WebUtility.HtmlEncode(string)"/>), so a
/// name or note holding markup is shown as text, never run; links are made only from PMIDs, DOIs and absolute
/// http(s) URLs. Each rendering is one <c>&lt;div class="cpd-display"&gt;</c>, preceded by a small scoped style sheet
/// unless <see cref="HtmlDisplayOptions.IncludeStyles"/> is off.</para>
/// <para>Every rendering is bounded: tables show at most <see cref="HtmlDisplayOptions.MaxRows"/> rows, a cell lists at
/// most 100 reference ids ("… and 999900 more"), and a rendering holds at most 16 Mi characters: one that would be
/// longer (data that repeats a long text many times) is cut there, its open elements closed, and ends with a
/// paragraph of class <c>cpd-truncated</c> saying so. docs/quality.md (issue 15) says why.</para>
/// <para>The package's notebook extension (<c>interactive-extensions/dotnet/extension.dib</c>) registers these
/// renderings as the <c>text/html</c> formatters in .NET Interactive / Polyglot Notebooks; the library itself
/// references no notebook package. No reflection is used: the renderings are trimming- and AOT-safe.</para>
/// </remarks>
public static partial class DatasetHtml
{
    private const string Styles =
        "<style>"
        + ".cpd-display{font-size:0.95em;line-height:1.35}"
        + ".cpd-display table{border-collapse:collapse;margin:0.25em 0 0.75em 0}"
        + ".cpd-display th,.cpd-display td{text-align:left;vertical-align:top;padding:0.2em 0.6em;border-bottom:1px solid rgba(128,128,128,0.35)}"
        + ".cpd-display th{font-weight:600}"
        + ".cpd-display caption{text-align:left;font-weight:600;padding:0.2em 0}"
        + ".cpd-display h3,.cpd-display h4{margin:0.6em 0 0.3em 0}"
        + ".cpd-display .cpd-muted,.cpd-display .cpd-none{opacity:0.7;font-size:0.9em}"
        + ".cpd-display .cpd-note{font-size:0.9em;margin:0.1em 0}"
        + ".cpd-display .cpd-tag{display:inline-block;padding:0 0.35em;margin-right:0.3em;border:1px solid rgba(128,128,128,0.5);border-radius:0.3em;font-size:0.85em}"
        + ".cpd-display .cpd-refs li{margin:0.15em 0}"
        + ".cpd-display pre.mermaid{background:transparent;border:none}"
        + "</style>";

    /// <summary>A summary of a dataset: title, version, description, content hash, counts, the compounds and the sources.</summary>
    /// <param name="dataset">The dataset, e.g. <c>CianopramineDataset.Instance</c>.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static string ToHtml(Dataset dataset, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Render(options, (html, o) => WriteDataset(html, dataset, o));
    }

    /// <summary>A compound: names, role, class, identifiers, structure with its provenance, relations, notes and references.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is <see langword="null"/>.</exception>
    public static string ToHtml(Compound compound, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(compound);
        return Render(options, (html, _) => WriteCompound(html, compound));
    }

    /// <summary>A table of compounds (<c>dataset.Compounds</c>): name, role, class, synonyms, formula, identifiers and notes.</summary>
    /// <param name="compounds">The compounds.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(IEnumerable<Compound> compounds, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(compounds);
        var list = Materialise(compounds, nameof(compounds));
        return Render(options, (html, o) => WriteCompoundTable(html, list, o));
    }

    /// <summary>A target: symbol, name, kind, gene, accessions, modern classification, notes and references.</summary>
    /// <param name="target">The target.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public static string ToHtml(Target target, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Render(options, (html, _) => WriteTarget(html, target));
    }

    /// <summary>A table of targets (<c>dataset.Targets</c>): symbol, name, kind, gene, accessions and classification.</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(IEnumerable<Target> targets, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var list = Materialise(targets, nameof(targets));
        return Render(options, (html, o) => WriteTargetTable(html, list, o));
    }

    /// <summary>
    /// One result in full: compound, target, assay (kind, setting, species, tissue, method), the value in readable units
    /// with its relation, spread and p-value, conditions, action, the full citations and the curation notes.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToHtml(AssayResult result, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Render(options, (html, _) => WriteResult(html, result));
    }

    /// <summary>
    /// A table of results, one row each: compound, target, assay and setting, value (readable units, relation, p-value),
    /// conditions, action, reference ids and curation notes; the full citations follow the table.
    /// </summary>
    /// <param name="results">The results: <c>dataset.AllResults</c>, a <see cref="ResultQuery"/>, a list.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(IEnumerable<AssayResult> results, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = Materialise(results, nameof(results));
        return Render(options, (html, o) => WriteResultTable(html, list, o, caption: null));
    }

    /// <summary>The results of a query as a table (see <see cref="ToHtml(IEnumerable{AssayResult}, HtmlDisplayOptions?)"/>), captioned with the question: <c>results for Cianopramine, at SERT</c>.</summary>
    /// <param name="query">The query.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string ToHtml(ResultQuery query, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var list = Materialise(query, nameof(query));
        return Render(options, (html, o) => WriteResultTable(html, list, o, caption: query.ToString()));
    }

    /// <summary>
    /// A compound's profile: per target the best value of each parameter and every result (with citations and notes),
    /// comparisons by other compounds and stated gaps; then its metabolism, mechanism statements and references.
    /// </summary>
    /// <param name="profile">The profile, from <c>dataset.Profile("cianopramine")</c>.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public static string ToHtml(CompoundProfile profile, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Render(options, (html, o) => WriteProfile(html, profile, o));
    }

    /// <summary>A comparison of two compounds at a target: the verdict, the reason, each piece of evidence and the results behind it.</summary>
    /// <param name="comparison">The comparison, from <c>dataset.Compare(…)</c>.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is <see langword="null"/>.</exception>
    public static string ToHtml(CompoundComparison comparison, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Render(options, (html, o) => WriteComparison(html, comparison, o));
    }

    /// <summary>A selectivity: the fold (or "cannot be determined from this dataset"), the reason, the value pairs, the stated gaps and the results at both targets.</summary>
    /// <param name="selectivity">The selectivity, from <c>dataset.Selectivity(…)</c>.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="selectivity"/> is <see langword="null"/>.</exception>
    public static string ToHtml(SelectivityResult selectivity, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(selectivity);
        return Render(options, (html, o) => WriteSelectivity(html, selectivity, o));
    }

    /// <summary>
    /// A metabolic pathway: a table of its steps (depth, substrate → product, reaction, enzymes, setting, species,
    /// whether the product is active, citations, notes) and its Mermaid diagram (<see cref="DatasetDiagrams.Pathway"/>).
    /// </summary>
    /// <param name="pathway">The pathway, from <c>dataset.Metabolism.PathwayFrom("cianopramine")</c>.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pathway"/> is <see langword="null"/>.</exception>
    public static string ToHtml(MetabolicPathway pathway, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        return Render(options, (html, o) => WritePathway(html, pathway, o));
    }

    /// <summary>
    /// A Mermaid diagram as HTML that draws in a browser: the diagram's text, encoded, in a <c>&lt;pre class="mermaid"&gt;</c>
    /// block, followed by a script that loads Mermaid from <see cref="HtmlDisplayOptions.MermaidModuleUrl"/> and draws
    /// every block not yet drawn. Where scripts do not run, the diagram's text shows instead.
    /// </summary>
    /// <param name="mermaid">Mermaid text, e.g. from <see cref="DatasetDiagrams.Metabolism"/> or <see cref="DatasetDiagrams.Mechanisms"/>.</param>
    /// <param name="options">How to render; <see langword="null"/> for <see cref="HtmlDisplayOptions.Default"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mermaid"/> is <see langword="null"/>.</exception>
    public static string MermaidToHtml(string mermaid, HtmlDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mermaid);
        return Render(options, (html, o) => WriteMermaid(html, mermaid, o));
    }

    /// <summary>The items as a list, rejecting a null item before anything is written.</summary>
    private static List<T> Materialise<T>(IEnumerable<T> items, string parameterName)
        where T : class
    {
        var list = new List<T>(items);
        foreach (var item in list)
        {
            if (item is null)
            {
                throw new ArgumentException("The sequence holds a null item.", parameterName);
            }
        }

        return list;
    }

    private static string Render(HtmlDisplayOptions? options, Action<HtmlBuilder, HtmlDisplayOptions> write) =>
        Render(options, write, HtmlBuilder.MaxLength);

    /// <summary>Renders into a builder bounded by <paramref name="maxLength"/>; a rendering cut there ends with a notice (tests pass a small limit).</summary>
    internal static string Render(HtmlDisplayOptions? options, Action<HtmlBuilder, HtmlDisplayOptions> write, int maxLength)
    {
        options ??= HtmlDisplayOptions.Default;
        var html = new HtmlBuilder(maxLength);
        try
        {
            if (options.IncludeStyles)
            {
                html.Raw(Styles);
            }

            html.Open("div", "cpd-display");
            write(html, options);
            html.Close("div");
        }
        catch (HtmlBuilder.LimitReachedException)
        {
            html.CloseAfterLimit();
        }

        return html.ToString();
    }

    private static void WriteMermaid(HtmlBuilder html, string mermaid, HtmlDisplayOptions options)
    {
        // Mermaid reads the block's HTML and decodes its entities, so the encoded text is drawn as written.
        html.Open("pre", "mermaid cpd-mermaid").Text(mermaid).Close("pre");
        if (options.MermaidModuleUrl is { } url)
        {
            // One piece of markup, so a rendering cut at its limit never ends inside the script.
            var module = JavaScriptEncoder.Default.Encode(url.AbsoluteUri);
            html.Raw("<script>(function(){import('" + module + "').then(function(m){var mermaid=m.default;"
                + "mermaid.initialize({startOnLoad:false,securityLevel:'strict'});"
                + "return mermaid.run({querySelector:'pre.cpd-mermaid:not([data-processed])'});"
                + "}).catch(function(e){console.warn('Cianopramine.Data: Mermaid could not be loaded or run.',e);});})();</script>");
        }
    }

    /// <summary>Writes "… and N more" under a table cut at <see cref="HtmlDisplayOptions.MaxRows"/>.</summary>
    private static void WriteOmitted(HtmlBuilder html, int total, int shown, string noun)
    {
        if (total > shown)
        {
            html.Open("p", "cpd-muted").Raw("… and ").Number(total - shown).Text(" more " + noun + " (")
                .Number(shown).Raw(" of ").Number(total).Text(" shown; see HtmlDisplayOptions.MaxRows)").Close("p");
        }
    }
}
