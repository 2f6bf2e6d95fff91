using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Cianopramine.Data.Generator.Tests.Docs;

/// <summary>Tests that redirect the console or change the working directory run alone.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>
/// Every C# block of README.md, the package README and docs/*.md compiles, and runs, as a reader would use it
/// (issue 16: a page whose example did not compile reached users, because only some pages were tested).
/// </summary>
/// <remarks>
/// <para>
/// A page is a notebook: its C# blocks run in order as C# script submissions, so a later block sees the variables and
/// <c>using</c> directives of earlier ones, and may declare them again, as in a Polyglot notebook. Every block starts
/// with the implicit usings of an SDK console project. References: the framework, Cianopramine.Data and its companion
/// packages, and, on a page whose JSON blocks hold a dataset manifest, the type the source generator builds from them
/// (root namespace <c>MyProject</c>), so a page about an own dataset compiles against the real generated code.
/// </para>
/// <para>
/// A <c>text</c> block right after a C# block is that block's output: the block runs (in a fresh temporary working
/// directory) and must print exactly that text. <c>UPDATE_DOCS=1</c> rewrites such blocks with what the code printed.
/// Before a block, <c>&lt;!-- snippet: compile-only — why --&gt;</c> compiles it without running it (it needs a file
/// or service the reader has and the test has not), and <c>&lt;!-- snippet context: … --&gt;</c> declares what the
/// prose assumes (a <c>json</c> string, a stream) without showing it; <c>&lt;!-- snippets: compile-only — why --&gt;</c>
/// anywhere on a page applies to all its blocks. A block of only <c>#r "nuget: …"</c> lines (a notebook's package
/// reference) must name one of this repository's packages at the version being built.
/// </para>
/// </remarks>
[Collection(nameof(ConsoleCollection))]
public sealed class DocumentationSnippetTests
{
    private const string OwnDatasetNamespace = "MyProject";

    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly string[] OwnPackages = ["Cianopramine.Data", "Cianopramine.Data.Import", "Cianopramine.Data.Analysis"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>Every page a user reads that holds a C# block.</summary>
    public static TheoryData<string> PagesWithCSharp()
    {
        var pages = new TheoryData<string>();
        foreach (var page in DocPage.AllPages().Where(p => DocPage.Read(p).Blocks.Any(b => b.IsCSharp)))
        {
            pages.Add(page);
        }

        return pages;
    }

    [Fact]
    public void The_pages_hold_csharp_blocks_to_test()
    {
        // Guards the theory below against a parser that finds nothing (and so tests nothing).
        var pages = DocPage.AllPages().Select(DocPage.Read).ToList();
        pages.Select(p => p.RelativePath).Should().Contain(["README.md", "docs/querying.md", "docs/own-dataset.md", "docs/loading-and-exporting.md"]);
        pages.Sum(p => p.Blocks.Count(b => b.IsCSharp)).Should().BeGreaterThanOrEqualTo(40);
        pages.Single(p => p.RelativePath == "docs/querying.md").Blocks.Count(b => b.Language == "text").Should().BeGreaterThanOrEqualTo(15);
    }

    [Theory]
    [MemberData(nameof(PagesWithCSharp))]
    public async Task Every_csharp_block_compiles_and_prints_its_documented_output(string relativePath)
    {
        var page = DocPage.Read(relativePath);
        var problems = new List<string>();
        var outputs = new List<(DocBlock Block, string Printed)>();
        var workDirectory = Directory.CreateTempSubdirectory("cpd-docs-");
        var options = ScriptOptions.Default
            .WithReferences(References.Value.AddRange(OwnDatasetReferences(page, workDirectory.FullName, problems)))
            .WithImports(ImplicitUsings)
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12)
            .WithEmitDebugInformation(false);

        Script<object>? last = null;
        ScriptState<object>? state = null;
        var running = !page.CompileOnly;
        var previousDirectory = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        Environment.CurrentDirectory = workDirectory.FullName;
        try
        {
            foreach (var block in page.Blocks.Where(b => b.IsCSharp))
            {
                if (block.IsNotebookPackageReference)
                {
                    problems.AddRange(CheckPackageReferences(page, block));
                    continue;
                }

                var hidden = block.HiddenContext;
                var code = hidden + block.Code;
                var script = last is null ? CSharpScript.Create(code, options) : last.ContinueWith(code, options);
                var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count > 0)
                {
                    var hiddenLines = hidden.Count(c => c == '\n');
                    problems.AddRange(errors.Select(e => $"{page.RelativePath}({block.Line + e.Location.GetLineSpan().StartLinePosition.Line + 1 - hiddenLines}): {e.Id}: {e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
                    continue;
                }

                last = script;
                var expected = page.OutputOf(block);
                if (!running || block.CompileOnly)
                {
                    if (expected is not null && running)
                    {
                        problems.Add($"{page.RelativePath}({block.Line}): the block is compile-only but a text block after it reads as its output");
                    }

                    continue;
                }

                var printed = new StringWriter { NewLine = "\n" };
                Console.SetOut(printed);
                try
                {
                    state = state is null ? await script.RunAsync() : await script.RunFromAsync(state);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    problems.Add($"{page.RelativePath}({block.Line}): the block threw {e.GetType().Name}: {e.Message}");
                    running = false;
                    continue;
                }
                finally
                {
                    Console.SetOut(previousOut);
                }

                if (expected is not null && printed.ToString().ReplaceLineEndings("\n") != expected.Code)
                {
                    outputs.Add((expected, printed.ToString().ReplaceLineEndings("\n")));
                }
            }
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
            workDirectory.Delete(recursive: true);
        }

        if (outputs.Count > 0 && Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            var text = page.Text;
            foreach (var (block, printed) in outputs.OrderByDescending(o => o.Block.Line))
            {
                text = DocPage.WithBlockReplaced(text, block, printed);
            }

            File.WriteAllText(page.Path, text);
        }
        else
        {
            problems.AddRange(outputs.Select(o =>
                $"{page.RelativePath}({o.Block.Line}): the output block says\n{o.Block.Code}but the code printed\n{o.Printed}(UPDATE_DOCS=1 rewrites the block)"));
        }

        problems.Should().BeEmpty("every C# block of {0} must compile, run and print what the page says", page.RelativePath);
    }

    [Fact]
    public void Only_a_marker_on_its_own_line_makes_a_page_compile_only()
    {
        // quality.md quotes the page-wide marker in a table; taking the quote for the marker made all of its examples
        // compile-only without anyone asking for it.
        DocPage.Read("docs/quality.md").CompileOnly.Should().BeFalse();
        DocPage.Read("docs/loading-and-exporting.md").CompileOnly.Should().BeTrue();
    }

    [Fact]
    public void A_block_that_does_not_compile_is_reported_at_its_line_in_the_page()
    {
        // The runner itself must be able to fail: a page of one broken block is a located problem, not a pass.
        var script = CSharpScript.Create("var x = MolarUnit.Micromolar;\n", ScriptOptions.Default.WithReferences(References.Value).WithImports(ImplicitUsings));
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id);

        errors.Should().Contain("CS0103", "MolarUnit needs `using Cianopramine.Data.Units;`, the bug of issue 16 point 1");
    }

    [Fact]
    public void The_output_of_a_block_is_the_text_block_right_after_it()
    {
        var page = DocPage.Read("docs/querying.md");
        var lookup = page.Blocks.First(b => b.IsCSharp && b.Code.Contains("Find(\"ro11-2465\")", StringComparison.Ordinal));

        page.OutputOf(lookup)!.Code.Should().StartWith("Cianopramine (Ro 11-2465)\n");
        page.OutputOf(page.Blocks.First(b => b.IsCSharp))
            .Should().BeNull("the first block only declares `data` and the page continues with prose");
    }

    private static IEnumerable<string> CheckPackageReferences(DocPage page, DocBlock block)
    {
        var version = XDocument.Load(Path.Combine(DocPage.RepositoryRoot, "Directory.Build.props"))
            .Descendants("VersionPrefix").Single().Value;
        foreach (var line in block.Code.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line["#r \"nuget:".Length..].TrimEnd('"').Split(',', StringSplitOptions.TrimEntries);
            if (!OwnPackages.Contains(parts[0]) || parts.Length != 2 || parts[1] != version)
            {
                yield return $"{page.RelativePath}({block.Line}): '{line}' must name one of {string.Join(", ", OwnPackages)} at version {version}";
            }
        }
    }

    /// <summary>
    /// The page's dataset JSON blocks, run through the source generator under root namespace <c>MyProject</c> and
    /// emitted next to the page's working directory, as references for its C# blocks.
    /// </summary>
    private static IEnumerable<MetadataReference> OwnDatasetReferences(DocPage page, string directory, List<string> problems)
    {
        var files = page.Blocks
            .Where(b => b.Language == "json" && IsDatasetManifest(b.Code))
            .Select((b, i) => new InMemoryAdditionalText($"/docs/Data/block{i}-line{b.Line}.dataset.json", b.Code))
            .ToList();
        if (files.Count == 0 || !page.Blocks.Any(b => b.IsCSharp && b.Code.Contains(OwnDatasetNamespace + ".", StringComparison.Ordinal)))
        {
            yield break;
        }

        var run = GeneratorHarness.Run(files, OwnDatasetNamespace);
        foreach (var diagnostic in run.Diagnostics.Concat(run.CompilationProblems()))
        {
            problems.Add($"{page.RelativePath}: the page's dataset JSON does not build: {diagnostic}");
        }

        var path = Path.Combine(directory, "docs-own-dataset.dll");
        var emitted = run.OutputCompilation.Emit(path);
        if (!emitted.Success)
        {
            problems.Add($"{page.RelativePath}: the generated dataset type does not compile: {string.Join("; ", emitted.Diagnostics)}");
            yield break;
        }

        yield return MetadataReference.CreateFromFile(path);
    }

    private static bool IsDatasetManifest(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                   document.RootElement.TryGetProperty("dataset", out var manifest) && manifest.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;   // a fragment of a file, shown for one property
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var generator = typeof(DatasetGenerator).Assembly.Location;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path != generator)
            .Order(StringComparer.Ordinal);
        return [.. trusted.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
