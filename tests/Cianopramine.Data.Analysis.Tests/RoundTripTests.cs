using Apache.Arrow;
using Cianopramine.Data.Analysis.Tests.Synthetic;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Analysis.Tests;

/// <summary>JSON → Arrow/Parquet → Dataset is lossless: the same content hash and the same JSON.</summary>
public class RoundTripTests
{
    public static TheoryData<string> Datasets => new() { "embedded", "synthetic-10000" };

    private static Dataset Get(string name) => name == "embedded" ? CianopramineDataset.Instance : SyntheticData.Load(10_000);

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Record_batches_read_back_into_the_same_dataset(string name)
    {
        var dataset = Get(name);
        var back = DatasetTableReader.Read(dataset.ToTables());
        back.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash);
        back.ToJson().Should().Be(dataset.ToJson());
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Arrow_ipc_files_read_back_into_the_same_dataset(string name)
    {
        var dataset = Get(name);
        using var directory = new TempDirectory();
        dataset.ToTables().WriteArrowFiles(directory.Path).Should().HaveCount(6);
        var back = DatasetTableReader.ReadArrowFiles(directory.Path);
        back.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash);
        back.ToJson().Should().Be(dataset.ToJson());
    }

    [Fact]
    public async Task A_parquet_write_cancelled_before_it_starts_creates_nothing()
    {
        using var parent = new TempDirectory();
        var directory = Path.Combine(parent.Path, "out");

        var write = () => CianopramineDataset.Instance.ToTables().WriteParquetAsync(directory, ParquetLayout.SingleFile, new CancellationToken(canceled: true));

        await write.Should().ThrowAsync<OperationCanceledException>();
        Directory.Exists(directory).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task Parquet_files_read_back_into_the_same_dataset_in_either_layout(string name)
    {
        var dataset = Get(name);
        foreach (var layout in new[] { ParquetLayout.SingleFile, ParquetLayout.PartitionedByTarget })
        {
            using var directory = new TempDirectory();
            var files = await dataset.ToTables().WriteParquetAsync(directory.Path, layout);
            files.Should().HaveCount(layout == ParquetLayout.SingleFile ? 6 : 5 + dataset.Results.Select(r => r.Target.Id).Distinct().Count());
            var back = await DatasetTableReader.ReadParquetAsync(directory.Path);
            back.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash, layout.ToString());
            back.ToJson().Should().Be(dataset.ToJson());
        }
    }

    [Fact]
    public void A_query_reads_back_into_a_valid_dataset_with_just_its_results()
    {
        var dataset = CianopramineDataset.Instance;
        var sert = dataset.Results.At("SERT");
        var back = DatasetTableReader.Read(sert.ToTables());
        back.Results.Select(r => r.Id).Should().Equal(sert.Select(r => r.Id));
        back.Compounds.Count.Should().Be(dataset.Compounds.Count);
    }

    [Fact]
    public void The_schema_is_typed_and_documented()
    {
        var results = CianopramineDataset.Instance.ToTables().Results;
        results.Schema.GetFieldByName("molar_value").DataType.Should().BeOfType<Apache.Arrow.Types.DoubleType>();
        results.Schema.GetFieldByName("censored").DataType.Should().BeOfType<Apache.Arrow.Types.BooleanType>();
        results.Schema.GetFieldByName("reference_ids").DataType.Should().BeOfType<Apache.Arrow.Types.ListType>();
        results.Schema.FieldsList.Should().OnlyContain(f => f.Metadata.ContainsKey("description"));
        results.Schema.Metadata[AnalysisSchema.ContentHashKey].Should().Be(CianopramineDataset.Instance.Metadata.ContentHash);

        // G2: IC50 = 5 × 10⁻⁵ M at the postsynaptic 5-HT receptors (FACTS), pIC50 4.30.
        var row = Enumerable.Range(0, results.Length).Single(i => ((StringArray)results.Column("result_id")).GetString(i) == "G2");
        ((DoubleArray)results.Column("molar_value")).GetValue(row).Should().Be(5e-5);
        ((DoubleArray)results.Column("p_value")).GetValue(row)!.Value.Should().BeApproximately(4.30103, 1e-5);
        ((StringArray)results.Column("parameter")).GetString(row).Should().Be("IC50");
        ((BooleanArray)results.Column("censored")).GetValue(row).Should().BeFalse();
    }

    [Fact]
    public void A_data_frame_has_the_typed_columns_without_json()
    {
        var frame = CianopramineDataset.Instance.ToDataFrame();
        frame.Rows.Count.Should().Be(CianopramineDataset.Instance.Results.Count());
        frame.Columns.Select(c => c.Name).Should().Contain(["result_id", "target_symbol", "molar_value", "p_value", "reference_ids"]).And.NotContain("json");
        var g2 = frame.Filter(frame["result_id"].ElementwiseEquals("G2"));
        g2["molar_value"][0].Should().Be(5e-5);
        g2["reference_ids"][0].Should().Be("guide; ref5");
    }

    [Fact]
    public async Task A_missing_table_or_a_foreign_file_is_a_clear_error()
    {
        using var directory = new TempDirectory();
        await CianopramineDataset.Instance.ToTables().WriteParquetAsync(directory.Path);
        File.Copy(Path.Combine(directory.Path, "compounds.parquet"), Path.Combine(directory.Path, "targets.parquet"), overwrite: true);
        var foreign = () => DatasetTableReader.ReadParquetAsync(directory.Path);
        (await foreign.Should().ThrowAsync<InvalidDataException>()).WithMessage("*targets.parquet is not the targets table*");

        File.Delete(Path.Combine(directory.Path, "targets.parquet"));
        var missing = () => DatasetTableReader.ReadParquetAsync(directory.Path);
        (await missing.Should().ThrowAsync<FileNotFoundException>()).WithMessage("*targets.parquet is missing*");
    }

    [Fact]
    public void Tables_that_break_a_rule_fail_with_the_loaders_problems()
    {
        // Results without their compounds: every dangling reference is reported, as for a JSON file.
        using var directory = new TempDirectory();
        var tables = CianopramineDataset.Instance.ToTables();
        tables.WriteArrowFiles(directory.Path);
        var empty = new RecordBatch(tables.Compounds.Schema, tables.Compounds.Arrays.Select(a => ArrowArrayFactory.Slice(a, 0, 0)), 0);
        using (var stream = File.Create(Path.Combine(directory.Path, "compounds.arrow")))
        using (var writer = new Apache.Arrow.Ipc.ArrowFileWriter(stream, empty.Schema))
        {
            writer.WriteRecordBatch(empty);
            writer.WriteEnd();
        }

        var read = () => DatasetTableReader.ReadArrowFiles(directory.Path);
        read.Should().Throw<DatasetLoadException>().Which.Problems.Should().Contain(p => p.Message.Contains("cianopramine"));
    }
}
