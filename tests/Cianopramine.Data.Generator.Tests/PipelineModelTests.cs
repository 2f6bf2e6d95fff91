using Cianopramine.Data.Generator.Tests.Infrastructure;
using Cianopramine.Data.Reliability;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// The models that flow between the pipeline's steps hold no Roslyn objects: caching them must not keep a
/// compilation alive, and their equality must not change when an unrelated part of the compilation does.
/// </summary>
public sealed class PipelineModelTests
{
    public static TheoryData<string> TrackedStepNames =>
    [
        StepNames.Parse, StepNames.Group, StepNames.Validate, StepNames.RootNamespace, StepNames.Names, StepNames.LibraryFormat,
        StepNames.Model, StepNames.Emit,
    ];

    [Theory]
    [MemberData(nameof(TrackedStepNames))]
    public void Step_outputs_of_a_clean_run_hold_no_Roslyn_objects(string step)
    {
        var run = GeneratorHarness.Run(Fixtures.LibraryDataFiles(), "Cianopramine.Data");

        ObjectGraph.FindRoslynObjects(Outputs(run, step)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TrackedStepNames))]
    public void Step_outputs_of_a_run_with_every_diagnostic_hold_no_Roslyn_objects(string step)
    {
        var texts = DiagnosticCase.All.SelectMany(c => c.Texts());

        var run = GeneratorHarness.Run(texts);

        ObjectGraph.FindRoslynObjects(Outputs(run, step)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TrackedStepNames))]
    public void Step_outputs_are_not_empty(string step)
    {
        var run = GeneratorHarness.Run(Fixtures.LibraryDataFiles(), "Cianopramine.Data");

        Outputs(run, step).Should().NotBeEmpty().And.NotContainNulls();
    }

    [Fact]
    public void Object_graph_walk_finds_a_Roslyn_object_nested_in_records_and_collections()
    {
        // The walk itself must be able to fail: plant a Location and an AdditionalText deep in a model-like graph.
        var planted = new Holder("outer", [new Holder("inner", [], Location.None)], new InMemoryAdditionalText("/x.dataset.json", "{}"));

        ObjectGraph.FindRoslynObjects(planted).Should().HaveCount(2);
    }

    [Fact]
    public void Parsed_models_of_the_same_file_are_equal_but_not_the_same_instance()
    {
        var first = GeneratorHarness.Run(Fixtures.LibraryDataFiles(), "Cianopramine.Data");
        var second = GeneratorHarness.Run(Fixtures.LibraryDataFiles(), "Cianopramine.Data");

        var pairs = Outputs(first, StepNames.Validate).Zip(Outputs(second, StepNames.Validate)).ToList();

        pairs.Should().ContainSingle().And.OnlyContain(p => !ReferenceEquals(p.First, p.Second) && p.First.Equals(p.Second) &&
            p.First.GetHashCode() == p.Second.GetHashCode());
    }

    /// <summary>The step's outputs; none when it did not run (no dataset of a run with errors reaches Emit).</summary>
    private static List<object> Outputs(GeneratorRun run, string step) =>
        run.Result.TrackedSteps.TryGetValue(step, out var steps) ? [.. steps.SelectMany(s => s.Outputs).Select(o => o.Value)] : [];

    private sealed record Holder(string Name, IReadOnlyList<Holder> Children, object? Payload);
}
