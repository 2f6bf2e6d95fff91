using Cianopramine.Data.Loading;
using Cianopramine.Data.Reliability;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>
/// The runtime loader reports what the source generator reports: for each case of the shared table of diagnostic
/// cases (Reliability/Shared/DiagnosticCases.cs, fixtures in tests/Corpus/diagnostics), exactly the table's diagnostic,
/// with its severity, file, line, column, JSON path and message. The generator tests (<c>DiagnosticTests</c>) check the
/// compiler's diagnostic against the same rows.
/// </summary>
public class LoaderDiagnosticParityTests
{
    public static IEnumerable<object[]> Cases => DiagnosticCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_loader_reports_the_cases_diagnostic_at_its_place_with_its_path_and_message(string name)
    {
        var expected = DiagnosticCase.Named(name);

        IReadOnlyList<DatasetProblem> problems;
        if (expected.WithoutLibrary)
        {
            // A problem of the project (no library to call), not of the data: the loader is the library and loads it.
            DatasetLoader.Load(expected.Paths().Select(DatasetSource.FromFile)).Warnings.Should().BeEmpty();
            return;
        }

        if (expected.Misnamed)
        {
            // A problem of the file's name in the project, not of the data: the loader is handed the path and loads it.
            DatasetLoader.Load(expected.Paths().Select(DatasetSource.FromFile)).Warnings.Should().BeEmpty();
            return;
        }

        if (expected.Accepted is not null)
        {
            // The case accepts its rule's errors: a lenient load leaves the item out and reports that alone.
            var lenient = DatasetLoader.Load(
                expected.Paths().Select(DatasetSource.FromFile),
                new DatasetLoadOptions { InvalidItems = InvalidItemHandling.LeaveOut });
            lenient.LeftOut.Should().NotBeEmpty();
            problems = lenient.Warnings;
        }
        else if (expected.IsWarning)
        {
            var result = DatasetLoader.Load(expected.Paths().Select(DatasetSource.FromFile));
            result.Dataset.Should().NotBeNull("a dataset whose only problem is a warning still loads");
            problems = result.Warnings;
        }
        else
        {
            var load = () => DatasetLoader.Load(expected.Paths().Select(DatasetSource.FromFile)).Dataset;
            problems = load.Should().Throw<DatasetLoadException>().Which.Problems;
        }

        problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            expected.Id,
            Severity = expected.IsWarning ? DatasetProblemSeverity.Warning : DatasetProblemSeverity.Error,
            File = expected.ExpectedPath,
            expected.Line,
            expected.Column,
            expected.JsonPath,
            Message = expected.ExpectedMessage,
        });
    }

    [Fact]
    public void A_metabolism_cycle_is_a_warning_the_load_returns_with_the_dataset()
    {
        var result = DatasetLoader.Load(DiagnosticCase.Named("CPD0027-metabolism-cycle").Paths().Select(DatasetSource.FromFile));

        result.Dataset.Transformations.Should().HaveCount(2, "both transformations of the cycle are kept");
    }
}
