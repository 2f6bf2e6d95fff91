using System;

namespace Cianopramine.Data.Display;

/// <summary>How <see cref="DatasetHtml"/> renders: how many rows a table shows, where Mermaid is loaded from, and whether to add the style sheet.</summary>
/// <remarks>Immutable: set the properties with an object initialiser, e.g. <c>new HtmlDisplayOptions { MaxRows = 50 }</c>.</remarks>
public sealed class HtmlDisplayOptions
{
    /// <summary>The Mermaid ES module loaded from a CDN by default (Mermaid 11 on jsDelivr).</summary>
    internal static Uri DefaultMermaidModuleUrl { get; } = new("https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs");

    /// <summary>The defaults: 500 rows, Mermaid from <see cref="DefaultMermaidModuleUrl"/>, styles included.</summary>
    internal static HtmlDisplayOptions Default { get; } = new();

    private readonly int _maxRows = 500;
    private readonly Uri? _mermaidModuleUrl = DefaultMermaidModuleUrl;

    /// <summary>The most rows a table of results, compounds or targets shows; the rest are counted below it. At least 1; 500 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxRows
    {
        get => _maxRows;
        init => _maxRows = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A table shows at least one row.");
    }

    /// <summary>
    /// The ES module that draws Mermaid diagrams in the browser (its default export is the <c>mermaid</c> object), loaded
    /// by a small script after each diagram; by default Mermaid 11 from jsDelivr
    /// (<c>https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs</c>). <see langword="null"/> writes no
    /// script: the diagram stays a <c>&lt;pre class="mermaid"&gt;</c> block for a page that loads Mermaid itself (or
    /// shows the diagram's text).
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http or https URL.</exception>
    public Uri? MermaidModuleUrl
    {
        get => _mermaidModuleUrl;
        init => _mermaidModuleUrl = value is null || (value.IsAbsoluteUri && (value.Scheme == Uri.UriSchemeHttps || value.Scheme == Uri.UriSchemeHttp))
            ? value
            : throw new ArgumentException("The Mermaid module URL must be an absolute http or https URL.", nameof(value));
    }

    /// <summary>Whether each rendering starts with the small style sheet that lays out its tables (scoped to the <c>cpd-display</c> class); true by default.</summary>
    public bool IncludeStyles { get; init; } = true;
}
