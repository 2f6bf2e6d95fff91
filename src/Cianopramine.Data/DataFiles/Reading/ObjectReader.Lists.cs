using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>Array properties: items, id lists, text lists and enumeration lists.</summary>
internal sealed partial class ObjectReader
{
    /// <summary>The items of an array property, with their paths.</summary>
    public IEnumerable<(JsonTreeNode Item, string Path)> Items(string name, bool required = false)
    {
        _context.Recorder?.Read(this, name, ReadShape.Array);
        if (Get(name, required, JsonTreeKind.Array, "an array") is not { } value)
        {
            yield break;
        }

        var path = ChildPath(name);
        var i = 0;
        foreach (var item in value.Items)
        {
            _context.Tick();
            yield return (item, ReadContext.Index(path, i++));
        }
    }

    /// <summary>An array of id references.</summary>
    public ValueArray<Located<string>> IdList(string name, bool required = false)
    {
        _context.Recorder?.Read(this, name, ReadShape.ArrayOf(ReadShape.Id));
        var list = new List<Located<string>>();
        foreach (var (item, path) in Items(name, required))
        {
            if (ItemOfKind(item, path, name, JsonTreeKind.String, "a string"))
            {
                list.Add(new Located<string>(item.Text, _context.Locate(item, path)));
            }
        }

        return ValueArray<Located<string>>.FromOwnedArray(list.ToArray());
    }

    /// <summary>An array of non-empty strings.</summary>
    public ValueArray<string> TextList(string name, bool required = false)
    {
        _context.Recorder?.Read(this, name, ReadShape.ArrayOf(ReadShape.Text));
        var list = new List<string>();
        foreach (var (item, path) in Items(name, required))
        {
            if (ItemOfKind(item, path, name, JsonTreeKind.String, "a string"))
            {
                CheckNotBlank(item.Text, name, _context.Locate(item, path));
                list.Add(item.Text);
            }
        }

        return ValueArray<string>.FromOwnedArray(list.ToArray());
    }

    /// <summary>An array of enumeration words.</summary>
    public ValueArray<TEnum> EnumList<TEnum>(string name, EnumWordTable<TEnum> table, bool required = false)
        where TEnum : struct, Enum
    {
        _context.Recorder?.Read(this, name, ReadShape.ArrayOf(ReadShape.WordsOf(table)));
        var list = new List<TEnum>();
        foreach (var (item, path) in Items(name, required))
        {
            if (ItemOfKind(item, path, name, JsonTreeKind.String, "a string (" + table.Description + ")") &&
                ParseWord(item, path, table) is { } word)
            {
                list.Add(word.Value);
            }
        }

        return ValueArray<TEnum>.FromOwnedArray(list.ToArray());
    }

    /// <summary>Reports an empty list where at least one item is required (CPD0024).</summary>
    public void RequireNonEmpty<T>(string name, ValueArray<T> list)
    {
        _context.Recorder?.NonEmpty(this, name);
        if (list.IsEmpty && Get(name) is { } value)
        {
            _context.ReportBreaking(DiagnosticCatalogue.EmptyText, _context.Locate(value, ChildPath(name)), name);
        }
    }

    private bool ItemOfKind(JsonTreeNode item, string path, string name, JsonTreeKind kind, string expected)
    {
        if (item.Kind == kind)
        {
            return true;
        }

        _context.ReportBreaking(DiagnosticCatalogue.WrongType, _context.Locate(item, path), name + " item", expected, item.Describe());
        return false;
    }
}
