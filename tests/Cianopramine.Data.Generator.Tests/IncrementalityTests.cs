using Cianopramine.Data.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// The pipeline re-runs only what an edit touches: a C# edit touches nothing; a data edit re-parses that one file and
/// re-validates its dataset; an edit that moves data without changing it (a line inserted above it) stops at the
/// model, before emission; an edit to one dataset leaves the others cached; an edit that changes nothing the parsed
/// model holds stops at the parse step.
/// </summary>
public sealed class IncrementalityTests
{
    private const string ManifestFile = "cianopramine.dataset.json";

    private static readonly IncrementalStepRunReason[] NotRerun = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void Every_step_is_tracked()
    {
        var run = FirstRun();

        run.Run.Result.TrackedSteps.Keys.Should().Contain(
        [
            StepNames.Parse, StepNames.Group, StepNames.Validate, StepNames.RootNamespace, StepNames.Names, StepNames.LibraryFormat,
            StepNames.Model, StepNames.Emit,
        ]);
    }

    [Theory]
    [InlineData(StepNames.Parse)]
    [InlineData(StepNames.RootNamespace)]
    [InlineData(StepNames.Validate)]
    [InlineData(StepNames.LibraryFormat)]
    [InlineData(StepNames.Model)]
    [InlineData(StepNames.Emit)]
    public void Adding_an_unrelated_syntax_tree_reruns_no_step(string step)
    {
        var first = FirstRun();
        var edited = first.Compilation.AddSyntaxTrees(GeneratorHarness.Parse("namespace Lab.App;\n\npublic static class Added\n{\n}\n"));

        var second = GeneratorHarness.Run(first.Run.Driver, edited);

        Reasons(second, step).Should().NotBeEmpty().And.OnlyContain(reason => NotRerun.Contains(reason));
    }

    [Theory]
    [InlineData(StepNames.Parse)]
    [InlineData(StepNames.RootNamespace)]
    [InlineData(StepNames.Validate)]
    [InlineData(StepNames.Emit)]
    public void Editing_an_unrelated_syntax_tree_reruns_no_step(string step)
    {
        var first = FirstRun();
        var tree = first.Compilation.SyntaxTrees.Single();
        var edited = first.Compilation.ReplaceSyntaxTree(
            tree, GeneratorHarness.Parse("namespace Lab.App;\n\npublic static class Program\n{\n    public static int Answer => 42;\n}\n"));

        var second = GeneratorHarness.Run(first.Run.Driver, edited);

        Reasons(second, step).Should().NotBeEmpty().And.OnlyContain(reason => NotRerun.Contains(reason));
    }

    [Fact]
    public void Unrelated_syntax_edit_keeps_the_same_generated_text()
    {
        var first = FirstRun();
        var edited = first.Compilation.AddSyntaxTrees(GeneratorHarness.Parse("namespace Lab.App;\n\npublic static class Added\n{\n}\n"));

        var second = GeneratorHarness.Run(first.Run.Driver, edited);

        second.Sources.Single().SourceText.ToString().Should().Be(first.Run.Sources.Single().SourceText.ToString());
    }

    [Fact]
    public void Editing_one_data_file_reparses_only_that_file()
    {
        var first = FirstRun();

        var second = Rerun(first, ManifestFile, text => text.Replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"", StringComparison.Ordinal));

        ParseReasonsByFile(second).Should().BeEquivalentTo(ParseReasonsByFile(first.Run).ToDictionary(
            pair => pair.Key,
            pair => pair.Key == ManifestFile ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Cached));
    }

    [Theory]
    [InlineData(StepNames.Validate)]
    [InlineData(StepNames.Model)]
    [InlineData(StepNames.Emit)]
    public void Editing_one_data_file_reruns_validation_and_emission(string step)
    {
        var first = FirstRun();

        var second = Rerun(first, ManifestFile, text => text.Replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"", StringComparison.Ordinal));

        Reasons(second, step).Should().Equal(IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_one_data_file_changes_the_generated_text()
    {
        var first = FirstRun();

        var second = Rerun(first, ManifestFile, text => text.Replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"", StringComparison.Ordinal));

        second.Sources.Single().SourceText.ToString().Should().Contain("dataset, version 1.0.1,");
    }

    [Theory]
    [InlineData(StepNames.Parse)]
    [InlineData(StepNames.Validate)]
    [InlineData(StepNames.Emit)]
    public void Appending_whitespace_to_a_data_file_stops_at_the_parse_step(string step)
    {
        // Nothing the parsed model holds moves: the same items at the same positions. The model's structural
        // equality makes Parse report Unchanged, so the later steps are not run at all.
        var first = FirstRun();

        var second = Rerun(first, ManifestFile, text => text + "\n\n");

        Reasons(second, step).Should().NotBeEmpty().And.OnlyContain(reason => NotRerun.Contains(reason));
    }

    [Fact]
    public void Changing_the_root_namespace_reruns_only_the_model_and_emission()
    {
        var first = FirstRun();
        var driver = first.Run.Driver.WithUpdatedAnalyzerConfigOptions(TestAnalyzerConfigOptionsProvider.WithRootNamespace("Other.Namespace"));

        var second = GeneratorHarness.Run(driver, first.Compilation);

        new
        {
            Parse = Reasons(second, StepNames.Parse).Distinct(),
            Validate = Reasons(second, StepNames.Validate),
            Model = Reasons(second, StepNames.Model),
            Emit = Reasons(second, StepNames.Emit),
        }.Should().BeEquivalentTo(new
        {
            Parse = new[] { IncrementalStepRunReason.Cached },
            Validate = new[] { IncrementalStepRunReason.Cached },
            Model = new[] { IncrementalStepRunReason.Modified },
            Emit = new[] { IncrementalStepRunReason.Modified },
        });
    }

    [Fact]
    public void Inserting_a_line_at_the_top_of_a_data_file_stops_at_the_model()
    {
        // Every position in the file moves, so the file is parsed and its dataset validated again (diagnostics carry
        // positions); the emit model holds none, comes out equal, and the C# is not written again.
        var first = FirstRun();

        var second = Rerun(first, "results.dataset.json", text => "\n" + text);

        new
        {
            Validate = Reasons(second, StepNames.Validate),
            Model = Reasons(second, StepNames.Model),
            Emit = Reasons(second, StepNames.Emit),
        }.Should().BeEquivalentTo(new
        {
            Validate = new[] { IncrementalStepRunReason.Modified },
            Model = new[] { IncrementalStepRunReason.Unchanged },
            Emit = new[] { IncrementalStepRunReason.Cached },
        });
        second.Sources.Single().SourceText.ToString().Should().Be(first.Run.Sources.Single().SourceText.ToString());
    }

    [Fact]
    public void Editing_one_dataset_leaves_the_other_datasets_steps_cached()
    {
        var texts = Fixtures.LibraryDataFiles().Add(Fixtures.TestData("Valid/every-word.dataset.json"));
        var compilation = GeneratorHarness.CreateCompilation();
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts, "Cianopramine.Data"), compilation);
        run.Sources.Should().HaveCount(2, "both datasets generate");
        var first = new FirstRunResult(run, compilation, texts);

        var second = Rerun(first, "every-word.dataset.json", text => text.Replace("\"version\": \"", "\"version\": \"9.", StringComparison.Ordinal));

        ReasonsByDataset(second, StepNames.Validate).Should().BeEquivalentTo(new Dictionary<string, IncrementalStepRunReason>
        {
            ["cianopramine"] = IncrementalStepRunReason.Cached,
            [EveryWordId(second)] = IncrementalStepRunReason.Modified,
        });
        ReasonsByEmitModel(second).Should().BeEquivalentTo(new Dictionary<string, IncrementalStepRunReason>
        {
            ["CianopramineDataset"] = IncrementalStepRunReason.Cached,
            [EveryWordTypeName(second)] = IncrementalStepRunReason.Modified,
        });
    }

    private static FirstRunResult FirstRun()
    {
        var texts = Fixtures.LibraryDataFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts, "Cianopramine.Data"), compilation);
        run.Sources.Should().ContainSingle("the first run must generate the dataset");
        return new FirstRunResult(run, compilation, texts);
    }

    /// <summary>Replaces one data file (the very instance the driver holds) with an edited copy and runs again.</summary>
    private static GeneratorRun Rerun(FirstRunResult first, string fileName, Func<string, string> edit)
    {
        var old = first.Texts.Single(t => Path.GetFileName(t.Path) == fileName);
        var text = old.GetText()!.ToString();
        var edited = edit(text);
        edited.Should().NotBe(text, "the edit must change the file");
        var driver = first.Run.Driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(old.Path, edited));
        return GeneratorHarness.Run(driver, first.Compilation);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
        [.. run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    private static Dictionary<string, IncrementalStepRunReason> ReasonsByDataset(GeneratorRun run, string step) =>
        run.Result.TrackedSteps[step]
            .SelectMany(s => s.Outputs)
            .ToDictionary(o => ((ValidatedGroup)o.Value).Spec.Manifest.Id.Value, o => o.Reason);

    private static Dictionary<string, IncrementalStepRunReason> ReasonsByEmitModel(GeneratorRun run) =>
        run.Result.TrackedSteps[StepNames.Model]
            .SelectMany(s => s.Outputs)
            .ToDictionary(o => ((EmitModel)o.Value!).TypeName, o => o.Reason);

    private static string EveryWordId(GeneratorRun run) =>
        ReasonsByDataset(run, StepNames.Validate).Keys.Single(id => id != "cianopramine");

    private static string EveryWordTypeName(GeneratorRun run) =>
        ReasonsByEmitModel(run).Keys.Single(name => name != "CianopramineDataset");

    private static Dictionary<string, IncrementalStepRunReason> ParseReasonsByFile(GeneratorRun run) =>
        run.Result.TrackedSteps[StepNames.Parse]
            .SelectMany(step => step.Outputs)
            .ToDictionary(o => Path.GetFileName(((DatasetFileResult)o.Value).FilePath), o => o.Reason);

    private sealed record FirstRunResult(GeneratorRun Run, Compilation Compilation, IReadOnlyList<AdditionalText> Texts);
}
