using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Text;

namespace Cianopramine.Data.Display;

/// <summary>
/// Writes HTML. Every piece of text and every attribute value goes through <see cref="WebUtility.HtmlEncode(string)"/>;
/// only tag names, class names and the fixed markup of this namespace are written raw.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new();

    /// <summary>Appends encoded text.</summary>
    public HtmlBuilder Text(string? text)
    {
        _html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>Appends a number as invariant text.</summary>
    public HtmlBuilder Number(int value)
    {
        _html.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends markup that this namespace wrote itself (never text from data).</summary>
    public HtmlBuilder Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    /// <summary>Opens an element with an optional class and title (both encoded).</summary>
    public HtmlBuilder Open(string tag, string? cssClass = null, string? title = null)
    {
        _html.Append('<').Append(tag);
        Attribute("class", cssClass);
        Attribute("title", title);
        _html.Append('>');
        return this;
    }

    /// <summary>Closes an element.</summary>
    public HtmlBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding encoded text.</summary>
    public HtmlBuilder Element(string tag, string? text, string? cssClass = null, string? title = null) =>
        Open(tag, cssClass, title).Text(text).Close(tag);

    /// <summary>A table cell holding encoded text, or a dash when there is none.</summary>
    public HtmlBuilder Cell(string? text, string? cssClass = null) =>
        string.IsNullOrEmpty(text) ? Open("td", "cpd-none").Raw("—").Close("td") : Element("td", text, cssClass);

    /// <summary>A header row.</summary>
    public HtmlBuilder HeaderRow(params string[] headers)
    {
        Open("thead").Open("tr");
        foreach (var header in headers)
        {
            Element("th", header);
        }

        return Close("tr").Close("thead");
    }

    /// <summary>
    /// A link that opens in a new tab, when <paramref name="url"/> is an absolute http or https URL (written in its
    /// escaped form, then encoded); otherwise the text alone.
    /// </summary>
    public HtmlBuilder Link(string? url, string text)
    {
        if (!TryGetWebUrl(url, out var uri))
        {
            return Text(text);
        }

        _html.Append("<a");
        Attribute("href", uri.AbsoluteUri);
        _html.Append(" target=\"_blank\" rel=\"noopener noreferrer\">");
        return Text(text).Close("a");
    }

    /// <summary>Whether the text is an absolute http or https URL (never <c>javascript:</c> or <c>data:</c>).</summary>
    public static bool IsWebUrl(string? url) => TryGetWebUrl(url, out _);

    private static bool TryGetWebUrl(string? url, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        return url is not null
            && Uri.TryCreate(url, UriKind.Absolute, out uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    /// <inheritdoc/>
    public override string ToString() => _html.ToString();

    private void Attribute(string name, string? value)
    {
        if (value is not null)
        {
            _html.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        }
    }
}
