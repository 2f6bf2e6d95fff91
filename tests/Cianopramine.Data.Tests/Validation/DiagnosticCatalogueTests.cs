using System.Globalization;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

public class DiagnosticCatalogueTests
{
    [Fact]
    public void Ids_are_unique_in_order_and_numbered_without_gaps_from_CPD0001_except_the_reserved_range()
    {
        // CPD0033 to CPD0039 are reserved for the import diagnostics, developed in parallel; once they are in the
        // catalogue this set is empty and the numbering has no gap at all.
        var reserved = Enumerable.Range(33, 7).Select(Id).Except(DiagnosticCatalogue.All.Select(d => d.Id)).ToHashSet();
        var last = int.Parse(DiagnosticCatalogue.All[^1].Id[3..], CultureInfo.InvariantCulture);

        DiagnosticCatalogue.All.Select(d => d.Id).Should().Equal(Enumerable.Range(1, last).Select(Id).Where(id => !reserved.Contains(id)));
    }

    private static string Id(int number) => "CPD" + number.ToString("D4", CultureInfo.InvariantCulture);

    [Fact]
    public void Every_entry_is_findable_and_only_the_cycle_identity_pchembl_left_out_and_file_name_rules_are_warnings()
    {
        foreach (var d in DiagnosticCatalogue.All)
        {
            DiagnosticCatalogue.Find(d.Id).Should().BeSameAs(d);
            d.Title.Should().NotBeNullOrWhiteSpace();
        }

        DiagnosticCatalogue.All.Where(d => d.Severity == DatasetDiagnosticSeverity.Warning).Select(d => d.Id).Should().Equal("CPD0027", "CPD0033", "CPD0034", "CPD0035", "CPD0043", "CPD0044", "CPD0045", "CPD0047");
        DiagnosticCatalogue.Find("CPD9999").Should().BeNull();
    }

    [Fact]
    public void Format_uses_the_invariant_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A culture with a comma decimal separator (the test project runs in invariant-globalization mode, so a
            // named culture cannot be created; a modified clone behaves the same for number formatting).
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "\u2212";
            CultureInfo.CurrentCulture = comma;
            (-1.5m).ToString(CultureInfo.CurrentCulture).Should().Be("\u22121,5", "the culture must really be in effect");
            DiagnosticCatalogue.NonPositiveMagnitude.Format("The dose", -1.5m).Should().Be("The dose must be greater than zero, but is -1.5");
            DatasetDiagnostic.Create(DiagnosticCatalogue.NonPositiveMagnitude, SourceLocation.StartOfFile("f"), "The dose", -1.5m).MessageArgs.Should().Equal("The dose", "-1.5");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_diagnostic_prints_like_a_compiler_message_with_one_based_positions()
    {
        var location = new SourceLocation("data/x.dataset.json", 40, 6, 2, 16, 2, 22, "$.results[0].compound");

        var d = DatasetDiagnostic.Create(DiagnosticCatalogue.DanglingReference, location, "result", "r1", "compound", "cmpX");

        d.ToString().Should().Be("data/x.dataset.json(3,17): error CPD0008: result 'r1' refers to unknown compound 'cmpX' [$.results[0].compound]");
    }
}
