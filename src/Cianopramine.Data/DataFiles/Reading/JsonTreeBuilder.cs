using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Reads UTF-8 JSON token by token with <see cref="Utf8JsonReader"/> (no comments, no trailing commas) into a
/// <see cref="JsonTree"/> that keeps every value's byte span. A syntax error becomes CPD0001 at its position;
/// nesting deeper than <see cref="MaxDepth"/> becomes CPD0028. Only cancellation escapes.
/// </summary>
internal sealed class JsonTreeBuilder
{
    /// <summary>The deepest nesting of objects and arrays allowed.</summary>
    public const int MaxDepth = 64;

    private const int MaxCachedLength = 32;

    private readonly JsonTree _tree;
    private readonly ReadContext _context;

    // Property names and short strings repeat all over a data file ("id", "unit", "M", "ref1"): one string each.
    private readonly Dictionary<int, string> _strings = new();

    private JsonTreeBuilder(ReadContext context, int length)
    {
        _context = context;
        _tree = new JsonTree(length);
    }

    /// <summary>Builds the tree of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    /// <returns>The root, or <see langword="null"/> after a reported syntax or depth error.</returns>
    public static JsonTreeNode? Build(byte[] bytes, int offset, int length, ReadContext context)
    {
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,

            // One more than the limit so that our own check (CPD0028) fires before the reader's (a JsonException).
            MaxDepth = MaxDepth + 1,
        };
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, offset, length), isFinalBlock: true, new JsonReaderState(options));
        var builder = new JsonTreeBuilder(context, length);
        try
        {
            // Read throws on a text without a value (caught below as "no JSON value") and, after the value, on anything
            // but whitespace: a second value is a syntax error at its first character.
            reader.Read();
            builder.ReadValue(ref reader, 0);
            reader.Read();
            return builder._tree.Root;
        }
        catch (JsonException) when (SyntaxErrors.IsBlank(bytes, offset, length))
        {
            context.ReportBreaking(DiagnosticCatalogue.MalformedJson, context.Locate(0, 0, "$"), "the file contains no JSON value");
        }
        catch (JsonException ex)
        {
            var position = SyntaxErrors.ByteOffsetOf(bytes, offset, length, ex.LineNumber, ex.BytePositionInLine);
            context.ReportBreaking(
                DiagnosticCatalogue.MalformedJson,
                context.Locate(position, Math.Min(position + 1, length), "$"),
                SyntaxErrors.Describe(bytes, offset, length, position));
        }
        catch (SyntaxException ex)
        {
            context.ReportBreaking(
                DiagnosticCatalogue.MalformedJson,
                context.Locate(ex.ByteOffset, Math.Min(ex.ByteOffset + 1, length), "$"),
                ex.Message);
        }
        catch (DepthException ex)
        {
            context.ReportBreaking(
                DiagnosticCatalogue.InputTooLarge,
                context.Locate(ex.ByteOffset, ex.ByteOffset + 1, "$"),
                "objects and arrays are nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep");
        }

        return null;
    }

    /// <summary>Appends the value at the reader (and its descendants) to the tree.</summary>
    /// <returns>The value's index.</returns>
    private int ReadValue(ref Utf8JsonReader reader, int depth)
    {
        _context.Tick();
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, depth + 1);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader, depth + 1);
            case JsonTokenType.String:
            {
                var index = _tree.Add(JsonTreeKind.String, start);
                ref var entry = ref _tree.At(index);
                entry.Text = GetString(ref reader);
                entry.End = start + reader.ValueSpan.Length + 2;
                return index;
            }

            case JsonTokenType.Number:
            {
                var index = _tree.Add(JsonTreeKind.Number, start);
                ref var entry = ref _tree.At(index);
                entry.Text = Ascii(reader.ValueSpan);
                entry.End = start + reader.ValueSpan.Length;
                return index;
            }

            case JsonTokenType.True:
                return Literal(JsonTreeKind.True, start, 4);
            case JsonTokenType.False:
                return Literal(JsonTreeKind.False, start, 5);
            case JsonTokenType.Null:
                return Literal(JsonTreeKind.Null, start, 4);
            default:
                throw new SyntaxException(start, "unexpected token " + reader.TokenType);
        }
    }

    private int Literal(JsonTreeKind kind, int start, int length)
    {
        var index = _tree.Add(kind, start);
        _tree.At(index).End = start + length;
        return index;
    }

    private int ReadObject(ref Utf8JsonReader reader, int depth)
    {
        var start = (int)reader.TokenStartIndex;
        if (depth > MaxDepth)
        {
            throw new DepthException(start);
        }

        var index = _tree.Add(JsonTreeKind.Object, start);
        var last = -1;
        var count = 0;
        HashSet<string>? names = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = (int)reader.TokenStartIndex;
            var nameEnd = nameStart + reader.ValueSpan.Length + 2;
            var name = GetString(ref reader);
            reader.Read();
            var child = ReadValue(ref reader, depth);
            ref var entry = ref _tree.At(child);
            entry.Name = name;
            entry.NameStart = nameStart;
            entry.NameEnd = nameEnd;
            entry.IsDuplicate = IsDuplicate(index, count, ref names, name);
            Link(index, ref last, child);
            count++;
        }

        _tree.At(index).End = (int)reader.TokenStartIndex + 1;
        return index;
    }

    private int ReadArray(ref Utf8JsonReader reader, int depth)
    {
        var start = (int)reader.TokenStartIndex;
        if (depth > MaxDepth)
        {
            throw new DepthException(start);
        }

        var index = _tree.Add(JsonTreeKind.Array, start);
        var last = -1;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Link(index, ref last, ReadValue(ref reader, depth));
        }

        _tree.At(index).End = (int)reader.TokenStartIndex + 1;
        return index;
    }

    private void Link(int parent, ref int last, int child)
    {
        if (last < 0)
        {
            _tree.At(parent).FirstChild = child;
        }
        else
        {
            _tree.At(last).NextSibling = child;
        }

        last = child;
    }

    private bool IsDuplicate(int parent, int count, ref HashSet<string>? names, string name)
    {
        // Small objects: a scan of the earlier siblings; large ones: a set, so a hostile file cannot make this quadratic.
        if (names is null && count < 16)
        {
            for (var sibling = _tree.At(parent).FirstChild; sibling >= 0; sibling = _tree.At(sibling).NextSibling)
            {
                if (string.Equals(_tree.At(sibling).Name, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        if (names is null)
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            for (var sibling = _tree.At(parent).FirstChild; sibling >= 0; sibling = _tree.At(sibling).NextSibling)
            {
                names.Add(_tree.At(sibling).Name!);
            }
        }

        return !names.Add(name);
    }

    /// <summary>The unescaped string; short unescaped ASCII strings are shared through a small cache.</summary>
    private string GetString(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;
        var cacheable = !reader.ValueIsEscaped && span.Length <= MaxCachedLength;
        var hash = 0;
        if (cacheable)
        {
            unchecked
            {
                hash = (int)2166136261;
                foreach (var b in span)
                {
                    cacheable &= b < 0x80;
                    hash = (hash ^ b) * 16777619;
                }
            }

            if (cacheable && _strings.TryGetValue(hash, out var cached) && AsciiEquals(cached, span))
            {
                return cached;
            }
        }

        string text;
        try
        {
            text = reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // An escape that is not valid UTF-16, e.g. a lone surrogate "\uD800". Our words, not the reader's: its wording
            // differs between System.Text.Json versions, and the generator and the loader may run different ones.
            throw new SyntaxException((int)reader.TokenStartIndex, "a \\u escape that is not valid UTF-16 (an unpaired surrogate)");
        }

        if (cacheable)
        {
            _strings[hash] = text;
        }

        return text;
    }

    private static bool AsciiEquals(string text, ReadOnlySpan<byte> span)
    {
        if (text.Length != span.Length)
        {
            return false;
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (text[i] != span[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Ascii(ReadOnlySpan<byte> span)
    {
        var chars = new char[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            chars[i] = (char)span[i];
        }

        return new string(chars);
    }

    private sealed class SyntaxException : Exception
    {
        public SyntaxException(int byteOffset, string message)
            : base(message) => ByteOffset = byteOffset;

        public int ByteOffset { get; }
    }

    private sealed class DepthException : Exception
    {
        public DepthException(int byteOffset) => ByteOffset = byteOffset;

        public int ByteOffset { get; }
    }
}
