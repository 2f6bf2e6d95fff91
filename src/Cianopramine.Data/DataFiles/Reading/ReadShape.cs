using System;
using System.Collections.Generic;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>The JSON kinds of value the reader's accessors read.</summary>
internal enum ReadKind
{
    /// <summary>A string with at least one character that is not white space (CPD0024 otherwise).</summary>
    Text,

    /// <summary>A string naming an item (its format is a rule: CPD0018).</summary>
    Id,

    /// <summary>A string that is one of a list of words (CPD0005, CPD0006 or CPD0016 otherwise).</summary>
    Word,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A whole number in a range (CPD0010 outside it).</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An array (its items' shape, when they are not objects, in <see cref="ReadShape.Items"/>).</summary>
    Array,

    /// <summary>An object (its properties are observed when it is opened).</summary>
    Object,
}

/// <summary>What one accessor of <see cref="ObjectReader"/> accepts, as told to an <see cref="IReadRecorder"/>.</summary>
internal sealed class ReadShape
{
    public static readonly ReadShape Text = new(ReadKind.Text);

    public static readonly ReadShape Id = new(ReadKind.Id);

    public static readonly ReadShape Number = new(ReadKind.Number);

    public static readonly ReadShape Boolean = new(ReadKind.Boolean);

    public static readonly ReadShape Object = new(ReadKind.Object);

    /// <summary>An array whose items are told otherwise (objects, opened one by one).</summary>
    public static readonly ReadShape Array = new(ReadKind.Array);

    private ReadShape(ReadKind kind, string? wordsName = null, IReadOnlyList<string>? words = null, long minimum = 0, long maximum = 0, ReadShape? items = null)
    {
        Kind = kind;
        WordsName = wordsName;
        Words = words ?? System.Array.Empty<string>();
        Minimum = minimum;
        Maximum = maximum;
        Items = items;
    }

    public ReadKind Kind { get; }

    /// <summary>What the words are (the word table's description), or <see langword="null"/> for words of no table.</summary>
    public string? WordsName { get; }

    /// <summary>Every word read as a value, aliases included (<see cref="ReadKind.Word"/>).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The smallest value (<see cref="ReadKind.Integer"/>).</summary>
    public long Minimum { get; }

    /// <summary>The largest value (<see cref="ReadKind.Integer"/>).</summary>
    public long Maximum { get; }

    /// <summary>The shape of the items of an array, when they are not objects.</summary>
    public ReadShape? Items { get; }

    /// <summary>The words of an enumeration.</summary>
    public static ReadShape WordsOf<TEnum>(EnumWordTable<TEnum> table)
        where TEnum : struct, Enum => new(ReadKind.Word, table.Description, table.AcceptedWords);

    /// <summary>Words of no table.</summary>
    public static ReadShape WordsOf(params string[] words) => new(ReadKind.Word, words: words);

    public static ReadShape Integer(long minimum, long maximum) => new(ReadKind.Integer, minimum: minimum, maximum: maximum);

    public static ReadShape ArrayOf(ReadShape items) => new(ReadKind.Array, items: items);
}
