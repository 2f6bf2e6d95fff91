using Cianopramine.Data.Generator.Tests.Infrastructure;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>Every shape the format allows is emitted as C# that compiles and builds the same data.</summary>
public sealed class EmitterTests
{
    private const string EveryWordType = "Lab.App.EveryWordDataset";

    [Fact]
    public void Dataset_using_every_word_of_the_format_is_valid()
    {
        var run = GeneratorHarness.Run([Fixtures.TestData("Valid/every-word.dataset.json")]);

        run.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Dataset_using_every_word_of_the_format_compiles_without_errors_or_warnings()
    {
        var run = GeneratorHarness.Run([Fixtures.TestData("Valid/every-word.dataset.json")]);

        run.CompilationProblems().Select(d => d.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Dataset_using_every_word_of_the_format_builds_every_item()
    {
        var run = GeneratorHarness.Run([Fixtures.TestData("Valid/every-word.dataset.json")]);

        var counts = GeneratorHarness.ExecuteDataset(run.OutputCompilation, EveryWordType, d => new
        {
            References = d.References.Count,
            Compounds = d.Compounds.Count,
            Targets = d.Targets.Count,
            Assays = d.Assays.Count,
            Results = d.AllResults.Count,
            Transformations = d.Transformations.Count,
            Mechanisms = d.Mechanisms.Count,
            Gaps = d.Gaps.Count,
        });

        counts.Should().BeEquivalentTo(new
        {
            References = 5, Compounds = 3, Targets = 6, Assays = 7, Results = 27, Transformations = 7, Mechanisms = 2, Gaps = 2,
        });
    }

    [Fact]
    public void A_compound_without_a_name_and_an_assay_without_a_description_build_as_the_loader_builds_them()
    {
        const string json = """
            {
              "dataset": { "id": "unnamed", "title": "Unnamed", "version": "1" },
              "references": [{ "id": "CHEMBL1123431" }],
              "compounds": [{ "id": "CHEMBL543779", "references": ["CHEMBL1123431"] }],
              "targets": [{ "id": "CHEMBL220", "symbol": "CHEMBL220", "name": "Acetylcholinesterase" }],
              "assays": [{ "id": "CHEMBL644102" }],
              "results": [{ "id": "a1", "compound": "CHEMBL543779", "target": "CHEMBL220", "assay": "CHEMBL644102",
                "references": ["CHEMBL1123431"], "value": { "type": "quantitative", "parameter": "IC50", "value": 180000, "unit": "nM" } }]
            }
            """;
        var run = GeneratorHarness.Run([new InMemoryAdditionalText("/p/Data/unnamed.dataset.json", json)]);
        run.Diagnostics.Should().BeEmpty();

        var loaded = Cianopramine.Data.Loading.DatasetLoader.Load([Cianopramine.Data.Loading.DatasetSource.FromJson(json)]).Dataset;
        var same = GeneratorHarness.ExecuteDataset(run.OutputCompilation, "Lab.App.UnnamedDataset", d =>
            (d.Compounds[0].HasStatedName, d.Compounds[0].Name, d.Assays[0].Description, d == loaded, d.Metadata.ContentHash == loaded.Metadata.ContentHash));

        same.Should().Be((false, "CHEMBL543779", (string?)null, true, true));
    }

    [Fact]
    public void Text_with_quotes_markup_control_and_non_ASCII_characters_round_trips_exactly()
    {
        var run = GeneratorHarness.Run([Fixtures.TestData("Valid/every-word.dataset.json")]);

        var metadata = GeneratorHarness.ExecuteDataset(run.OutputCompilation, EveryWordType, d => (d.Metadata.Title, d.Metadata.Description));

        metadata.Should().Be(("Every word <of> the \"format\" & more", "Line one.\nLine two: \u00b5, \u2264, \u00e9, \ud83d\ude00, tab\there."));
    }

    [Fact]
    public void Magnitudes_are_emitted_as_the_exact_decimals_written()
    {
        var run = GeneratorHarness.Run([Fixtures.TestData("Valid/every-word.dataset.json")]);

        var magnitudes = GeneratorHarness.ExecuteDataset(run.OutputCompilation, EveryWordType, d =>
            d.AllResults.Where(r => r.Id is "r1" or "r2" or "r3").Select(r => ((QuantitativeValue)r.Value).Magnitude.Value).ToList());

        magnitudes.Should().Equal(0.00005m, 0.5m, 12m);
    }

    [Fact]
    public void Qualitative_value_without_a_category_compiles_or_is_reported()
    {
        var json = File.ReadAllText(Fixtures.TestDataPath("Valid/every-word.dataset.json")).Replace(
            "\"text\": \"weak\", \"category\": \"weak\"", "\"text\": \"weak\"", StringComparison.Ordinal);

        var run = GeneratorHarness.Run([Fixtures.InMemory("every-word.dataset.json", json)]);

        var reported = run.Diagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var compiles = run.Sources.Length == 1 && run.CompilationProblems().Count == 0;
        (reported || compiles).Should().BeTrue(
            "valid-looking data must not generate code that does not compile; got: {0}",
            string.Join("\n", run.Diagnostics.Concat(run.CompilationProblems())));
    }

    public static TheoryData<Type, Type> EnumerationPairs => new()
    {
        { typeof(ReferenceKind), typeof(ReferenceKind) },
        { typeof(ReferenceStatus), typeof(ReferenceStatus) },
        { typeof(CurationNoteKind), typeof(CurationNoteKind) },
        { typeof(SynonymKind), typeof(SynonymKind) },
        { typeof(CompoundRole), typeof(CompoundRole) },
        { typeof(ValueProvenance), typeof(ValueProvenance) },
        { typeof(CompoundRelationKind), typeof(CompoundRelationKind) },
        { typeof(TargetKind), typeof(TargetKind) },
        { typeof(AccessionDatabase), typeof(AccessionDatabase) },
        { typeof(Species), typeof(Species) },
        { typeof(AssayKind), typeof(AssayKind) },
        { typeof(AssaySetting), typeof(AssaySetting) },
        { typeof(PharmacologicalAction), typeof(PharmacologicalAction) },
        { typeof(ActivityParameter), typeof(ActivityParameter) },
        { typeof(SpreadKind), typeof(SpreadKind) },
        { typeof(QualitativeCategory), typeof(QualitativeCategory) },
        { typeof(ComparativeDirection), typeof(ComparativeDirection) },
        { typeof(Route), typeof(Route) },
        { typeof(Reaction), typeof(Reaction) },
        { typeof(Unit), typeof(Cianopramine.Data.Units.Unit) },
    };

    [Theory]
    [MemberData(nameof(EnumerationPairs))]
    public void Every_JSON_enumeration_member_has_a_model_member_of_the_same_name(Type spec, Type model)
    {
        // The emitter writes "Model.Enum." + spec member name; a missing name would be a compile error in a user's project.
        Enum.GetNames(spec).Should().BeSubsetOf(Enum.GetNames(model));
    }
}
