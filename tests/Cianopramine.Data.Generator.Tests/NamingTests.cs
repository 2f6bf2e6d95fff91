using Cianopramine.Data.Generator.Tests.Infrastructure;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>The namespace and name of the generated type, and the hint name of its file.</summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("my-lab", "MyLabDataset")]
    [InlineData("cianopramine", "CianopramineDataset")]
    [InlineData("lab.data_v2", "LabDataV2Dataset")]
    [InlineData("2024-screen", "_2024ScreenDataset")]
    public void Type_name_defaults_to_the_id_in_PascalCase_plus_Dataset(string id, string typeName)
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest($"\"id\": \"{id}\""))]);

        run.Sources.Select(s => s.HintName).Should().Equal($"Lab.App.{typeName}.g.cs");
    }

    [Theory]
    [InlineData("my-lab", "MyLabDataset")]
    [InlineData("2024-screen", "_2024ScreenDataset")]
    public void Default_type_name_compiles_and_builds_the_dataset(string id, string typeName)
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest($"\"id\": \"{id}\""))]);

        var datasetId = GeneratorHarness.ExecuteDataset(run.OutputCompilation, "Lab.App." + typeName, d => d.Metadata.Id);

        datasetId.Should().Be(id);
    }

    [Fact]
    public void Namespace_defaults_to_the_project_root_namespace()
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest("\"id\": \"lab\""))], rootNamespace: "Contoso.Research");

        run.Sources.Select(s => s.HintName).Should().Equal("Contoso.Research.LabDataset.g.cs");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Namespace_without_a_root_namespace_is_Cianopramine_Data_Generated(string? rootNamespace)
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest("\"id\": \"lab\""))], rootNamespace);

        run.Sources.Select(s => s.HintName).Should().Equal("Cianopramine.Data.Generated.LabDataset.g.cs");
    }

    [Fact]
    public void Manifest_namespace_and_type_name_override_the_defaults()
    {
        var run = GeneratorHarness.Run(
            [Fixtures.InMemory("lab.dataset.json", Manifest("\"id\": \"lab\", \"namespace\": \"Contoso.Pharmacology\", \"typeName\": \"ScreeningData\""))],
            rootNamespace: "Contoso.Research");

        var id = GeneratorHarness.ExecuteDataset(run.OutputCompilation, "Contoso.Pharmacology.ScreeningData", d => d.Metadata.Id);

        (run.Sources.Single().HintName, id).Should().Be(("Contoso.Pharmacology.ScreeningData.g.cs", "lab"));
    }

    [Theory]
    [InlineData("\"typeName\": \"class\"")]
    [InlineData("\"typeName\": \"Dataset\"")]
    [InlineData("\"namespace\": \"Lab.int\"")]
    [InlineData("\"namespace\": \"System\"")]
    [InlineData("\"typeName\": \"System\"")]
    [InlineData("\"typeName\": \"record\"")]
    [InlineData("\"typeName\": \"__arglist\"")]
    public void Names_that_are_keywords_or_clash_either_compile_or_are_reported(string names)
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest("\"id\": \"lab\", " + names))]);

        var reported = run.Diagnostics.Any(d => d.Id == "CPD0031");
        var compiles = run.Sources.Length == 1 && run.CompilationProblems().Count == 0;

        (reported || compiles).Should().BeTrue(
            "a name the compiler rejects must be a CPD0031 diagnostic, not a broken build; got: {0}",
            string.Join("\n", run.Diagnostics.Concat(run.CompilationProblems())));
    }

    [Theory]
    [InlineData("my-lab", "my.lab")]
    [InlineData("lab", "LAB")]
    [InlineData("lab", "Lab")]
    public void Two_datasets_that_generate_the_same_type_are_reported_not_thrown(string id1, string id2)
    {
        var run = GeneratorHarness.Run(
        [
            Fixtures.InMemory("one.dataset.json", Manifest($"\"id\": \"{id1}\"")),
            Fixtures.InMemory("two.dataset.json", Manifest($"\"id\": \"{id2}\"")),
        ]);

        new
        {
            run.Result.Exception,
            Ids = run.Diagnostics.Select(d => d.Id),
            GeneratorFailures = run.DriverDiagnostics.Where(d => !d.Id.StartsWith("CPD", StringComparison.Ordinal)).Select(d => d.Id),
        }.Should().BeEquivalentTo(new
        {
            Exception = (Exception?)null,
            Ids = new[] { "CPD0031" },
            GeneratorFailures = Array.Empty<string>(),
        });
    }

    [Fact]
    public void Root_namespace_that_is_not_a_CSharp_namespace_is_reported_at_the_dataset_id()
    {
        var file = Fixtures.InMemory("lab.dataset.json", Manifest("\"id\": \"lab\""));

        var run = GeneratorHarness.Run([file], rootNamespace: "My.event.App");

        run.Diagnostics.Select(d => $"{d.IdAndPosition()}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Should().Equal($"CPD0031 {file.Path}(2,22): 'My.event.App' is not a valid C# namespace (the project's RootNamespace)");
    }

    [Fact]
    public void Second_dataset_with_the_same_type_name_is_reported_at_its_type_name_and_the_first_still_generates()
    {
        var first = Fixtures.InMemory("one.dataset.json", Manifest("\"id\": \"one\", \"typeName\": \"Shared\""));
        var second = Fixtures.InMemory("two.dataset.json", Manifest("\"id\": \"two\", \"typeName\": \"Shared\""));

        var run = GeneratorHarness.Run([second, first]);

        new
        {
            Diagnostics = run.Diagnostics.Select(d => d.IdAndPosition()),
            Hints = run.Sources.Select(s => s.HintName),
        }.Should().BeEquivalentTo(new
        {
            Diagnostics = new[] { $"CPD0031 {second.Path}(2,41)" },
            Hints = new[] { "Lab.App.Shared.g.cs" },
        });
    }

    private static string Manifest(string manifestProperties) => $$"""
        {
          "dataset": { {{manifestProperties}}, "title": "Lab data", "version": "1.0.0" },
          "references": [{ "id": "ref1", "kind": "journal-article", "status": "abstract-read" }]
        }
        """;
}
