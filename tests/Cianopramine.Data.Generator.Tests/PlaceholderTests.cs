using System.Globalization;
using System.Reflection;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Cianopramine.Data.Reliability;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// Issue 16: a dataset whose data has errors still gets its type (a placeholder whose members throw), so the build
/// reports only the data's CPD errors and no CS0103 for every use of the type; and a <c>.json</c> additional file that
/// looks like data but is not named <c>*.dataset.json</c> gets CPD0043 instead of silence.
/// </summary>
public sealed class PlaceholderTests
{
    private const string UserCode = """
        namespace Lab.App;

        public static class Program
        {
            public static int Count() => LabDataset.Instance.Compounds.Count;

            public static string Hash => LabDataset.ContentHash;
        }
        """;

    private const string TwoErrors = """
        {
          "dataset": { "id": "lab", "title": "Lab data", "version": "1.0.0" },
          "references": [
            { "id": "ref1", "kind": "journal-article", "colour": "red", "status": "abstract-read" },
            { "id": "ref2", "kind": "magazine", "status": "abstract-read" }
          ]
        }
        """;

    private const string Valid = """
        {
          "dataset": { "id": "lab", "title": "Lab data", "version": "1.0.0" }
        }
        """;

    [Fact]
    public void Broken_dataset_and_code_that_uses_its_type_give_only_the_data_error()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver(DiagnosticCase.Named("CPD0004-unknown-property").Texts()),
            GeneratorHarness.CreateCompilation(UserCode));

        run.Diagnostics.Select(d => d.Id).Should().Equal("CPD0004");
        run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty();
    }

    [Fact]
    public void Without_the_placeholder_the_same_code_would_report_CS0103()
    {
        // The control: the user code alone does not compile, so the test above can fail.
        GeneratorHarness.CreateCompilation(UserCode).GetDiagnostics().Select(d => d.Id).Should().Contain("CS0103");
    }

    [Fact]
    public void Broken_dataset_with_several_errors_reports_each_and_no_compiler_error()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver([Fixtures.InMemory("lab.dataset.json", TwoErrors)]),
            GeneratorHarness.CreateCompilation(UserCode));

        run.Diagnostics.Select(d => d.Id).Should().Equal("CPD0004", "CPD0005");
        run.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error);
        run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Placeholder_Instance_throws_InvalidOperationException_naming_the_errors()
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", TwoErrors)]);

        var message = GeneratorHarness.Execute(run.OutputCompilation, assembly =>
        {
            var instance = assembly.GetType("Lab.App.LabDataset", throwOnError: true)!.GetProperty("Instance")!;
            var get = () => instance.GetValue(null);
            return get.Should().Throw<TargetInvocationException>().Which.InnerException.Should().BeOfType<InvalidOperationException>().Subject.Message;
        });

        message.Should().StartWith("The dataset 'lab' was not generated: its data files have 2 errors, reported by the build (fix them and rebuild):")
            .And.Contain("CPD0004 lab.dataset.json(4,")
            .And.Contain("CPD0005 lab.dataset.json(5,")
            .And.NotContain(Path.GetTempPath(), "the message names files, not the build machine's paths");
    }

    [Fact]
    public void Placeholder_has_the_public_members_of_the_real_type()
    {
        static string[] PublicMembers(IReadOnlyList<AdditionalText> texts) =>
            GeneratorHarness.Execute(GeneratorHarness.Run(texts).OutputCompilation, assembly =>
                assembly.GetType("Lab.App.LabDataset", throwOnError: true)!
                    .GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Select(m => m.MemberType + " " + m.Name).Order(StringComparer.Ordinal).ToArray());

        var placeholder = PublicMembers([Fixtures.InMemory("lab.dataset.json", TwoErrors)]);
        var real = PublicMembers([Fixtures.InMemory("lab.dataset.json", Valid)]);

        placeholder.Should().Equal(real).And.Contain(["Property Instance", "Field ContentHash"]);
    }

    [Fact]
    public void Fixing_the_data_replaces_the_placeholder_with_the_dataset()
    {
        var text = Fixtures.InMemory("lab.dataset.json", TwoErrors);
        var broken = GeneratorHarness.Run([text]);
        var driver = broken.Driver.ReplaceAdditionalText(text, Fixtures.InMemory("lab.dataset.json", Valid));

        var fixedRun = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation());

        broken.Sources.Single().SourceText.ToString().Should().Contain("throw NotGenerated()");
        fixedRun.Diagnostics.Should().BeEmpty();
        fixedRun.Sources.Single().HintName.Should().Be(broken.Sources.Single().HintName);
        GeneratorHarness.ExecuteDataset(fixedRun.OutputCompilation, "Lab.App.LabDataset", d => d.Metadata.Title).Should().Be("Lab data");
    }

    [Fact]
    public void Broken_dataset_whose_type_name_a_valid_dataset_uses_gets_no_placeholder()
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("a.dataset.json", Valid), Fixtures.InMemory("b.dataset.json", TwoErrors.Replace("\"lab\"", "\"Lab\"", StringComparison.Ordinal))]);

        run.Sources.Should().ContainSingle().Which.SourceText.ToString().Should().NotContain("throw NotGenerated()");
        run.CompilationProblems().Should().BeEmpty();
    }

    [Theory]
    [InlineData("own.json", """{ "dataset": { "id": "own", "title": "Own", "version": "1.0.0" } }""", "it has a top-level \"dataset\" property")]
    [InlineData("part.json", """{ "dataset": "own", "compounds": [] }""", "it has a top-level \"dataset\" property")]
    [InlineData("own.json", """{ "$schema": "https://example.org/docs/schema/dataset.schema.json", "compounds": [] }""", "its \"$schema\" is the dataset schema")]
    [InlineData("own.datasets.json", "not JSON at all", "its name ends in 'datasets.json'")]
    [InlineData("own-dataset.json", "{}", "its name ends in 'dataset.json'")]
    [InlineData("dataset.json", "{}", "its name ends in 'dataset.json'")]
    [InlineData("Own.JSON", "// a comment\n{ \"title\": \"x\", \"dataset\": { \"id\": \"own\" }, }", "it has a top-level \"dataset\" property")]
    public void Json_file_that_looks_like_data_but_is_not_named_dataset_json_gets_CPD0043(string fileName, string json, string reason)
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory(fileName, json)]);

        var diagnostic = run.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("CPD0043");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Location.GetLineSpan().Path.Should().EndWith(fileName);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).Should().Contain("(" + reason + ")");
        run.Sources.Should().BeEmpty();
    }

    [Theory]
    [InlineData("appsettings.json", """{ "Logging": { "dataset": true } }""")]
    [InlineData("package.json", """{ "name": "x", "datasets": [] }""")]
    [InlineData("broken.json", """{ "dataset": """)]
    [InlineData("list.json", """[ { "dataset": "own" } ]""")]
    [InlineData("schema.json", """{ "$schema": "https://json-schema.org/draft/2020-12/schema" }""")]
    [InlineData("notes.txt", """{ "dataset": { "id": "own" } }""")]
    public void Other_additional_files_get_no_CPD0043(string fileName, string json)
    {
        GeneratorHarness.Run([Fixtures.InMemory(fileName, json)]).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_dataset_json_file_beside_a_misnamed_copy_compiles_and_the_copy_is_reported()
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Valid), Fixtures.InMemory("lab.json", Valid)]);

        run.Diagnostics.Select(d => d.Id).Should().Equal("CPD0043");
        run.Sources.Should().ContainSingle();
        run.CompilationProblems().Should().BeEmpty();
    }

    [Theory]
    [InlineData(StepNames.Placeholder)]
    [InlineData(StepNames.Misnamed)]
    public void Adding_a_syntax_tree_reruns_neither_the_placeholder_nor_the_file_name_check(string step)
    {
        var texts = new[] { Fixtures.InMemory("lab.dataset.json", TwoErrors), Fixtures.InMemory("own.json", Valid) };
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts), compilation);

        var second = GeneratorHarness.Run(first.Driver, compilation.AddSyntaxTrees(GeneratorHarness.Parse("namespace Lab.App;\n\npublic static class Added\n{\n}\n")));

        first.Diagnostics.Select(d => d.Id).Should().Contain("CPD0043");
        first.Sources.Should().ContainSingle();
        second.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)
            .Should().NotBeEmpty().And.OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_a_data_file_does_not_reread_other_json_files()
    {
        var data = Fixtures.InMemory("lab.dataset.json", Valid);
        var texts = new[] { data, Fixtures.InMemory("own.json", Valid), Fixtures.InMemory("appsettings.json", "{}") };
        var first = GeneratorHarness.Run(texts);

        var driver = first.Driver.ReplaceAdditionalText(data, Fixtures.InMemory("lab.dataset.json", Valid.Replace("1.0.0", "1.0.1", StringComparison.Ordinal)));
        var second = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation());

        second.Result.TrackedSteps[StepNames.Misnamed].SelectMany(s => s.Outputs).Select(o => o.Reason)
            .Should().HaveCount(2).And.OnlyContain(r => r == IncrementalStepRunReason.Cached);
        second.Diagnostics.Select(d => d.Id).Should().Equal("CPD0043");
    }
}
