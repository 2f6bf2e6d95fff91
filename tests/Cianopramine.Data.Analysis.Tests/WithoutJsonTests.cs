using Cianopramine.Data.Analysis.Tests.Synthetic;
using DuckDB.NET.Data;
using Xunit.Abstractions;

namespace Cianopramine.Data.Analysis.Tests;

/// <summary>DatasetTables.WithoutJson: smaller files for analysis tools, which the reader refuses with a clear message.</summary>
public class WithoutJsonTests(ITestOutputHelper output)
{
    private static long Size(string directory) => Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    [Fact]
    public async Task Files_without_json_are_smaller_keep_the_typed_columns_and_are_refused_by_the_reader()
    {
        var dataset = SyntheticData.Load(10_000);
        var full = dataset.ToTables();
        var slim = full.WithoutJson();

        slim.Tables.Should().OnlyContain(t => t.Value.Schema.GetFieldIndex("json") < 0 && t.Value.Schema.Metadata[AnalysisSchema.JsonOmittedKey] == "true");
        slim.Results.Length.Should().Be(full.Results.Length);
        slim.Results.Schema.FieldsList.Select(f => f.Name).Should().Equal(full.Results.Schema.FieldsList.Select(f => f.Name).Where(n => n != "json"));

        using var withJson = new TempDirectory();
        using var withoutJson = new TempDirectory();
        await full.WriteParquetAsync(withJson.Path);
        await slim.WriteParquetAsync(withoutJson.Path);
        var (parquetFull, parquetSlim) = (Size(withJson.Path), Size(withoutJson.Path));

        using var arrowFull = new TempDirectory();
        using var arrowSlim = new TempDirectory();
        full.WriteArrowFiles(arrowFull.Path);
        slim.WriteArrowFiles(arrowSlim.Path);
        var (ipcFull, ipcSlim) = (Size(arrowFull.Path), Size(arrowSlim.Path));

        output.WriteLine($"10,000-result synthetic dataset, all six tables: Parquet {parquetFull:N0} → {parquetSlim:N0} bytes ({100.0 * parquetSlim / parquetFull:F1} %), Arrow IPC {ipcFull:N0} → {ipcSlim:N0} bytes ({100.0 * ipcSlim / ipcFull:F1} %)");
        parquetSlim.Should().BeLessThan(parquetFull);
        ipcSlim.Should().BeLessThan(ipcFull);

        // DuckDB reads the smaller file as it reads the full one.
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM read_parquet('{Path.Combine(withoutJson.Path, "results.parquet")}') WHERE molar_value IS NOT NULL";
            Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)
                .Should().Be(dataset.Results.Count(r => r.Value is Cianopramine.Data.Model.QuantitativeValue { Concentration: not null }));
        }

        var parquet = () => DatasetTableReader.ReadParquetAsync(withoutJson.Path);
        (await parquet.Should().ThrowAsync<InvalidDataException>()).WithMessage("*without its json column*cannot be read back*");
        var arrow = () => DatasetTableReader.ReadArrowFiles(arrowSlim.Path);
        arrow.Should().Throw<InvalidDataException>().WithMessage("*without its json column*cannot be read back*");
        var batches = () => DatasetTableReader.Read(slim);
        batches.Should().Throw<InvalidDataException>().WithMessage("*without its json column*");
    }
}
