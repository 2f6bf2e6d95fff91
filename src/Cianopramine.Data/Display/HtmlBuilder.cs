using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Text;

namespace Cianopramine.Data.Display;

/// <summary>
/// Writes HTML. Every piece of text and every attribute value goes through <see cref="WebUtility.HtmlEncode(string)"/>;
/// only tag names, class names and the fixed markup of this namespace are written raw.
/// </summary>
/// <remarks>
/// The output is bounded: the write that would pass <see cref="MaxLength"/> characters writes what fits and throws
/// <see cref="LimitReachedException"/>, which the renderer catches to close the open elements and say that the rest is
/// left out (<see cref="CloseAfterLimit"/>). So a rendering costs time and memory bounded by the limit, whatever the
/// data repeats.
/// </remarks>
internal sealed class HtmlBuilder
{
    /// <summary>
    /// The most characters of a rendering before its elements are closed and the truncation notice is added: 16 Mi,
    /// as for the text reports (docs/quality.md, issue 15, says why).
    /// </summary>
    public const int MaxLength = 16 * 1024 * 1024;

    private readonly StringBuilder _html = new();
    private readonly Stack<string> _open = new();
    private readonly int _maxLength;
    private int _tagStart = -1;
    private bool _closingTag;
    private bool _stopped;

    /// <summary>Creates a builder with a limit (tests use a small one).</summary>
    public HtmlBuilder(int maxLength = MaxLength) => _maxLength = maxLength;

    /// <summary>The number of characters written.</summary>
    public int Length => _html.Length;

    /// <summary>Appends encoded text.</summary>
    public HtmlBuilder Text(string? text)
    {
        if (text is null)
        {
            return this;
        }

        // Encoding never shortens text, so a text longer than the room left passes the limit anyway: encode only
        // what can be shown, not all of a long text.
        var room = _maxLength - _html.Length;
        if (text.Length > room)
        {
            Write(WebUtility.HtmlEncode(Prefix(text, room)));
            throw new LimitReachedException();
        }

        Write(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>Appends a number as invariant text.</summary>
    public HtmlBuilder Number(int value)
    {
        Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends markup that this namespace wrote itself (never text from data): all of it, or none when it does not fit.</summary>
    public HtmlBuilder Raw(string html)
    {
        if (html.Length > _maxLength - _html.Length)
        {
            throw new LimitReachedException();
        }

        Write(html);
        return this;
    }

    /// <summary>Opens an element with an optional class and title (both encoded).</summary>
    public HtmlBuilder Open(string tag, string? cssClass = null, string? title = null)
    {
        _tagStart = _html.Length;
        _closingTag = false;
        _open.Push(tag);
        Write("<");
        Write(tag);
        Attribute("class", cssClass);
        Attribute("title", title);
        Write(">");
        _tagStart = -1;
        return this;
    }

    /// <summary>Closes an element.</summary>
    public HtmlBuilder Close(string tag)
    {
        if (_open.Count == 0 || !string.Equals(_open.Peek(), tag, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Closing <" + tag + "> that is not the open element.");
        }

        _tagStart = _html.Length;
        _closingTag = true;
        Write("</");
        Write(tag);
        Write(">");
        _tagStart = -1;
        _open.Pop();
        return this;
    }

    /// <summary>
    /// After <see cref="LimitReachedException"/>: drops a tag or character reference cut in the middle, adds a notice
    /// saying the rendering was cut at the limit (inside the innermost element that can hold a paragraph), and closes
    /// every open element: past the limit by those few hundred characters only.
    /// </summary>
    public void CloseAfterLimit()
    {
        _stopped = true;
        if (_tagStart >= 0)
        {
            // An opening tag cut in the middle was pushed and goes with its text; a closing tag cut in the middle
            // leaves its element open, to be closed below.
            _html.Length = _tagStart;
            if (!_closingTag)
            {
                _open.Pop();
            }
        }
        else
        {
            // Text is encoded, so an '&' after the last ';' starts a character reference that was cut.
            for (var i = _html.Length - 1; i >= 0 && i >= _html.Length - 10; i--)
            {
                if (_html[i] == ';' || _html[i] == '>')
                {
                    break;
                }

                if (_html[i] == '&')
                {
                    _html.Length = i;
                    break;
                }
            }
        }

        while (_open.Count > 0 && _open.Peek() is not ("div" or "td" or "th" or "li"))
        {
            _html.Append("</").Append(_open.Pop()).Append('>');
        }

        _html.Append("<p class=\"cpd-muted cpd-truncated\">… output truncated at ")
            .Append(_maxLength.ToString("N0", CultureInfo.InvariantCulture))
            .Append(" characters: the rendering repeats more data than a rendering may hold; render a narrower question</p>");
        while (_open.Count > 0)
        {
            _html.Append("</").Append(_open.Pop()).Append('>');
        }
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

        _tagStart = _html.Length;
        _closingTag = false;
        _open.Push("a");
        Write("<a");
        Attribute("href", uri.AbsoluteUri);
        Write(" target=\"_blank\" rel=\"noopener noreferrer\">");
        _tagStart = -1;
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
            Write(" ");
            Write(name);
            Write("=\"");
            var room = _maxLength - _html.Length;
            if (value.Length > room)
            {
                Write(WebUtility.HtmlEncode(Prefix(value, room)));
                throw new LimitReachedException();
            }

            Write(WebUtility.HtmlEncode(value));
            Write("\"");
        }
    }

    /// <summary>The first <paramref name="length"/> characters (fewer rather than half a surrogate pair).</summary>
    private static string Prefix(string text, int length)
    {
        length = Math.Max(0, length);
        return text.Substring(0, length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length);
    }

    private void Write(string value)
    {
        if (_stopped)
        {
            throw new InvalidOperationException("The rendering was cut at its limit and closed.");
        }

        var room = _maxLength - _html.Length;
        if (value.Length > room)
        {
            _html.Append(value, 0, Math.Max(0, room));
            throw new LimitReachedException();
        }

        _html.Append(value);
    }

    /// <summary>Thrown by the write that reaches <see cref="MaxLength"/>; the renderer catches it.</summary>
    internal sealed class LimitReachedException : Exception
    {
    }
}
