using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Export;

/// <summary>
/// Diagrams of a dataset as text: the metabolism pathway (compound → metabolite, labelled with the reaction and what
/// is known of the enzymes) and the mechanism graph (compound → target, labelled with the action), in Mermaid or
/// Graphviz DOT.
/// </summary>
/// <remarks>
/// The output is deterministic: nodes and edges follow the dataset's order, node ids are numbered in that order
/// (<c>c1</c>, <c>t1</c>), lines end with <c>\n</c>. Every label is escaped (Mermaid entity codes, DOT string
/// escapes), so no text from the data can change the diagram's structure.
/// </remarks>
public static class DatasetDiagrams
{
    /// <summary>The metabolism graph: every compound in a transformation, and an arrow per transformation from substrate to product.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="format">Mermaid (the default) or DOT.</param>
    /// <returns>The diagram's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DiagramFormat"/> value.</exception>
    public static string Metabolism(Dataset dataset, DiagramFormat format = DiagramFormat.Mermaid)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return DiagramRenderer.Render(MetabolismDiagram(dataset.Metadata.Title + ": metabolism", dataset.Transformations.Items), format);
    }

    /// <summary>The steps of one compound's pathway (<see cref="MetabolismGraph.PathwayFrom(Compound)"/> or <see cref="MetabolismGraph.PathwayTo(Compound)"/>).</summary>
    /// <param name="pathway">The pathway.</param>
    /// <param name="format">Mermaid (the default) or DOT.</param>
    /// <returns>The diagram's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pathway"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DiagramFormat"/> value.</exception>
    public static string Pathway(MetabolicPathway pathway, DiagramFormat format = DiagramFormat.Mermaid)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        var steps = new MetabolicTransformation[pathway.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = pathway[i].Transformation;
        }

        var title = "Metabolic pathway " + (pathway.Direction == PathwayDirection.Downstream ? "from " : "to ") + pathway.Start.Name;
        return DiagramRenderer.Render(MetabolismDiagram(title, steps, pathway.Start), format);
    }

    /// <summary>
    /// The mechanism graph: an arrow per mechanism statement and target, from the compound (a box) or, for a
    /// class-level statement, the class (a hexagon, dotted arrow) to the target, labelled with the action; primary
    /// mechanisms are thick arrows.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="format">Mermaid (the default) or DOT.</param>
    /// <returns>The diagram's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DiagramFormat"/> value.</exception>
    public static string Mechanisms(Dataset dataset, DiagramFormat format = DiagramFormat.Mermaid)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var nodes = new NodeSet();
        var edges = new EdgeList();
        foreach (var statement in dataset.Mechanisms)
        {
            var from = statement.Compound is { } compound
                ? nodes.Add("c", compound.Id, Lines(compound.ToString()), NodeShape.Box)
                : nodes.Add("s", statement.Scope ?? statement.Id, Lines(statement.Scope ?? statement.Id), NodeShape.Hexagon);
            var action = Text.Of(statement.Action);
            var label = statement.IsPrimary ? Lines(action + " (primary)") : Lines(action);
            var style = statement.IsClassLevel ? EdgeStyle.Dotted : statement.IsPrimary ? EdgeStyle.Thick : EdgeStyle.Normal;
            foreach (var target in statement.Targets)
            {
                var to = nodes.Add("t", target.Id, Lines(target.Symbol), NodeShape.Rounded);
                edges.Add(new DiagramEdge(from, to, label, style));
            }
        }

        return DiagramRenderer.Render(new Diagram(dataset.Metadata.Title + ": mechanisms", nodes.Nodes, edges.Edges), format);
    }

    private static Diagram MetabolismDiagram(string title, IReadOnlyList<MetabolicTransformation> steps, Compound? start = null)
    {
        var nodes = new NodeSet();
        var edges = new EdgeList();
        if (start is not null)
        {
            nodes.Add(start);
        }

        foreach (var step in steps)
        {
            var from = nodes.Add(step.Substrate);
            var to = nodes.Add(step.Product);
            var label = new List<string> { Text.Of(step.Reaction), "enzymes: " + step.EnzymesText };
            if (step.ProductActive is true)
            {
                label.Add("active metabolite");
            }

            edges.Add(new DiagramEdge(from, to, label, EdgeStyle.Normal));
        }

        return new Diagram(title, nodes.Nodes, edges.Edges);
    }

    private static string[] Lines(string text) => new[] { text };

    /// <summary>Nodes by kind and key, numbered per kind in order of first use.</summary>
    private sealed class NodeSet
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public List<DiagramNode> Nodes { get; } = new();

        /// <summary>A compound's box, labelled only when it is new: a compound in many steps costs one label.</summary>
        public string Add(Compound compound) =>
            _ids.TryGetValue("c:" + compound.Id, out var id) ? id : Add("c", compound.Id, Lines(compound.ToString()), NodeShape.Box);

        public string Add(string prefix, string key, IReadOnlyList<string> label, NodeShape shape)
        {
            var fullKey = prefix + ":" + key;
            if (_ids.TryGetValue(fullKey, out var id))
            {
                return id;
            }

            _counts.TryGetValue(prefix, out var count);
            _counts[prefix] = ++count;
            id = prefix + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _ids.Add(fullKey, id);
            Nodes.Add(new DiagramNode(id, label, shape));
            return id;
        }
    }

    /// <summary>Edges in order, each drawn once even when several statements or steps say the same.</summary>
    private sealed class EdgeList
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<DiagramEdge> Edges { get; } = new();

        public void Add(DiagramEdge edge)
        {
            if (_seen.Add(edge.From + "\u0000" + edge.To + "\u0000" + string.Join("\u0001", edge.Label) + "\u0000" + edge.Style))
            {
                Edges.Add(edge);
            }
        }
    }
}
