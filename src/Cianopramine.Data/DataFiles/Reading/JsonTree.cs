using System;

namespace Cianopramine.Data.DataFiles;

/// <summary>The JSON kinds a <see cref="JsonTreeNode"/> can have.</summary>
internal enum JsonTreeKind { Object, Array, String, Number, True, False, Null }

/// <summary>
/// The reader's private syntax tree of one file: every JSON value with its byte span, stored flat in chunks of structs
/// (children follow their parent, linked as siblings) so that a large file costs a few arrays rather than millions of
/// small objects. The chunks are small enough to stay off the large object heap and grow one at a time, so the tree
/// takes what the file needs (40 bytes a value) and nothing is copied as it grows. Not part of any pipeline model: it
/// lives only while one file is read.
/// </summary>
internal sealed class JsonTree
{
    /// <summary>The index that stands for "no entry": no first child, no next sibling.</summary>
    public const int None = -1;

    // 2,048 entries of 40 bytes: 80 KB, under the 85,000-byte threshold of the large object heap.
    private const int ChunkSize = 2048;

    // _sealedCount before the build ends.
    private const int NotSealed = -1;

    private readonly byte[] _bytes;
    private readonly int _offset;
    private Entry[][] _chunks = new Entry[16][];

    // After the build: the entries of the whole file up to the items of its sections, and what builds a deferred item
    // into the entries after them (the scratch entries, reused item after item).
    private int _sealedCount = NotSealed;
    private JsonTreeBuilder? _expander;

    // The object whose property was found last, and the sibling after that property (-1: none): readers mostly ask for
    // an object's properties in the order they are written, so a search resumes there (see JsonTreeNode.Find).
    private int _foundIn = -1;
    private int _resumeAt = -1;

    /// <summary>Creates an empty tree of the JSON text of <paramref name="bytes"/> at <paramref name="offset"/>.</summary>
    /// <param name="bytes">The buffer the byte offsets of the entries refer to.</param>
    /// <param name="offset">Where the JSON text starts in it.</param>
    public JsonTree(byte[] bytes, int offset)
    {
        _bytes = bytes;
        _offset = offset;
    }

    public int Count { get; private set; }

    public JsonTreeNode Root => new(this, 0);

    /// <summary>Appends an entry and returns its index.</summary>
    public int Add(JsonTreeKind kind, int start)
    {
        var chunk = (int)((uint)Count / ChunkSize);
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        var entries = _chunks[chunk] ??= new Entry[ChunkSize];
        ref var entry = ref entries[Count & (ChunkSize - 1)];
        entry = default; // a scratch entry may hold an earlier item's values
        entry.Kind = kind;
        entry.Start = start;
        entry.FirstChild = None;
        entry.NextSibling = None;
        return Count++;
    }

    public ref Entry At(int index) => ref _chunks[(int)((uint)index / ChunkSize)][index & (ChunkSize - 1)];

    /// <summary>Ends the build: what follows are scratch entries for the deferred items, built by <paramref name="expander"/>.</summary>
    public void Seal(JsonTreeBuilder expander)
    {
        _sealedCount = Count;
        _expander = expander;
    }

    /// <summary>Whether the build has ended: what is added now is a deferred item, built into the scratch entries.</summary>
    public bool IsSealed => _sealedCount != NotSealed;

    /// <summary>Drops the entries from <paramref name="count"/> on (an item handed to a sink while the tree is built).</summary>
    /// <param name="count">How many entries to keep.</param>
    public void Truncate(int count)
    {
        Count = count;
        _foundIn = -1; // the indices after count will be other entries
    }

    /// <summary>Where a search of <paramref name="parent"/>'s properties resumes: after the one found last, or -1.</summary>
    public int ResumeAt(int parent) => _foundIn == parent ? _resumeAt : -1;

    /// <summary>Notes the property found in <paramref name="parent"/>, for <see cref="ResumeAt"/>.</summary>
    public void Found(int parent, int child)
    {
        _foundIn = parent;
        _resumeAt = At(child).NextSibling;
    }

    /// <summary>Drops the scratch entries (the item built before).</summary>
    public void ClearScratch() => Truncate(_sealedCount);

    /// <summary>
    /// The entry to read for <paramref name="index"/>: itself, or for a deferred item the item built into the scratch
    /// entries. Nodes of the item built before are no longer valid afterwards: the reader finishes one section item
    /// before it asks for the next.
    /// </summary>
    public int Expand(int index) => At(index).Deferred ? _expander!.Expand(index) : index;

    /// <summary>The byte offset just after a property name's closing quote (the name starts at <paramref name="nameStart"/>).</summary>
    /// <param name="nameStart">The offset of the name's opening quote.</param>
    /// <returns>The offset after its closing quote.</returns>
    public int NameEnd(int nameStart)
    {
        // The text was read by Utf8JsonReader, so the name is a well-formed string: skip escapes, stop at the quote.
        var i = nameStart + 1;
        while (_bytes[_offset + i] != (byte)'"')
        {
            i += _bytes[_offset + i] == (byte)'\\' ? 2 : 1;
        }

        return i + 1;
    }

    /// <summary>One JSON value; for a property value also the property's name and where it starts.</summary>
    internal struct Entry
    {
        public JsonTreeKind Kind;
        public bool IsDuplicate;

        /// <summary>An item of a section, checked but not built: <see cref="Expand"/> builds it.</summary>
        public bool Deferred;
        public int Start;
        public int End;
        public int NameStart;
        public int FirstChild;
        public int NextSibling;
        public string? Name;
        public string? Text;
    }
}

/// <summary>A value in a <see cref="JsonTree"/>: a cheap handle (tree and index).</summary>
internal readonly struct JsonTreeNode
{
    private readonly JsonTree _tree;
    private readonly int _index;

    public JsonTreeNode(JsonTree tree, int index)
    {
        _tree = tree;
        _index = index;
    }

    public JsonTreeKind Kind => _tree.At(_index).Kind;

    /// <summary>The byte offset of the first byte of the value.</summary>
    public int Start => _tree.At(_index).Start;

    /// <summary>The byte offset just after the value.</summary>
    public int End => _tree.At(_index).End;

    /// <summary>The unescaped text of a string, or the raw text of a number; empty for other kinds.</summary>
    public string Text => _tree.At(_index).Text ?? string.Empty;

    /// <summary>Every property of an object in file order, each with whether it repeats an earlier name (CPD0025).</summary>
    public PropertyList AllProperties => new(_tree, _tree.At(_index).FirstChild);

    /// <summary>The items of an array, in order.</summary>
    public ItemList Items => new(_tree, _tree.At(_index).FirstChild);

    /// <summary>The number of children (properties or items).</summary>
    public int Count
    {
        get
        {
            var count = 0;
            for (var child = _tree.At(_index).FirstChild; child != JsonTree.None; child = _tree.At(child).NextSibling)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Finds a property by name (ordinal); a repeated name finds its first occurrence.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The property, or <see langword="null"/>.</returns>
    public JsonTreeProperty? Find(string name)
    {
        // From the property after the one found last in this object to the end, then from the first up to there.
        var resume = _tree.ResumeAt(_index);
        var first = _tree.At(_index).FirstChild;
        if (resume >= 0 && Find(name, resume, -1) is { } found)
        {
            return found;
        }

        return Find(name, first, resume);
    }

    private JsonTreeProperty? Find(string name, int from, int to)
    {
        for (var child = from; child != JsonTree.None && child != to; child = _tree.At(child).NextSibling)
        {
            ref var entry = ref _tree.At(child);
            if (!entry.IsDuplicate && string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                _tree.Found(_index, child);
                return new JsonTreeProperty(new JsonTreeNode(_tree, child));
            }
        }

        return null;
    }

    /// <summary>Describes the kind for messages: "an object", "a string"…</summary>
    /// <returns>The description.</returns>
    public string Describe() => Kind switch
    {
        JsonTreeKind.Object => "an object",
        JsonTreeKind.Array => "an array",
        JsonTreeKind.String => "a string",
        JsonTreeKind.Number => "a number",
        JsonTreeKind.Null => "null",
        _ => "a boolean",
    };

    internal ref JsonTree.Entry Entry => ref _tree.At(_index);

    internal JsonTree Tree => _tree;

    /// <summary>The properties of an object, enumerated without allocating.</summary>
    internal readonly struct PropertyList
    {
        private readonly JsonTree _tree;
        private readonly int _first;

        public PropertyList(JsonTree tree, int first)
        {
            _tree = tree;
            _first = first;
        }

        public PropertyEnumerator GetEnumerator() => new(_tree, _first);
    }

    /// <summary>Walks the properties of an object: the sibling walk of <see cref="ItemEnumerator"/>, each value as a property.</summary>
    internal struct PropertyEnumerator
    {
        private ItemEnumerator _values;

        public PropertyEnumerator(JsonTree tree, int first) => _values = new ItemEnumerator(tree, first);

        public (JsonTreeProperty Property, bool IsDuplicate) Current
        {
            get
            {
                var value = _values.Current;
                return (new JsonTreeProperty(value), value.Entry.IsDuplicate);
            }
        }

        public bool MoveNext() => _values.MoveNext();
    }

    /// <summary>The items of an array, enumerated without allocating.</summary>
    internal readonly struct ItemList
    {
        private readonly JsonTree _tree;
        private readonly int _first;

        public ItemList(JsonTree tree, int first)
        {
            _tree = tree;
            _first = first;
        }

        public ItemEnumerator GetEnumerator() => new(_tree, _first);
    }

    /// <summary>Walks the items of an array.</summary>
    internal struct ItemEnumerator
    {
        private readonly JsonTree _tree;
        private int _next;
        private int _current;

        public ItemEnumerator(JsonTree tree, int first)
        {
            _tree = tree;
            _next = first;
            _current = -1;
        }

        public JsonTreeNode Current => new(_tree, _current);

        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }

            var index = _next;
            _next = _tree.At(index).NextSibling;
            _current = _tree.Expand(index);
            return true;
        }
    }
}

/// <summary>A property of a JSON object: its name, the byte span of the name (with quotes) and its value.</summary>
internal readonly struct JsonTreeProperty
{
    public JsonTreeProperty(JsonTreeNode value) => Value = value;

    public string Name => Value.Entry.Name!; // the builder names every property entry

    public int NameStart => Value.Entry.NameStart;

    /// <summary>The byte offset just after the name's closing quote (found from the text: only messages need it).</summary>
    public int NameEnd => Value.Tree.NameEnd(NameStart);

    public JsonTreeNode Value { get; }
}
