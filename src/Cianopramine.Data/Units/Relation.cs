using System;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Units;

/// <summary>
/// How a reported magnitude relates to the true value, as in ChEMBL's <c>standard_relation</c>.
/// Anything other than <see cref="EqualTo"/> or <see cref="Approximately"/> is a censored value:
/// "&gt; 10 µM" says only that the true value lies above 10 µM.
/// </summary>
public enum Relation
{
    /// <summary>The value is as reported (=).</summary>
    EqualTo,

    /// <summary>The true value is below the reported one (&lt;).</summary>
    LessThan,

    /// <summary>The true value is above the reported one (&gt;).</summary>
    GreaterThan,

    /// <summary>The true value is at most the reported one (≤).</summary>
    LessThanOrEqual,

    /// <summary>The true value is at least the reported one (≥).</summary>
    GreaterThanOrEqual,

    /// <summary>The value is approximate (~).</summary>
    Approximately,
}

/// <summary>Symbols and transformations of <see cref="Relation"/>.</summary>
public static class RelationExtensions
{
    /// <summary>The relation's ASCII symbol as written in JSON and CSV: <c>=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>~</c>.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined <see cref="Relation"/> value.</exception>
    public static string Symbol(this Relation relation) =>
        EnumWords.Relation.TryToWord(relation, out var symbol) ? symbol : throw Unknown(relation);

    /// <summary>The relation's symbol for people to read: <c>=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>≤</c>, <c>≥</c>, <c>~</c>.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined <see cref="Relation"/> value.</exception>
    public static string DisplaySymbol(this Relation relation) =>
        EnumWords.Relation.TryToWord(relation, out _) ? EnumWords.Relation.ToDisplay(relation) : throw Unknown(relation);

    /// <summary>Whether the relation censors the value (&lt;, &gt;, ≤, ≥).</summary>
    /// <param name="relation">The relation.</param>
    /// <returns><see langword="true"/> for a bound rather than a value.</returns>
    public static bool IsCensored(this Relation relation) => relation is not (Relation.EqualTo or Relation.Approximately);

    /// <summary>
    /// The relation after a decreasing transformation of the value, such as concentration → p-value:
    /// IC50 &lt; 1 µM becomes pIC50 &gt; 6.
    /// </summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The mirrored relation.</returns>
    public static Relation Mirror(this Relation relation) => relation switch
    {
        Relation.LessThan => Relation.GreaterThan,
        Relation.GreaterThan => Relation.LessThan,
        Relation.LessThanOrEqual => Relation.GreaterThanOrEqual,
        Relation.GreaterThanOrEqual => Relation.LessThanOrEqual,
        _ => relation,
    };

    private static ArgumentOutOfRangeException Unknown(Relation relation) => new(nameof(relation), relation, "Unknown relation.");
}
