#if !CIANOPRAMINE_GENERATOR
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>Reads one item (or list element) from the compact stream.</summary>
/// <typeparam name="T">What is read.</typeparam>
/// <param name="reader">The reader, positioned at the item.</param>
/// <returns>The item.</returns>
internal delegate T CompactItemReader<T>(ref CompactReader reader);

/// <summary>
/// Reads the compact stream that the source generator writes for an embedded dataset (its <c>CompactSink</c>), value
/// by value, in the order <see cref="ModelFormat"/> writes them. The library's alone: the generator only writes. Numbers are unsigned integers in 13-bit
/// digits, least significant first, one character each: U+4000 + digit ends a number, U+6000 + digit continues it, and
/// anything below U+4000 (a line break of the generated literal) is skipped.
/// </summary>
internal ref struct CompactReader
{
    private readonly ReadOnlySpan<char> _data;
    private readonly string[] _strings;
    private readonly string _referenceLists;
    private int _position;
    private ValueArray<Reference>[] _lists;
    private ValueArray<Compound> _compounds;
    private ValueArray<Target> _targets;
    private ValueArray<Assay> _assays;

    public CompactReader(ReadOnlySpan<char> data, string[] strings, string referenceLists)
    {
        _data = data;
        _strings = strings;
        _referenceLists = referenceLists;
        _position = 0;
        _lists = Array.Empty<ValueArray<Reference>>();
        _compounds = default;
        _targets = default;
        _assays = default;
    }

    /// <summary>Continues reading <paramref name="data"/> where a reader <see cref="Save">saved</see> its place.</summary>
    /// <param name="data">The same stream the saved reader read.</param>
    /// <param name="place">What the reader had read so far: its position and the items links resolve to.</param>
    public CompactReader(ReadOnlySpan<char> data, CompactPlace place)
    {
        _data = data;
        _strings = place.Strings;
        _referenceLists = string.Empty;
        _position = place.Position;
        _lists = place.Lists;
        _compounds = place.Compounds;
        _targets = place.Targets;
        _assays = place.Assays;
    }

    /// <summary>The reader's place, to continue from later (a reader is a ref struct and cannot be kept).</summary>
    /// <returns>The place.</returns>
    public readonly CompactPlace Save() => new(_strings, _position, _lists, _compounds, _targets, _assays);

    /// <summary>Whether the whole stream has been read.</summary>
    public readonly bool AtEnd => _position >= _data.Length;

    public ulong Next()
    {
        int first = _data[_position++];
        if ((uint)(first - 0x4000) < 0x2000)
        {
            return (ulong)(first - 0x4000); // one digit: almost every number
        }

        _position--;
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            int c = _data[_position++];
            if (c >= 0x6000)
            {
                value |= (ulong)(c - 0x6000) << shift;
                shift += 13;
            }
            else if (c >= 0x4000)
            {
                return value | ((ulong)(c - 0x4000) << shift);
            }
        }
    }

    public int Int() => checked((int)Next());

    public string String() => _strings[Int()];

    public string? OptionalString()
    {
        var index = Int();
        return index == 0 ? null : _strings[index - 1];
    }

    public TEnum Word<TEnum>()
        where TEnum : struct, Enum
    {
        var ordinal = Int();
        return Unsafe.As<int, TEnum>(ref ordinal);
    }

    public TEnum? OptionalWord<TEnum>()
        where TEnum : struct, Enum
    {
        var code = Int();
        if (code == 0)
        {
            return null;
        }

        var ordinal = code - 1;
        return Unsafe.As<int, TEnum>(ref ordinal);
    }

    public bool Flag() => Next() != 0;

    /// <summary>Whether an optional object follows.</summary>
    public bool Present() => Next() != 0;

    public bool? OptionalBool() => Next() switch { 0 => null, 1 => false, _ => true };

    public long? OptionalInteger()
    {
        var code = Next();
        if (code == 0)
        {
            return null;
        }

        var zigZag = code - 1;
        return (long)(zigZag >> 1) ^ -(long)(zigZag & 1);
    }

    public decimal Decimal()
    {
        var head = Int();
        var low = Next();
        var high = (uint)Next();
        return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, (head & 1) != 0, (byte)(head >> 1));
    }

    public decimal? OptionalDecimal() => Present() ? Decimal() : null;

    public double? OptionalDouble() => Present() ? BitConverter.Int64BitsToDouble((long)Next()) : null;

    /// <summary>A list: its count, then each element.</summary>
    public ValueArray<T> List<T>(CompactItemReader<T> read)
    {
        var count = Int();
        if (count == 0)
        {
            return ValueArray<T>.Empty;
        }

        // Written through a reference to the array's data: a store into a T[] of a reference type otherwise checks the
        // element's type on every item (array covariance), a tenth of decoding an embedded dataset.
        var items = new T[count];
        ref var first = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < items.Length; i++)
        {
            Unsafe.Add(ref first, i) = read(ref this);
        }

        return ValueArray<T>.FromOwnedArray(items);
    }

    /// <summary>A section of items: the same as a list.</summary>
    public ValueArray<T> Items<T>(CompactItemReader<T> read) => List(read);

    public Compound Compound() => _compounds[Int()];

    public Compound? OptionalCompound()
    {
        var code = Int();
        return code == 0 ? null : _compounds[code - 1];
    }

    public Target Target() => _targets[Int()];

    public Assay Assay() => _assays[Int()];

    /// <summary>The index of a shared reference list, for lists read before the references exist (the manifest's sources).</summary>
    public int ReferenceListIndex() => Int();

    public readonly ValueArray<Reference> ReferenceList(int index) => _lists[index];

    public ValueArray<Reference> References() => _lists[Int()];

    /// <summary>Builds the shared reference lists (index 0 is the empty list) once the references are decoded.</summary>
    public void UseReferences(ValueArray<Reference> references)
    {
        var r = new CompactReader(_referenceLists.AsSpan(), _strings, string.Empty);
        var lists = new ValueArray<Reference>[r.Int() + 1];
        for (var i = 1; i < lists.Length; i++)
        {
            var items = new Reference[r.Int()];
            for (var k = 0; k < items.Length; k++)
            {
                items[k] = references[r.Int()];
            }

            lists[i] = ValueArray<Reference>.FromOwnedArray(items);
        }

        _lists = lists;
    }

    public void UseCompounds(ValueArray<Compound> compounds) => _compounds = compounds;

    public void UseTargets(ValueArray<Target> targets) => _targets = targets;

    public void UseAssays(ValueArray<Assay> assays) => _assays = assays;
}

/// <summary>Where a <see cref="CompactReader"/> was, and the decoded items that links read after it point to.</summary>
/// <param name="Strings">The string table.</param>
/// <param name="Position">The offset in the stream.</param>
/// <param name="Lists">The shared reference lists.</param>
/// <param name="Compounds">The decoded compounds.</param>
/// <param name="Targets">The decoded targets.</param>
/// <param name="Assays">The decoded assays.</param>
internal sealed record CompactPlace(
    string[] Strings,
    int Position,
    ValueArray<Reference>[] Lists,
    ValueArray<Compound> Compounds,
    ValueArray<Target> Targets,
    ValueArray<Assay> Assays);
#endif
