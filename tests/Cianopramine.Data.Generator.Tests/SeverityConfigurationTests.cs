using System.Collections.Immutable;
using System.Globalization;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// Strictness the user chooses at build time, the standard Roslyn way. What Roslyn already does: it applies a
/// project's severity settings (<c>.globalconfig</c>, <c>&lt;NoWarn&gt;</c>, <c>WarningsAsErrors</c>) to the diagnostics a
/// generator reports, as to an analyzer's. What the generator adds: an item rule lowered below error leaves its items
/// out (CPD0035) and generates the rest, so a lowered error never just hides a dataset that throws; and a problem no
/// item can take with it (a file's, the manifest's) stays an error whatever the setting.
/// </summary>
/// <remarks>
/// A <c>.globalconfig</c> reaches the compiler as the compilation's <see cref="SyntaxTreeOptionsProvider"/>; the tests
/// parse the file with Roslyn's own <see cref="AnalyzerConfig.Parse(string, string?)"/> and hand its severities to the
/// compilation as the compiler does. <c>&lt;NoWarn&gt;</c> and <c>WarningsAsErrors</c> are <c>/nowarn</c> and
/// <c>/warnaserror+</c>: the compilation's specific diagnostic options.
/// </remarks>
public sealed class SeverityConfigurationTests
{
    private const string LabType = "Lab.App.LabDataset";

    [Fact]
    public void Roslyn_applies_a_globalconfig_severity_to_the_generators_warnings()
    {
        var files = DiagnosticCase.Named("CPD0033-same-inchikey").Texts();

        var raised = Run(files, GlobalConfig("dotnet_diagnostic.CPD0033.severity = error"));
        var silenced = Run(files, GlobalConfig("dotnet_diagnostic.CPD0033.severity = none"));

        raised.Diagnostics.Select(d => (d.Id, d.Severity)).Should().Equal(("CPD0033", DiagnosticSeverity.Error));
        silenced.Diagnostics.Should().BeEmpty();
        silenced.Sources.Should().ContainSingle("a warning's dataset is generated whatever its severity");
    }

    [Fact]
    public void Roslyn_applies_NoWarn_and_WarningsAsErrors_to_the_generators_warnings()
    {
        var files = DiagnosticCase.Named("CPD0027-metabolism-cycle").Texts();

        var noWarn = Run(files, severities: ("CPD0027", ReportDiagnostic.Suppress));
        var asError = Run(files, severities: ("CPD0027", ReportDiagnostic.Error));

        noWarn.Diagnostics.Should().BeEmpty();
        asError.Diagnostics.Select(d => (d.Id, d.Severity)).Should().Equal(("CPD0027", DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_item_rule_lowered_to_warning_leaves_its_item_and_what_refers_to_it_out_and_generates_the_rest()
    {
        var run = Run([Text(LenientInputs.CompoundWithResults())], GlobalConfig("dotnet_diagnostic.CPD0021.severity = warning"));

        run.Diagnostics.Select(d => $"{d.Severity} {d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(CultureInfo.InvariantCulture)}").Should().Equal(
            "Warning CPD0035 7: compound 'c1' is left out of the dataset: CPD0021 'C19H21Q3' is not a valid molecular formula: unknown element 'Q'",
            "Warning CPD0021 7: 'C19H21Q3' is not a valid molecular formula: unknown element 'Q'",
            "Warning CPD0035 11: result 'r1' is left out of the dataset: it refers to compound 'c1', which is left out",
            "Warning CPD0035 12: result 'r2' is left out of the dataset: it refers to compound 'c1', which is left out");
        run.CompilationProblems().Should().BeEmpty();
        var ids = GeneratorHarness.ExecuteDataset(run.OutputCompilation, LabType, d => (
            Compounds: string.Join(",", d.Compounds.Select(c => c.Id)),
            Results: string.Join(",", d.AllResults.Select(r => r.Id))));
        ids.Should().Be(("c2", "r3"));
    }

    [Fact]
    public void The_generated_dataset_equals_what_the_lenient_loader_loads_from_the_same_file()
    {
        var json = LenientInputs.CompoundWithResults();
        var run = Run([Text(json)], severities: ("CPD0021", ReportDiagnostic.Suppress));

        var generatedHash = GeneratorHarness.ExecuteDataset(run.OutputCompilation, LabType, d => d.Metadata.ContentHash);

        var loaded = DatasetLoader.Load(
            [DatasetSource.FromJson(json, "lab.dataset.json")],
            new DatasetLoadOptions { InvalidItems = InvalidItemHandling.LeaveOut });
        generatedHash.Should().Be(loaded.Dataset.Metadata.ContentHash);
        run.Diagnostics.Select(d => d.Id).Should().Equal("CPD0035", "CPD0035", "CPD0035");
    }

    [Fact]
    public void Forty_bad_items_among_five_thousand_good_ones_generate_the_good_ones_with_forty_located_warnings()
    {
        var run = Run([Text(LenientInputs.ResultsWithZeroValues(goodResults: 5000, badResults: 40))], GlobalConfig("dotnet_diagnostic.CPD0009.severity = none"));

        run.Diagnostics.Should().HaveCount(40).And.OnlyContain(d => d.Id == "CPD0035" && d.Severity == DiagnosticSeverity.Warning && d.Location.GetLineSpan().StartLinePosition.Character == 4);
        run.CompilationProblems().Should().BeEmpty();
        GeneratorHarness.ExecuteDataset(run.OutputCompilation, LabType, d => d.AllResults.Count).Should().Be(5000);
    }

    [Fact]
    public void An_error_that_is_not_lowered_still_makes_the_dataset_a_placeholder()
    {
        // CPD0009 lowered, CPD0021 not: c1's formula is still an error, so nothing is left out.
        var run = Run([Text(LenientInputs.CompoundWithResults())], severities: ("CPD0009", ReportDiagnostic.Suppress));

        run.Diagnostics.Select(d => (d.Id, d.Severity)).Should().Equal(("CPD0021", DiagnosticSeverity.Error));
        run.Sources.Should().ContainSingle().Which.SourceText.ToString().Should().Contain("throw NotGenerated()");
    }

    [Fact]
    public void TreatWarningsAsErrors_turns_a_lowered_rule_back_into_an_error_and_nothing_is_left_out()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.WithOptions(compilation.Options
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
            .WithSyntaxTreeOptionsProvider(GlobalConfig("dotnet_diagnostic.CPD0021.severity = warning")));

        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver([Text(LenientInputs.CompoundWithResults())]), compilation);

        run.Diagnostics.Select(d => (d.Id, d.Severity)).Should().Equal(("CPD0021", DiagnosticSeverity.Error));
        run.Sources.Should().ContainSingle().Which.SourceText.ToString().Should().Contain("throw NotGenerated()");
    }

    [Fact]
    public void An_item_rule_broken_outside_any_item_stays_an_error_whatever_its_severity()
    {
        // A blank title is CPD0024, an item rule; in the manifest no item can be left out for it.
        var json = LenientInputs.CompoundWithResults()
            .Replace("\"title\": \"Lab data\"", "\"title\": \" \"", StringComparison.Ordinal)
            .Replace("C19H21Q3", "C2H6O", StringComparison.Ordinal);

        var run = Run([Text(json)], GlobalConfig("dotnet_diagnostic.CPD0024.severity = none"));

        run.Diagnostics.Select(d => (d.Id, d.Severity)).Should().Contain(("CPD0024", DiagnosticSeverity.Error));
        run.Diagnostics.Single(d => d.Id == "CPD0024").Descriptor.CustomTags.Should().Contain(WellKnownDiagnosticTags.NotConfigurable);
        run.Sources.Where(s => !s.SourceText.ToString().Contains("throw NotGenerated()", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("CPD0001-trailing-comma", "CPD0001")]
    [InlineData("CPD0023-unknown-dataset", "CPD0023")]
    [InlineData("CPD0031-namespace", "CPD0031")]
    public void A_file_level_error_cannot_be_lowered(string fixture, string id)
    {
        var run = Run(DiagnosticCase.Named(fixture).Texts(), GlobalConfig($"dotnet_diagnostic.{id}.severity = none"), (id, ReportDiagnostic.Suppress));

        run.Diagnostics.Select(d => (d.Id, d.Severity)).Should().Equal((id, DiagnosticSeverity.Error));
    }

    [Fact]
    public void Every_error_rule_is_either_file_level_and_fixed_or_an_item_rule_that_can_be_lowered()
    {
        var descriptors = Diagnostics.All.Values.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).ToList();

        descriptors.Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable)).Select(d => d.Id)
            .Should().BeEquivalentTo("CPD0001", "CPD0023", "CPD0028", "CPD0031", "CPD0032", "CPD0042");
    }

    private static GeneratorRun Run(IEnumerable<AdditionalText> texts, SyntaxTreeOptionsProvider? globalConfig = null, params (string Id, ReportDiagnostic Report)[] severities)
    {
        var compilation = GeneratorHarness.WithSeverities(GeneratorHarness.CreateCompilation(), severities);
        if (globalConfig is not null)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(globalConfig));
        }

        return GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts), compilation);
    }

    private static InMemoryAdditionalText Text(string json) => new("/lab/lab.dataset.json", json);

    /// <summary>The severities of a <c>.globalconfig</c>, parsed by Roslyn, as the compiler hands them to a compilation.</summary>
    private static GlobalSeverities GlobalConfig(string lines)
    {
        var config = AnalyzerConfig.Parse("is_global = true\n" + lines + "\n", "/lab/.globalconfig");
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config));
        return new GlobalSeverities(set.GlobalConfigOptions.TreeOptions);
    }

    /// <summary>A compilation's view of a project's global severities (the compiler's own provider is internal).</summary>
    private sealed class GlobalSeverities(ImmutableDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            severities.TryGetValue(diagnosticId, out severity);
    }
}
