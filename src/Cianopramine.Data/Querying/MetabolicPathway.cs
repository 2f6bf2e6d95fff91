using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>Which way a pathway walk goes.</summary>
public enum PathwayDirection
{
    /// <summary>From a compound to its metabolites, their metabolites and so on.</summary>
    Downstream,

    /// <summary>From a compound back to what it is formed from.</summary>
    Upstream,
}

/// <summary>
/// A transitive walk through the metabolism graph from one compound: every step reached, once, breadth first, each
/// with its depth, reaction, enzymes ("not reported" when the source does not say), setting and references.
/// </summary>
public sealed class MetabolicPathway : IReadOnlyList<PathwayStep>
{
    internal MetabolicPathway(Compound start, PathwayDirection direction, ValueArray<PathwayStep> steps, ValueArray<Compound> compounds)
    {
        Start = start;
        Direction = direction;
        Steps = steps;
        Compounds = compounds;
    }

    /// <summary>The compound the walk starts from.</summary>
    public Compound Start { get; }

    /// <summary>Downstream (metabolites) or upstream (precursors).</summary>
    public PathwayDirection Direction { get; }

    /// <summary>The steps in the order they are reached (breadth first, dataset order within a level).</summary>
    public ValueArray<PathwayStep> Steps { get; }

    /// <summary>The compounds reached, starting with <see cref="Start"/>, each once.</summary>
    public ValueArray<Compound> Compounds { get; }

    /// <summary>Whether the walk met a cycle (a step leading back to a compound it came from).</summary>
    public bool HasCycle
    {
        get
        {
            foreach (var step in Steps)
            {
                if (step.ClosesCycle)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The number of steps.</summary>
    public int Count => Steps.Count;

    /// <summary>Whether the walk found no step.</summary>
    public bool IsEmpty => Steps.IsEmpty;

    /// <summary>The step at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or not less than <see cref="Count"/>.</exception>
    public PathwayStep this[int index] => Steps[index];

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ValueArray<PathwayStep>.Enumerator GetEnumerator() => Steps.GetEnumerator();

    IEnumerator<PathwayStep> IEnumerable<PathwayStep>.GetEnumerator() => ((IEnumerable<PathwayStep>)Steps).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Steps).GetEnumerator();

    /// <summary>
    /// The deepest level <see cref="ToText"/> shows by indentation (two spaces a level). A deeper step is indented as
    /// this level and starts with its depth (<c>[depth 40]</c>), so a line's length does not grow with the depth and the
    /// text of a long chain is linear in its steps (indenting a 40,000-step chain by depth took 1.6 G characters).
    /// </summary>
    internal const int MaxIndentedDepth = 32;

    /// <summary>
    /// The pathway, one step a line, indented by depth (up to depth 32; deeper steps say their depth). At most 16 Mi
    /// characters: a longer text is cut and ends with a line saying so.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToText() => BoundedText.Build(WriteText);

    private void WriteText(BoundedText text)
    {
        text.Append(Direction == PathwayDirection.Downstream ? "Metabolism from " : "Metabolism leading to ").Append(Start.Name);
        if (Steps.IsEmpty)
        {
            text.Append(": no ").Append(Direction == PathwayDirection.Downstream ? "metabolites" : "precursors").Append(" in this dataset");
            text.AppendLine();
            return;
        }

        text.AppendLine();
        foreach (var step in Steps)
        {
            text.Append(' ', 2 * Math.Min(step.Depth, MaxIndentedDepth));
            if (step.Depth > MaxIndentedDepth)
            {
                text.Append("[depth ").Append(step.Depth.ToString(CultureInfo.InvariantCulture)).Append("] ");
            }

            text.Append(step.ToString()).AppendLine();
        }
    }

    /// <summary>The pathway as text; see <see cref="ToText"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();
}

/// <summary>One step of a <see cref="MetabolicPathway"/>.</summary>
public sealed class PathwayStep
{
    internal PathwayStep(MetabolicTransformation transformation, int depth, bool closesCycle)
    {
        Transformation = transformation;
        Depth = depth;
        ClosesCycle = closesCycle;
    }

    /// <summary>The metabolic step: substrate, product, reaction, enzymes, setting, references.</summary>
    public MetabolicTransformation Transformation { get; }

    /// <summary>How many steps from the pathway's start (1 for a direct metabolite or parent).</summary>
    public int Depth { get; }

    /// <summary>Whether the step leads back to a compound already on the walk that leads to it; the walk does not continue past it.</summary>
    public bool ClosesCycle { get; }

    /// <summary>The compound metabolised.</summary>
    public Compound Substrate => Transformation.Substrate;

    /// <summary>The compound formed.</summary>
    public Compound Product => Transformation.Product;

    /// <summary>
    /// The step on one line: <c>Cianopramine → Desmethylcianopramine: N-demethylation; enzymes: not reported; in vivo;
    /// product active [guide, ref3]</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var t = Transformation;
        var text = new StringBuilder();
        text.Append(t.Substrate.Name).Append(" → ").Append(t.Product.Name).Append(": ").Append(Text.Of(t.Reaction));
        text.Append("; enzymes: ").Append(t.EnzymesText);
        if (t.Setting is { } setting)
        {
            text.Append("; ").Append(Text.Of(setting));
        }

        if (t.Species is { } species)
        {
            text.Append("; ").Append(Text.Of(species));
        }

        if (t.ProductActive is { } active)
        {
            text.Append(active ? "; product active" : "; product inactive");
        }

        if (ClosesCycle)
        {
            text.Append("; closes a cycle");
        }

        return text.Append(' ').Append(Text.Ids(t.References)).ToString();
    }
}
