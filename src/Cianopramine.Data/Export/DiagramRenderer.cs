using System;
using System.Collections.Generic;
using System.Text;

namespace Cianopramine.Data.Export;

/// <summary>Renders a <see cref="Diagram"/> as Mermaid or DOT text, escaping every label; <c>\n</c> line ends.</summary>
internal static class DiagramRenderer
{
    public static string Render(Diagram diagram, DiagramFormat format) => format switch
    {
        DiagramFormat.Mermaid => Mermaid(diagram),
        DiagramFormat.Dot => Dot(diagram),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown diagram format."),
    };

    private static string Mermaid(Diagram diagram)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(YamlString(diagram.Title)).Append("\n---\n");
        text.Append("flowchart LR\n");
        foreach (var node in diagram.Nodes)
        {
            var label = "\"" + MermaidLabel(node.Label) + "\"";
            text.Append("    ").Append(node.Id).Append(node.Shape switch
            {
                NodeShape.Rounded => "(" + label + ")",
                NodeShape.Hexagon => "{{" + label + "}}",
                _ => "[" + label + "]",
            }).Append('\n');
        }

        foreach (var edge in diagram.Edges)
        {
            var arrow = edge.Style switch
            {
                EdgeStyle.Thick => "==>",
                EdgeStyle.Dotted => "-.->",
                _ => "-->",
            };
            text.Append("    ").Append(edge.From).Append(' ').Append(arrow)
                .Append("|\"").Append(MermaidLabel(edge.Label)).Append("\"| ").Append(edge.To).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A YAML double-quoted string, for the title in Mermaid's front matter.</summary>
    private static string YamlString(string text)
    {
        var result = new StringBuilder("\"");
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return result.Append('"').ToString();
    }

    private static string MermaidLabel(IReadOnlyList<string> lines)
    {
        var escaped = new string[lines.Count];
        for (var i = 0; i < escaped.Length; i++)
        {
            escaped[i] = MermaidText(lines[i]);
        }

        return string.Join("<br/>", escaped);
    }

    /// <summary>Text with Mermaid's entity codes for every character its syntax or HTML labels could read.</summary>
    internal static string MermaidText(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var code = c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '&' => "#amp;",
                '<' => "#lt;",
                '>' => "#gt;",
                '|' => "#124;",
                '`' => "#96;",
                '[' => "#91;",
                ']' => "#93;",
                '{' => "#123;",
                '}' => "#125;",
                '\r' or '\n' or '\t' => " ",
                _ => null,
            };

            // Most characters stand for themselves: appended as they are, not as a string each.
            if (code is null)
            {
                result.Append(c);
            }
            else
            {
                result.Append(code);
            }
        }

        return result.ToString();
    }

    private static string Dot(Diagram diagram)
    {
        var text = new StringBuilder();
        text.Append("digraph ").Append(DotString(diagram.Title)).Append(" {\n");
        text.Append("    rankdir=LR;\n");
        text.Append("    node [fontname=\"Helvetica\"];\n");
        text.Append("    edge [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var node in diagram.Nodes)
        {
            var shape = node.Shape switch
            {
                NodeShape.Rounded => "ellipse",
                NodeShape.Hexagon => "hexagon",
                _ => "box",
            };
            text.Append("    ").Append(DotString(node.Id)).Append(" [label=").Append(DotLabel(node.Label))
                .Append(", shape=").Append(shape).Append("];\n");
        }

        foreach (var edge in diagram.Edges)
        {
            text.Append("    ").Append(DotString(edge.From)).Append(" -> ").Append(DotString(edge.To))
                .Append(" [label=").Append(DotLabel(edge.Label));
            text.Append(edge.Style switch
            {
                EdgeStyle.Thick => ", penwidth=2.5",
                EdgeStyle.Dotted => ", style=dashed",
                _ => string.Empty,
            });
            text.Append("];\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string DotLabel(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder("\"");
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : "\\n").Append(DotEscape(lines[i]));
        }

        return text.Append('"').ToString();
    }

    /// <summary>A DOT quoted string.</summary>
    internal static string DotString(string text) => "\"" + DotEscape(text) + "\"";

    /// <summary>Escapes a backslash (which would start an escape such as <c>\N</c>), a quote and line breaks.</summary>
    private static string DotEscape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var escape = c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\r' => string.Empty,
                '\n' => "\\n",
                _ => null,
            };

            if (escape is null)
            {
                result.Append(c);
            }
            else
            {
                result.Append(escape);
            }
        }

        return result.ToString();
    }
}
