using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>A compound's results at one target, grouped and summarised.</summary>
public sealed class TargetProfile
{
    private TargetProfile(
        Target target,
        ValueArray<AssayResult> results,
        ValueArray<QuantitativeSummary> quantitative,
        ValueArray<AssayResult> qualitative,
        ValueArray<AssayResult> comparative,
        ValueArray<AssayResult> comparedByOthers,
        ValueArray<AssaySetting> settings,
        ValueArray<DataGap> statedGaps)
    {
        Target = target;
        Results = results;
        Quantitative = quantitative;
        Qualitative = qualitative;
        Comparative = comparative;
        ComparedByOthers = comparedByOthers;
        Settings = settings;
        StatedGaps = statedGaps;
    }

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>The compound's own results at the target, in dataset order.</summary>
    public ValueArray<AssayResult> Results { get; }

    /// <summary>The quantitative results, one summary per parameter (and unit, for non-molar values).</summary>
    public ValueArray<QuantitativeSummary> Quantitative { get; }

    /// <summary>The qualitative verdicts, in dataset order.</summary>
    public ValueArray<AssayResult> Qualitative { get; }

    /// <summary>The compound's comparative results (it is stronger, weaker or similar than another).</summary>
    public ValueArray<AssayResult> Comparative { get; }

    /// <summary>Other compounds' comparative results that compare with this compound at the target.</summary>
    public ValueArray<AssayResult> ComparedByOthers { get; }

    /// <summary>The settings of the compound's results here, in the order of <see cref="AssaySetting"/>.</summary>
    public ValueArray<AssaySetting> Settings { get; }

    /// <summary>The stated data gaps covering the compound at this target.</summary>
    public ValueArray<DataGap> StatedGaps { get; }

    /// <summary>Whether any result here is a molar concentration (IC50, Ki …).</summary>
    public bool HasConcentrationValue
    {
        get
        {
            foreach (var summary in Quantitative)
            {
                if (summary.IsConcentration)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The target's section of the profile text. At most 16 Mi characters: a longer text is cut and ends with a line saying so.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => BoundedText.Build(WriteString);

    private void WriteString(BoundedText text)
    {
        AppendText(text);
    }

    internal static TargetProfile Create(Target target, ValueArray<AssayResult> results, ValueArray<AssayResult> comparedByOthers, ValueArray<DataGap> gaps)
    {
        var qualitative = new List<AssayResult>();
        var comparative = new List<AssayResult>();
        var groups = new List<(ActivityParameter Parameter, Unit? Unit, List<AssayResult> Results)>();
        var settings = new bool[Enum.GetValues<AssaySetting>().Length];
        foreach (var result in results)
        {
            if ((int)result.Assay.Setting < settings.Length)
            {
                settings[(int)result.Assay.Setting] = true;
            }

            switch (result.Value)
            {
                case QuantitativeValue q:
                    Unit? unit = q.Concentration is null ? q.Magnitude.Unit : null;
                    var index = groups.FindIndex(g => g.Parameter == q.Parameter && g.Unit == unit);
                    if (index < 0)
                    {
                        groups.Add((q.Parameter, unit, new List<AssayResult>()));
                        index = groups.Count - 1;
                    }

                    groups[index].Results.Add(result);
                    break;
                case QualitativeValue:
                    qualitative.Add(result);
                    break;
                default:
                    comparative.Add(result);
                    break;
            }
        }

        var summaries = new QuantitativeSummary[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            summaries[i] = QuantitativeSummary.Create(groups[i].Parameter, ValueArray<AssayResult>.FromOwnedArray(groups[i].Results.ToArray()));
        }

        var settingList = new List<AssaySetting>();
        for (var i = 0; i < settings.Length; i++)
        {
            if (settings[i])
            {
                settingList.Add((AssaySetting)i);
            }
        }

        return new TargetProfile(
            target,
            results,
            ValueArray<QuantitativeSummary>.FromOwnedArray(summaries),
            ValueArray<AssayResult>.FromOwnedArray(qualitative.ToArray()),
            ValueArray<AssayResult>.FromOwnedArray(comparative.ToArray()),
            comparedByOthers,
            ValueArray<AssaySetting>.FromOwnedArray(settingList.ToArray()),
            gaps);
    }

    internal void AppendText(BoundedText text)
    {
        text.Append(Target.Symbol);
        if (!string.Equals(Target.Name, Target.Symbol, StringComparison.OrdinalIgnoreCase))
        {
            text.Append(" — ").Append(Target.Name);
        }

        text.Append(" (").Append(Results.Count).Append(Results.Count == 1 ? " result" : " results");
        if (!Settings.IsEmpty)
        {
            text.Append("; ");
            for (var i = 0; i < Settings.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(Text.Of(Settings[i]));
            }
        }

        text.Append(')').AppendLine();
        if (!Quantitative.IsEmpty)
        {
            text.Append("  quantitative:").AppendLine();
            foreach (var summary in Quantitative)
            {
                summary.AppendText(text);
            }
        }

        AppendResults(text, "qualitative", Qualitative, withCompound: false);
        AppendResults(text, "comparative", Comparative, withCompound: false);
        AppendResults(text, "compared by others", ComparedByOthers, withCompound: true);
        if (!HasConcentrationValue)
        {
            text.Append("  no concentration value (IC50, Ki …) here").AppendLine();
        }

        foreach (var gap in StatedGaps)
        {
            text.Append("  stated gap ").Append(gap.Id).Append(": \"").Append(gap.Text).Append("\" ").Append(Text.Ids(gap.References)).AppendLine();
        }
    }

    internal static void AppendResult(BoundedText text, string indent, AssayResult result, bool withCompound)
    {
        text.Append(indent).Append(result.Id).Append(": ");
        if (withCompound)
        {
            text.Append(result.Compound.Name).Append(' ');
        }

        text.Append(Text.Of(result.Value));
        if (result.Action is { } action)
        {
            text.Append("; ").Append(Text.Of(action));
        }

        text.Append(" — ").Append(Text.Of(result.Assay));
        if (!result.Conditions.IsEmpty)
        {
            text.Append("; ").Append(result.Conditions);
        }

        text.Append(' ').Append(Text.Ids(result.References)).AppendLine();
        foreach (var note in result.Notes)
        {
            text.Append(indent).Append("    note ").Append(note).AppendLine();
        }
    }

    private static void AppendResults(BoundedText text, string label, ValueArray<AssayResult> results, bool withCompound)
    {
        if (results.IsEmpty)
        {
            return;
        }

        text.Append("  ").Append(label).Append(':').AppendLine();
        foreach (var result in results)
        {
            AppendResult(text, "    ", result, withCompound);
        }
    }
}
