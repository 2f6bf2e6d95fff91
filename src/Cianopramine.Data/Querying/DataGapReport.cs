using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>Why a compound × target pair is a gap.</summary>
public enum MissingDataKind
{
    /// <summary>The compound has no result at all at the target.</summary>
    NoResults,

    /// <summary>The compound has results at the target, but none quantitative (only qualitative or comparative).</summary>
    NoQuantitativeValue,

    /// <summary>The compound has quantitative results at the target, but none a molar concentration (IC50, Ki …): % inhibition or doses only.</summary>
    NoConcentrationValue,
}

/// <summary>A compound × target pair without a concentration value, with what the dataset holds instead.</summary>
public sealed class MissingDataPair
{
    internal MissingDataPair(Compound compound, Target target, MissingDataKind kind, ValueArray<AssayResult> results, ValueArray<DataGap> statedGaps)
    {
        Compound = compound;
        Target = target;
        Kind = kind;
        Results = results;
        StatedGaps = statedGaps;
    }

    /// <summary>The compound.</summary>
    public Compound Compound { get; }

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>What is missing.</summary>
    public MissingDataKind Kind { get; }

    /// <summary>The compound's results at the target (empty for <see cref="MissingDataKind.NoResults"/>).</summary>
    public ValueArray<AssayResult> Results { get; }

    /// <summary>The stated gaps that cover the pair (G5), if any.</summary>
    public ValueArray<DataGap> StatedGaps { get; }

    /// <summary>Whether the pair has no quantitative value at all (no results, or only qualitative or comparative ones).</summary>
    internal bool HasNoQuantitativeValue => Kind is MissingDataKind.NoResults or MissingDataKind.NoQuantitativeValue;

    /// <summary>The pair on one line: <c>Cianopramine × NET: no quantitative value (P2 (qualitative), P5 (qualitative)); stated gap G5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => BoundedText.Build(WriteString);

    private void WriteString(BoundedText text)
    {
        text.Append(Compound.Name).Append(" × ").Append(Target.Symbol).Append(": ");
        text.Append(Kind switch
        {
            MissingDataKind.NoResults => "no results",
            MissingDataKind.NoQuantitativeValue => "no quantitative value",
            _ => "no concentration value",
        });
        if (!Results.IsEmpty)
        {
            text.Append(" (").Append(Comparability.Describe(Results)).Append(')');
        }

        if (!StatedGaps.IsEmpty)
        {
            text.Append("; stated gap ").Append(Text.List(StatedGapIds()));
        }
    }

    private IEnumerable<string> StatedGapIds()
    {
        foreach (var gap in StatedGaps)
        {
            yield return gap.Id;
        }
    }
}

/// <summary>
/// Where the dataset has no numbers: every compound × target pair without a molar concentration value (with what it
/// holds instead), and the gaps the sources state (G5: "Specific in vitro Ki or IC50 values for monoamine
/// transporters are not readily available").
/// </summary>
public sealed class DataGapReport
{
    internal DataGapReport(ValueArray<MissingDataPair> pairs, ValueArray<DataGap> statedGaps)
    {
        Pairs = pairs;
        StatedGaps = statedGaps;
    }

    /// <summary>The pairs without a concentration value, by compound then target, in dataset order.</summary>
    public ValueArray<MissingDataPair> Pairs { get; }

    /// <summary>The pairs without any quantitative value (no results, or only qualitative or comparative ones).</summary>
    public ValueArray<MissingDataPair> WithoutQuantitativeValue
    {
        get
        {
            var list = new List<MissingDataPair>();
            foreach (var pair in Pairs)
            {
                if (pair.HasNoQuantitativeValue)
                {
                    list.Add(pair);
                }
            }

            return ValueArray<MissingDataPair>.FromOwnedArray(list.ToArray());
        }
    }

    /// <summary>The gaps the sources state, in dataset order.</summary>
    public ValueArray<DataGap> StatedGaps { get; }

    /// <summary>The report: one pair a line, then the stated gaps. At most 16 Mi characters: a longer text is cut and ends with a line saying so.</summary>
    /// <returns>The text.</returns>
    public string ToText() => BoundedText.Build(WriteText);

    private void WriteText(BoundedText text)
    {
        text.Append("Compound × target pairs without a concentration value (").Append(Pairs.Count).Append("):").AppendLine();
        foreach (var pair in Pairs)
        {
            text.Append("  ").Append(pair).AppendLine();
        }

        text.Append("Stated gaps (").Append(StatedGaps.Count).Append("):").AppendLine();
        foreach (var gap in StatedGaps)
        {
            text.Append("  ").Append(gap.Id).Append(": \"").Append(gap.Text).Append("\" — ")
                .Append(Text.List(Names(gap.Compounds))).Append(" × ").Append(Text.List(Symbols(gap.Targets)));
            if (!gap.Parameters.IsEmpty)
            {
                text.Append("; ").Append(Text.Words(gap.Parameters));
            }

            if (gap.Setting is { } setting)
            {
                text.Append("; ").Append(Text.Of(setting));
            }

            text.Append(' ').Append(Text.Ids(gap.References)).AppendLine();
        }
    }

    /// <summary>The report as text; see <see cref="ToText"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();

    internal static DataGapReport Create(Dataset dataset, bool includeReferenceCompounds)
    {
        var pairs = new List<MissingDataPair>();
        foreach (var compound in dataset.Compounds)
        {
            if (!includeReferenceCompounds && compound.Role == CompoundRole.ReferenceCompound)
            {
                continue;
            }

            // One pass over the compound's results, grouped by target.
            var byTarget = new Dictionary<string, List<AssayResult>>(StringComparer.Ordinal);
            foreach (var result in dataset.ResultsFor(compound))
            {
                if (!byTarget.TryGetValue(result.Target.Id, out var list))
                {
                    byTarget[result.Target.Id] = list = new List<AssayResult>();
                }

                list.Add(result);
            }

            foreach (var target in dataset.Targets)
            {
                var results = byTarget.TryGetValue(target.Id, out var found) ? found : new List<AssayResult>();
                var quantitative = false;
                var molar = false;
                foreach (var result in results)
                {
                    if (result.Value is QuantitativeValue q)
                    {
                        quantitative = true;
                        molar |= q.Concentration is not null;
                    }
                }

                if (molar)
                {
                    continue;
                }

                var kind = results.Count == 0 ? MissingDataKind.NoResults
                    : quantitative ? MissingDataKind.NoConcentrationValue
                    : MissingDataKind.NoQuantitativeValue;
                pairs.Add(new MissingDataPair(compound, target, kind,
                    ValueArray<AssayResult>.FromOwnedArray(results.ToArray()), dataset.StatedGapsFor(compound, target)));
            }
        }

        return new DataGapReport(ValueArray<MissingDataPair>.FromOwnedArray(pairs.ToArray()), dataset.Gaps.Items);
    }

    private static IEnumerable<string> Names(ValueArray<Compound> compounds)
    {
        foreach (var compound in compounds)
        {
            yield return compound.Name;
        }
    }

    private static IEnumerable<string> Symbols(ValueArray<Target> targets)
    {
        foreach (var target in targets)
        {
            yield return target.Symbol;
        }
    }
}
