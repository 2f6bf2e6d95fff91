using System;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>How a potency filter compares a result's concentration with its threshold.</summary>
public enum ThresholdComparison
{
    /// <summary>The true value is lower than the threshold (&lt;).</summary>
    Below,

    /// <summary>The true value is at most the threshold (≤).</summary>
    AtMost,

    /// <summary>The true value is higher than the threshold (&gt;).</summary>
    Above,

    /// <summary>The true value is at least the threshold (≥).</summary>
    AtLeast,
}

/// <summary>What a <see cref="ConcentrationThreshold"/> decides about one result.</summary>
public enum ThresholdDecision
{
    /// <summary>The result certainly meets the threshold ("&lt; 1 µM" is below 10 µM).</summary>
    Matches,

    /// <summary>The result certainly does not meet the threshold ("&gt; 10 µM" is never below 1 µM).</summary>
    DoesNotMatch,

    /// <summary>
    /// A censored value whose bound lies on the wrong side of the threshold: "&lt; 10 µM" may or may not be below 1 µM.
    /// </summary>
    UndecidedCensored,

    /// <summary>A quantitative value that is not a molar concentration (% inhibition, a dose in mg).</summary>
    UndecidedNotConcentration,

    /// <summary>A qualitative value ("potent and selective inhibitor"): no number to compare.</summary>
    UndecidedQualitative,

    /// <summary>A comparative value ("weaker than cianopramine"): no number to compare.</summary>
    UndecidedComparative,
}

/// <summary>
/// A unit-aware potency criterion: a comparison with a molar concentration ("below 100 µM"). It decides honestly
/// about censored values: a "&gt; 10 µM" result is never below 1 µM, a "&lt; 1 µM" result is below 10 µM, and a bound on the
/// wrong side of the threshold ("&lt; 10 µM" against "below 1 µM") is undecided, never guessed.
/// </summary>
/// <remarks>
/// Concentrations are compared exactly, whatever their units (1000 nM is exactly 1 µM). An approximate value
/// ("~ 5 µM") is read as its magnitude, as ChEMBL reads <c>~</c>.
/// </remarks>
public readonly record struct ConcentrationThreshold
{
    /// <summary>Creates a value.</summary>
    /// <param name="comparison">Below, at most, above or at least.</param>
    /// <param name="threshold">The concentration compared with.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not a defined <see cref="ThresholdComparison"/> value.</exception>
    public ConcentrationThreshold(ThresholdComparison comparison, MolarConcentration threshold)
    {
        if (comparison is < ThresholdComparison.Below or > ThresholdComparison.AtLeast)
        {
            // An undefined comparison was read as "at least" by Decide and failed only in FromPValue.
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison.");
        }

        Comparison = comparison;
        Threshold = threshold;
    }

    /// <summary>Below, at most, above or at least.</summary>
    public ThresholdComparison Comparison { get; }

    /// <summary>The concentration compared with.</summary>
    public MolarConcentration Threshold { get; }

    /// <summary>
    /// The criterion on the p-scale, turned into a concentration criterion: pIC50 &gt; 6 is IC50 &lt; 1 µM
    /// (the comparison is mirrored, since a higher p-value is a lower concentration).
    /// </summary>
    /// <param name="comparison">The comparison on the p-scale (<see cref="ThresholdComparison.Above"/> for pIC50 &gt; 6).</param>
    /// <param name="threshold">The p-value.</param>
    /// <returns>
    /// The equivalent concentration criterion (10^−p M, to 15 significant digits). A p-value below −16 stands for
    /// more than <see cref="MolarConcentration.MaxValue"/> (10¹⁶ M); its threshold is <see cref="MolarConcentration.MaxValue"/>,
    /// which decides every result alike, since data holds no concentration above 10¹⁵ M (CPD0010).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not a defined <see cref="ThresholdComparison"/> value.</exception>
    internal static ConcentrationThreshold FromPValue(ThresholdComparison comparison, PValue threshold) =>
        new(Mirror(comparison), threshold.Value < PValue.MinForConcentration ? MolarConcentration.MaxValue : threshold.ToConcentration());

    /// <summary>Decides whether a result's value meets the criterion.</summary>
    /// <param name="value">The result's value.</param>
    /// <returns>The decision; one of the <c>Undecided…</c> values when the value cannot be decided.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ThresholdDecision Decide(ResultValue value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return value switch
        {
            QuantitativeValue q when q.Concentration is { } c => Decide(q.Relation, c),
            QuantitativeValue => ThresholdDecision.UndecidedNotConcentration,
            QualitativeValue => ThresholdDecision.UndecidedQualitative,
            _ => ThresholdDecision.UndecidedComparative,
        };
    }

    /// <summary>Decides whether a (possibly censored) concentration meets the criterion.</summary>
    /// <param name="relation">How <paramref name="bound"/> bounds the true value.</param>
    /// <param name="bound">The reported concentration.</param>
    /// <returns><see cref="ThresholdDecision.Matches"/>, <see cref="ThresholdDecision.DoesNotMatch"/> or <see cref="ThresholdDecision.UndecidedCensored"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined <see cref="Relation"/> value.</exception>
    public ThresholdDecision Decide(Relation relation, MolarConcentration bound)
    {
        var t = Threshold;
        var v = bound;
        switch (relation)
        {
            case Relation.EqualTo:
            case Relation.Approximately:
                return Holds(Comparison, v, t) ? ThresholdDecision.Matches : ThresholdDecision.DoesNotMatch;

            case Relation.LessThan:
                // x < v
                return Comparison switch
                {
                    ThresholdComparison.Below or ThresholdComparison.AtMost => v <= t ? ThresholdDecision.Matches : ThresholdDecision.UndecidedCensored,
                    ThresholdComparison.Above => v <= t ? ThresholdDecision.DoesNotMatch : ThresholdDecision.UndecidedCensored,
                    _ => v <= t ? ThresholdDecision.DoesNotMatch : ThresholdDecision.UndecidedCensored,
                };

            case Relation.LessThanOrEqual:
                // x ≤ v
                return Comparison switch
                {
                    ThresholdComparison.Below => v < t ? ThresholdDecision.Matches : ThresholdDecision.UndecidedCensored,
                    ThresholdComparison.AtMost => v <= t ? ThresholdDecision.Matches : ThresholdDecision.UndecidedCensored,
                    ThresholdComparison.Above => v <= t ? ThresholdDecision.DoesNotMatch : ThresholdDecision.UndecidedCensored,
                    _ => v < t ? ThresholdDecision.DoesNotMatch : ThresholdDecision.UndecidedCensored,
                };

            case Relation.GreaterThan:
                // x > v
                return Comparison switch
                {
                    ThresholdComparison.Above or ThresholdComparison.AtLeast => v >= t ? ThresholdDecision.Matches : ThresholdDecision.UndecidedCensored,
                    ThresholdComparison.Below => v >= t ? ThresholdDecision.DoesNotMatch : ThresholdDecision.UndecidedCensored,
                    _ => v >= t ? ThresholdDecision.DoesNotMatch : ThresholdDecision.UndecidedCensored,
                };

            case Relation.GreaterThanOrEqual:
                // x ≥ v
                return Comparison switch
                {
                    ThresholdComparison.Above => v > t ? ThresholdDecision.Matches : ThresholdDecision.UndecidedCensored,
                    ThresholdComparison.AtLeast => v >= t ? ThresholdDecision.Matches : ThresholdDecision.UndecidedCensored,
                    ThresholdComparison.Below => v >= t ? ThresholdDecision.DoesNotMatch : ThresholdDecision.UndecidedCensored,
                    _ => v > t ? ThresholdDecision.DoesNotMatch : ThresholdDecision.UndecidedCensored,
                };

            default:
                throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown relation.");
        }
    }

    /// <summary>The criterion in words: <c>below 100 µM</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Text.Of(Comparison)} {Threshold}";

    private static bool Holds(ThresholdComparison comparison, MolarConcentration value, MolarConcentration threshold) => comparison switch
    {
        ThresholdComparison.Below => value < threshold,
        ThresholdComparison.AtMost => value <= threshold,
        ThresholdComparison.Above => value > threshold,
        _ => value >= threshold,
    };

    private static ThresholdComparison Mirror(ThresholdComparison comparison) => comparison switch
    {
        ThresholdComparison.Below => ThresholdComparison.Above,
        ThresholdComparison.AtMost => ThresholdComparison.AtLeast,
        ThresholdComparison.Above => ThresholdComparison.Below,
        ThresholdComparison.AtLeast => ThresholdComparison.AtMost,
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison."),
    };
}
