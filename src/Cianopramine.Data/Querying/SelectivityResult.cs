using System;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>One pair of concentration values behind a selectivity: the same parameter at both targets, in one setting.</summary>
public sealed class SelectivityPair
{
    internal SelectivityPair(AssayResult atTarget, AssayResult atOver, ConcentrationRatio? fold)
    {
        AtTarget = atTarget;
        AtOver = atOver;
        Fold = fold;
    }

    /// <summary>The result at the target of interest.</summary>
    public AssayResult AtTarget { get; }

    /// <summary>The result at the target it is compared with.</summary>
    public AssayResult AtOver { get; }

    /// <summary>The value at <c>Over</c> divided by the value at <c>Target</c> (above 1: selective for the target), or null when censoring leaves no ratio.</summary>
    public ConcentrationRatio? Fold { get; }

    /// <summary>The pair in words: <c>r1 Ki = 1 nM at SERT vs r2 Ki = 100 nM at NET: fold = 100</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{AtTarget.Id} {Text.Short(AtTarget.Value)} at {AtTarget.Target.Symbol} vs {AtOver.Id} {Text.Short(AtOver.Value)} at {AtOver.Target.Symbol} ({Text.Of(AtTarget.Assay.Setting)}): "
        + (Fold is { } fold ? $"fold {fold}" : "both bounds point the same way, no ratio");
}

/// <summary>
/// The selectivity of a compound for one target over another (SERT over NET), as a fold ratio of concentration
/// values of the same parameter in the same setting, or an explicit "cannot be determined from this dataset" with
/// the reason.
/// </summary>
public sealed class SelectivityResult
{
    internal SelectivityResult(
        Compound compound,
        Target target,
        Target over,
        ValueArray<SelectivityPair> pairs,
        ValueArray<AssayResult> targetResults,
        ValueArray<AssayResult> overResults,
        ValueArray<DataGap> statedGaps,
        string reason)
    {
        Compound = compound;
        Target = target;
        Over = over;
        Pairs = pairs;
        TargetResults = targetResults;
        OverResults = overResults;
        StatedGaps = statedGaps;
        Reason = reason;
    }

    /// <summary>The compound.</summary>
    public Compound Compound { get; }

    /// <summary>The target the selectivity is for (SERT).</summary>
    public Target Target { get; }

    /// <summary>The target it is over (NET).</summary>
    public Target Over { get; }

    /// <summary>Whether the dataset determines a fold selectivity (at least one pair gives a ratio).</summary>
    public bool IsDetermined => Fold is not null;

    /// <summary>
    /// The fold selectivity from the first pair that gives one: the concentration at <see cref="Over"/> divided by the
    /// concentration at <see cref="Target"/>, so 100 means 100-fold selective for the target. Null when not determined.
    /// </summary>
    public ConcentrationRatio? Fold
    {
        get
        {
            foreach (var pair in Pairs)
            {
                if (pair.Fold is { } fold)
                {
                    return fold;
                }
            }

            return null;
        }
    }

    /// <summary>Every pair of comparable concentration values (same parameter and setting, compatible species).</summary>
    public ValueArray<SelectivityPair> Pairs { get; }

    /// <summary>The compound's results at <see cref="Target"/>, for context.</summary>
    public ValueArray<AssayResult> TargetResults { get; }

    /// <summary>The compound's results at <see cref="Over"/>, for context.</summary>
    public ValueArray<AssayResult> OverResults { get; }

    /// <summary>The stated data gaps that cover the compound at either target (G5).</summary>
    public ValueArray<DataGap> StatedGaps { get; }

    /// <summary>The fold in words, or why it cannot be determined from this dataset.</summary>
    public string Reason { get; }

    /// <summary>The selectivity, its pairs or the reason, and the stated gaps. At most 16 Mi characters: a longer text is cut and ends with a line saying so.</summary>
    /// <returns>The text.</returns>
    public string ToText() => BoundedText.Build(WriteText);

    private void WriteText(BoundedText text)
    {
        text.Append("Selectivity of ").Append(Compound.Name).Append(" for ").Append(Target.Symbol).Append(" over ").Append(Over.Symbol).Append(": ");
        text.Append(IsDetermined ? "fold " + Fold!.Value.ToString() : "cannot be determined from this dataset").AppendLine();
        text.Append("  ").Append(Reason).AppendLine();
        foreach (var pair in Pairs)
        {
            text.Append("  - ").Append(pair).AppendLine();
        }

        foreach (var gap in StatedGaps)
        {
            text.Append("  stated gap ").Append(gap.Id).Append(": \"").Append(gap.Text).Append("\" ").Append(Text.Ids(gap.References)).AppendLine();
        }
    }

    /// <summary>The selectivity as text; see <see cref="ToText"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();

    internal static SelectivityResult Create(Dataset dataset, Compound compound, Target target, Target over)
    {
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(over);

        var atTarget = dataset.Results.For(compound).At(target).ToValueArray();
        var atOver = dataset.Results.For(compound).At(over).ToValueArray();
        var gaps = new List<DataGap>();
        foreach (var gap in dataset.StatedGapsFor(compound, target))
        {
            gaps.Add(gap);
        }

        foreach (var gap in dataset.StatedGapsFor(compound, over))
        {
            if (!gaps.Contains(gap))
            {
                gaps.Add(gap);
            }
        }

        var statedGaps = ValueArray<DataGap>.FromOwnedArray(gaps.ToArray());
        if (string.Equals(target.Id, over.Id, StringComparison.Ordinal))
        {
            return new SelectivityResult(compound, target, over, default, atTarget, atOver, statedGaps,
                $"Both names are the same target ({target.Symbol}).");
        }

        var pairs = ComparablePairs(atTarget, atOver, stopAtFirstFold: false);
        SelectivityPair? decided = null;
        foreach (var pair in pairs)
        {
            if (pair.Fold is not null)
            {
                decided = pair;
                break;
            }
        }

        var reason = decided is null
            ? UndeterminedReason(compound, target, over, atTarget, atOver, pairs.Count > 0, statedGaps)
            : DeterminedReason(decided, target, over);
        return new SelectivityResult(compound, target, over, ValueArray<SelectivityPair>.FromOwnedArray(pairs.ToArray()),
            atTarget, atOver, statedGaps, reason);
    }

    /// <summary>The first comparable pair, in dataset order, that gives a fold; null when none does (the fold <see cref="Fold"/> reports).</summary>
    internal static SelectivityPair? FirstFold(IReadOnlyList<AssayResult> atTarget, IReadOnlyList<AssayResult> atOver)
    {
        var pairs = ComparablePairs(atTarget, atOver, stopAtFirstFold: true);
        return pairs.Count > 0 && pairs[^1].Fold is not null ? pairs[^1] : null;
    }

    private static List<SelectivityPair> ComparablePairs(IReadOnlyList<AssayResult> atTarget, IReadOnlyList<AssayResult> atOver, bool stopAtFirstFold)
    {
        var pairs = new List<SelectivityPair>();
        foreach (var a in atTarget)
        {
            foreach (var b in atOver)
            {
                if (Comparability.ComparableAcrossTargets(a, b))
                {
                    // Fold = value at Over / value at Target: above 1 means the compound needs more at Over.
                    ConcentrationRatio? fold = ConcentrationRatio.TryCreate((QuantitativeValue)b.Value, (QuantitativeValue)a.Value, out var ratio) ? ratio : null;
                    pairs.Add(new SelectivityPair(a, b, fold));
                    if (stopAtFirstFold && fold is not null)
                    {
                        return pairs;
                    }
                }
            }
        }

        return pairs;
    }

    private static string DeterminedReason(SelectivityPair pair, Target target, Target over)
    {
        var fold = pair.Fold!.Value;
        var parameter = Text.Of(((QuantitativeValue)pair.AtTarget.Value).Parameter);
        var direction = fold.IsCertainlyAboveOne ? $"selective for {target.Symbol}"
            : fold.IsCertainlyBelowOne ? $"selective for {over.Symbol}"
            : fold.Relation is Units.Relation.EqualTo or Units.Relation.Approximately ? "no preference"
            : "the bound does not say which target is preferred";
        return $"{parameter} at {over.Symbol} / {parameter} at {target.Symbol} {fold}: {direction} ({pair.AtTarget.Id}, {pair.AtOver.Id}).";
    }

    private static string UndeterminedReason(
        Compound compound,
        Target target,
        Target over,
        ValueArray<AssayResult> atTarget,
        ValueArray<AssayResult> atOver,
        bool censoredPairs,
        ValueArray<DataGap> gaps)
    {
        var text = new StringBuilder("Cannot be determined from this dataset: ");
        if (censoredPairs)
        {
            text.Append("the comparable concentration values are censored the same way, so no ratio follows");
        }
        else
        {
            var missing = new List<string>(2);
            if (!HasMolar(atTarget))
            {
                missing.Add(target.Symbol);
            }

            if (!HasMolar(atOver))
            {
                missing.Add(over.Symbol);
            }

            text.Append(missing.Count > 0
                ? $"{compound.Name} has no concentration value (IC50, Ki …) at {string.Join(" or ", missing)}"
                : $"{compound.Name}'s concentration values at {target.Symbol} and {over.Symbol} share no parameter and setting");
        }

        text.Append(". At ").Append(target.Symbol).Append(": ").Append(Comparability.Describe(atTarget));
        text.Append(". At ").Append(over.Symbol).Append(": ").Append(Comparability.Describe(atOver)).Append('.');
        foreach (var gap in gaps)
        {
            text.Append(" The dataset states the gap ").Append(gap.Id).Append(": \"").Append(gap.Text).Append("\".");
        }

        return text.ToString();
    }

    private static bool HasMolar(ValueArray<AssayResult> results)
    {
        foreach (var result in results)
        {
            if (Comparability.Molar(result) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
