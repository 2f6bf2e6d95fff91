using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Cianopramine.Data.Analysis.Tests;

/// <summary>docs/analysis.md stays true: its schema tables are the code's schema, and its SQL runs on our files.</summary>
public class DocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "analysis.md"));

    private static string RepositoryRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "Cianopramine.Data.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return directory;
    }

    public static TheoryData<string> Tables => new(AnalysisSchema.TableNames);

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_documented_columns_are_the_schemas(string table)
    {
        var section = Doc[(Doc.IndexOf("\n### " + table + "\n", StringComparison.Ordinal) + 1)..];
        section = section[..section.IndexOf("\n\n", section.IndexOf("| --- |", StringComparison.Ordinal), StringComparison.Ordinal)];
        var documented = Regex.Matches(section, @"^\| `([a-z_]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        var schema = table switch
        {
            "results" => AnalysisSchema.Results,
            "compounds" => AnalysisSchema.Compounds,
            "targets" => AnalysisSchema.Targets,
            "references" => AnalysisSchema.References,
            "assays" => AnalysisSchema.Assays,
            _ => AnalysisSchema.Statements,
        };
        documented.Should().Equal(schema.FieldsList.Select(f => f.Name));
    }

    [Fact]
    public async Task Every_sql_block_runs_on_the_embedded_datasets_files()
    {
        using var directory = new TempDirectory();
        await CianopramineDataset.Instance.ToTables().WriteParquetAsync(directory.Path, ParquetLayout.PartitionedByTarget);
        var blocks = Regex.Matches(Doc, "```sql\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        blocks.Should().HaveCountGreaterThanOrEqualTo(4);
        var rows = new List<int>();
        foreach (var sql in blocks)
        {
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql.Replace("out/parquet", directory.Path.Replace('\\', '/'), StringComparison.Ordinal);
            using var reader = command.ExecuteReader();
            var count = 0;
            while (reader.Read())
            {
                count++;
            }

            rows.Add(count);
        }

        rows[0].Should().Be(4, "the embedded dataset has results at four targets");
        rows[1].Should().BeInRange(1, 3);
        rows[3].Should().BePositive("SERT results cite references");
    }
}
