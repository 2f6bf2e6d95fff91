namespace Cianopramine.Data.Export;

/// <summary>The text format of a diagram.</summary>
public enum DiagramFormat
{
    /// <summary>A Mermaid flowchart (GitHub, GitLab and many Markdown viewers render it in a <c>```mermaid</c> block).</summary>
    Mermaid,

    /// <summary>A Graphviz DOT digraph (render with <c>dot -Tsvg</c>).</summary>
    Dot,
}
