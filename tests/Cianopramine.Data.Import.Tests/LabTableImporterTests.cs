using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Import.Tests;

/// <summary>
/// The plain lab-table importer, with the user's own column names (Fixtures/lab-table.tsv: a constructed example table,
/// as a lab would write one; every value in it is made up).
/// </summary>
public sealed class LabTableImporterTests
{
    private static readonly string Table = Path.Combine(AppContext.BaseDirectory, "Fixtures", "lab-table.tsv");

    private static readonly LabTableImportOptions Columns = new()
    {
        DatasetId = "my-lab",
        Title = "My lab's uptake data",
        CompoundIdColumn = "Compound",
        CompoundNameColumn = "Name",
        SmilesColumn = "SMILES",
        TargetColumn = "Target",
        ParameterColumn = "Readout",
        RelationColumn = "Qualifier",
        ValueColumn = "Result",
        UnitColumn = "Units",
        ReferenceColumn = "Source",
    };

    [Fact]
    public void A_table_with_its_own_column_names_imports_and_reports_each_bad_row_with_its_line_and_column()
    {
        var imported = LabTableImporter.ImportFile(Table, Columns);

        (imported.RowsRead, imported.RowsImported).Should().Be((7, 4));
        imported.Problems.Select(p => p.ToString()).Should().Equal(
            "line 5, Result: '12,5' is not a number (write it with a decimal point: 12.5, 1.2e-6)",
            "line 6, Units: 'mg/kg' does not fit Ki; expected a molar unit (M, mM, uM, nM, pM)",
            "line 8, Source: empty: every value needs its source");
        imported.Load().Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Each_value_comes_through_exactly_with_its_relation_and_unit()
    {
        var results = LabTableImporter.ImportFile(Table, Columns).Load().Dataset.Results;

        results.Select(r => (r.Id, r.Compound.Name, r.Target.Symbol, r.Value.ToString())).Should().Equal(
            ("line2", "example compound 1", "SERT", "IC50 = 250 nM"),
            ("line3", "example compound 1", "NET", "IC50 > 10 µM"),
            ("line4", "EX-2", "SERT", "Ki ~ 150 nM"),
            ("line7", "EX-4", "SERT", "% inhibition = 35 %"));
        var ki = (QuantitativeValue)results.Get("line4").Value;
        (ki.Magnitude.Value, ki.Magnitude.Unit).Should().Be((0.00000015m, Unit.Molar));
    }

    [Fact]
    public void References_are_what_the_cell_states_a_PubMed_id_a_DOI_or_a_title()
    {
        var references = LabTableImporter.ImportFile(Table, Columns).Load().Dataset.References;

        references.Select(r => (r.Pmid?.ToString(), r.Doi?.ToString(), r.Title)).Should().BeEquivalentTo(new (string?, string?, string?)[]
        {
            ("12345678", null, null),
            (null, null, "Lab notebook 12, p. 4"),
            (null, "10.1000/example.doi", null),
        });
    }

    [Fact]
    public void What_the_table_does_not_give_is_absent_or_not_stated()
    {
        var dataset = LabTableImporter.ImportFile(Table, Columns).Load().Dataset;
        var unnamed = dataset.Compounds.Find("EX-2");

        unnamed.Structure.Should().BeNull();
        unnamed.HasStatedName.Should().BeFalse("the table gives EX-2 no name");
        unnamed.Synonyms.Select(x => x.Text).Should().Equal("EX-2");
        unnamed.Role.Should().Be(CompoundRole.NotStated);
        dataset.Compounds.Find("EX-1").Name.Should().Be("example compound 1", "the code is kept as a research-code synonym");
        var result = dataset.Results.Get("line2");
        (result.Assay.Kind, result.Assay.Setting, result.Target.Kind).Should().Be((AssayKind.NotStated, AssaySetting.NotStated, TargetKind.NotStated));
        result.Assay.Description.Should().BeNull("the table does not describe its assay");
        (result.Action, result.Chembl, result.GtoPdb).Should().Be((null, null, null));
    }

    [Fact]
    public void A_missing_column_is_refused_naming_it_and_the_columns_the_table_has()
    {
        var import = () => LabTableImporter.ImportFile(Table);

        import.Should().Throw<FormatException>().WithMessage(
            "The table has no column 'compound_id', 'parameter', 'value', 'unit', 'reference'; its columns are 'Compound', 'Name', 'SMILES', 'Target', 'Readout', 'Qualifier', 'Result', 'Units', 'Source'. Name the columns to read in LabTableImportOptions (e.g. CompoundIdColumn = \"Compound\").");
    }

    [Fact]
    public void The_default_column_names_need_no_options_and_csv_works_as_well_as_tsv()
    {
        var text = "compound_id,smiles,target,parameter,relation,value,unit,reference\nEX-9,CCO,SERT,Ki,,3.5,nM,PMID:12345678\n";

        var dataset = LabTableImporter.ImportText(text).Load().Dataset;

        dataset.Results.Single().Value.ToString().Should().Be("Ki = 3.5 nM");
        dataset.Compounds.Single().Structure!.Smiles.Should().Be("CCO");
    }

    [Fact]
    public void Documented_example_prints_what_the_docs_show()
    {
        var text = new System.Text.StringBuilder();
        var imported = LabTableImporter.ImportFile(Table, Columns);
        foreach (var problem in imported.Problems)
        {
            text.AppendLine(problem.ToString());
        }

        foreach (var result in imported.Load().Dataset.Results)
        {
            text.AppendLine(result.ToString());
        }

        var docs = DocsText.Importing();
        docs.Should().Contain("```text\n" + text.ToString().ReplaceLineEndings("\n") + "```");
        docs.Should().Contain("```text\n" + File.ReadAllText(Table).ReplaceLineEndings("\n") + "```", "the docs show the fixture's table");
    }

    [Fact]
    public void Cell_texts_that_are_not_valid_ids_get_ids_the_format_accepts()
    {
        var text = "compound_id\ttarget\tparameter\tvalue\tunit\treference\nEX 1/a\t5-HT2A receptor\tKi\t3\tnM\tnotebook\nEX 1:a\t5-HT2A receptor\tKi\t4\tnM\tnotebook\n";

        var dataset = LabTableImporter.ImportText(text).Load().Dataset;

        dataset.Compounds.Select(c => (c.Id, c.Synonyms.Single().Text)).Should().Equal(("EX-1-a", "EX 1/a"), ("EX-1-a-2", "EX 1:a"));
        dataset.Targets.Single().Id.Should().Be("5-HT2A-receptor");
    }
}
