using System;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>How the first compound of a comparison compares with the second at a target.</summary>
public enum ComparisonVerdict
{
    /// <summary>The first compound is stronger (more potent) than the second.</summary>
    Stronger,

    /// <summary>The first compound is weaker (less potent) than the second.</summary>
    Weaker,

    /// <summary>The two are about as strong.</summary>
    Similar,

    /// <summary>The evidence disagrees: some results say stronger, others weaker or similar.</summary>
    Conflicting,

    /// <summary>The dataset holds nothing that compares them at this target; <see cref="CompoundComparison.Reason"/> says why.</summary>
    NotComparable,
}

/// <summary>Where a piece of comparison evidence comes from.</summary>
public enum ComparisonBasis
{
    /// <summary>A comparative result: one compound stated to be weaker, stronger or similar than the other.</summary>
    ComparativeResult,

    /// <summary>Two quantitative values (same parameter, comparable assays) set against each other as a ratio.</summary>
    QuantitativeRatio,
}

/// <summary>One piece of evidence in a <see cref="CompoundComparison"/>, read from the first compound's side.</summary>
public sealed class ComparisonEvidence
{
    internal ComparisonEvidence(ComparisonBasis basis, ComparisonVerdict verdict, AssayResult result, AssayResult? other, ConcentrationRatio? ratio, string description)
    {
        Basis = basis;
        Verdict = verdict;
        Result = result;
        Other = other;
        Ratio = ratio;
        Description = description;
    }

    /// <summary>A comparative result or a quantitative ratio.</summary>
    public ComparisonBasis Basis { get; }

    /// <summary>
    /// What this evidence says of the first compound relative to the second; <see cref="ComparisonVerdict.NotComparable"/>
    /// for a ratio that censoring leaves undecided.
    /// </summary>
    public ComparisonVerdict Verdict { get; }

    /// <summary>The comparative result (of either compound), or the first compound's quantitative result.</summary>
    public AssayResult Result { get; }

    /// <summary>For a ratio, the second compound's quantitative result; otherwise null.</summary>
    public AssayResult? Other { get; }

    /// <summary>For a ratio, first over second (IC50 ratio &lt; 1 means the first is more potent); otherwise null.</summary>
    public ConcentrationRatio? Ratio { get; }

    /// <summary>The evidence in words, with result ids, setting and references.</summary>
    public string Description { get; }

    /// <summary>The description.</summary>
    /// <returns><see cref="Description"/>.</returns>
    public override string ToString() => Description;
}

/// <summary>
/// A comparison of two compounds at one target: from comparative results ("considerably weaker than cianopramine"),
/// from comparable quantitative values as a ratio, or "not comparable" with the reason.
/// </summary>
public sealed class CompoundComparison
{
    internal CompoundComparison(
        Compound first,
        Compound second,
        Target target,
        ComparisonVerdict verdict,
        ValueArray<ComparisonEvidence> evidence,
        ValueArray<AssayResult> sameAssayResults,
        string reason)
    {
        First = first;
        Second = second;
        Target = target;
        Verdict = verdict;
        Evidence = evidence;
        SameAssayResults = sameAssayResults;
        Reason = reason;
    }

    /// <summary>The compound the verdict is about.</summary>
    public Compound First { get; }

    /// <summary>The compound it is compared with.</summary>
    public Compound Second { get; }

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>The first compound relative to the second: stronger, weaker, similar, conflicting or not comparable.</summary>
    public ComparisonVerdict Verdict { get; }

    /// <summary>Whether the dataset allows a verdict (stronger, weaker or similar).</summary>
    internal bool IsComparable => Verdict is ComparisonVerdict.Stronger or ComparisonVerdict.Weaker or ComparisonVerdict.Similar;

    /// <summary>The evidence: comparative results of either compound naming the other, then quantitative ratios.</summary>
    public ValueArray<ComparisonEvidence> Evidence { get; }

    /// <summary>The first quantitative ratio found (first over second), or null when none.</summary>
    public ConcentrationRatio? Ratio
    {
        get
        {
            foreach (var item in Evidence)
            {
                if (item.Ratio is { } ratio)
                {
                    return ratio;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Results of both compounds at the target in the same assay that are not evidence by themselves (qualitative
    /// verdicts), to be read side by side.
    /// </summary>
    public ValueArray<AssayResult> SameAssayResults { get; }

    /// <summary>Why the verdict is what it is: the evidence in short, or why nothing compares them.</summary>
    public string Reason { get; }

    /// <summary>The comparison with its evidence, one item a line. At most 16 Mi characters: a longer text is cut and ends with a line saying so.</summary>
    /// <returns>The text.</returns>
    public string ToText() => BoundedText.Build(WriteText);

    private void WriteText(BoundedText text)
    {
        text.Append(First.Name).Append(" vs ").Append(Second.Name).Append(" at ").Append(Target.Symbol).Append(": ")
            .Append(Text.Of(Verdict)).AppendLine();
        text.Append("  ").Append(Reason).AppendLine();
        foreach (var item in Evidence)
        {
            text.Append("  - ").Append(item.Description).AppendLine();
        }

        if (!SameAssayResults.IsEmpty)
        {
            text.Append("  read side by side (same assay, not comparable by value):").AppendLine();
            foreach (var result in SameAssayResults)
            {
                text.Append("    ").Append(result.Id).Append(' ').Append(result.Compound.Name).Append(": ")
                    .Append(Text.Of(result.Value)).Append(' ').Append(Text.Ids(result.References)).AppendLine();
            }
        }
    }

    /// <summary>The comparison as text; see <see cref="ToText"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();

    /// <summary>The comparison; <see cref="Dataset.Compare(Compound, Compound, Target)"/> has checked the arguments for null.</summary>
    internal static CompoundComparison Create(Dataset dataset, Compound first, Compound second, Target target)
    {
        if (string.Equals(first.Id, second.Id, StringComparison.Ordinal))
        {
            return new CompoundComparison(first, second, target, ComparisonVerdict.NotComparable, default, default,
                $"Both names are the same compound ({first.Name}).");
        }

        var firstResults = dataset.Results.For(first).At(target).ToValueArray();
        var secondResults = dataset.Results.For(second).At(target).ToValueArray();
        var evidence = new List<ComparisonEvidence>();

        // Comparative results, read from the first compound's side.
        foreach (var result in firstResults)
        {
            if (result.Value is ComparativeValue c && string.Equals(c.ComparedTo.Id, second.Id, StringComparison.Ordinal))
            {
                var verdict = FromDirection(c.Direction);
                evidence.Add(new ComparisonEvidence(ComparisonBasis.ComparativeResult, verdict, result, null, null,
                    $"{result.Id}: {first.Name} {c} — {Text.Of(result.Assay)} {Text.Ids(result.References)}"));
            }
        }

        foreach (var result in secondResults)
        {
            if (result.Value is ComparativeValue c && string.Equals(c.ComparedTo.Id, first.Id, StringComparison.Ordinal))
            {
                var verdict = Invert(FromDirection(c.Direction));
                evidence.Add(new ComparisonEvidence(ComparisonBasis.ComparativeResult, verdict, result, null, null,
                    $"{result.Id}: {second.Name} {c}, so {first.Name} is {Text.Of(verdict)} — {Text.Of(result.Assay)} {Text.Ids(result.References)}"));
            }
        }

        // Quantitative ratios: same parameter, same assay kind and setting, compatible species.
        foreach (var a in firstResults)
        {
            foreach (var b in secondResults)
            {
                if (!Comparability.ComparableAcrossCompounds(a, b))
                {
                    continue;
                }

                var qa = (QuantitativeValue)a.Value;
                var qb = (QuantitativeValue)b.Value;
                var pair = $"{a.Id} {Text.Short(qa)} vs {b.Id} {Text.Short(qb)} ({Text.Of(a.Assay.Setting)})";
                if (ConcentrationRatio.TryCreate(qa, qb, out var ratio))
                {
                    var verdict = ratio.IsCertainlyBelowOne ? ComparisonVerdict.Stronger
                        : ratio.IsCertainlyAboveOne ? ComparisonVerdict.Weaker
                        : ratio.Relation is Units.Relation.EqualTo or Units.Relation.Approximately ? ComparisonVerdict.Similar
                        : ComparisonVerdict.NotComparable;
                    evidence.Add(new ComparisonEvidence(ComparisonBasis.QuantitativeRatio, verdict, a, b, ratio,
                        $"{pair}: ratio {ratio}, so {first.Name} is {Text.Of(verdict)}"));
                }
                else
                {
                    evidence.Add(new ComparisonEvidence(ComparisonBasis.QuantitativeRatio, ComparisonVerdict.NotComparable, a, b, null,
                        $"{pair}: both bounds point the same way, so no ratio follows"));
                }
            }
        }

        var sameAssay = SameAssay(firstResults, secondResults);
        var overall = Combine(evidence);
        var reason = overall switch
        {
            ComparisonVerdict.NotComparable => NotComparableReason(first, second, target, firstResults, secondResults, evidence.Count > 0),
            ComparisonVerdict.Conflicting => $"The evidence disagrees ({Count(evidence)}).",
            ComparisonVerdict.Similar => $"{first.Name} is similar to {second.Name} at {target.Symbol}: {Count(evidence)}.",
            _ => $"{first.Name} is {Text.Of(overall)} than {second.Name} at {target.Symbol}: {Count(evidence)}.",
        };

        return new CompoundComparison(first, second, target, overall,
            ValueArray<ComparisonEvidence>.FromOwnedArray(evidence.ToArray()), sameAssay, reason);
    }

    private static ComparisonVerdict FromDirection(ComparativeDirection direction) => direction switch
    {
        ComparativeDirection.Stronger => ComparisonVerdict.Stronger,
        ComparativeDirection.Weaker => ComparisonVerdict.Weaker,
        _ => ComparisonVerdict.Similar,
    };

    private static ComparisonVerdict Invert(ComparisonVerdict verdict) => verdict switch
    {
        ComparisonVerdict.Stronger => ComparisonVerdict.Weaker,
        ComparisonVerdict.Weaker => ComparisonVerdict.Stronger,
        _ => verdict,
    };

    private static ComparisonVerdict Combine(List<ComparisonEvidence> evidence)
    {
        ComparisonVerdict? overall = null;
        foreach (var item in evidence)
        {
            if (item.Verdict == ComparisonVerdict.NotComparable)
            {
                continue;
            }

            if (overall is null)
            {
                overall = item.Verdict;
            }
            else if (overall != item.Verdict)
            {
                return ComparisonVerdict.Conflicting;
            }
        }

        return overall ?? ComparisonVerdict.NotComparable;
    }

    private static string Count(List<ComparisonEvidence> evidence)
    {
        int comparative = 0, ratios = 0;
        HashSet<string>? shared = null;
        foreach (var item in evidence)
        {
            if (item.Verdict == ComparisonVerdict.NotComparable)
            {
                continue;
            }

            if (item.Basis == ComparisonBasis.ComparativeResult)
            {
                comparative++;
                var cited = new HashSet<string>(StringComparer.Ordinal);
                foreach (var reference in item.Result.References)
                {
                    cited.Add(reference.Id);
                }

                if (shared is null)
                {
                    shared = cited;
                }
                else
                {
                    shared.IntersectWith(cited);
                }
            }
            else
            {
                ratios++;
            }
        }

        var parts = new List<string>(2);
        if (comparative > 0)
        {
            var counted = comparative == 1 ? "1 comparative result" : $"{comparative} comparative results";
            if (comparative > 1 && shared is { Count: > 0 })
            {
                // Two statements of one source are one piece of evidence, not two.
                var sources = new List<string>(shared);
                sources.Sort(StringComparer.Ordinal);
                counted += (comparative == 2 ? ", both citing " : ", all citing ") + string.Join(" and ", sources) + " (not independent)";
            }

            parts.Add(counted);
        }

        if (ratios > 0)
        {
            parts.Add(ratios == 1 ? "1 quantitative ratio" : $"{ratios} quantitative ratios");
        }

        return string.Join(" and ", parts);
    }

    private static ValueArray<AssayResult> SameAssay(ValueArray<AssayResult> firstResults, ValueArray<AssayResult> secondResults)
    {
        var paired = new HashSet<AssayResult>(ReferenceEqualityComparer.Instance);
        foreach (var a in firstResults)
        {
            foreach (var b in secondResults)
            {
                if (string.Equals(a.Assay.Id, b.Assay.Id, StringComparison.Ordinal)
                    && a.Value is not ComparativeValue && b.Value is not ComparativeValue
                    && !Comparability.ComparableAcrossCompounds(a, b))
                {
                    paired.Add(a);
                    paired.Add(b);
                }
            }
        }

        // The first compound's results, then the second's, each in dataset order.
        var list = new List<AssayResult>(paired.Count);
        foreach (var result in firstResults)
        {
            if (paired.Contains(result))
            {
                list.Add(result);
            }
        }

        foreach (var result in secondResults)
        {
            if (paired.Contains(result))
            {
                list.Add(result);
            }
        }

        return ValueArray<AssayResult>.FromOwnedArray(list.ToArray());
    }

    private static string NotComparableReason(
        Compound first,
        Compound second,
        Target target,
        ValueArray<AssayResult> firstResults,
        ValueArray<AssayResult> secondResults,
        bool undecidedRatios)
    {
        if (firstResults.IsEmpty && secondResults.IsEmpty)
        {
            return $"Neither {first.Name} nor {second.Name} has results at {target.Symbol}.";
        }

        if (firstResults.IsEmpty || secondResults.IsEmpty)
        {
            var missing = firstResults.IsEmpty ? first : second;
            return $"{missing.Name} has no results at {target.Symbol}.";
        }

        var text = new StringBuilder();
        text.Append("No comparative result links ").Append(first.Name).Append(" and ").Append(second.Name)
            .Append(" at ").Append(target.Symbol).Append(", and ");
        text.Append(undecidedRatios
            ? "the comparable quantitative values are censored so that no ratio is decided"
            : "no pair of concentration values shares a parameter, assay kind, setting and species");
        text.Append(". ").Append(first.Name).Append(": ").Append(Comparability.Describe(firstResults))
            .Append(". ").Append(second.Name).Append(": ").Append(Comparability.Describe(secondResults)).Append('.');
        return text.ToString();
    }
}
