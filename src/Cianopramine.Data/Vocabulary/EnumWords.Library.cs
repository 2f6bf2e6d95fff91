using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Vocabulary;

/// <summary>The words of the query results' enumerations (the library's own; the source generator has no queries).</summary>
internal static partial class EnumWords
{
    public static readonly EnumWordTable<ComparisonVerdict> ComparisonVerdict = new(
        "comparison verdict",
        ("stronger", Querying.ComparisonVerdict.Stronger, "stronger"),
        ("weaker", Querying.ComparisonVerdict.Weaker, "weaker"),
        ("similar", Querying.ComparisonVerdict.Similar, "similar"),
        ("conflicting", Querying.ComparisonVerdict.Conflicting, "conflicting evidence"),
        ("not-comparable", Querying.ComparisonVerdict.NotComparable, "not comparable"));

    public static readonly EnumWordTable<ComparisonBasis> ComparisonBasis = new(
        "comparison basis",
        ("comparative-result", Querying.ComparisonBasis.ComparativeResult, "comparative result"),
        ("quantitative-ratio", Querying.ComparisonBasis.QuantitativeRatio, "quantitative ratio"));

    public static readonly EnumWordTable<ThresholdComparison> ThresholdComparison = new(
        "threshold comparison",
        ("below", Querying.ThresholdComparison.Below, "below"),
        ("at-most", Querying.ThresholdComparison.AtMost, "at most"),
        ("above", Querying.ThresholdComparison.Above, "above"),
        ("at-least", Querying.ThresholdComparison.AtLeast, "at least"));
}
