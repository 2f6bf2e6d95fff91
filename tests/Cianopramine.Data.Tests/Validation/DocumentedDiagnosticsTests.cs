using System.Text.RegularExpressions;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Tests.Serialization;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// Every example of docs/diagnostics.md, loaded at run time: the loader reports the message the page shows, at the
/// same line and column. (The generator tests check the same page against the compiler's output.)
/// </summary>
public sealed partial class DocumentedDiagnosticsTests
{
    private const string DefaultFileName = "lab.dataset.json";

    private static readonly string Docs = File.ReadAllText(SerializationTestFiles.Docs("diagnostics.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> Ids => [.. DiagnosticCatalogue.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_loader_reports_the_documented_message_for_the_documented_example(string id)
    {
        var section = Section(id);
        var files = Examples(section);
        var expected = MessageBlock().Match(section).Groups["text"].Value.TrimEnd('\n');
        var example = DiagnosticCase.All.First(c => c.Id == id);
        if (example.Missing)
        {
            // The example is a file that does not exist, in a folder that does: load that path.
            using var folder = new TemporaryDirectory();
            var missing = folder.File(DefaultFileName);
            var load = () => DatasetLoader.Load(new[] { DatasetSource.FromFile(missing) }).Dataset;
            var problem = load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Subject;
            Printed(problem).Replace(missing, DefaultFileName, StringComparison.Ordinal).Should().Be(expected);
            return;
        }

        files.Should().NotBeEmpty("the section of {0} must show a data file", id);
        expected.Should().NotBeEmpty("the section of {0} must show the message", id);

        var problems = Load(files, example.Accepted is not null);
        if (DiagnosticCase.All.First(c => c.Id == id).WithoutLibrary)
        {
            problems.Should().BeEmpty("{0} is about the project, not the data: the loader loads the example", id);
            section.Should().Contain("```text\n" + "error " + id + ": ");
            return;
        }

        if (example.Misnamed)
        {
            problems.Should().BeEmpty("{0} is about the file's name in the project, not the data: the loader loads the example", id);
            section.Should().Contain("): warning " + id + ": ");
            return;
        }

        problems.Select(Printed).Should().Equal(new[] { expected }, "docs/diagnostics.md shows this message for the example of {0}", id);
    }

    private static IReadOnlyList<DatasetProblem> Load(IReadOnlyList<(string Name, string Json)> files, bool leaveOut)
    {
        try
        {
            var options = new DatasetLoadOptions { InvalidItems = leaveOut ? InvalidItemHandling.LeaveOut : InvalidItemHandling.Fail };
            return DatasetLoader.Load(files.Select(f => DatasetSource.FromJson(f.Json, f.Name)), options).Warnings;
        }
        catch (DatasetLoadException ex)
        {
            return ex.Problems;
        }
    }

    private static string Printed(DatasetProblem p) =>
        $"{p.File}({p.Line},{p.Column}): {(p.IsError ? "error" : "warning")} {p.Id}: {p.Message}";

    private static string Section(string id)
    {
        var start = Docs.IndexOf("\n## " + id + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "docs/diagnostics.md must have a '## {0}' heading", id);
        var end = Docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Docs[start..] : Docs[start..end];
    }

    /// <summary>The section's JSON blocks, each named by the <c>`file`</c> line above it (or the default name).</summary>
    private static List<(string Name, string Json)> Examples(string section) =>
        [.. JsonBlock().Matches(section).Select(m => (m.Groups["name"].Success ? m.Groups["name"].Value : DefaultFileName, m.Groups["json"].Value))];

    [GeneratedRegex(@"(?:^`(?<name>[^`\n]+\.json)`\n\n)?^```json\n(?<json>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex(@"^```text\n(?<text>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MessageBlock();
}
