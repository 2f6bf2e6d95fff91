using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>Metabolism and mechanism diagrams as Mermaid and DOT: content, determinism, escaping, and the docs.</summary>
public class DiagramTests
{
    private static Dataset Embedded => CianopramineDataset.Instance;

    [Fact]
    public void The_metabolism_diagram_shows_N_demethylation_to_the_active_metabolite()
    {
        var mermaid = DatasetDiagrams.Metabolism(Embedded);

        mermaid.Should().Be(
            "---\ntitle: \"Cianopramine and desmethylcianopramine pharmacology: metabolism\"\n---\n" +
            "flowchart LR\n" +
            "    c1[\"Cianopramine (Ro 11-2465)\"]\n" +
            "    c2[\"Desmethylcianopramine (Ro 12-5419)\"]\n" +
            "    c1 -->|\"N-demethylation<br/>enzymes: not reported<br/>active metabolite\"| c2\n");
    }

    [Fact]
    public void The_metabolism_diagram_in_DOT()
    {
        var dot = DatasetDiagrams.Metabolism(Embedded, DiagramFormat.Dot);

        dot.Should().StartWith("digraph \"Cianopramine and desmethylcianopramine pharmacology: metabolism\" {\n    rankdir=LR;\n")
            .And.Contain("    \"c1\" [label=\"Cianopramine (Ro 11-2465)\", shape=box];\n")
            .And.Contain("    \"c1\" -> \"c2\" [label=\"N-demethylation\\nenzymes: not reported\\nactive metabolite\"];\n")
            .And.EndWith("}\n");
    }

    [Fact]
    public void The_mechanism_diagram_links_compounds_to_targets_with_their_action()
    {
        var mermaid = DatasetDiagrams.Mechanisms(Embedded);

        mermaid.Should().Contain("    c1[\"Cianopramine (Ro 11-2465)\"]\n")
            .And.Contain("    t1(\"SERT\")\n")
            .And.Contain("    c1 ==>|\"inhibitor (primary)\"| t1\n")
            .And.Contain("    c2 -->|\"inhibitor\"| t3\n")
            .And.MatchRegex("s1 -\\.->\\|\"desensitisation\"\\| t\\d");
    }

    [Fact]
    public void The_mechanism_diagram_in_DOT_marks_primary_and_class_level_statements()
    {
        var dot = DatasetDiagrams.Mechanisms(Embedded, DiagramFormat.Dot);

        dot.Should().Contain("\"c1\" -> \"t1\" [label=\"inhibitor (primary)\", penwidth=2.5];")
            .And.Contain("shape=hexagon")
            .And.Contain("style=dashed");
    }

    [Fact]
    public void A_pathway_is_drawn_from_its_start()
    {
        var pathway = Embedded.Metabolism.PathwayFrom("cianopramine");

        DatasetDiagrams.Pathway(pathway).Should().Contain("title: \"Metabolic pathway from Cianopramine\"")
            .And.Contain("c1 -->|\"N-demethylation<br/>enzymes: not reported<br/>active metabolite\"| c2");
    }

    [Fact]
    public void Diagrams_are_the_same_text_on_every_run()
    {
        var loaded = Dataset.FromJson(DatasetJson.Export(Embedded));

        foreach (var format in new[] { DiagramFormat.Mermaid, DiagramFormat.Dot })
        {
            DatasetDiagrams.Metabolism(loaded, format).Should().Be(DatasetDiagrams.Metabolism(Embedded, format));
            DatasetDiagrams.Mechanisms(loaded, format).Should().Be(DatasetDiagrams.Mechanisms(Embedded, format));
        }
    }

    [Fact]
    public void Labels_cannot_break_out_of_a_Mermaid_diagram()
    {
        var hostile = "Evil\"] --> x[\"<script>|#`{}";
        var data = Dataset.FromJson(SampleData.Dataset(compounds: SampleData.Compounds.Replace("\"Parent\"", "\"" + hostile.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")));

        var mermaid = DatasetDiagrams.Metabolism(data);

        mermaid.Should().Contain("c1[\"Evil#quot;#93; --#gt; x#91;#quot;#lt;script#gt;#124;#35;#96;#123;#125;\"]\n");
        mermaid.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Labels_cannot_break_out_of_a_DOT_diagram()
    {
        var hostile = "Evil\" -> x [label=\"\\N";
        var data = Dataset.FromJson(SampleData.Dataset(compounds: SampleData.Compounds.Replace("\"Parent\"", "\"" + hostile.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")));

        var dot = DatasetDiagrams.Metabolism(data, DiagramFormat.Dot);

        dot.Should().Contain("\"c1\" [label=\"Evil\\\" -> x [label=\\\"\\\\N\", shape=box];");
        dot.Split('\n').Count(l => l.Contains(" -> \"", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void The_docs_show_the_current_Mermaid_diagrams_of_the_embedded_dataset()
    {
        var docs = File.ReadAllText(SerializationTestFiles.Docs("diagrams.md")).ReplaceLineEndings("\n");

        docs.Should().Contain("```mermaid\n" + DatasetDiagrams.Metabolism(Embedded) + "```");
        docs.Should().Contain("```mermaid\n" + DatasetDiagrams.Mechanisms(Embedded) + "```");
    }
}
