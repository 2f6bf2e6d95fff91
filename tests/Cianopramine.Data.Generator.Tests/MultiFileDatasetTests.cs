using Cianopramine.Data.Generator.Tests.Infrastructure;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>One dataset split over several files: one manifest, any number of parts that name it.</summary>
public sealed class MultiFileDatasetTests
{
    private const string Manifest = """
        {
          "dataset": { "id": "lab", "title": "Lab data", "version": "1.0.0", "sources": ["ref1"] },
          "references": [{ "id": "ref1", "kind": "journal-article", "status": "abstract-read" }],
          "compounds": [{ "id": "c1", "name": "Compound 1", "role": "parent-drug", "references": ["ref1"] }]
        }
        """;

    private const string Part = """
        {
          "dataset": "lab",
          "compounds": [{ "id": "c2", "name": "Compound 2", "role": "metabolite", "references": ["ref1"] }],
          "transformations": [
            { "id": "t1", "substrate": "c1", "product": "c2", "reaction": "n-demethylation", "enzymes": "not-reported", "references": ["ref1"] }
          ]
        }
        """;

    [Fact]
    public void Manifest_and_part_merge_into_one_dataset()
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest), Fixtures.InMemory("lab.metabolism.dataset.json", Part)]);

        var counts = GeneratorHarness.ExecuteDataset(run.OutputCompilation, "Lab.App.LabDataset", d => (d.Compounds.Count, d.Transformations.Count));

        counts.Should().Be((2, 1));
    }

    [Fact]
    public void Merged_dataset_generates_one_clean_source()
    {
        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest), Fixtures.InMemory("lab.metabolism.dataset.json", Part)]);

        new { Diagnostics = run.Diagnostics.Select(d => d.ToString()), Hints = run.Sources.Select(s => s.HintName) }
            .Should().BeEquivalentTo(new { Diagnostics = Array.Empty<string>(), Hints = new[] { "Lab.App.LabDataset.g.cs" } });
    }

    [Fact]
    public void Merged_output_does_not_depend_on_the_order_of_the_files()
    {
        var forward = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest), Fixtures.InMemory("lab.metabolism.dataset.json", Part)]);
        var backward = GeneratorHarness.Run([Fixtures.InMemory("lab.metabolism.dataset.json", Part), Fixtures.InMemory("lab.dataset.json", Manifest)]);

        backward.Sources.Single().SourceText.ToString().Should().Be(forward.Sources.Single().SourceText.ToString());
    }

    [Fact]
    public void Content_hash_does_not_depend_on_how_the_data_is_split_into_files()
    {
        var split = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest), Fixtures.InMemory("lab.metabolism.dataset.json", Part)]);
        var whole = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", """
            {
              "dataset": { "id": "lab", "title": "Lab data", "version": "1.0.0", "sources": ["ref1"] },
              "references": [{ "id": "ref1", "kind": "journal-article", "status": "abstract-read" }],
              "compounds": [
                { "id": "c1", "name": "Compound 1", "role": "parent-drug", "references": ["ref1"] },
                { "id": "c2", "name": "Compound 2", "role": "metabolite", "references": ["ref1"] }
              ],
              "transformations": [
                { "id": "t1", "substrate": "c1", "product": "c2", "reaction": "n-demethylation", "enzymes": "not-reported", "references": ["ref1"] }
              ]
            }
            """)]);

        ContentHash(whole).Should().Be(ContentHash(split));
    }

    [Fact]
    public void Two_manifests_for_one_id_are_reported_at_the_second_and_generate_only_a_placeholder()
    {
        var first = Fixtures.InMemory("a.dataset.json", Manifest);
        var second = Fixtures.InMemory("b.dataset.json", """
            {
              "dataset": { "id": "lab", "title": "Lab data again", "version": "2.0.0" }
            }
            """);

        var run = GeneratorHarness.Run([second, first]);

        new { Diagnostics = run.Diagnostics.Select(d => d.IdAndPosition()), Sources = run.Sources.Select(Kind) }.Should().BeEquivalentTo(new
        {
            Diagnostics = new[] { $"CPD0023 {second.Path}(2,22)" },
            Sources = new[] { "placeholder Lab.App.LabDataset.g.cs" },
        });
    }

    [Fact]
    public void Part_naming_an_unknown_dataset_is_reported_at_its_dataset_value()
    {
        var part = Fixtures.InMemory("lab.metabolism.dataset.json", Part.Replace("\"dataset\": \"lab\"", "\"dataset\": \"other-lab\"", StringComparison.Ordinal));

        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest), part]);

        run.Diagnostics.Select(d => d.IdAndPosition()).Should().Equal($"CPD0023 {part.Path}(2,14)");
    }

    [Fact]
    public void Part_may_refer_to_items_of_the_manifest_file_and_the_other_way_round()
    {
        var manifest = Manifest.Replace("\"sources\": [\"ref1\"]", "\"sources\": [\"ref1\", \"ref2\"]", StringComparison.Ordinal);
        var part = Part.Replace("\"compounds\":", "\"references\": [{ \"id\": \"ref2\", \"kind\": \"book\", \"status\": \"not-checked\" }],\n  \"compounds\":", StringComparison.Ordinal);

        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", manifest), Fixtures.InMemory("lab.metabolism.dataset.json", part)]);

        run.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Error_in_a_part_file_stops_the_whole_dataset_from_generating_leaving_only_a_placeholder()
    {
        var broken = Part.Replace("\"reaction\": \"n-demethylation\"", "\"reaction\": \"demethylation\"", StringComparison.Ordinal);

        var run = GeneratorHarness.Run([Fixtures.InMemory("lab.dataset.json", Manifest), Fixtures.InMemory("lab.metabolism.dataset.json", broken)]);

        new { Ids = run.Diagnostics.Select(d => d.Id), Sources = run.Sources.Select(Kind) }
            .Should().BeEquivalentTo(new { Ids = new[] { "CPD0005" }, Sources = new[] { "placeholder Lab.App.LabDataset.g.cs" } });
        run.CompilationProblems().Should().BeEmpty();
    }

    /// <summary>A generated file's kind (dataset or placeholder of a dataset with errors) and hint name.</summary>
    private static string Kind(Microsoft.CodeAnalysis.GeneratedSourceResult source) =>
        (source.SourceText.ToString().Contains("throw NotGenerated()", StringComparison.Ordinal) ? "placeholder " : "dataset ") + source.HintName;

    private static string ContentHash(GeneratorRun run) =>
        GeneratorHarness.ExecuteDataset(run.OutputCompilation, "Lab.App.LabDataset", d => d.Metadata.ContentHash);
}
