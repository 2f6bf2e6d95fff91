using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Writes a dataset's items in the compact form that the library's <c>CompactReader</c> decodes (the source
/// generator's form of the data, and the library's way to relink merged items): the calls of
/// <see cref="ModelFormat"/> become numbers, with names left out and presence flags where a JSON file would leave a
/// value out. Strings go to a shared table, links to other items become their indexes, and each distinct list of
/// references is written once.
/// </summary>
internal sealed class CompactSink : IModelSink
{
    private readonly CompactData _data = new();
    private readonly CompactData _lists = new();
    private readonly Dictionary<string, int> _referenceLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _references;
    private readonly Dictionary<string, int> _compounds;
    private readonly Dictionary<string, int> _targets;
    private readonly Dictionary<string, int> _assays;

    private CompactSink(DatasetContent content)
    {
        _references = Index(content.References, r => r.Id);
        _compounds = Index(content.Compounds, c => c.Id);
        _targets = Index(content.Targets, t => t.Id);
        _assays = Index(content.Assays, a => a.Id);
    }

    public bool SortsItemsById => false;

    /// <summary>Encodes a dataset.</summary>
    /// <param name="content">The items.</param>
    /// <returns>The item stream, the string table (header and UTF-8 blocks) and the reference lists.</returns>
    public static (string Data, string StringTable, List<string> StringBlocks, string ReferenceLists) Encode(DatasetContent content)
    {
        var sink = new CompactSink(content);
        ModelFormat.Write(sink, content);
        var (header, blocks) = CompactData.StringTable(sink._data.Strings);
        var lists = new CompactData();
        lists.Int(sink._referenceLists.Count);
        return (sink._data.Stream, header.Stream, blocks, lists.Stream + sink._lists.Stream);
    }

    /// <summary>Encodes a dataset for decoding in the same process: the strings stay a list, not UTF-8 blocks.</summary>
    /// <param name="content">The items.</param>
    /// <returns>The item stream, the strings and the reference lists.</returns>
    public static (string Data, string[] Strings, string ReferenceLists) EncodeInMemory(DatasetContent content)
    {
        var sink = new CompactSink(content);
        ModelFormat.Write(sink, content);
        var strings = new string[sink._data.Strings.Count];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = sink._data.Strings[i];
        }

        var lists = new CompactData();
        lists.Int(sink._referenceLists.Count);
        return (sink._data.Stream, strings, lists.Stream + sink._lists.Stream);
    }

    public void BeginObject(string? name)
    {
    }

    public bool BeginOptionalObject(string name, bool present)
    {
        _data.Bool(present);
        return present;
    }

    public void EndObject()
    {
    }

    public bool BeginArray(string name, int count, bool required)
    {
        _data.Int(count);
        return true;
    }

    public void EndArray()
    {
    }

    public void String(string? name, string value) => _data.String(value);

    public void OptionalString(string name, string? value) => _data.OptionalString(value);

    public void OptionalInteger(string name, long? value)
    {
        if (value is { } v)
        {
            _data.UInt(((ulong)((v << 1) ^ (v >> 63))) + 1);
        }
        else
        {
            _data.UInt(0);
        }
    }

    public void Decimal(string name, decimal value) => _data.Decimal(value);

    public void OptionalDecimal(string name, decimal? value)
    {
        _data.Bool(value is not null);
        if (value is { } v)
        {
            _data.Decimal(v);
        }
    }

    public void OptionalDouble(string name, double? value)
    {
        _data.Bool(value is not null);
        if (value is { } v)
        {
            _data.Double(v);
        }
    }

    public void Flag(string name, bool value) => _data.Bool(value);

    public void OptionalBool(string name, bool? value) => _data.Int(value switch { null => 0, false => 1, true => 2 });

    public void Word<TEnum>(string? name, TEnum value)
        where TEnum : struct, Enum => _data.Enum(value);

    public void OptionalWord<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum => _data.OptionalEnum(value);

    public void Link(string? name, LinkKind kind, string id) => _data.Int(IndexOf(kind, id));

    public void OptionalLink(string name, LinkKind kind, string? id) => _data.Int(id is null ? 0 : IndexOf(kind, id) + 1);

    public void Enzymes(string name, EnzymeEvidence evidence, ValueArray<string> names)
    {
        _data.Enum(evidence);
        if (evidence == EnzymeEvidence.Reported)
        {
            _data.Int(names.Count);
            foreach (var enzyme in names)
            {
                _data.String(enzyme);
            }
        }
    }

    public void References(string name, ValueArray<Reference> references, bool required)
    {
        if (references.IsEmpty)
        {
            _data.Int(0);
            return;
        }

        var key = new StringBuilder();
        foreach (var reference in references)
        {
            key.Append(_references[reference.Id].ToString(CultureInfo.InvariantCulture)).Append(',');
        }

        var text = key.ToString();
        if (!_referenceLists.TryGetValue(text, out var number))
        {
            number = _referenceLists.Count + 1;
            _referenceLists.Add(text, number);
            _lists.Int(references.Count);
            foreach (var reference in references)
            {
                _lists.Int(_references[reference.Id]);
            }
        }

        _data.Int(number);
    }

    private int IndexOf(LinkKind kind, string id) => kind switch
    {
        LinkKind.Compound => _compounds[id],
        LinkKind.Target => _targets[id],
        _ => _assays[id],
    };

    private static Dictionary<string, int> Index<T>(ValueArray<T> items, Func<T, string> idOf)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            index[idOf(items[i])] = i;
        }

        return index;
    }
}
