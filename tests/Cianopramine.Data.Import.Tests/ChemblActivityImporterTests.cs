using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Import.Tests;

/// <summary>The ChEMBL importer against a real web-interface export (Fixtures/README.md says where it comes from).</summary>
public sealed class ChemblActivityImporterTests
{
    private static readonly string Export = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "chembl-web-export.csv"));

    [Fact]
    public void The_web_export_imports_into_a_dataset_that_loads_without_a_diagnostic()
    {
        var imported = ChemblActivityImporter.ImportText(Export);

        var loaded = imported.Load();

        (imported.RowsRead, imported.RowsImported, imported.Problems.Count).Should().Be((1, 1, 0));
        loaded.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Every_value_of_the_row_comes_through_exactly()
    {
        var result = ChemblActivityImporter.ImportText(Export).Load().Dataset.Results.Single();

        var value = (QuantitativeValue)result.Value;
        (value.Parameter, value.Relation, value.Magnitude.Value, value.Magnitude.Unit)
            .Should().Be((ActivityParameter.IC50, Relation.EqualTo, 180000.0m, Unit.Nanomolar));
        (result.Compound.Id, result.Target.Id, result.Assay.Id, result.References.Single().Id)
            .Should().Be(("CHEMBL543779", "CHEMBL220", "CHEMBL644102", "CHEMBL1123431"));
        result.Compound.Structure!.Smiles.Should().Be(@"CCN(CC)CCS/C(=N\O)C(=O)c1ccc(C#N)cc1.Cl");
        result.Assay.Description.Should().Be("Reversible inhibition of Human AchE");
        result.Target.Name.Should().Be("Acetylcholinesterase");
        result.Chembl!.AssayType.Should().Be(ChemblAssayType.Binding);
        result.Chembl.TargetOrganism.Should().Be("Homo sapiens");
        result.Notes.Single().Should().Match<CurationNote>(n => n.Kind == CurationNoteKind.DataValidity && n.Text == "Outside typical range");
    }

    [Fact]
    public void What_the_export_does_not_give_is_absent_or_not_stated()
    {
        var dataset = ChemblActivityImporter.ImportText(Export).Load().Dataset;
        var result = dataset.Results.Single();

        result.Chembl!.PChemblValue.Should().BeNull("the row's pChEMBL Value is empty");
        result.Chembl.ActivityId.Should().BeNull("the web export has no activity id column");
        result.Action.Should().BeNull();
        result.Conditions.IsEmpty.Should().BeTrue();
        ((QuantitativeValue)result.Value).Spread.Should().BeNull();
        ((QuantitativeValue)result.Value).SampleSize.Should().BeNull();
        result.Compound.Role.Should().Be(CompoundRole.NotStated);
        result.Compound.Class.Should().BeNull();
        result.Compound.Structure!.Formula.Should().BeNull();
        result.Target.Kind.Should().Be(TargetKind.NotStated);
        (result.Assay.Kind, result.Assay.Setting).Should().Be((AssayKind.NotStated, AssaySetting.NotStated));
        result.Assay.Species.Should().BeEmpty();
        (result.References.Single().Kind, result.References.Single().Status).Should().Be((ReferenceKind.NotStated, ReferenceStatus.NotStated));
        result.References.Single().Title.Should().BeNull();
    }

    [Fact]
    public void An_unnamed_compound_is_named_by_its_ChEMBL_id()
    {
        var compound = ChemblActivityImporter.ImportText(Export).Load().Dataset.Compounds.Single();

        compound.Name.Should().Be("CHEMBL543779");
        compound.Identifiers.ChemblId!.ToString().Should().Be("CHEMBL543779");
    }

    [Fact]
    public void A_row_with_a_unit_the_format_cannot_hold_is_left_out_and_reported_with_its_line()
    {
        // The real row with its unit changed to a mass concentration, in memory.
        var text = Export.Replace("\"nM\"", "\"ug.mL-1\"", StringComparison.Ordinal);

        var imported = ChemblActivityImporter.ImportText(text);

        imported.RowsImported.Should().Be(0);
        imported.Problems.Single().ToString().Should().Be("line 2, Standard Units: 'ug.mL-1' is not a molar unit (M, mM, uM, nM, pM)");
    }

    [Fact]
    public void A_row_with_a_concentration_of_zero_is_left_out_and_reported_so_that_the_rest_still_loads()
    {
        // The real row with its value changed to 0.0, in memory (as ChEMBL has it for some records; see RealChemblExportTests).
        var text = Export.Replace("\"180000.0\"", "\"0.0\"", StringComparison.Ordinal);

        var imported = ChemblActivityImporter.ImportText(text);

        imported.RowsImported.Should().Be(0);
        imported.Problems.Single().ToString().Should().Be("line 2, Standard Value: '0.0' is not a positive concentration");
        imported.Load().Dataset.Results.Count().Should().Be(0);
    }

    [Fact]
    public void The_same_export_as_TSV_with_database_column_names_imports_the_same_result()
    {
        var lines = Export.TrimEnd('\n').Split('\n');
        string Tsv(string line) => string.Join('\t', line.Split(';').Select(c => c.Trim('"')));
        var header = Tsv(lines[0]).ToLowerInvariant().Replace(' ', '_');

        var fromTsv = ChemblActivityImporter.ImportText(header + "\n" + Tsv(lines[1]) + "\n").Load().Dataset;
        var fromCsv = ChemblActivityImporter.ImportText(Export).Load().Dataset;

        fromTsv.Metadata.ContentHash.Should().Be(fromCsv.Metadata.ContentHash);
    }

    [Fact]
    public void A_file_without_the_ChEMBL_columns_is_refused_naming_them()
    {
        var import = () => ChemblActivityImporter.ImportText("compound,value\nx,1\n");

        import.Should().Throw<FormatException>().WithMessage("*Molecule ChEMBL ID*Document ChEMBL ID*");
    }

    [Fact]
    public void The_imported_file_round_trips_through_export_with_the_same_content_hash()
    {
        var dataset = ChemblActivityImporter.ImportText(Export).Load().Dataset;

        var reloaded = Cianopramine.Data.Loading.DatasetLoader.Load(
            [Cianopramine.Data.Loading.DatasetSource.FromJson(dataset.ToJson())]).Dataset;

        reloaded.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash);
    }

    [Fact]
    public void Documented_example_prints_what_the_docs_show()
    {
        var text = new System.Text.StringBuilder();
        var imported = ChemblActivityImporter.ImportText(Export, new ChemblImportOptions { DatasetId = "ache", Title = "AChE activities" });
        text.AppendLine($"{imported.RowsImported} of {imported.RowsRead} rows imported");
        foreach (var problem in imported.Problems)
        {
            text.AppendLine(problem.ToString());
        }

        var result = imported.Load().Dataset.Results.Single();
        text.AppendLine(result.ToString());
        text.AppendLine($"{result.Chembl!.AssayType}, {result.Chembl.TargetOrganism}, note: {result.Notes[0].Text}");

        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "importing.md")).ReplaceLineEndings("\n");
        docs.Should().Contain("```text\n" + text.ToString().ReplaceLineEndings("\n") + "```");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cianopramine.Data.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}

/// <summary>The REST importer: the fixture's row written with the API's field names and types.</summary>
public sealed class ChemblRestImporterTests
{
    /// <summary>The real row of Fixtures/chembl-web-export.csv as /activity.json writes it (values as strings, nulls).</summary>
    private const string Rest = """
        { "activities": [ {
            "activity_id": null, "molecule_chembl_id": "CHEMBL543779", "molecule_pref_name": null,
            "canonical_smiles": "CCN(CC)CCS/C(=N\\O)C(=O)c1ccc(C#N)cc1.Cl",
            "standard_type": "IC50", "standard_relation": "=", "standard_value": "180000.0", "standard_units": "nM",
            "pchembl_value": null, "data_validity_comment": "Outside typical range",
            "assay_chembl_id": "CHEMBL644102", "assay_description": "Reversible inhibition of Human AchE", "assay_type": "B",
            "target_chembl_id": "CHEMBL220", "target_pref_name": "Acetylcholinesterase", "target_organism": "Homo sapiens",
            "document_chembl_id": "CHEMBL1123431" } ], "page_meta": { "total_count": 1 } }
        """;

    [Fact]
    public void REST_records_import_to_the_same_dataset_as_the_web_export_of_the_same_row()
    {
        var export = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "chembl-web-export.csv"));

        var fromRest = ChemblActivityImporter.ImportJson(Rest).Load().Dataset;
        var fromCsv = ChemblActivityImporter.ImportText(export).Load().Dataset;

        // Everything but the result id, which is the row's position (line 2 of the CSV, record 1 of the JSON).
        fromRest.Compounds.Single().Should().Be(fromCsv.Compounds.Single());
        fromRest.Targets.Single().Should().Be(fromCsv.Targets.Single());
        fromRest.Assays.Single().Should().Be(fromCsv.Assays.Single());
        var (rest, csv) = (fromRest.Results.Single(), fromCsv.Results.Single());
        (rest.Id, csv.Id).Should().Be(("line1", "line2"));
        rest.Value.Should().Be(csv.Value);
        rest.Chembl.Should().Be(csv.Chembl);
        rest.Notes.Should().Equal(csv.Notes);
        rest.References.Should().Equal(csv.References);
    }

    [Fact]
    public void A_record_without_a_document_is_left_out_and_reported_by_its_position()
    {
        var imported = ChemblActivityImporter.ImportJson(Rest.Replace("\"document_chembl_id\": \"CHEMBL1123431\"", "\"document_chembl_id\": null", StringComparison.Ordinal));

        imported.RowsImported.Should().Be(0);
        imported.Problems.Single().ToString().Should().Be("line 1, Document ChEMBL ID: empty: a result needs a reference");
    }
}
