using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Cianopramine.Data.Import;

/// <summary>Helpers shared by the table importers: header names, cells, the Guide to Pharmacology's release line and markup.</summary>
internal static partial class SourceText
{
    /// <summary><c>Target ID</c>, <c>target_id</c> and <c>"Target ID"</c> alike: trimmed, unquoted, lower case, spaces as underscores.</summary>
    public static string Normalise(string name) => name.Trim().Trim('"').Trim().ToLowerInvariant().Replace(' ', '_');

    /// <summary>The index of the first header name equal to one of <paramref name="aliases"/> (normalised), or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> header, params string[] aliases)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var name = Normalise(header[i]);
            foreach (var alias in aliases)
            {
                if (name == Normalise(alias))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>A cell's text, trimmed, or <see langword="null"/> when it is out of range or empty.</summary>
    public static string? Cell(string?[] cells, int index)
    {
        if (index < 0 || index >= cells.Length)
        {
            return null;
        }

        var text = cells[index]?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// Reads the Guide to Pharmacology's first line, <c>"# GtoPdb Version: 2024.1 - published: 2024-03-20"</c>, when
    /// there is one, and returns the reader for the rest (header first) and how many lines were taken.
    /// </summary>
    public static (TextReader Reader, string? Release, int LinesTaken) SkipRelease(TextReader reader)
    {
        var first = reader.ReadLine();
        if (first is null)
        {
            return (new StringReader(string.Empty), null, 0);
        }

        var unquoted = first.Trim().Trim('"').Trim();
        if (unquoted.StartsWith("#", StringComparison.Ordinal))
        {
            return (reader, unquoted.TrimStart('#').Trim(), 1);
        }

        // Not a release line: put it back in front of the rest.
        return (new PrefixedReader(first, reader), null, 0);
    }

    /// <summary>
    /// Text as the Guide to Pharmacology writes names, without its HTML markup: tags removed, entities decoded
    /// (<c>5-HT&lt;sub&gt;1A&lt;/sub&gt; receptor</c> → <c>5-HT1A receptor</c>, <c>&amp;alpha;</c> → <c>α</c>).
    /// </summary>
    public static string WithoutMarkup(string text) => WebUtility.HtmlDecode(Tags().Replace(text, string.Empty)).Trim();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    /// <summary>A reader that returns one line, then another reader's text.</summary>
    private sealed class PrefixedReader : TextReader
    {
        private readonly TextReader _rest;
        private string? _prefix;
        private int _position;

        public PrefixedReader(string firstLine, TextReader rest)
        {
            _prefix = firstLine + "\n";
            _rest = rest;
        }

        public override int Peek() => _prefix is not null ? _prefix[_position] : _rest.Peek();

        public override int Read()
        {
            if (_prefix is null)
            {
                return _rest.Read();
            }

            var c = _prefix[_position++];
            if (_position == _prefix.Length)
            {
                _prefix = null;
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_prefix is null)
            {
                return _rest.Read(buffer, index, count);
            }

            var n = Math.Min(count, _prefix.Length - _position);
            _prefix.CopyTo(_position, buffer, index, n);
            _position += n;
            if (_position == _prefix.Length)
            {
                _prefix = null;
            }

            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>UTF-8 text of a JSON writer's buffer.</summary>
    public static string Utf8(MemoryStream buffer) => Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
}
