using Apache.Arrow;
using Cianopramine.Data.Import;

namespace Cianopramine.Data.Analysis.Tests;

/// <summary>
/// Issue 17's acceptance on imported data: a real ChEMBL export (the Import tests' fixture, one row of a ChEMBL web
/// download; tests/Cianopramine.Data.Import.Tests/Fixtures/README.md says where it comes from and its licence),
/// imported with the Import package as docs/importing.md shows, goes through Arrow IPC, single-file Parquet and
/// partitioned Parquet and reads back into the same dataset: equal content hash, equal JSON.
/// </summary>
public class ImportedChemblRoundTripTests
{
    private static Dataset Imported()
    {
        var imported = ChemblActivityImporter.ImportFile(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "chembl-web-export.csv"),
            new ChemblImportOptions { DatasetId = "ache", Title = "AChE activities" });
        imported.Problems.Should().BeEmpty();
        imported.RowsImported.Should().Be(1);
        return imported.Load().Dataset;
    }

    [Fact]
    public void The_imported_sample_is_what_the_fixture_states()
    {
        // So that the round trips below are of the ChEMBL row and its ChEMBL fields, not of an empty dataset.
        var dataset = Imported();
        var result = dataset.Results.Single();
        result.Compound.Id.Should().Be("CHEMBL543779");
        result.Target.Id.Should().Be("CHEMBL220");
        result.Chembl.Should().NotBeNull();
        result.Chembl!.AssayType.Should().Be(Cianopramine.Data.Model.ChemblAssayType.Binding); // "B"
        result.Notes.Should().ContainSingle().Which.Text.Should().Be("Outside typical range");

        // The typed columns carry the row: IC50 = 180000.0 nM = 1.8 × 10⁻⁴ M.
        var results = dataset.ToTables().Results;
        results.Length.Should().Be(1);
        ((StringArray)results.Column("parameter")).GetString(0).Should().Be("IC50");
        ((StringArray)results.Column("unit")).GetString(0).Should().Be("nM");
        ((DoubleArray)results.Column("value")).GetValue(0).Should().Be(180000.0);
        ((DoubleArray)results.Column("molar_value")).GetValue(0)!.Value.Should().BeApproximately(1.8e-4, 1e-15);
    }

    [Fact]
    public void Record_batches_read_back_into_the_same_dataset()
    {
        var dataset = Imported();
        var back = DatasetTableReader.Read(dataset.ToTables());
        back.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash);
        back.ToJson().Should().Be(dataset.ToJson());
    }

    [Fact]
    public void Arrow_ipc_files_read_back_into_the_same_dataset()
    {
        var dataset = Imported();
        using var directory = new TempDirectory();
        dataset.ToTables().WriteArrowFiles(directory.Path).Should().HaveCount(6);
        var back = DatasetTableReader.ReadArrowFiles(directory.Path);
        back.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash);
        back.ToJson().Should().Be(dataset.ToJson());
    }

    [Theory]
    [InlineData(ParquetLayout.SingleFile, 6)]
    [InlineData(ParquetLayout.PartitionedByTarget, 6)] // five tables and one partition: the row's one target, CHEMBL220
    public async Task Parquet_files_read_back_into_the_same_dataset(ParquetLayout layout, int files)
    {
        var dataset = Imported();
        using var directory = new TempDirectory();
        (await dataset.ToTables().WriteParquetAsync(directory.Path, layout)).Should().HaveCount(files);
        if (layout == ParquetLayout.PartitionedByTarget)
        {
            Directory.GetFiles(Path.Combine(directory.Path, "results"), "*.parquet", SearchOption.AllDirectories)
                .Should().ContainSingle().Which.Should().Contain("CHEMBL220");
        }

        var back = await DatasetTableReader.ReadParquetAsync(directory.Path);
        back.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash);
        back.ToJson().Should().Be(dataset.ToJson());
    }
}
