using System.Collections.Generic;

namespace Cianopramine.Data.Export;

/// <summary>The shape of a diagram node.</summary>
internal enum NodeShape
{
    /// <summary>A compound: a rectangle.</summary>
    Box,

    /// <summary>A target: a rounded box (Mermaid) or an ellipse (DOT).</summary>
    Rounded,

    /// <summary>A class of drugs, for class-level statements: a hexagon.</summary>
    Hexagon,
}

/// <summary>How an edge is drawn.</summary>
internal enum EdgeStyle
{
    /// <summary>A plain arrow.</summary>
    Normal,

    /// <summary>A thick arrow: a primary mechanism.</summary>
    Thick,

    /// <summary>A dotted arrow: a class-level statement.</summary>
    Dotted,
}

/// <summary>A node: an id made by the builder (<c>c1</c>), a label of one or more lines and a shape.</summary>
internal sealed record DiagramNode(string Id, IReadOnlyList<string> Label, NodeShape Shape);

/// <summary>An edge between two nodes, with a label of one or more lines.</summary>
internal sealed record DiagramEdge(string From, string To, IReadOnlyList<string> Label, EdgeStyle Style);

/// <summary>A directed graph to draw: its title, nodes and edges in the order they are drawn.</summary>
internal sealed record Diagram(string Title, IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges);
