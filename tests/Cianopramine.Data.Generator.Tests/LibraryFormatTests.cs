using System.Globalization;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// The generator reads the data format of the library the project references and generates nothing, with CPD0032,
/// when the two are not of one release: generated code calls the library, so a mismatch would misread the data.
/// </summary>
public sealed class LibraryFormatTests
{
    private static readonly AdditionalText Lab = Fixtures.InMemory("lab.dataset.json", """{ "dataset": { "id": "lab", "title": "Lab data", "version": "1.0.0" } }""");

    [Fact]
    public void A_library_of_the_same_format_generates_the_dataset()
    {
        var run = GeneratorHarness.Run([Lab]);

        run.Diagnostics.Should().BeEmpty();
        run.Sources.Should().ContainSingle();
        run.CompilationProblems().Should().BeEmpty();
    }

    [Fact]
    public void A_library_of_another_format_is_CPD0032_naming_both_versions_and_nothing_is_generated()
    {
        // A stand-in for an older library: the entry point with another version, and no reference to the real one.
        var older = GeneratorHarness.CreateCompilation(
            referenceLibrary: false,
            "namespace Cianopramine.Data.Embedding { public static class GeneratedDatasets { public const int DataFormatVersion = 1; } }");

        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver([Lab]), older);

        run.Sources.Should().BeEmpty();
        run.Diagnostics.Select(d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture)).Should().Equal(
            "CPD0032: The Cianopramine.Data library this project references reads data format 1, but this generator writes format " +
            GeneratedDatasetsFormat() + "; the datasets are not generated. Reference one version of the Cianopramine.Data package, which holds both.");
    }

    [Fact]
    public void A_project_without_data_files_hears_nothing_about_the_library()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver([]), GeneratorHarness.CreateCompilation(referenceLibrary: false));

        run.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_generator_writes_the_format_the_library_reads()
    {
        GeneratedDatasetsFormat().Should().Be(Cianopramine.Data.Embedding.GeneratedDatasets.DataFormatVersion.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The version the generator writes, as it appears in the generated call.</summary>
    private static string GeneratedDatasetsFormat()
    {
        var text = GeneratorHarness.Run([Lab]).Sources.Single().SourceText.ToString();
        var call = text[(text.IndexOf("GeneratedDatasets.Build(", StringComparison.Ordinal) + "GeneratedDatasets.Build(".Length)..];
        return call.TrimStart()[..call.TrimStart().IndexOf(',', StringComparison.Ordinal)];
    }
}
