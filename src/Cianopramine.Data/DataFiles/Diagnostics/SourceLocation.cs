using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Where something is in a data file: a character span, its zero-based line and column range (like Roslyn's
/// <c>LinePosition</c>; columns count UTF-16 code units) and the JSON path of the value.
/// </summary>
/// <remarks>
/// The reader makes one for every value it keeps, but almost none is ever shown, so a location read from a file is
/// lazy: it holds the byte span and its place in the tree (the location of the object it lies in, and a property name
/// or an array index), and works out its character offsets, lines and columns (through the file's
/// <see cref="PositionMap"/>) and its JSON path together, when any of them is first asked for. Its value is the same
/// either way: equality, the hash code, <c>with</c> and <see cref="ToString"/> see the resolved values.
/// </remarks>
internal sealed record SourceLocation
{
    /// <summary>The <see cref="_index"/> that says <see cref="_name"/> is the whole JSON path, given when the location was made.</summary>
    private const int PathGiven = -2;

    /// <summary>The <see cref="_index"/> that says the JSON path is found by reading <see cref="_parent"/>'s bytes.</summary>
    private const int PathInParent = -3;

    // 64 bytes an instance (the reader makes one for every value it keeps): the file, the byte span, the place in the
    // tree, and what is resolved from them, made on first use. The place is the location of the enclosing object and a
    // property name and/or an array index, or the whole path when given.
    private readonly LocationSource _source;
    private readonly int _startByte;
    private readonly int _endByte;
    private readonly SourceLocation? _parent;
    private readonly string? _name;
    private readonly int _index;

    // Written once with a value that does not depend on who writes it, so two threads resolving at once store equal
    // values; a reference is written atomically.
    private Resolution? _resolved;

    /// <summary>Creates a location from its resolved values.</summary>
    /// <param name="filePath">The file, as given to the reader.</param>
    /// <param name="start">The zero-based offset of the first character, in UTF-16 code units of the file's text.</param>
    /// <param name="length">The length in UTF-16 code units.</param>
    /// <param name="startLine">The zero-based line of the first character.</param>
    /// <param name="startColumn">The zero-based column of the first character.</param>
    /// <param name="endLine">The zero-based line just after the span.</param>
    /// <param name="endColumn">The zero-based column just after the span.</param>
    /// <param name="jsonPath">The JSON path of the value, e.g. <c>$.results[3].value.unit</c>.</param>
    public SourceLocation(string filePath, int start, int length, int startLine, int startColumn, int endLine, int endColumn, string jsonPath)
    {
        _source = new LocationSource(filePath, null);
        _resolved = new Resolution(start, length, startLine, startColumn, endLine, endColumn, jsonPath);
        _index = -1;
    }

    /// <summary>
    /// A lazy location: the byte span [<paramref name="startByte"/>, <paramref name="endByte"/>) of the text of
    /// <paramref name="source"/>'s map, resolved on first use; its path is <paramref name="parent"/>'s path (or
    /// <c>$</c>) followed by <paramref name="name"/> (a property) and then <paramref name="index"/> (an array item).
    /// </summary>
    internal SourceLocation(LocationSource source, int startByte, int endByte, SourceLocation? parent, string? name, int index)
    {
        _source = source;
        _startByte = startByte;
        _endByte = endByte;
        _parent = parent;
        _name = name;
        _index = index;
    }

    /// <summary>Copies <paramref name="original"/>'s resolved values (what <c>with</c> and <see cref="Detached"/> start from).</summary>
    private SourceLocation(SourceLocation original)
    {
        _source = original._source.Map is null ? original._source : new LocationSource(original._source.FilePath, null);
        _resolved = original.Resolved();
        _index = -1;
    }

    /// <summary>The file, as given to the reader.</summary>
    public string FilePath
    {
        get => _source.FilePath;
        init => _source = new LocationSource(value, null);
    }

    /// <summary>The zero-based offset of the first character, in UTF-16 code units of the file's text.</summary>
    public int Start
    {
        get => Resolved().Start;
        init => _resolved = Resolved() with { Start = value };
    }

    /// <summary>The length in UTF-16 code units.</summary>
    public int Length
    {
        get => Resolved().Length;
        init => _resolved = Resolved() with { Length = value };
    }

    /// <summary>The zero-based line of the first character.</summary>
    public int StartLine
    {
        get => Resolved().StartLine;
        init => _resolved = Resolved() with { StartLine = value };
    }

    /// <summary>The zero-based column of the first character.</summary>
    public int StartColumn
    {
        get => Resolved().StartColumn;
        init => _resolved = Resolved() with { StartColumn = value };
    }

    /// <summary>The zero-based line just after the span.</summary>
    public int EndLine
    {
        get => Resolved().EndLine;
        init => _resolved = Resolved() with { EndLine = value };
    }

    /// <summary>The zero-based column just after the span.</summary>
    public int EndColumn
    {
        get => Resolved().EndColumn;
        init => _resolved = Resolved() with { EndColumn = value };
    }

    /// <summary>The JSON path of the value, e.g. <c>$.results[3].value.unit</c>.</summary>
    public string JsonPath
    {
        get => Resolved().JsonPath;
        init => _resolved = Resolved() with { JsonPath = value };
    }

    /// <summary>The one-based line, as editors and compiler output show it.</summary>
    public int DisplayLine => StartLine + 1;

    /// <summary>The one-based column, as editors and compiler output show it.</summary>
    public int DisplayColumn => StartColumn + 1;

    /// <summary>The one-based end line.</summary>
    public int DisplayEndLine => EndLine + 1;

    /// <summary>The one-based end column.</summary>
    public int DisplayEndColumn => EndColumn + 1;

    /// <summary>A location at the very start of a file, for problems with the file as a whole.</summary>
    /// <param name="filePath">The file.</param>
    /// <returns>The location of offset 0, path <c>$</c>.</returns>
    public static SourceLocation StartOfFile(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0, "$");

    /// <summary>
    /// A place in data that has no text: a JSON path in a dataset built in memory (a merge). Its line and column are
    /// 0, which <see cref="DisplayLine"/> and <see cref="DisplayColumn"/> show as 0, not as a position.
    /// </summary>
    /// <param name="name">What the data is, e.g. <c>merge of 'a' and 'b'</c>.</param>
    /// <param name="jsonPath">The JSON path the data would have in a file.</param>
    /// <returns>The location.</returns>
    public static SourceLocation InMemory(string name, string jsonPath) => new(name, 0, 0, -1, -1, -1, -1, jsonPath);

    /// <summary>The same place with only its first character, e.g. the opening brace of an object.</summary>
    /// <returns>A location of length at most one.</returns>
    public SourceLocation FirstCharacter()
    {
        // A lazy location that starts with a one-byte character that is not a line break (the brace of an object, the
        // quote of a string): its first character is its first byte, and stays lazy.
        if (_resolved is null && _source.Map is { } map && map.IsPlainCharacter(_startByte))
        {
            return _endByte - _startByte <= 1 ? this : new SourceLocation(_source, _startByte, _startByte + 1, _parent, _name, _index);
        }

        return Length <= 1 ? this : this with { Length = 1, EndLine = StartLine, EndColumn = StartColumn + 1 };
    }

    /// <summary>
    /// This location with every value resolved and nothing of the file kept: what a diagnostic holds, so that a
    /// diagnostic that outlives the reading does not keep the file's bytes alive.
    /// </summary>
    /// <returns>This location when it holds nothing of the file, else a resolved copy.</returns>
    public SourceLocation Detached() => _source.Map is null ? this : new SourceLocation(this);

    /// <summary>Equal when every resolved value is equal (file, span, lines, columns and JSON path).</summary>
    /// <param name="other">The other location.</param>
    /// <returns>Whether both are the same place.</returns>
    public bool Equals(SourceLocation? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null &&
               string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) &&
               Resolved().Equals(other.Resolved());
    }

    /// <summary>The hash of the resolved values.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            return (StringComparer.Ordinal.GetHashCode(FilePath) * 397) ^ Resolved().GetHashCode();
        }
    }

    /// <summary>Formats as <c>path(line,column)</c> with one-based numbers, as compilers print locations.</summary>
    /// <returns>The display form.</returns>
    public override string ToString() =>
        FilePath + "(" + DisplayLine.ToString(CultureInfo.InvariantCulture) + "," +
        DisplayColumn.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>
    /// A lazy location of the value whose token starts at <paramref name="startByte"/> inside the object at
    /// <paramref name="container"/> (a lazy location of the same file); its JSON path is found, when first asked for,
    /// by reading the container's bytes up to that token.
    /// </summary>
    internal static SourceLocation Inside(SourceLocation container, int startByte, int endByte) =>
        new(container._source, startByte, endByte, container, null, PathInParent);

    /// <summary>
    /// Whether the spans [<paramref name="start"/>, <paramref name="end"/>) inside <paramref name="container"/> and
    /// [<paramref name="otherStart"/>, <paramref name="otherEnd"/>) inside <paramref name="otherContainer"/> are the
    /// same place, decided without resolving them when it can be: when both containers are equal and hold the same
    /// bytes, the spans are the same place exactly when they lie at the same offsets in them. <see langword="null"/> when
    /// that does not apply (then only resolving both tells).
    /// </summary>
    internal static bool? SamePlaceInside(SourceLocation container, int start, int end, SourceLocation otherContainer, int otherStart, int otherEnd)
    {
        if (container._source.Map is not { } map || otherContainer._source.Map is not { } otherMap ||
            container._endByte - container._startByte != otherContainer._endByte - otherContainer._startByte ||
            !map.Text(container._startByte, container._endByte).SequenceEqual(otherMap.Text(otherContainer._startByte, otherContainer._endByte)) ||
            !container.Equals(otherContainer))
        {
            return null;
        }

        return start - container._startByte == otherStart - otherContainer._startByte && end - start == otherEnd - otherStart;
    }

    /// <summary>A lazy location whose JSON path is given.</summary>
    internal static SourceLocation WithPath(LocationSource source, int startByte, int endByte, string jsonPath) =>
        new(source, startByte, endByte, null, jsonPath, PathGiven);

    private Resolution Resolved()
    {
        if (_resolved is { } resolved)
        {
            return resolved;
        }

        var map = _source.Map!;
        var start = map.Resolve(_startByte);
        var end = map.Resolve(_endByte);
        var path = _index switch
        {
            PathGiven => _name!,
            PathInParent => PathInside(_parent!, _startByte),
            _ => PathOf(_parent, _name, _index),
        };
        resolved = new Resolution(start.CharOffset, end.CharOffset - start.CharOffset, start.Line, start.Column, end.Line, end.Column, path);
        _resolved = resolved;
        return resolved;
    }

    /// <summary>The JSON path of a place: <paramref name="parent"/>'s path (or <c>$</c>), then a property name, then an index.</summary>
    /// <param name="parent">The location of the enclosing object, or <see langword="null"/> for the root.</param>
    /// <param name="name">The property, or <see langword="null"/>.</param>
    /// <param name="index">The array index, or -1.</param>
    /// <returns>The path, e.g. <c>$.results[3].value</c>.</returns>
    internal static string PathOf(SourceLocation? parent, string? name, int index)
    {
        var path = parent?.JsonPath ?? "$";
        if (name is not null)
        {
            path = ReadContext.Child(path, name);
        }

        return index >= 0 ? ReadContext.Index(path, index) : path;
    }

    /// <summary>
    /// The JSON path of the token that starts at <paramref name="startByte"/> inside the object at
    /// <paramref name="container"/>: the container's path followed by the property names and array indexes met on the
    /// way to it, reading the container's bytes (a location is resolved for a message, so this is off the fast path).
    /// </summary>
    private static string PathInside(SourceLocation container, int startByte)
    {
        var path = container.JsonPath;
        var map = container._source.Map;
        if (map is null || startByte <= container._startByte || startByte >= container._endByte)
        {
            return path;
        }

        // One entry per open container below the root: the path to it, and the next index when it is an array.
        var open = new List<(string Path, int NextIndex)>();
        string? name = null;
        var reader = new Utf8JsonReader(map.Text(container._startByte, container._endByte), new JsonReaderOptions { MaxDepth = JsonTreeBuilder.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                var at = container._startByte + (int)reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (open.Count > 0)
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    continue;
                }

                if (reader.CurrentDepth == 0)
                {
                    // The container itself.
                    continue;
                }

                string here;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    name = reader.GetString();
                    here = ReadContext.Child(open.Count > 0 ? open[open.Count - 1].Path : path, name!);
                    if (at == startByte)
                    {
                        return here;
                    }

                    continue;
                }

                // A value: an item of the array it is directly in, or the value of the property just read.
                if (open.Count > 0 && open[open.Count - 1].NextIndex >= 0)
                {
                    var (arrayPath, index) = open[open.Count - 1];
                    open[open.Count - 1] = (arrayPath, index + 1);
                    here = ReadContext.Index(arrayPath, index);
                }
                else
                {
                    here = ReadContext.Child(open.Count > 0 ? open[open.Count - 1].Path : path, name!);
                }

                if (at == startByte)
                {
                    return here;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    open.Add((here, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
                }
            }
        }
        catch (JsonException)
        {
            // The container's text does not parse to the token: its own path is the best there is.
        }

        return path;
    }

    /// <summary>The resolved character span, lines, columns and JSON path.</summary>
    private sealed record Resolution(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn, string JsonPath);
}

/// <summary>The file a location is in: its path, and the map of its text (for a location still to be resolved).</summary>
internal sealed class LocationSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="filePath">The file, as given to the reader.</param>
    /// <param name="map">The map of its text, or <see langword="null"/> for locations made from resolved values.</param>
    public LocationSource(string filePath, PositionMap? map)
    {
        FilePath = filePath;
        Map = map;
    }

    /// <summary>The file, as given to the reader.</summary>
    public string FilePath { get; }

    /// <summary>The map of its text, or <see langword="null"/>.</summary>
    public PositionMap? Map { get; }
}
