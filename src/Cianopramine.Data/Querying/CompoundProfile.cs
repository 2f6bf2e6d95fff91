using System;
using System.Collections.Generic;
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
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
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

    /// <summary>The profile as text: a header, one section per target, metabolism, mechanisms and references. At most 16 Mi characters: a longer text is cut and ends with a line saying so.</summary>
    /// <returns>The text, lines ended with <see cref="Environment.NewLine"/>.</returns>
    public string ToText() => BoundedText.Build(WriteText);

    internal void WriteText(BoundedText text)
    {
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

    private static void AppendSteps(BoundedText text, string label, ValueArray<MetabolicTransformation> steps)
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

    private static void AppendMechanism(BoundedText text, MechanismStatement statement, string indent)
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
