using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>Array properties: items, id lists, text lists and enumeration lists.</summary>
internal sealed partial class ObjectReader
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
        var list = new List<Located<string>>();
        foreach (var (item, place) in Items(name, required))
        {
            if (ItemOfKind(item, place, name, JsonTreeKind.String, "a string"))
            {
                list.Add(new Located<string>(item.Text, _context.Locate(item, place)));
            }
        }

        ReportRepeats(name, list, static x => x.Value);
        return ValueArray<Located<string>>.FromOwnedArray(list.ToArray());
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
        var list = new List<Located<string>>();
        foreach (var (item, place) in Items(name, required))
        {
            if (ItemOfKind(item, place, name, JsonTreeKind.String, "a string"))
            {
                var location = _context.Locate(item, place);
                CheckNotBlank(item.Text, name, location);
                list.Add(new Located<string>(item.Text, location));
            }
        }

        if (distinct)
        {
            ReportRepeats(name, list, static x => x.Value);
        }

        var texts = new string[list.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = list[i].Value;
        }

        return ValueArray<string>.FromOwnedArray(texts);
    }

    /// <summary>An array of enumeration words; a word listed twice (a species, a parameter) is CPD0045.</summary>
    public ValueArray<TEnum> EnumList<TEnum>(string name, EnumWordTable<TEnum> table, bool required = false)
        where TEnum : struct, Enum
    {
        _context.Recorder?.Read(this, name, ReadShape.ArrayOf(ReadShape.WordsOf(table)));
        var list = new List<Located<TEnum>>();
        foreach (var (item, place) in Items(name, required))
        {
            if (ItemOfKind(item, place, name, JsonTreeKind.String, "a string (" + table.Description + ")") &&
                ParseWord(item, place, table) is { } word)
            {
                list.Add(word);
            }
        }

        ReportRepeats(name, list, x => table.ToWord(x.Value));
        var values = new TEnum[list.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = list[i].Value;
        }

        return ValueArray<TEnum>.FromOwnedArray(values);
    }

    /// <summary>
    /// CPD0045 (a warning): a value listed more than once in one list (a reference cited twice by one result, a
    /// species named twice). Reported once per repeated value, at its second place, with how often it appears, so a
    /// value repeated a million times costs one warning.
    /// </summary>
    private void ReportRepeats<T>(string name, List<Located<T>> list, Func<Located<T>, string> word)
    {
        if (list.Count < 2 || !HasRepeat(list, word))
        {
            return;
        }

        var counts = new Dictionary<string, (int Count, int Second)>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var key = word(list[i]);
            counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.Count == 1 ? i : seen.Second) : (1, -1);
        }

        for (var i = 0; i < list.Count; i++)
        {
            var key = word(list[i]);
            if (counts[key] is { Count: > 1 } repeated && repeated.Second == i)
            {
                _context.Report(
                    DiagnosticCatalogue.RepeatedListEntry,
                    list[i].Location,
                    key,
                    repeated.Count,
                    ChildPath(name));
            }
        }
    }

    /// <summary>Whether any value repeats: a quadratic scan for short lists (no allocation), a set for long ones.</summary>
    private static bool HasRepeat<T>(List<Located<T>> list, Func<Located<T>, string> word)
    {
        if (list.Count <= 8)
        {
            for (var i = 1; i < list.Count; i++)
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

        public PlacedItemEnumerator GetEnumerator() => new(_reader, _name, _array);
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

        public (JsonTreeNode Item, JsonPlace Place) Current => (_items.Current, new JsonPlace(_reader.Location, _name, _index));

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
