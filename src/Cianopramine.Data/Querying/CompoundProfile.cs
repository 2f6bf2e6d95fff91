using System;
using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>
/// A compound's pharmacology at a glance: per target, its results grouped and summarised (best quantitative value
/// with relation and unit, qualitative verdicts, comparatives, conditions), each with its citation and curation
/// notes; then its metabolism, mechanism statements and the references cited. Print it with <see cref="ToText"/>.
/// </summary>
public sealed class CompoundProfile
{
    internal CompoundProfile(
        Compound compound,
        ValueArray<TargetProfile> targets,
        ValueArray<MetabolicTransformation> formedFrom,
        ValueArray<MetabolicTransformation> metabolites,
        ValueArray<MechanismStatement> mechanisms,
        ValueArray<MechanismStatement> classLevelMechanisms,
        ValueArray<Reference> references)
    {
        Compound = compound;
        Targets = targets;
        FormedFrom = formedFrom;
        Metabolites = metabolites;
        Mechanisms = mechanisms;
        ClassLevelMechanisms = classLevelMechanisms;
        References = references;
    }

    /// <summary>The compound.</summary>
    public Compound Compound { get; }

    /// <summary>One summary per target the compound has results at (or is compared at by another compound), in dataset target order.</summary>
    public ValueArray<TargetProfile> Targets { get; }

    /// <summary>The metabolic steps that form the compound (its parents).</summary>
    public ValueArray<MetabolicTransformation> FormedFrom { get; }

    /// <summary>The metabolic steps that start from the compound (its metabolites).</summary>
    public ValueArray<MetabolicTransformation> Metabolites { get; }

    /// <summary>The mechanism statements about the compound.</summary>
    public ValueArray<MechanismStatement> Mechanisms { get; }

    /// <summary>The dataset's class-level mechanism statements, which are not specific to this compound.</summary>
    public ValueArray<MechanismStatement> ClassLevelMechanisms { get; }

    /// <summary>Every reference the profile cites, in dataset order.</summary>
    public ValueArray<Reference> References { get; }

    /// <summary>The summary at a target, or null when the profile has none there.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The summary, or null.</returns>
    public TargetProfile? At(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (var item in Targets)
        {
            if (string.Equals(item.Target.Id, target.Id, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The profile as text: a header, one section per target, metabolism, mechanisms and references.</summary>
    /// <returns>The text, lines ended with <see cref="Environment.NewLine"/>.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        var c = Compound;
        text.Append(c).Append(": ").Append(Text.Of(c.Role));
        if (c.Class is not null)
        {
            text.Append(", ").Append(c.Class);
        }

        text.AppendLine();
        if (!c.Synonyms.IsEmpty)
        {
            text.Append("synonyms: ").Append(Text.List(c.Synonyms)).AppendLine();
        }

        foreach (var note in c.Notes)
        {
            text.Append("note ").Append(note).AppendLine();
        }

        if (Targets.IsEmpty)
        {
            text.AppendLine().Append("No results in this dataset.").AppendLine();
        }

        foreach (var target in Targets)
        {
            text.AppendLine();
            target.AppendText(text);
        }

        if (!FormedFrom.IsEmpty || !Metabolites.IsEmpty)
        {
            text.AppendLine().Append("Metabolism").AppendLine();
            AppendSteps(text, "formed from", FormedFrom);
            AppendSteps(text, "metabolised to", Metabolites);
        }

        if (!Mechanisms.IsEmpty || !ClassLevelMechanisms.IsEmpty)
        {
            text.AppendLine().Append("Mechanism statements").AppendLine();
            foreach (var statement in Mechanisms)
            {
                AppendMechanism(text, statement, "  ");
            }

            if (!ClassLevelMechanisms.IsEmpty)
            {
                text.Append("  class-level (not specific to ").Append(c.Name).Append("):").AppendLine();
                foreach (var statement in ClassLevelMechanisms)
                {
                    AppendMechanism(text, statement, "    ");
                }
            }
        }

        if (!References.IsEmpty)
        {
            text.AppendLine().Append("References").AppendLine();
            foreach (var reference in References)
            {
                text.Append("  ").Append(reference).AppendLine();
                foreach (var note in reference.Notes)
                {
                    text.Append("      note ").Append(note).AppendLine();
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The profile as text; see <see cref="ToText"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();

    internal static CompoundProfile Create(Dataset dataset, Compound compound)
    {
        ArgumentNullException.ThrowIfNull(compound);
        var indexes = dataset.QueryIndexes;
        var own = dataset.ResultsFor(compound);
        var byOthers = indexes.ComparedTo(compound);

        // Only the targets this compound's results (or others' comparisons with it) name, in dataset order: the cost
        // follows the compound's own data, not the dataset's size.
        var ownByTarget = new Dictionary<int, List<AssayResult>>();
        var othersByTarget = new Dictionary<int, List<AssayResult>>();
        foreach (var result in own)
        {
            Add(ownByTarget, indexes.TargetPosition(result.Target.Id), result);
        }

        foreach (var result in byOthers)
        {
            if (!string.Equals(result.Compound.Id, compound.Id, StringComparison.Ordinal))
            {
                Add(othersByTarget, indexes.TargetPosition(result.Target.Id), result);
            }
        }

        var positions = new SortedSet<int>(ownByTarget.Keys);
        positions.UnionWith(othersByTarget.Keys);
        var targets = new List<TargetProfile>(positions.Count);
        foreach (var position in positions)
        {
            var target = dataset.Targets[position];
            targets.Add(TargetProfile.Create(
                target, Array(ownByTarget, position), Array(othersByTarget, position), dataset.StatedGapsFor(compound, target)));
        }

        var classLevel = indexes.ClassLevelMechanisms;
        var targetArray = ValueArray<TargetProfile>.FromOwnedArray(targets.ToArray());
        var formedFrom = dataset.Metabolism.ParentsOf(compound);
        var metabolites = dataset.Metabolism.MetabolitesOf(compound);
        var mechanisms = indexes.MechanismsOf(compound);

        var citedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targetArray)
        {
            foreach (var result in target.Results)
            {
                AddIds(citedIds, result.References);
            }

            foreach (var result in target.ComparedByOthers)
            {
                AddIds(citedIds, result.References);
            }

            foreach (var gap in target.StatedGaps)
            {
                AddIds(citedIds, gap.References);
            }
        }

        foreach (var step in formedFrom)
        {
            AddIds(citedIds, step.References);
        }

        foreach (var step in metabolites)
        {
            AddIds(citedIds, step.References);
        }

        foreach (var statement in mechanisms)
        {
            AddIds(citedIds, statement.References);
        }

        foreach (var statement in classLevel)
        {
            AddIds(citedIds, statement.References);
        }

        var cited = new List<int>(citedIds.Count);
        foreach (var id in citedIds)
        {
            var position = indexes.ReferencePosition(id);
            if (position >= 0)
            {
                cited.Add(position);
            }
        }

        cited.Sort();
        var references = new Reference[cited.Count];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = dataset.References[cited[i]];
        }

        return new CompoundProfile(compound, targetArray, formedFrom, metabolites, mechanisms, classLevel,
            ValueArray<Reference>.FromOwnedArray(references));
    }

    private static void AddIds(HashSet<string> ids, ValueArray<Reference> references)
    {
        foreach (var reference in references)
        {
            ids.Add(reference.Id);
        }
    }

    /// <summary>Adds a result under its target's position; a target the dataset does not hold (-1) is left out.</summary>
    private static void Add(Dictionary<int, List<AssayResult>> byTarget, int position, AssayResult result)
    {
        if (position < 0)
        {
            return;
        }

        if (!byTarget.TryGetValue(position, out var list))
        {
            byTarget[position] = list = new List<AssayResult>();
        }

        list.Add(result);
    }

    private static ValueArray<AssayResult> Array(Dictionary<int, List<AssayResult>> byTarget, int position) =>
        byTarget.TryGetValue(position, out var list)
            ? ValueArray<AssayResult>.FromOwnedArray(list.ToArray())
            : ValueArray<AssayResult>.Empty;

    private static void AppendSteps(StringBuilder text, string label, ValueArray<MetabolicTransformation> steps)
    {
        foreach (var step in steps)
        {
            text.Append("  ").Append(label).Append(": ").Append(new PathwayStep(step, 1, false)).AppendLine();
            foreach (var note in step.Notes)
            {
                text.Append("      note ").Append(note).AppendLine();
            }
        }
    }

    private static void AppendMechanism(StringBuilder text, MechanismStatement statement, string indent)
    {
        text.Append(indent).Append(statement.Id).Append(statement.IsPrimary ? " (primary) " : " ")
            .Append(Text.Of(statement.Action)).Append(" at ").Append(Text.List(statement.Targets)).Append(": ")
            .Append(statement.Text).Append(' ').Append(Text.Ids(statement.References)).AppendLine();
        foreach (var note in statement.Notes)
        {
            text.Append(indent).Append("    note ").Append(note).AppendLine();
        }
    }

}

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

    /// <summary>The target's section of the profile text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        AppendText(text);
        return text.ToString();
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

    internal void AppendText(StringBuilder text)
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

    internal static void AppendResult(StringBuilder text, string indent, AssayResult result, bool withCompound)
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

    private static void AppendResults(StringBuilder text, string label, ValueArray<AssayResult> results, bool withCompound)
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
    }

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
    public bool IsConcentration => Results.Count > 0 && Results[0].Value is QuantitativeValue { Concentration: not null };

    /// <summary>The summary's lines of the profile text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        AppendText(text);
        return text.ToString();
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

    internal void AppendText(StringBuilder text)
    {
        text.Append("    ").Append(Text.Of(Parameter)).Append(": ");
        if (Best is { } best)
        {
            text.Append(Rule == BestValueRule.Lowest ? "best (lowest) " : "best (highest) ")
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
