using Cianopramine.Data.Model;

namespace Cianopramine.Data.Import.Tests;

/// <summary>
/// Rows with no standard value: ChEMBL's activity comment ("Not Active") becomes a qualitative result when the
/// comment table maps it, kept verbatim; any other such row is left out and reported. The rows are the real REST row
/// of Fixtures/chembl-web-export.csv with its value removed and a comment set.
/// </summary>
public sealed class ChemblQualitativeTests
{
    private const string Header =
        "molecule_chembl_id\tstandard_type\tstandard_relation\tstandard_value\tstandard_units\tactivity_comment\tdata_validity_comment\tassay_chembl_id\ttarget_chembl_id\tdocument_chembl_id\tactivity_id\n";

    private static string Row(string type, string value, string comment, string validity = "") =>
        $"CHEMBL543779\t{type}\t\t{value}\t\t{comment}\t{validity}\tCHEMBL644102\tCHEMBL220\tCHEMBL1123431\t101\n";

    [Theory]
    [InlineData("Not Active", QualitativeCategory.Inactive)]
    [InlineData("not active", QualitativeCategory.Inactive)]
    [InlineData("Inactive", QualitativeCategory.Inactive)]
    [InlineData("Active", QualitativeCategory.Active)]
    [InlineData("Dose-dependent effect", QualitativeCategory.Mixed)]
    public void A_row_with_no_value_and_a_mapped_comment_is_a_qualitative_result_with_the_comment_verbatim(string comment, QualitativeCategory category)
    {
        var imported = ChemblActivityImporter.ImportText(Header + Row("Inhibition", "", comment));

        var result = imported.Load().Dataset.Results.Single();

        imported.Problems.Should().BeEmpty();
        result.Value.Should().BeOfType<QualitativeValue>().Which.Should().Match<QualitativeValue>(v => v.Text == comment && v.Category == category);
        result.Id.Should().Be("act101");
        result.Notes.Should().ContainSingle(n => n.Kind == CurationNoteKind.ContextNote && n.Text == "ChEMBL standard type: Inhibition");
        result.Chembl!.ActivityId.Should().Be(101);
    }

    /// <summary>
    /// The importer writes a category in the format's spelling and the core's loader reads it back: every category a
    /// user can map a comment to must survive that trip, so the two spellings cannot drift apart unnoticed.
    /// </summary>
    [Fact]
    public void Every_category_a_comment_can_map_to_is_written_in_the_spelling_the_loader_reads()
    {
        var categories = Enum.GetValues<QualitativeCategory>();
        var comments = categories.ToDictionary(c => "comment for " + c, c => c, StringComparer.OrdinalIgnoreCase);
        var text = Header + string.Concat(categories.Select((c, i) =>
            Row("Inhibition", "", "comment for " + c).Replace("\t101\n", $"\t{200 + i}\n", StringComparison.Ordinal)));

        var imported = ChemblActivityImporter.ImportText(text, new ChemblImportOptions { ActivityComments = comments });

        imported.Problems.Should().BeEmpty();
        imported.Load().Dataset.Results.Select(r => ((QualitativeValue)r.Value).Category).Should().Equal(categories);
    }

    [Fact]
    public void A_qualitative_row_keeps_its_data_validity_comment_and_needs_no_parameter_or_unit()
    {
        var imported = ChemblActivityImporter.ImportText(Header + Row("Activity", "", "Not Active", "Potential missing data"));

        var result = imported.Load().Dataset.Results.Single();

        result.Notes.Select(n => (n.Kind, n.Text)).Should().Equal(
            (CurationNoteKind.DataValidity, "Potential missing data"),
            (CurationNoteKind.ContextNote, "ChEMBL standard type: Activity"));
    }

    [Theory]
    [InlineData("Not Determined", "Comment: no standard value, and the activity comment 'Not Determined' is not one mapped to a qualitative result (ChemblImportOptions.ActivityComments)")]
    [InlineData("Inhibition < 50% @ 10 uM and thus dose-reponse curve not measured", "Comment: no standard value, and the activity comment 'Inhibition < 50% @ 10 uM and thus dose-reponse curve not measured' is not one mapped to a qualitative result (ChemblImportOptions.ActivityComments)")]
    [InlineData("", "Standard Value: empty, and no activity comment")]
    public void A_row_with_no_value_and_no_mapped_comment_is_left_out_and_reported(string comment, string problem)
    {
        var imported = ChemblActivityImporter.ImportText(Header + Row("IC50", "", comment));

        imported.RowsImported.Should().Be(0);
        imported.Problems.Single().ToString().Should().Be("line 2, " + problem);
    }

    [Fact]
    public void The_comment_table_is_the_users_to_extend_or_empty()
    {
        var text = Header + Row("IC50", "", "Not Determined") + Row("IC50", "", "Not Active").Replace("\t101\n", "\t102\n", StringComparison.Ordinal);
        var extended = new Dictionary<string, QualitativeCategory>(ChemblImportOptions.DefaultActivityComments, StringComparer.OrdinalIgnoreCase)
        {
            ["Not Determined"] = QualitativeCategory.Mixed,
        };

        var withMore = ChemblActivityImporter.ImportText(text, new ChemblImportOptions { ActivityComments = extended });
        var withNone = ChemblActivityImporter.ImportText(text, new ChemblImportOptions { ActivityComments = new Dictionary<string, QualitativeCategory>() });

        withMore.Load().Dataset.Results.Select(r => ((QualitativeValue)r.Value).Text).Should().Equal("Not Determined", "Not Active");
        (withNone.RowsImported, withNone.Problems.Count).Should().Be((0, 2));
    }

    [Fact]
    public void A_row_with_a_value_ignores_its_comment()
    {
        var imported = ChemblActivityImporter.ImportText(Header + Row("IC50", "12.5", "Not Active").Replace("\t\tNot Active", "\tnM\tNot Active", StringComparison.Ordinal));

        var value = imported.Load().Dataset.Results.Single().Value;

        value.Should().BeOfType<QuantitativeValue>().Which.Magnitude.Value.Should().Be(12.5m);
    }

    [Fact]
    public void A_REST_record_with_no_value_and_a_mapped_comment_is_a_qualitative_result()
    {
        const string json = """
            { "activities": [ { "activity_id": 7, "molecule_chembl_id": "CHEMBL543779", "standard_type": "IC50",
              "standard_value": null, "standard_units": null, "activity_comment": "Not Active",
              "assay_chembl_id": "CHEMBL644102", "target_chembl_id": "CHEMBL220", "document_chembl_id": "CHEMBL1123431" } ] }
            """;

        var value = ChemblActivityImporter.ImportJson(json).Load().Dataset.Results.Single().Value;

        value.Should().BeOfType<QualitativeValue>().Which.Category.Should().Be(QualitativeCategory.Inactive);
    }
}
