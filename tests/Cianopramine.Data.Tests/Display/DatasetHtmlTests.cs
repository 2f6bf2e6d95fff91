using System.Net;
using System.Text.RegularExpressions;
using Cianopramine.Data.Display;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Export;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Display;

/// <summary>The HTML renderings: every text encoded, values in readable units with relations, citations and notes shown.</summary>
public sealed partial class DatasetHtmlTests
{
    private static readonly Dataset Embedded = CianopramineDataset.Instance;

    /// <summary>Every rendering of a dataset, by name.</summary>
    private static IEnumerable<(string Name, string Html)> AllRenderings(Dataset data)
    {
        var parent = data.Compounds[0];
        var target = data.AllResults[0].Target;
        var other = data.Compounds[1];
        var over = data.Targets.First(t => t.Id != target.Id);
        yield return ("dataset", DatasetHtml.ToHtml(data));
        yield return ("compound", DatasetHtml.ToHtml(parent));
        yield return ("compounds", DatasetHtml.ToHtml(data.Compounds));
        yield return ("target", DatasetHtml.ToHtml(target));
        yield return ("targets", DatasetHtml.ToHtml(data.Targets));
        yield return ("result", DatasetHtml.ToHtml(data.AllResults[0]));
        yield return ("results", DatasetHtml.ToHtml(data.AllResults));
        yield return ("query", DatasetHtml.ToHtml(data.Results.For(parent)));
        yield return ("profile", DatasetHtml.ToHtml(data.Profile(parent)));
        yield return ("other profile", DatasetHtml.ToHtml(data.Profile(other)));
        yield return ("comparison", DatasetHtml.ToHtml(data.Compare(other, parent, target)));
        yield return ("selectivity", DatasetHtml.ToHtml(data.Selectivity(parent, target, over)));
        yield return ("pathway", DatasetHtml.ToHtml(data.Metabolism.PathwayFrom(parent)));
        yield return ("upstream pathway", DatasetHtml.ToHtml(data.Metabolism.PathwayTo(other)));
        yield return ("mermaid", DatasetHtml.MermaidToHtml(DatasetDiagrams.Mechanisms(data)));
    }

    [GeneratedRegex(@"<script>\(function\(\)\{import\('[^'<]*'\)\.then\(function\(m\)\{var mermaid=m\.default;[^<]*</script>")]
    private static partial Regex MermaidLoader();

    [Fact]
    public void Hostile_text_in_every_field_is_encoded_in_every_rendering()
    {
        var data = HostileData.Build();
        foreach (var (name, html) in AllRenderings(data))
        {
            var withoutLoader = MermaidLoader().Replace(html, string.Empty);
            withoutLoader.Should().NotContain("<script", name + " must write no script of the data's");
            withoutLoader.Should().NotContain("<img", name);
            withoutLoader.Should().NotContain("onmouseover=\"", name + " must not let a quote close an attribute");
            withoutLoader.Should().NotContain("javascript:alert", name + " must not link a javascript: URL");
            AssertBalanced(html, name);
        }
    }

    [Fact]
    public void Hostile_text_is_shown_as_text()
    {
        var html = DatasetHtml.ToHtml(HostileData.Build().AllResults);
        var encoded = WebUtility.HtmlEncode(HostileData.Script);

        html.Should().Contain(WebUtility.HtmlEncode(HostileData.Hostile("assay")))
            .And.Contain(WebUtility.HtmlEncode(HostileData.Hostile("result note")))
            .And.Contain(WebUtility.HtmlEncode(HostileData.Hostile("conditions")))
            .And.Contain(WebUtility.HtmlEncode(HostileData.Hostile("reference note")))
            .And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
            .And.Contain(encoded);
        WebUtility.HtmlDecode(html).Should().Contain(HostileData.Hostile("qualitative"));
    }

    [Fact]
    public void Attribute_values_are_encoded()
    {
        var html = DatasetHtml.ToHtml(HostileData.Build().AllResults);

        // The target's name is a tooltip, the citation too: a quote in them cannot end the attribute.
        html.Should().Contain("title=\"" + WebUtility.HtmlEncode(HostileData.Hostile("target name")) + "\"");
        html.Should().Contain("href=\"https://example.org/page?a=1&amp;b=%222%22\"");
    }

    [Fact]
    public void Only_http_and_https_urls_become_links()
    {
        var html = DatasetHtml.ToHtml(HostileData.Build().AllResults);

        Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value)
            .Should().NotBeEmpty().And.OnlyContain(href => href.StartsWith("https://", StringComparison.Ordinal));
        html.Should().NotContain("javascript:");
    }

    [Fact]
    public void Mermaid_text_is_encoded_inside_its_block()
    {
        var html = DatasetHtml.MermaidToHtml("flowchart LR\n    a[\"x\"] --> b\n</pre><script>alert(1)</script>");

        html.Should().Contain("<pre class=\"mermaid cpd-mermaid\">flowchart LR\n    a[&quot;x&quot;] --&gt; b\n&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;</pre>");
        MermaidLoader().Replace(html, string.Empty).Should().NotContain("<script");
    }

    [Fact]
    public void A_censored_concentration_shows_its_relation_readable_unit_p_value_and_reported_value()
    {
        var result = HostileData.Build().AllResults.Get("r<1>");

        var text = WebUtility.HtmlDecode(DatasetHtml.ToHtml(result));

        text.Should().Contain("IC50 < 50 µM")
            .And.Contain("pIC50 > 4.30")
            .And.Contain("reported as < 0.00005 M")
            .And.Contain("2 mg oral")
            .And.Contain("inhibitor");
        DatasetHtml.ToHtml(result).Should().Contain("IC50 &lt; 50 &#181;M", "the relation and the unit symbol are encoded");
    }

    [Fact]
    public void The_embedded_G2_result_shows_its_value_in_micromolar_with_its_citations_and_note()
    {
        var g2 = Embedded.AllResults.Get("G2");

        var text = WebUtility.HtmlDecode(DatasetHtml.ToHtml(g2));

        text.Should().Contain("IC50 = 50 µM").And.Contain("pIC50 = 4.30").And.Contain("reported as = 0.00005 M");
        text.Should().Contain("antagonist").And.Contain("isolated tissue").And.Contain("rat");
        foreach (var reference in g2.References)
        {
            text.Should().Contain("[" + reference.Id + "]</strong> " + reference.ToCitation());
        }

        text.Should().Contain("unverified C5").And.Contain(g2.Notes.Single().Text);
    }

    [Fact]
    public void A_results_table_has_a_row_per_result_with_ids_and_a_citation_list_with_links()
    {
        var query = Embedded.Results.For("cianopramine").At("SERT");
        var results = query.ToValueArray();

        var html = DatasetHtml.ToHtml(query);
        var text = WebUtility.HtmlDecode(html);

        Regex.Count(html, "<tr>").Should().Be(results.Count + 1, "one header row and one row per result");
        text.Should().Contain("<caption>results for Cianopramine, at SERT</caption>");
        foreach (var result in results)
        {
            text.Should().Contain("<td>" + result.Id + "</td>");
        }

        text.Should().Contain("% inhibition = 80 % ± 2").And.Contain("2 mg oral, 2 h after dose");
        var eichler = Embedded.FindReference("PMID 6478739");
        text.Should().Contain("[" + eichler.Id + "]</strong> " + eichler.ToCitation());
        html.Should().Contain("href=\"https://pubmed.ncbi.nlm.nih.gov/6478739/\"")
            .And.Contain("href=\"https://doi.org/10.1038/clpt.1984.216\"");
        text.Should().Contain("background statement C4", "the result's curation note");
        text.Should().Contain("<abbr title=\"" + eichler.ToCitation() + "\">" + eichler.Id + "</abbr>");
    }

    [Fact]
    public void Any_sequence_of_results_renders_like_a_query_without_its_caption()
    {
        var list = Embedded.Results.Quantitative().ToList();

        var fromList = DatasetHtml.ToHtml(list);
        var fromArray = DatasetHtml.ToHtml(Embedded.Results.Quantitative().ToValueArray());

        fromList.Should().Be(fromArray);
        WebUtility.HtmlDecode(fromList).Should().Contain("<caption>" + list.Count + " results</caption>");
        DatasetHtml.ToHtml(Array.Empty<AssayResult>()).Should().Contain("No results.");
    }

    [Fact]
    public void The_dataset_summary_counts_and_lists_the_compounds_and_sources()
    {
        var text = WebUtility.HtmlDecode(DatasetHtml.ToHtml(Embedded));

        text.Should().Contain(Embedded.Metadata.Title).And.Contain("version " + Embedded.Metadata.Version).And.Contain(Embedded.Metadata.ContentHash);
        text.Should().Contain("<th>Results</th><td>" + Embedded.AllResults.Count + " ");
        foreach (var compound in Embedded.Compounds)
        {
            text.Should().Contain("<strong>" + compound.Name + "</strong>");
        }

        text.Should().Contain("Compiled from");
        foreach (var source in Embedded.Metadata.Sources)
        {
            text.Should().Contain("[" + source.Id + "]");
        }
    }

    [Fact]
    public void A_compound_shows_its_names_computed_structure_and_that_no_identifier_is_confirmed()
    {
        var text = WebUtility.HtmlDecode(DatasetHtml.ToHtml(Embedded.Compounds.Find("cianopramine")));

        text.Should().Contain("Cianopramine (Ro 11-2465)").And.Contain("Ro 11-2465 ").And.Contain("(research code)");
        text.Should().Contain("C20H23N3").And.Contain("computed by the curators").And.Contain("none confirmed");
    }

    [Fact]
    public void A_target_shows_its_accessions_and_modern_classification()
    {
        var sert = WebUtility.HtmlDecode(DatasetHtml.ToHtml(Embedded.Targets.Find("SERT")));
        var fundus = Embedded.Targets.Single(t => !t.Classifications.IsEmpty);

        sert.Should().Contain("SLC6A4").And.Contain("UniProt P31645 (human)");
        WebUtility.HtmlDecode(DatasetHtml.ToHtml(fundus)).Should().Contain(fundus.Classifications[0].Symbol);
    }

    [Fact]
    public void A_profile_shows_each_target_with_best_values_results_gaps_metabolism_and_references()
    {
        var profile = Embedded.Profile("cianopramine");

        var text = WebUtility.HtmlDecode(DatasetHtml.ToHtml(profile));

        text.Should().Contain("Profile: Cianopramine (Ro 11-2465)");
        foreach (var target in profile.Targets)
        {
            text.Should().Contain("Results at " + target.Target.Symbol);
        }

        text.Should().Contain("Quantitative, per parameter").And.Contain("IC50 = 50 µM");
        text.Should().Contain("No concentration value (IC50, Ki …) at SERT");
        text.Should().Contain("stated gap G5");
        text.Should().Contain("Other compounds compared with Cianopramine at SERT").And.Contain("considerably weaker than Cianopramine");
        text.Should().Contain("Cianopramine → Desmethylcianopramine").And.Contain("N-demethylation").And.Contain("not reported");
        text.Should().Contain("Mechanism statements");
        foreach (var reference in profile.References)
        {
            text.Should().Contain("[" + reference.Id + "]</strong> ");
        }
    }

    [Fact]
    public void A_comparison_shows_the_verdict_reason_and_evidence()
    {
        var comparison = Embedded.Compare("desmethylcianopramine", "cianopramine", "SERT");

        var text = WebUtility.HtmlDecode(DatasetHtml.ToHtml(comparison));

        text.Should().Contain("Desmethylcianopramine vs Cianopramine at SERT: <strong>weaker</strong>");
        text.Should().Contain(comparison.Reason);
        foreach (var evidence in comparison.Evidence)
        {
            text.Should().Contain(evidence.Description);
            text.Should().Contain("<td>" + evidence.Result.Id + "</td>");
        }
    }

    [Fact]
    public void A_selectivity_that_cannot_be_determined_says_so_with_the_reason_and_gap()
    {
        var selectivity = Embedded.Selectivity("cianopramine", "SERT", "NET");

        var text = WebUtility.HtmlDecode(DatasetHtml.ToHtml(selectivity));

        text.Should().Contain("Selectivity of Cianopramine for SERT over NET: <strong>cannot be determined from this dataset</strong>");
        text.Should().Contain(selectivity.Reason).And.Contain("stated gap G5").And.Contain("Results at SERT").And.Contain("Results at NET");
    }

    [Fact]
    public void A_determined_selectivity_shows_its_fold_and_pairs()
    {
        var data = HostileData.Build();
        var selectivity = data.Selectivity(data.Compounds[0], data.Targets[1], data.Targets[0]);

        var text = WebUtility.HtmlDecode(DatasetHtml.ToHtml(selectivity));

        selectivity.IsDetermined.Should().BeTrue();
        text.Should().Contain("<strong>fold " + selectivity.Fold + "</strong>").And.Contain("IC50 = 5 µM").And.Contain("IC50 < 50 µM");
    }

    [Fact]
    public void A_pathway_shows_its_steps_and_its_mermaid_diagram_with_a_loader()
    {
        var pathway = Embedded.Metabolism.PathwayFrom("cianopramine");

        var html = DatasetHtml.ToHtml(pathway);
        var text = WebUtility.HtmlDecode(html);

        text.Should().Contain("Metabolism from Cianopramine (Ro 11-2465)").And.Contain("depth 1").And.Contain("Cianopramine → Desmethylcianopramine");
        html.Should().Contain("<pre class=\"mermaid cpd-mermaid\">" + WebUtility.HtmlEncode(DatasetDiagrams.Pathway(pathway)) + "</pre>");
        html.Should().Contain("import('" + HtmlDisplayOptions.DefaultMermaidModuleUrl.AbsoluteUri + "')");
        MermaidLoader().IsMatch(html).Should().BeTrue();
    }

    [Fact]
    public void An_empty_pathway_says_so_without_a_diagram()
    {
        var html = DatasetHtml.ToHtml(Embedded.Metabolism.PathwayFrom("desmethylcianopramine"));

        WebUtility.HtmlDecode(html).Should().Contain("No metabolites in this dataset.");
        html.Should().NotContain("<pre").And.NotContain("<script");
    }

    [Fact]
    public void Options_switch_off_the_styles_and_the_mermaid_script_and_limit_the_rows()
    {
        var bare = new HtmlDisplayOptions { IncludeStyles = false, MermaidModuleUrl = null };
        var two = new HtmlDisplayOptions { MaxRows = 2 };
        var pathway = Embedded.Metabolism.PathwayFrom("cianopramine");

        var plain = DatasetHtml.ToHtml(pathway, bare);
        var cut = WebUtility.HtmlDecode(DatasetHtml.ToHtml(Embedded.AllResults, two));

        plain.Should().StartWith("<div class=\"cpd-display\">").And.NotContain("<style").And.NotContain("<script").And.Contain("<pre class=\"mermaid cpd-mermaid\">");
        DatasetHtml.ToHtml(pathway).Should().StartWith("<style>");
        Regex.Count(cut, "<tr>").Should().Be(3);
        cut.Should().Contain("… and " + (Embedded.AllResults.Count - 2) + " more results (2 of " + Embedded.AllResults.Count + " shown");
        var custom = DatasetHtml.MermaidToHtml("flowchart LR", new HtmlDisplayOptions { MermaidModuleUrl = new Uri("https://example.org/m.mjs?a='b'") });
        custom.Should().Contain("import('https://example.org/m.mjs?a=\\u0027b\\u0027')", "the URL is a JavaScript string: its quotes are escaped");
    }

    [Fact]
    public void Options_reject_a_url_that_is_not_http_and_a_row_limit_below_one()
    {
        var script = () => new HtmlDisplayOptions { MermaidModuleUrl = new Uri("javascript:alert(1)") };
        var relative = () => new HtmlDisplayOptions { MermaidModuleUrl = new Uri("mermaid.mjs", UriKind.Relative) };
        var none = () => new HtmlDisplayOptions { MaxRows = 0 };

        script.Should().Throw<ArgumentException>();
        relative.Should().Throw<ArgumentException>();
        none.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Every_rendering_of_the_embedded_dataset_is_one_balanced_fragment()
    {
        foreach (var (name, html) in AllRenderings(Embedded))
        {
            html.Should().StartWith("<style>", name);
            html.Should().EndWith("</div>", name);
            AssertBalanced(html, name);
        }
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var calls = new Action[]
        {
            () => DatasetHtml.ToHtml((Dataset)null!),
            () => DatasetHtml.ToHtml((Compound)null!),
            () => DatasetHtml.ToHtml((IEnumerable<Compound>)null!),
            () => DatasetHtml.ToHtml((Target)null!),
            () => DatasetHtml.ToHtml((IEnumerable<Target>)null!),
            () => DatasetHtml.ToHtml((AssayResult)null!),
            () => DatasetHtml.ToHtml((IEnumerable<AssayResult>)null!),
            () => DatasetHtml.ToHtml((ResultQuery)null!),
            () => DatasetHtml.ToHtml((CompoundProfile)null!),
            () => DatasetHtml.ToHtml((CompoundComparison)null!),
            () => DatasetHtml.ToHtml((SelectivityResult)null!),
            () => DatasetHtml.ToHtml((MetabolicPathway)null!),
            () => DatasetHtml.MermaidToHtml(null!),
        };

        foreach (var call in calls)
        {
            call.Should().Throw<ArgumentNullException>();
        }
    }

    [Fact]
    public void A_sequence_with_a_null_item_is_rejected()
    {
        var results = () => DatasetHtml.ToHtml(new AssayResult[] { Embedded.AllResults[0], null! });
        var compounds = () => DatasetHtml.ToHtml(new Compound[] { null! });
        var targets = () => DatasetHtml.ToHtml(new Target[] { null! });

        results.Should().Throw<ArgumentException>().WithParameterName("results");
        compounds.Should().Throw<ArgumentException>().WithParameterName("compounds");
        targets.Should().Throw<ArgumentException>().WithParameterName("targets");
    }

    /// <summary>Every element this namespace opens is closed, in equal numbers.</summary>
    private static void AssertBalanced(string html, string name)
    {
        foreach (var tag in new[] { "div", "table", "thead", "tbody", "tr", "td", "th", "ul", "li", "p", "pre", "span", "strong", "abbr", "a", "h3", "h4", "caption", "code", "style", "script" })
        {
            var opened = Regex.Count(html, "<" + tag + "[ >]");
            var closed = Regex.Count(html, "</" + tag + ">");
            opened.Should().Be(closed, $"{name}: <{tag}> opened {opened} times and closed {closed} times");
        }
    }
}
