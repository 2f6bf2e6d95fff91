using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>
/// The quantitative results of one parameter at one target, with the best value: the lowest concentration for a
/// potency (IC50, Ki, Kd, EC50, ED50), the highest for % inhibition; none for a plain dose.
/// </summary>
/// <remarks>
/// Censored values rank honestly: for a potency, exact values and upper bounds ("&lt; 1 µM") come before lower bounds
/// ("&gt; 10 µM"), which can only be best when nothing else is known; the best keeps its relation.
/// </remarks>
public sealed class QuantitativeSummary
{
    private QuantitativeSummary(ActivityParameter parameter, ValueArray<AssayResult> results, AssayResult? best, BestValueRule rule)
    {
        Parameter = parameter;
        Results = results;
        Best = best;
        Rule = rule;
        ConditionsDiffer = Differ(results);
    }

    /// <summary>
    /// Whether the values were measured in different assays or under different conditions (doses, times): then the
    /// <see cref="Best"/> value is only the lowest or highest of values that are not comparable as one potency (P4's
    /// 80 % is the 2 mg dose at 2 h, not cianopramine's best inhibition), and the text and HTML say so.
    /// </summary>
    public bool ConditionsDiffer { get; }

    /// <summary>The parameter.</summary>
    public ActivityParameter Parameter { get; }

    /// <summary>The results, in dataset order.</summary>
    public ValueArray<AssayResult> Results { get; }

    /// <summary>The result with the best value, or null when the parameter has no "best" (a plain dose).</summary>
    public AssayResult? Best { get; }

    /// <summary>The best value, with its relation and unit, or null.</summary>
    public QuantitativeValue? BestValue => Best?.Value as QuantitativeValue;

    /// <summary>How the best value was chosen.</summary>
    public BestValueRule Rule { get; }

    /// <summary>Whether the values are molar concentrations.</summary>
    internal bool IsConcentration => Results.Count > 0 && Results[0].Value is QuantitativeValue { Concentration: not null };

    /// <summary>The summary's lines of the profile text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => BoundedText.Build(WriteString);

    private void WriteString(BoundedText text)
    {
        AppendText(text);
    }

    internal static QuantitativeSummary Create(ActivityParameter parameter, ValueArray<AssayResult> results)
    {
        var rule = parameter switch
        {
            ActivityParameter.PercentInhibition => BestValueRule.Highest,
            ActivityParameter.Dose => BestValueRule.None,
            _ => BestValueRule.Lowest,
        };

        AssayResult? best = null;
        if (rule != BestValueRule.None)
        {
            foreach (var result in results)
            {
                if (best is null || Better(rule, (QuantitativeValue)result.Value, (QuantitativeValue)best.Value))
                {
                    best = result;
                }
            }
        }

        return new QuantitativeSummary(parameter, results, best, rule);
    }

    internal void AppendText(BoundedText text)
    {
        text.Append("    ").Append(Text.Of(Parameter)).Append(": ");
        if (Best is { } best)
        {
            text.Append(ConditionsDiffer
                    ? (Rule == BestValueRule.Lowest ? "lowest, of values under different conditions, " : "highest, of values under different conditions, ")
                    : (Rule == BestValueRule.Lowest ? "best (lowest) " : "best (highest) "))
                .Append(Text.Magnitude((QuantitativeValue)best.Value, withPValue: true)).Append(" — ").Append(best.Id);
            if (!best.Conditions.IsEmpty)
            {
                text.Append(", ").Append(best.Conditions);
            }
        }
        else
        {
            text.Append("no best value for this parameter");
        }

        text.Append(" (").Append(Results.Count).Append(Results.Count == 1 ? " value)" : " values)").AppendLine();
        foreach (var result in Results)
        {
            TargetProfile.AppendResult(text, "      ", result, withCompound: false);
        }
    }

    private static bool Differ(ValueArray<AssayResult> results)
    {
        for (var i = 1; i < results.Count; i++)
        {
            if (!string.Equals(results[i].Assay.Id, results[0].Assay.Id, StringComparison.Ordinal) || !results[i].Conditions.Equals(results[0].Conditions))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Better(BestValueRule rule, QuantitativeValue candidate, QuantitativeValue current)
    {
        var a = Rank(rule, candidate.Relation);
        var b = Rank(rule, current.Relation);
        if (a.Group != b.Group)
        {
            return a.Group < b.Group;
        }

        var comparison = Magnitude(candidate).CompareTo(Magnitude(current));
        if (comparison != 0)
        {
            return rule == BestValueRule.Lowest ? comparison < 0 : comparison > 0;
        }

        return a.Tie < b.Tie;
    }

    private static decimal Magnitude(QuantitativeValue value) =>
        value.Concentration is { } c ? c.ToMolar() : value.Magnitude.Value;

    /// <summary>
    /// Group 0 holds the values that bound the true value from the good side or pin it (exact and upper bounds for a
    /// potency); group 1 the ones that bound it from the bad side. Ties prefer the stronger statement.
    /// </summary>
    private static (int Group, int Tie) Rank(BestValueRule rule, Relation relation)
    {
        var goodSide = rule == BestValueRule.Lowest
            ? relation is Relation.LessThan or Relation.LessThanOrEqual
            : relation is Relation.GreaterThan or Relation.GreaterThanOrEqual;
        var badSide = rule == BestValueRule.Lowest
            ? relation is Relation.GreaterThan or Relation.GreaterThanOrEqual
            : relation is Relation.LessThan or Relation.LessThanOrEqual;
        var strict = relation is Relation.LessThan or Relation.GreaterThan;
        return badSide ? (1, strict ? 1 : 0) : (0, goodSide ? (strict ? 0 : 1) : 2);
    }
}

/// <summary>How a <see cref="QuantitativeSummary"/> chooses its best value.</summary>
public enum BestValueRule
{
    /// <summary>The lowest value is best (a potency: IC50, Ki, Kd, EC50, ED50).</summary>
    Lowest,

    /// <summary>The highest value is best (% inhibition).</summary>
    Highest,

    /// <summary>No value is "best" (a plain dose).</summary>
    None,
}
