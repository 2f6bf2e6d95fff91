using System.Globalization;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Cianopramine.Data.Reliability;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// Every diagnostic of the catalogue, triggered by a minimal data file, at the right file, line and column and with the
/// right message, as the shared table of diagnostic cases (Reliability/Shared/DiagnosticCases.cs) says. The loader
/// tests (Cianopramine.Data.Tests, <c>LoaderDiagnosticParityTests</c>) check the runtime loader against the same table.
/// </summary>
public sealed class DiagnosticTests
{
    public static IEnumerable<object[]> CaseNames => DiagnosticCase.Names();

    public static TheoryData<string> ErrorCaseNames =>
        [.. DiagnosticCase.All.Where(c => Catalogued(c.Id).Severity == DatasetDiagnosticSeverity.Error).Select(c => c.Name)];

    public static TheoryData<string> WarningCaseNames =>
        [.. DiagnosticCase.All.Where(c => Catalogued(c.Id).Severity == DatasetDiagnosticSeverity.Warning && !c.Misnamed).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Fixture_reports_exactly_its_diagnostic_at_its_file_line_and_column_with_its_message(string name)
    {
        var expected = DiagnosticCase.Named(name);

        var run = GeneratorHarness.Run(expected);

        run.Diagnostics.Select(d => (d.Location == Location.None ? d.Id : d.IdAndPosition()) + ": " + d.GetMessage(CultureInfo.InvariantCulture)).Should().Equal(
            expected.WithoutLibrary
                ? $"{expected.Id}: {expected.ExpectedMessage}"
                : $"{expected.Id} {expected.ExpectedPath}({expected.Line},{expected.Column}): {expected.ExpectedMessage}");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Reported_diagnostic_has_the_catalogue_severity_category_and_help_link(string name)
    {
        var expected = DiagnosticCase.Named(name);
        var info = Catalogued(expected.Id);

        var diagnostic = GeneratorHarness.Run(expected).Diagnostics.Single();

        new
        {
            diagnostic.Severity,
            diagnostic.Descriptor.Category,
            diagnostic.Descriptor.HelpLinkUri,
            Title = diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
        }.Should().BeEquivalentTo(new
        {
            Severity = info.Severity == DatasetDiagnosticSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            Category = "Cianopramine.Data",
            HelpLinkUri = "https://github.com/cianopramine-data/Cianopramine.Data/blob/main/docs/diagnostics.md#" + expected.Id.ToLowerInvariant(),
            info.Title,
        });
    }

    [Theory]
    [MemberData(nameof(ErrorCaseNames))]
    public void Dataset_with_an_error_generates_at_most_a_placeholder_that_compiles(string name)
    {
        var run = GeneratorHarness.Run(DiagnosticCase.Named(name));

        // A dataset with a usable manifest and name gets its type as a placeholder (PlaceholderTests); a file without
        // one (malformed JSON, no manifest, an invalid name, no library) gets nothing. Either way, no compiler errors.
        run.Sources.Should().HaveCountLessThanOrEqualTo(1);
        run.Sources.Where(s => !s.SourceText.ToString().Contains("throw NotGenerated()", StringComparison.Ordinal)).Should().BeEmpty();
        run.CompilationProblems().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(WarningCaseNames))]
    public void Dataset_with_only_warnings_still_generates_code_that_compiles(string name)
    {
        var run = GeneratorHarness.Run(DiagnosticCase.Named(name));

        run.Sources.Should().ContainSingle();
        run.CompilationProblems().Should().BeEmpty();
    }

    [Fact]
    public void Every_catalogue_id_has_a_test_case()
    {
        var tested = DiagnosticCase.All.Select(c => c.Id).Distinct();

        tested.Should().BeEquivalentTo(DiagnosticCatalogue.All.Select(d => d.Id));
    }

    [Fact]
    public void Every_catalogue_id_has_a_compiler_descriptor()
    {
        Diagnostics.All.Keys.Should().BeEquivalentTo(DiagnosticCatalogue.All.Select(d => d.Id));
    }

    [Fact]
    public void Catalogue_ids_are_sequential_and_unique()
    {
        var ids = DiagnosticCatalogue.All.Select(d => d.Id).ToList();
        static string Id(int i) => "CPD" + i.ToString("D4", CultureInfo.InvariantCulture);

        // CPD0033 to CPD0039 are reserved for the import diagnostics (developed in parallel) until they are catalogued.
        var reserved = Enumerable.Range(33, 7).Select(Id).Except(ids).ToHashSet();
        var last = int.Parse(ids[^1][3..], CultureInfo.InvariantCulture);
        ids.Should().Equal(Enumerable.Range(1, last).Select(Id).Where(id => !reserved.Contains(id)));
    }

    [Fact]
    public void The_tables_warnings_are_the_catalogues_warnings()
    {
        // The loader tests decide error or warning by DiagnosticCase.IsWarning; the catalogue is the authority.
        DiagnosticCase.All.Should().OnlyContain(c => c.IsWarning == (Catalogued(c.Id).Severity == DatasetDiagnosticSeverity.Warning));
    }

    private static DiagnosticDescriptorInfo Catalogued(string id) =>
        DiagnosticCatalogue.Find(id) ?? throw new ArgumentException("Not in the catalogue: " + id, nameof(id));
}
