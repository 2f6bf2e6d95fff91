using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>The potency filters (concentration and p-value thresholds, censoring-aware) and the partition into matched, not matched and undecided.</summary>
public sealed partial class ResultQuery
{
    /// <summary>Only the results whose concentration is certainly below a threshold ("IC50 below 100 µM").</summary>
    /// <param name="threshold">The threshold, in any molar unit.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery Below(MolarConcentration threshold) => Meeting(new ConcentrationThreshold(ThresholdComparison.Below, threshold));

    /// <summary>Only the results whose concentration is certainly below a threshold.</summary>
    /// <param name="value">The threshold's magnitude.</param>
    /// <param name="unit">The threshold's unit.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or more than <see cref="MolarConcentration.MaxValue"/>, or <paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    public ResultQuery Below(decimal value, MolarUnit unit) => Below(MolarConcentration.From(value, unit));

    /// <summary>Only the results whose concentration is certainly at most a threshold ("at most 50 µM").</summary>
    /// <param name="threshold">The threshold, in any molar unit.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery AtMost(MolarConcentration threshold) => Meeting(new ConcentrationThreshold(ThresholdComparison.AtMost, threshold));

    /// <summary>Only the results whose concentration is certainly at most a threshold.</summary>
    /// <param name="value">The threshold's magnitude.</param>
    /// <param name="unit">The threshold's unit.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or more than <see cref="MolarConcentration.MaxValue"/>, or <paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    public ResultQuery AtMost(decimal value, MolarUnit unit) => AtMost(MolarConcentration.From(value, unit));

    /// <summary>Only the results whose concentration is certainly above a threshold (weaker than it).</summary>
    /// <param name="threshold">The threshold, in any molar unit.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery Above(MolarConcentration threshold) => Meeting(new ConcentrationThreshold(ThresholdComparison.Above, threshold));

    /// <summary>Only the results whose concentration is certainly above a threshold.</summary>
    /// <param name="value">The threshold's magnitude.</param>
    /// <param name="unit">The threshold's unit.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or more than <see cref="MolarConcentration.MaxValue"/>, or <paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    public ResultQuery Above(decimal value, MolarUnit unit) => Above(MolarConcentration.From(value, unit));

    /// <summary>Only the results whose concentration is certainly at least a threshold.</summary>
    /// <param name="threshold">The threshold, in any molar unit.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery AtLeast(MolarConcentration threshold) => Meeting(new ConcentrationThreshold(ThresholdComparison.AtLeast, threshold));

    /// <summary>Only the results whose concentration is certainly at least a threshold.</summary>
    /// <param name="value">The threshold's magnitude.</param>
    /// <param name="unit">The threshold's unit.</param>
    /// <returns>The refined query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or more than <see cref="MolarConcentration.MaxValue"/>, or <paramref name="unit"/> is not a defined <see cref="MolarUnit"/> value.</exception>
    public ResultQuery AtLeast(decimal value, MolarUnit unit) => AtLeast(MolarConcentration.From(value, unit));

    /// <summary>
    /// Only the results whose p-value is certainly above a threshold: <c>WithPValueAbove(new PValue(6))</c> keeps
    /// pIC50 &gt; 6, which is IC50 &lt; 1 µM.
    /// </summary>
    /// <param name="threshold">The p-value.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithPValueAbove(PValue threshold) => Meeting(ConcentrationThreshold.FromPValue(ThresholdComparison.Above, threshold));

    /// <summary>Only the results whose p-value is certainly at least a threshold (pIC50 ≥ 6 is IC50 ≤ 1 µM).</summary>
    /// <param name="threshold">The p-value.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithPValueAtLeast(PValue threshold) => Meeting(ConcentrationThreshold.FromPValue(ThresholdComparison.AtLeast, threshold));

    /// <summary>Only the results whose p-value is certainly below a threshold (pIC50 &lt; 5 is IC50 &gt; 10 µM).</summary>
    /// <param name="threshold">The p-value.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithPValueBelow(PValue threshold) => Meeting(ConcentrationThreshold.FromPValue(ThresholdComparison.Below, threshold));

    /// <summary>Only the results whose p-value is certainly at most a threshold (pIC50 ≤ 5 is IC50 ≥ 10 µM).</summary>
    /// <param name="threshold">The p-value.</param>
    /// <returns>The refined query.</returns>
    public ResultQuery WithPValueAtMost(PValue threshold) => Meeting(ConcentrationThreshold.FromPValue(ThresholdComparison.AtMost, threshold));

    /// <summary>Only the results that a potency criterion decides as matching.</summary>
    /// <param name="threshold">The criterion.</param>
    /// <returns>The refined query; undecidable results are left out and reported by <see cref="Partition"/>.</returns>
    public ResultQuery Meeting(ConcentrationThreshold threshold)
    {
        var thresholds = new ConcentrationThreshold[_thresholds.Count + 1];
        _thresholds.AsSpan().CopyTo(thresholds);
        thresholds[^1] = threshold;

        // Only quantitative results can meet a threshold, so the quantitative list can serve as the source.
        return new ResultQuery(
            _dataset,
            Smaller(_source, _dataset.QueryIndexes.OfValueKind(ValueKind.Quantitative)),
            _filters,
            ValueArray<ConcentrationThreshold>.FromOwnedArray(thresholds));
    }

    /// <summary>
    /// Splits the results that pass every other refinement by the potency criteria: the ones that match, the ones that
    /// certainly do not, and the ones that cannot be decided, each with the reason (qualitative, comparative, not a
    /// concentration, or censored across the threshold). Without potency criteria every result matches.
    /// </summary>
    /// <returns>The three lists, in dataset order.</returns>
    public PotencyFilterResult Partition()
    {
        var matched = new List<AssayResult>();
        var notMatched = new List<AssayResult>();
        var undecided = new List<UndecidedResult>();

        // Undecided results are not quantitative, so the partition walks the list without the quantitative shortcut.
        var source = _thresholds.IsEmpty ? (_source ?? _dataset.AllResults.Items) : SourceWithoutThresholdShortcut();
        foreach (var result in source)
        {
            if (!Passes(result))
            {
                continue;
            }

            var outcome = ThresholdDecision.Matches;
            ConcentrationThreshold? undecidedBy = null;
            foreach (var threshold in _thresholds)
            {
                var decision = threshold.Decide(result.Value);
                if (decision == ThresholdDecision.DoesNotMatch)
                {
                    outcome = decision;
                    break;
                }

                if (decision != ThresholdDecision.Matches && undecidedBy is null)
                {
                    outcome = decision;
                    undecidedBy = threshold;
                }
            }

            switch (outcome)
            {
                case ThresholdDecision.Matches:
                    matched.Add(result);
                    break;
                case ThresholdDecision.DoesNotMatch:
                    notMatched.Add(result);
                    break;
                default:
                    undecided.Add(new UndecidedResult(result, undecidedBy!.Value, outcome));
                    break;
            }
        }

        return new PotencyFilterResult(
            _thresholds,
            ValueArray<AssayResult>.FromOwnedArray(matched.ToArray()),
            ValueArray<AssayResult>.FromOwnedArray(notMatched.ToArray()),
            ValueArray<UndecidedResult>.FromOwnedArray(undecided.ToArray()));
    }


    private bool MeetsThresholds(AssayResult result)
    {
        foreach (var threshold in _thresholds)
        {
            if (threshold.Decide(result.Value) != ThresholdDecision.Matches)
            {
                return false;
            }
        }

        return true;
    }
}
