using System;
using System.Collections.Generic;

namespace Cianopramine.Data.DataFiles;

/// <summary>The JSON kinds a <see cref="JsonTreeNode"/> can have.</summary>
internal enum JsonTreeKind { Object, Array, String, Number, True, False, Null }

/// <summary>
/// The reader's private syntax tree of one file: every JSON value with its byte span, stored flat in one array of
/// structs (children follow their parent, linked as siblings) so that a large file costs a few big arrays rather
/// than millions of small objects. Not part of any pipeline model: it lives only while one file is read.
/// </summary>
internal sealed class JsonTree
{
    private Entry[] _entries;

    /// <summary>Creates a tree sized for a text of <paramref name="byteLength"/> bytes.</summary>
    /// <param name="byteLength">The length of the JSON text (a data file has about one value per 12 bytes).</param>
    public JsonTree(int byteLength) => _entries = new Entry[Math.Max(16, byteLength / 12)];

    public int Count { get; private set; }

    public JsonTreeNode Root => new(this, 0);

    /// <summary>Appends an entry and returns its index.</summary>
    public int Add(JsonTreeKind kind, int start)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        ref var entry = ref _entries[Count];
        entry.Kind = kind;
        entry.Start = start;
        entry.FirstChild = -1;
        entry.NextSibling = -1;
        return Count++;
    }

    public ref Entry At(int index) => ref _entries[index];

    /// <summary>One JSON value; for a property value also the property's name and its span.</summary>
    internal struct Entry
    {
        public JsonTreeKind Kind;
        public bool IsDuplicate;
        public int Start;
        public int End;
        public int NameStart;
        public int NameEnd;
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
    public IEnumerable<(JsonTreeProperty Property, bool IsDuplicate)> AllProperties
    {
        get
        {
            for (var child = _tree.At(_index).FirstChild; child >= 0; child = _tree.At(child).NextSibling)
            {
                yield return (new JsonTreeProperty(new JsonTreeNode(_tree, child)), _tree.At(child).IsDuplicate);
            }
        }
    }

    /// <summary>The items of an array, in order.</summary>
    public IEnumerable<JsonTreeNode> Items
    {
        get
        {
            for (var child = _tree.At(_index).FirstChild; child >= 0; child = _tree.At(child).NextSibling)
            {
                yield return new JsonTreeNode(_tree, child);
            }
        }
    }

    /// <summary>Finds a property by name (ordinal); a repeated name finds its first occurrence.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The property, or <see langword="null"/>.</returns>
    public JsonTreeProperty? Find(string name)
    {
        for (var child = _tree.At(_index).FirstChild; child >= 0; child = _tree.At(child).NextSibling)
        {
            ref var entry = ref _tree.At(child);
            if (!entry.IsDuplicate && string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
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
}

/// <summary>A property of a JSON object: its name, the byte span of the name (with quotes) and its value.</summary>
internal readonly struct JsonTreeProperty
{
    public JsonTreeProperty(JsonTreeNode value) => Value = value;

    public string Name => Value.Entry.Name ?? string.Empty;

    public int NameStart => Value.Entry.NameStart;

    public int NameEnd => Value.Entry.NameEnd;

    public JsonTreeNode Value { get; }
}
