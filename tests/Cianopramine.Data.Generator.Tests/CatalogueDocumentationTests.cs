using System.Text.RegularExpressions;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Cianopramine.Data.Reliability;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// The catalogue, the analyzer release file and docs/diagnostics.md list the same ids, and the docs show, for each id,
/// a data file and the message the compiler really prints for it, so that the page cannot drift from the generator.
/// </summary>
public sealed partial class CatalogueDocumentationTests
{
    private const string DocsPath = "Catalogue/diagnostics.md";
    private const string ExampleFileName = "lab.dataset.json";

    private static readonly string Docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, DocsPath)).ReplaceLineEndings("\n");

    public static TheoryData<string> CatalogueIds => [.. DiagnosticCatalogue.All.Select(d => d.Id)];

    [Fact]
    public void Release_file_lists_every_catalogue_id_once()
    {
        ReleaseRows().Select(r => r.Id).Should().Equal(DiagnosticCatalogue.All.Select(d => d.Id));
    }

    [Fact]
    public void Release_file_gives_each_id_the_catalogue_category_and_severity()
    {
        ReleaseRows().Select(r => (r.Id, r.Category, r.Severity)).Should().Equal(
            DiagnosticCatalogue.All.Select(d => (d.Id, DiagnosticDescriptorInfo.Category, d.Severity.ToString())));
    }

    [Fact]
    public void Docs_have_one_section_per_catalogue_id_in_order()
    {
        SectionIds().Should().Equal(DiagnosticCatalogue.All.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void Help_link_anchor_is_a_docs_heading(string id)
    {
        var anchor = new Uri(DiagnosticCatalogue.Find(id)!.HelpLink).Fragment.TrimStart('#');

        SectionIds().Select(GitHubAnchor).Should().Contain(anchor);
    }

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void Docs_section_states_the_title_and_severity(string id)
    {
        var info = DiagnosticCatalogue.Find(id)!;

        Section(id).Should().Contain($"**{info.Title}** · {info.Severity.ToString().ToLowerInvariant()}");
    }

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void Docs_example_is_the_test_fixture_of_the_id(string id)
    {
        var example = DiagnosticCase.All.First(c => c.Id == id);
        if (example.Missing)
        {
            Section(id).Should().NotContain("```json", "the example of {0} is a file that does not exist", id);
            return;
        }

        foreach (var text in example.Texts())
        {
            Section(id).Should().Contain(text.GetText()!.ToString().ReplaceLineEndings("\n").TrimEnd('\n'));
        }
    }

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void Docs_show_the_message_the_compiler_prints_for_the_example(string id)
    {
        var example = DiagnosticCase.All.First(c => c.Id == id);

        var printed = PrintedMessage(example);

        Section(id).Should().Contain("```text\n" + printed + "\n```");
    }

    /// <summary>The compiler's line for the example, with the fixture's path shortened to what the docs show.</summary>
    private static string PrintedMessage(DiagnosticCase example)
    {
        var diagnostic = GeneratorHarness.Run(example).Diagnostics.Single();
        var text = diagnostic.ToString();
        return Directory.Exists(example.FolderPath)
            ? text.Replace(example.FolderPath + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            : text.Replace(example.ExpectedPath, ExampleFileName, StringComparison.Ordinal);
    }

    private static List<string> SectionIds() => [.. SectionHeading().Matches(Docs).Select(m => m.Groups["id"].Value)];

    private static string Section(string id)
    {
        var start = Docs.IndexOf("\n## " + id + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "docs/diagnostics.md must have a '## {0}' heading", id);
        var end = Docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Docs[start..] : Docs[start..end];
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation removed, spaces to hyphens.</summary>
    private static string GitHubAnchor(string heading) =>
        Regex.Replace(heading.ToLowerInvariant(), "[^a-z0-9 _-]", string.Empty).Replace(' ', '-');

    private static List<(string Id, string Category, string Severity)> ReleaseRows()
    {
        var rows = new List<(string, string, string)>();
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Catalogue", file)))
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (cells.Length >= 3 && ReleaseId().IsMatch(cells[0]))
                {
                    rows.Add((cells[0], cells[1], cells[2]));
                }
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^## (?<id>CPD\d{4})$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^CPD\d{4}$")]
    private static partial Regex ReleaseId();
}
