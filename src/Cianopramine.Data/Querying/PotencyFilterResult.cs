using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>
/// What a query's potency criteria made of the results that passed its other refinements: the ones that match, the
/// ones that certainly do not, and the ones that could not be decided, each with the reason.
/// </summary>
public sealed class PotencyFilterResult
{
    internal PotencyFilterResult(
        ValueArray<ConcentrationThreshold> thresholds,
        ValueArray<AssayResult> matched,
        ValueArray<AssayResult> notMatched,
        ValueArray<UndecidedResult> undecided)
    {
        Thresholds = thresholds;
        Matched = matched;
        NotMatched = notMatched;
        Undecided = undecided;
    }

    /// <summary>The criteria applied.</summary>
    public ValueArray<ConcentrationThreshold> Thresholds { get; }

    /// <summary>The results that certainly meet every criterion, in dataset order.</summary>
    public ValueArray<AssayResult> Matched { get; }

    /// <summary>The results that certainly fail a criterion ("&gt; 10 µM" against "below 1 µM"), in dataset order.</summary>
    public ValueArray<AssayResult> NotMatched { get; }

    /// <summary>The results no criterion rejects but some criterion cannot decide, in dataset order, with the reason.</summary>
    public ValueArray<UndecidedResult> Undecided { get; }

    /// <summary>The three lists, one result a line. At most 16 Mi characters: a longer text is cut and ends with a line saying so.</summary>
    /// <returns>The text.</returns>
    public string ToText() => BoundedText.Build(WriteText);

    private void WriteText(BoundedText text)
    {
        text.Append("criteria: ").Append(Thresholds.IsEmpty ? "none" : Text.List(Thresholds)).AppendLine();
        text.Append("matched (").Append(Matched.Count).Append("):").AppendLine();
        foreach (var result in Matched)
        {
            text.Append("  ").Append(result.Id).Append(": ").Append(Text.Of(result.Value)).AppendLine();
        }

        text.Append("not matched (").Append(NotMatched.Count).Append("):").AppendLine();
        foreach (var result in NotMatched)
        {
            text.Append("  ").Append(result.Id).Append(": ").Append(Text.Of(result.Value)).AppendLine();
        }

        text.Append("undecided (").Append(Undecided.Count).Append("):").AppendLine();
        foreach (var item in Undecided)
        {
            text.Append("  ").Append(item.Result.Id).Append(": ").Append(item.Reason).AppendLine();
        }
    }

    /// <summary>The counts: <c>1 matched, 0 not matched, 20 undecided</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Matched.Count} matched, {NotMatched.Count} not matched, {Undecided.Count} undecided";
}

/// <summary>A result a potency criterion could not decide, with the criterion and the reason.</summary>
public sealed class UndecidedResult
{
    internal UndecidedResult(AssayResult result, ConcentrationThreshold threshold, ThresholdDecision decision)
    {
        Result = result;
        Threshold = threshold;
        Decision = decision;
    }

    /// <summary>The result.</summary>
    public AssayResult Result { get; }

    /// <summary>The first criterion that could not decide it.</summary>
    public ConcentrationThreshold Threshold { get; }

    /// <summary>Why: one of the <c>Undecided…</c> values of <see cref="ThresholdDecision"/>.</summary>
    public ThresholdDecision Decision { get; }

    /// <summary>The reason in words: <c>IC50 &lt; 10 µM may or may not be below 1 µM</c>.</summary>
    public string Reason => Decision switch
    {
        ThresholdDecision.UndecidedCensored => $"{Text.Short(Result.Value)} may or may not be {Threshold}",
        ThresholdDecision.UndecidedNotConcentration => $"{Text.Short(Result.Value)} is not a molar concentration",
        ThresholdDecision.UndecidedQualitative => $"qualitative: {Text.Of(Result.Value)}",
        ThresholdDecision.UndecidedComparative => $"comparative: {Text.Of(Result.Value)}",
        _ => Decision.ToString(),
    };

    /// <summary>The result id and the reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Result.Id}: {Reason}";
}
