using System;

namespace Cianopramine.Data.Vocabulary;

/// <summary>Finding the one table of an enumeration from its type, so callers need not name it.</summary>
internal static partial class EnumWords
{
    /// <summary>The table of an enumeration.</summary>
    /// <typeparam name="TEnum">An enumeration that has a table in <see cref="EnumWords"/>.</typeparam>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOperationException">The enumeration has no table (a test checks that every one has).</exception>
    public static EnumWordTable<TEnum> For<TEnum>()
        where TEnum : struct, Enum
    {
        // Reading a field runs the static initialiser, which creates (and so registers) every table.
        _ = ReferenceKind;
        return TableOf<TEnum>.Instance ?? throw new InvalidOperationException(typeof(TEnum).Name + " has no word table.");
    }

    /// <summary>The display word of an enumeration value.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The word for people.</returns>
    public static string Display<TEnum>(TEnum value)
        where TEnum : struct, Enum => For<TEnum>().ToDisplay(value);

    /// <summary>Called by each table's constructor.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="table">The table.</param>
    internal static void Register<TEnum>(EnumWordTable<TEnum> table)
        where TEnum : struct, Enum
    {
        if (TableOf<TEnum>.Instance is not null)
        {
            throw new InvalidOperationException(typeof(TEnum).Name + " has two word tables.");
        }

        TableOf<TEnum>.Instance = table;
    }

    private static class TableOf<TEnum>
        where TEnum : struct, Enum
    {
        public static EnumWordTable<TEnum>? Instance;
    }
}
