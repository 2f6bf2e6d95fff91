using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>Array properties: items, id lists, text lists and enumeration lists.</summary>
internal readonly partial struct ObjectReader
{
    /// <summary>The items of an array property, with their places (enumerated without allocating).</summary>
    public PlacedItems Items(string name, bool required = false)
    {
        _context.Recorder?.Read(this, name, ReadShape.Array);
        return new PlacedItems(this, name, Get(name, required, JsonTreeKind.Array, "an array"));
    }

    /// <summary>An array of id references; an id listed twice is CPD0045.</summary>
    public ValueArray<Located<string>> IdList(string name, bool required = false)
    {
        _context.Recorder?.Read(this, name, ReadShape.ArrayOf(ReadShape.Id));
        var items = Items(name, required);
        var list = new Located<string>[items.Count];
        var count = 0;
        foreach (var (item, place) in items)
        {
            if (ItemOfKind(item, place, name, JsonTreeKind.String, "a string"))
            {
                list[count++] = new Located<string>(item.Text, At(item));
            }
        }

        if (count < list.Length)
        {
            Array.Resize(ref list, count);
        }

        ReportRepeats(name, list, static x => x.Value, static x => x.Location);
        return ValueArray<Located<string>>.FromOwnedArray(list);
    }

    /// <summary>An array of non-empty strings; with <paramref name="distinct"/>, a string listed twice is CPD0045.</summary>
    /// <param name="name">The property.</param>
    /// <param name="required">Whether the property must be there.</param>
    /// <param name="distinct">
    /// Whether a repeat is a mistake: true for enzymes; false for authors, where two people can have one name.
    /// </param>
    public ValueArray<string> TextList(string name, bool required = false, bool distinct = true)
    {
        _context.Recorder?.Read(this, name, ReadShape.ArrayOf(ReadShape.Text));
        var items = Items(name, required);
        var list = new ListedItem[items.Count];
        var count = 0;
        foreach (var (item, place) in items)
        {
            if (ItemOfKind(item, place, name, JsonTreeKind.String, "a string"))
            {
                if (IsBlank(item.Text))
                {
                    _context.Report(DiagnosticCatalogue.EmptyText, _context.Locate(item, place), name);
                }

                list[count++] = new ListedItem(item.Text, item, place);
            }
        }

        if (distinct)
        {
            ReportRepeats(name, list, count, static x => x.Word);
        }

        var texts = new string[count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = list[i].Word;
        }

        return ValueArray<string>.FromOwnedArray(texts);
    }

    /// <summary>An array of enumeration words; a word listed twice (a species, a parameter) is CPD0045.</summary>
    public ValueArray<TEnum> EnumList<TEnum>(string name, EnumWordTable<TEnum> table, bool required = false)
        where TEnum : struct, Enum
    {
        _context.Recorder?.Read(this, name, ReadShape.ArrayOf(ReadShape.WordsOf(table)));
        var items = Items(name, required);
        var list = new ListedItem[items.Count];
        var values = new TEnum[items.Count];
        var count = 0;
        foreach (var (item, place) in items)
        {
            if (ItemOfKind(item, place, name, JsonTreeKind.String, table.ExpectedType) &&
                ParseWord(item, place, table) is { } word)
            {
                list[count] = new ListedItem(table.ToWord(word), item, place);
                values[count++] = word;
            }
        }

        ReportRepeats(name, list, count, static x => x.Word);
        if (count < values.Length)
        {
            Array.Resize(ref values, count);
        }

        return ValueArray<TEnum>.FromOwnedArray(values);
    }

    private void ReportRepeats(string name, ListedItem[] list, int count, Func<ListedItem, string> word)
    {
        if (count < list.Length)
        {
            Array.Resize(ref list, count);
        }

        var context = _context;
        ReportRepeats(name, list, word, x => context.Locate(x.Node, x.Place));
    }

    /// <summary>
    /// CPD0045 (a warning): a value listed more than once in one list (a reference cited twice by one result, a
    /// species named twice). Reported once per repeated value, at its second place, with how often it appears, so a
    /// value repeated a million times costs one warning.
    /// </summary>
    private void ReportRepeats<T>(string name, T[] list, Func<T, string> word, Func<T, SourceLocation> locate)
    {
        if (list.Length < 2 || !HasRepeat(list, word))
        {
            return;
        }

        var counts = new Dictionary<string, (int Count, int Second)>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            var key = word(list[i]);
            counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.Count == 1 ? i : seen.Second) : (1, -1);
        }

        for (var i = 0; i < list.Length; i++)
        {
            var key = word(list[i]);
            if (counts[key] is { Count: > 1 } repeated && repeated.Second == i)
            {
                _context.Report(
                    DiagnosticCatalogue.RepeatedListEntry,
                    locate(list[i]),
                    key,
                    repeated.Count,
                    ChildPath(name));
            }
        }
    }

    /// <summary>Whether any value repeats: a quadratic scan for short lists (no allocation), a set for long ones.</summary>
    private static bool HasRepeat<T>(T[] list, Func<T, string> word)
    {
        if (list.Length <= 8)
        {
            for (var i = 1; i < list.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(word(list[i]), word(list[j]), StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (!seen.Add(word(item)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports an empty list where at least one item is required (CPD0024).</summary>
    public void RequireNonEmpty<T>(string name, ValueArray<T> list)
    {
        _context.Recorder?.NonEmpty(this, name);
        if (list.IsEmpty && Get(name) is { } value)
        {
            _context.ReportBreaking(DiagnosticCatalogue.EmptyText, LocateValue(value, name), name);
        }
    }

    private bool ItemOfKind(JsonTreeNode item, JsonPlace place, string name, JsonTreeKind kind, string expected)
    {
        if (item.Kind == kind)
        {
            return true;
        }

        _context.ReportBreaking(DiagnosticCatalogue.WrongType, _context.Locate(item, place), name + " item", expected, item.Describe());
        return false;
    }

    /// <summary>The items of an array property (none when it is absent or not an array), each with its place.</summary>
    internal readonly struct PlacedItems
    {
        private readonly ObjectReader _reader;
        private readonly string _name;
        private readonly JsonTreeNode? _array;

        public PlacedItems(ObjectReader reader, string name, JsonTreeNode? array)
        {
            _reader = reader;
            _name = name;
            _array = array;
        }

        /// <summary>How many items there are (a walk of the sibling links).</summary>
        public int Count => _array is { } array ? array.Count : 0;

        public PlacedItemEnumerator GetEnumerator() => new(_reader, _name, _array);
    }

    /// <summary>A string item of a list: its word (for repeats) and where it is (made into a location only for a report).</summary>
    private readonly struct ListedItem
    {
        public ListedItem(string word, JsonTreeNode node, JsonPlace place)
        {
            Word = word;
            Node = node;
            Place = place;
        }

        public string Word { get; }

        public JsonTreeNode Node { get; }

        public JsonPlace Place { get; }
    }

    /// <summary>Walks the items of an array property, checking for cancellation as it goes.</summary>
    internal struct PlacedItemEnumerator
    {
        private readonly ObjectReader _reader;
        private readonly string _name;
        private readonly bool _any;
        private JsonTreeNode.ItemEnumerator _items;
        private int _index;

        public PlacedItemEnumerator(ObjectReader reader, string name, JsonTreeNode? array)
        {
            _reader = reader;
            _name = name;
            _any = array.HasValue;
            _items = array.HasValue ? array.Value.Items.GetEnumerator() : default;
            _index = -1;
        }

        public (JsonTreeNode Item, JsonPlace Place) Current => (_items.Current, new JsonPlace(_reader.Where, _name, _index));

        public bool MoveNext()
        {
            if (!_any || !_items.MoveNext())
            {
                return false;
            }

            _reader._context.Tick();
            _index++;
            return true;
        }
    }
}
