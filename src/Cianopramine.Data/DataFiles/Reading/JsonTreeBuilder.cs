using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
#if NET
using System.Numerics;
using System.Runtime.InteropServices;
#endif
using System.Text;
using System.Text.Json;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Reads UTF-8 JSON token by token with <see cref="Utf8JsonReader"/> (no comments, no trailing commas) into a
/// <see cref="JsonTree"/> that keeps every value's byte span. A syntax error becomes CPD0001 at its position;
/// nesting deeper than <see cref="MaxDepth"/> becomes CPD0028. Only cancellation escapes. The items of an array under
/// the root object are never all held at once: a section that an <see cref="ISectionItemSink"/> streams has each item
/// built, handed over and dropped; any other has its items checked now and built one at a time later
/// (<see cref="Expand"/>).
/// </summary>
internal sealed class JsonTreeBuilder
{
    /// <summary>The deepest nesting of objects and arrays allowed.</summary>
    public const int MaxDepth = 64;

    private const int MaxCachedLength = 64;

    /// <summary>The depth of a section array (the root object is 1), whose items are deferred.</summary>
    private const int SectionDepth = 2;

    private const string InvalidEscape = "a \\u escape that is not valid UTF-16 (an unpaired surrogate)";

    private readonly JsonTree _tree;
    private readonly ReadContext _context;

    // Property names, words, units, ids, methods, formulas and numbers repeat all over a data file ("id", "nM", "Ki",
    // "tgt-00001", "1975"): one string each. A direct-mapped table indexed by a hash of the bytes, one slot per 64 bytes
    // of file up to 8,192 slots (64 KB of strings and 32 KB of their hashes: off the large object heap, whose
    // allocations bring on full collections); a string that lands on a taken slot replaces it. The words that repeat
    // most come back often enough to keep theirs.
    private const int MaxCacheSlots = 8192;
    private readonly string?[] _strings;
    private readonly int[] _hashes;
    private readonly int _slotShift;
    private readonly byte[] _bytes;
    private readonly int _offset;

    // Where the reader's text starts in the file's JSON text: 0 while the file is read, then the start of the item built.
    private int _base;
    private bool _rootIsObject;

    // What reads the items of sections while they are built, and the section whose array is about to be read that way.
    private readonly ISectionItemSink? _sink;
    private string? _streamed;

    private JsonTreeBuilder(ReadContext context, byte[] bytes, int offset, int length, ISectionItemSink? sink)
    {
        _context = context;
        _sink = sink;
        var slots = 64;
        _slotShift = 32 - 6;
        while (slots < MaxCacheSlots && slots * 64 < length)
        {
            slots <<= 1;
            _slotShift--;
        }

        _strings = new string?[slots];
        _hashes = new int[slots];
        _bytes = bytes;
        _offset = offset;
        _tree = new JsonTree(bytes, offset);
    }

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,

        // One more than the limit so that our own check (CPD0028) fires before the reader's (a JsonException).
        MaxDepth = MaxDepth + 1,
    };

    /// <summary>Builds the tree of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    /// <param name="bytes">The buffer.</param>
    /// <param name="offset">Where the JSON text starts.</param>
    /// <param name="length">The number of bytes of JSON text.</param>
    /// <param name="context">Where problems are reported.</param>
    /// <param name="sink">
    /// What reads the items of the sections it streams as they are built; those sections' arrays are left without
    /// items in the tree. After a syntax or depth error, what the sink reported is taken back: the error is the file's
    /// only diagnostic, as when nothing was read.
    /// </param>
    /// <returns>The root, or <see langword="null"/> after a reported syntax or depth error.</returns>
    public static JsonTreeNode? Build(byte[] bytes, int offset, int length, ReadContext context, ISectionItemSink? sink = null)
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, offset, length), isFinalBlock: true, new JsonReaderState(Options));
        var builder = new JsonTreeBuilder(context, bytes, offset, length, sink);
        var reported = context.Mark();
        try
        {
            // Read throws on a text without a value (caught below as "no JSON value") and, after the value, on anything
            // but whitespace: a second value is a syntax error at its first character.
            reader.Read();
            builder._rootIsObject = reader.TokenType == JsonTokenType.StartObject;
            builder.ReadValue(ref reader, 0);
            reader.Read();
            builder._tree.Seal(builder);
            return builder._tree.Root;
        }
        catch (JsonException) when (SyntaxErrors.IsBlank(bytes, offset, length))
        {
            context.ReportBreaking(DiagnosticCatalogue.MalformedJson, context.Locate(0, 0, "$"), "the file contains no JSON value");
        }
        catch (JsonException ex)
        {
            context.TakeBack(reported);
            var position = SyntaxErrors.ByteOffsetOf(bytes, offset, length, ex.LineNumber, ex.BytePositionInLine);
            context.ReportBreaking(
                DiagnosticCatalogue.MalformedJson,
                context.Locate(position, Math.Min(position + 1, length), "$"),
                SyntaxErrors.Describe(bytes, offset, length, position));
        }
        catch (SyntaxException ex)
        {
            context.TakeBack(reported);
            context.ReportBreaking(
                DiagnosticCatalogue.MalformedJson,
                context.Locate(ex.ByteOffset, Math.Min(ex.ByteOffset + 1, length), "$"),
                ex.Message);
        }
        catch (DepthException ex)
        {
            context.TakeBack(reported);
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
        var start = Pos(ref reader);
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
                entry.Text = Number(ref reader);
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
        var start = Pos(ref reader);
        if (depth > MaxDepth)
        {
            throw new DepthException(start);
        }

        var index = _tree.Add(JsonTreeKind.Object, start);
        var last = -1;
        var count = 0;
        HashSet<string>? names = null;

        // A bit per name seen (from its length and first and last characters): a name whose bit is not set yet is no
        // repeat, without comparing it with every earlier name.
        var seen = 0UL;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = Pos(ref reader);
            var name = GetString(ref reader);
            var bit = 1UL << (int)((uint)((name.Length * 7) + (name.Length > 0 ? (name[0] * 3) + name[name.Length - 1] : 0)) & 63);
            var isDuplicate = ((seen & bit) != 0 || names is not null || count >= 16) && IsDuplicate(index, count, ref names, name);
            seen |= bit;
            reader.Read();

            // A section of the root object that the sink streams: its items are read as they are built.
            _streamed = depth == 1 && _rootIsObject && _sink is not null && !isDuplicate &&
                        reader.TokenType == JsonTokenType.StartArray && _sink.Streams(name)
                ? name
                : null;
            var child = ReadValue(ref reader, depth);
            ref var entry = ref _tree.At(child);
            entry.Name = name;
            entry.NameStart = nameStart;
            entry.IsDuplicate = isDuplicate;
            Link(index, ref last, child);
            count++;
        }

        _tree.At(index).End = Pos(ref reader) + 1;
        return index;
    }

    private int ReadArray(ref Utf8JsonReader reader, int depth)
    {
        var start = Pos(ref reader);
        if (depth > MaxDepth)
        {
            throw new DepthException(start);
        }

        var index = _tree.Add(JsonTreeKind.Array, start);
        var last = -1;
        if (_streamed is { } section)
        {
            // Each item is built after the entries so far, handed to the sink, and dropped: the array keeps no items.
            _streamed = null;
            _sink!.Begin(section);
            for (var item = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; item++)
            {
                var kept = _tree.Count;
                _sink.Item(section, new JsonTreeNode(_tree, ReadValue(ref reader, depth)), item);
                _tree.Truncate(kept);
            }

            _tree.At(index).End = Pos(ref reader) + 1;
            return index;
        }

        // The items of any other array right under the root object (a section not streamed) are checked now and built
        // when the reader reaches them, one at a time into the same scratch entries: the tree of a whole file is never
        // held at once. A deferred item being built (the tree is sealed) holds no sections.
        var deferItems = depth == SectionDepth && _rootIsObject && !_tree.IsSealed;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Link(index, ref last, deferItems && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                ? Defer(ref reader, depth + 1)
                : ReadValue(ref reader, depth));
        }

        _tree.At(index).End = Pos(ref reader) + 1;
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

    /// <summary>
    /// Records an object or array item of a section as a deferred entry (its kind and byte span) after checking
    /// everything the full build checks: the JSON syntax (the reader), the nesting depth (CPD0028 at the same place)
    /// and that every escaped string and property name decodes.
    /// </summary>
    /// <param name="reader">At the item's first token.</param>
    /// <param name="depth">The item's depth, as <see cref="ReadObject"/> and <see cref="ReadArray"/> count it
    /// (<see cref="SectionDepth"/> + 1: far below the limit, which only what it holds can pass).</param>
    /// <returns>The entry's index.</returns>
    private int Defer(ref Utf8JsonReader reader, int depth)
    {
        _context.Tick();
        var start = Pos(ref reader);

        // The kind is for readers of the tree only; the built item brings its own.
        var index = _tree.Add(reader.TokenType == JsonTokenType.StartObject ? JsonTreeKind.Object : JsonTreeKind.Array, start);
        var level = depth;

        // Reading past the end of the text throws (the reader has the final block), so the loop ends at the item's end.
        while (true)
        {
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    _context.Tick();
                    if (++level > MaxDepth)
                    {
                        throw new DepthException(Pos(ref reader));
                    }

                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    if (level-- == depth)
                    {
                        ref var entry = ref _tree.At(index);
                        entry.End = Pos(ref reader) + 1;
                        entry.Deferred = true;
                        return index;
                    }

                    break;
                case JsonTokenType.String or JsonTokenType.PropertyName when reader.ValueIsEscaped:
                    _context.Tick();
                    DecodeEscaped(ref reader);
                    break;
                default:
                    _context.Tick();
                    break;
            }
        }
    }

    /// <summary>
    /// Builds a deferred entry's value into the tree's scratch entries, replacing the item built before it.
    /// </summary>
    /// <param name="index">The deferred entry.</param>
    /// <returns>The index of the built value.</returns>
    internal int Expand(int index)
    {
        var start = _tree.At(index).Start;
        var end = _tree.At(index).End;
        _tree.ClearScratch();
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_bytes, _offset + start, end - start), isFinalBlock: true, new JsonReaderState(Options));
        _base = start;
        reader.Read();
        return ReadValue(ref reader, SectionDepth);
    }

    /// <summary>Where the reader's token starts, as a byte offset in the file's JSON text.</summary>
    private int Pos(ref Utf8JsonReader reader) => _base + (int)reader.TokenStartIndex;

    /// <summary>
    /// Decodes an escaped string as <see cref="GetString"/> does, into a buffer that is thrown away, only to report one
    /// that is not valid UTF-16.
    /// </summary>
    private void DecodeEscaped(ref Utf8JsonReader reader)
    {
        // Unescaped, a string has at most as many UTF-16 code units as its escaped UTF-8 bytes.
        var length = reader.ValueSpan.Length; // one span: the reader is over an array, never a sequence
        var rented = length > 256 ? ArrayPool<char>.Shared.Rent(length) : null;
        try
        {
            reader.CopyString(rented ?? stackalloc char[256]);
        }
        catch (InvalidOperationException)
        {
            throw new SyntaxException(Pos(ref reader), InvalidEscape);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
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

    /// <summary>The unescaped string; unescaped ASCII strings of up to 64 bytes are shared through a cache.</summary>
    private string GetString(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;
        var cacheable = !reader.ValueIsEscaped && span.Length <= MaxCachedLength;
        var hash = 0;
        if (cacheable && TryCached(span, out hash, out var cached))
        {
            return cached;
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
            throw new SyntaxException(Pos(ref reader), InvalidEscape);
        }

        if (cacheable && hash != 0)
        {
            Store(hash, text);
        }

        return text;
    }

    /// <summary>The raw text of a number (ASCII), shared through the same cache.</summary>
    private string Number(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;
        var cacheable = span.Length <= MaxCachedLength;
        var hash = 0;
        if (cacheable && TryCached(span, out hash, out var cached))
        {
            return cached;
        }

        var text = Encoding.ASCII.GetString(_bytes, _offset + Pos(ref reader), span.Length);
        if (cacheable && hash != 0)
        {
            Store(hash, text);
        }

        return text;
    }

    /// <summary>
    /// Looks up ASCII bytes in the cache. <paramref name="hash"/> is the key to store the string under, or 0 when the
    /// bytes are not all ASCII (not cached).
    /// </summary>
    private bool TryCached(ReadOnlySpan<byte> span, out int hash, out string cached)
    {
#if NET
        // Every value and property name of a file passes here: the ASCII check is vectorised, and the hash reads the
        // length and the first and last eight bytes (a slot shared by two strings costs a miss, never a wrong string).
        if (!Ascii.IsValid(span))
        {
            hash = 0;
            cached = string.Empty;
            return false;
        }

        hash = QuickHash(span) | 1; // never 0, which means "not cacheable"
#else
        unchecked
        {
            hash = (int)2166136261;
            foreach (var b in span)
            {
                if (b >= 0x80)
                {
                    hash = 0;
                    cached = string.Empty;
                    return false;
                }

                hash = (hash ^ b) * 16777619;
            }

            hash |= 1; // never 0, which means "not cacheable"
        }
#endif

        // The slot's hash first: a miss (an id, a name, a structure: most strings of a file) then does not read the
        // string in the slot, which is rarely still in the processor's cache.
        var slot = Slot(hash);
        if (_hashes[slot] == hash && _strings[slot] is { } found && AsciiEquals(found, span))
        {
            cached = found;
            return true;
        }

        cached = string.Empty;
        return false;
    }

    /// <summary>Keeps a string in its hash's slot.</summary>
    private void Store(int hash, string text)
    {
        var slot = Slot(hash);
        _hashes[slot] = hash;
        _strings[slot] = text;
    }

    /// <summary>The slot of a hash: its top bits after a multiplication by the golden ratio (Fibonacci hashing).</summary>
    private int Slot(int hash) => (int)(unchecked((uint)hash * 2654435769u) >> _slotShift);

    private static bool AsciiEquals(string text, ReadOnlySpan<byte> span)
    {
#if NET
        return Ascii.Equals(span, text);
#else
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
#endif
    }

#if NET
    /// <summary>A hash of ASCII bytes from their length and first and last eight bytes.</summary>
    private static int QuickHash(ReadOnlySpan<byte> span)
    {
        ulong mixed;
        if (span.Length >= 8)
        {
            var first = MemoryMarshal.Read<ulong>(span);
            var last = MemoryMarshal.Read<ulong>(span.Slice(span.Length - 8));
            mixed = (first * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(last * 0xC2B2AE3D27D4EB4FUL, 29) ^ (ulong)span.Length;
        }
        else
        {
            ulong packed = 0;
            foreach (var b in span)
            {
                packed = (packed << 8) | b;
            }

            mixed = (packed * 0x9E3779B97F4A7C15UL) ^ (ulong)span.Length;
        }

        return unchecked((int)(mixed ^ (mixed >> 32)));
    }
#endif

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
