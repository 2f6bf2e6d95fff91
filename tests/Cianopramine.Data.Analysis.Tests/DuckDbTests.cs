using System.Globalization;
using Cianopramine.Data.Analysis.Tests.Synthetic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using DuckDB.NET.Data;

namespace Cianopramine.Data.Analysis.Tests;

/// <summary>
/// DuckDB (embedded) reads our Parquet without options and answers the same questions with the same numbers as the
/// query API: per-target counts, a censoring-aware potency filter and selectivity pairs. The SQL here is the SQL of
/// docs/analysis.md.
/// </summary>
public sealed class DuckDbTests : IClassFixture<DuckDbTests.Files>
{
    private readonly Files _files;

    public DuckDbTests(Files files) => _files = files;

    public sealed class Files : IAsyncLifetime
    {
        private readonly TempDirectory _directory = new();

        public string Embedded => Path.Combine(_directory.Path, "embedded");

        public string Synthetic => Path.Combine(_directory.Path, "synthetic");

        public async Task InitializeAsync()
        {
            await CianopramineDataset.Instance.ToTables().WriteParquetAsync(Embedded, ParquetLayout.PartitionedByTarget);
            await SyntheticData.Load(10_000).ToTables().WriteParquetAsync(Synthetic, ParquetLayout.PartitionedByTarget);
        }

        public Task DisposeAsync()
        {
            _directory.Dispose();
            return Task.CompletedTask;
        }
    }

    public static TheoryData<string> Datasets => new() { "embedded", "synthetic-10000" };

    private (Dataset Dataset, string Results) Get(string name) => name == "embedded"
        ? (CianopramineDataset.Instance, Path.Combine(_files.Embedded, "results", "*", "*.parquet"))
        : (SyntheticData.Load(10_000), Path.Combine(_files.Synthetic, "results", "*", "*.parquet"));

    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Per_target_counts_are_the_query_apis(string name)
    {
        var (dataset, results) = Get(name);
        var sql = $"SELECT target, count(*) AS results FROM read_parquet('{results}') GROUP BY target ORDER BY target";
        var duck = Query(sql).ToDictionary(r => (string)r[0]!, r => Convert.ToInt32(r[1], CultureInfo.InvariantCulture));
        var api = dataset.Targets.Where(t => dataset.Results.At(t).Any()).ToDictionary(t => t.Id, t => dataset.Results.At(t).Count());
        duck.OrderBy(p => p.Key, StringComparer.Ordinal).Should().Equal(api.OrderBy(p => p.Key, StringComparer.Ordinal));
        duck.Values.Sum().Should().Be(dataset.Results.Count());
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void The_censoring_aware_potency_filter_is_the_query_apis(string name)
    {
        var (dataset, results) = Get(name);
        var seen = new int[3];
        foreach (var micromolar in new[] { 0.000001m, 0.01m, 1m, 50m, 100m, 100000m })
        {
            var threshold = (double)MolarConcentration.FromMicromolar(micromolar).ToMolar();
            // "At most t": = and ~ decide by the value; < and <= match when the bound is at most t; > and >= certainly
            // miss when the bound is at least t (> t for >=); everything else is undecided.
            var sql = $"""
                SELECT result_id,
                  CASE
                    WHEN molar_value IS NULL THEN 'undecided'
                    WHEN relation IN ('=', '~') THEN CASE WHEN molar_value <= {threshold:R} THEN 'matched' ELSE 'not matched' END
                    WHEN relation IN ('<', '<=') AND molar_value <= {threshold:R} THEN 'matched'
                    WHEN relation = '>' AND molar_value >= {threshold:R} THEN 'not matched'
                    WHEN relation = '>=' AND molar_value > {threshold:R} THEN 'not matched'
                    ELSE 'undecided'
                  END AS decision
                FROM read_parquet('{results}')
                """;
            var duck = Query(sql).ToLookup(r => (string)r[1]!, r => (string)r[0]!);
            var api = dataset.Results.AtMost(micromolar, MolarUnit.Micromolar).Partition();
            // Sorted and compared in order (BeEquivalentTo matches collections pairwise, quadratic at this size).
            Sorted(duck["matched"]).Should().Equal(Sorted(api.Matched.Select(r => r.Id)), $"at most {micromolar} µM");
            Sorted(duck["not matched"]).Should().Equal(Sorted(api.NotMatched.Select(r => r.Id)));
            Sorted(duck["undecided"]).Should().Equal(Sorted(api.Undecided.Select(u => u.Result.Id)));
            seen[0] += api.Matched.Count;
            seen[1] += api.NotMatched.Count;
            seen[2] += api.Undecided.Count;
        }

        if (name != "embedded")
        {
            seen.Should().OnlyContain(n => n > 0, "the synthetic dataset has results on both sides of the thresholds and censored ones across them");
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Selectivity_pairs_and_folds_are_the_query_apis(string name)
    {
        var (dataset, results) = Get(name);
        // Comparable across targets: both molar, same parameter, same setting, species compatible (either unstated or
        // sharing one). Fold = molar value at "over" / molar value at "target"; exact when both are measured (=).
        var sql = $"""
            WITH r AS (SELECT * FROM read_parquet('{results}') WHERE molar_value IS NOT NULL)
            SELECT a.compound_id, a.target_id, b.target_id AS over_id, count(*) AS pairs,
                   count(*) FILTER (WHERE a.relation = '=' AND b.relation = '=') AS exact,
                   min(b.molar_value / a.molar_value) FILTER (WHERE a.relation = '=' AND b.relation = '=') AS min_fold
            FROM r a JOIN r b ON a.compound_id = b.compound_id AND a.target_id <> b.target_id
              AND a.parameter = b.parameter AND a.setting = b.setting
              AND (len(a.species) = 0 OR len(b.species) = 0 OR list_has_any(a.species, b.species))
            GROUP BY ALL
            """;
        var rows = Query(sql);
        if (name != "embedded")
        {
            rows.Should().NotBeEmpty("the synthetic dataset has comparable results at several targets");
        }

        foreach (var row in rows)
        {
            var api = dataset.Selectivity(dataset.Compounds.Get((string)row[0]!), dataset.Targets.Get((string)row[1]!), dataset.Targets.Get((string)row[2]!));
            Convert.ToInt32(row[3], CultureInfo.InvariantCulture).Should().Be(api.Pairs.Count);
            var exact = api.Pairs.Where(p => ((QuantitativeValue)p.AtTarget.Value).Relation == Relation.EqualTo && ((QuantitativeValue)p.AtOver.Value).Relation == Relation.EqualTo).ToArray();
            Convert.ToInt32(row[4], CultureInfo.InvariantCulture).Should().Be(exact.Length);
            if (exact.Length > 0)
            {
                ((double)row[5]!).Should().BeApproximately((double)exact.Min(p => p.Fold!.Value.Value), 1e-9 * (double)exact.Min(p => p.Fold!.Value.Value));
            }
        }

        // And no pair the API finds is missing from DuckDB's answer.
        var seen = rows.Select(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!)).ToHashSet();
        var sample = dataset.Compounds.Take(50);
        foreach (var compound in sample)
        {
            var targets = dataset.Results.For(compound).Select(r => r.Target).Distinct().ToArray();
            foreach (var t in targets)
            {
                foreach (var o in targets.Where(o => o.Id != t.Id))
                {
                    if (dataset.Selectivity(compound, t, o).Pairs.Count > 0)
                    {
                        seen.Should().Contain((compound.Id, t.Id, o.Id));
                    }
                }
            }
        }
    }

    [Fact]
    public void List_columns_keep_empty_lists_empty()
    {
        var results = Path.Combine(_files.Embedded, "results", "*", "*.parquet");
        var rows = Query($"SELECT result_id, species, reference_ids, note_kinds FROM read_parquet('{results}') ORDER BY ordinal");
        var dataset = CianopramineDataset.Instance;
        rows.Select(r => (string)r[0]!).Should().Equal(dataset.Results.Select(r => r.Id));
        foreach (var row in rows)
        {
            var result = dataset.Results.Get((string)row[0]!);
            // An empty list stays empty (not a list holding one null); the words are the JSON format's.
            Strings(row[1]).Should().HaveCount(result.Assay.Species.Count).And.NotContainNulls();
            Strings(row[2]).Should().Equal(result.References.Select(r => r.Id));
            Strings(row[3]).Should().HaveCount(result.Notes.Count).And.NotContainNulls();
        }
    }

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();

    private static List<string?> Strings(object? list) => ((System.Collections.IEnumerable)list!).Cast<string?>().ToList();

    [Fact]
    public void Every_table_and_its_metadata_read_without_options()
    {
        foreach (var table in AnalysisSchema.TableNames.Where(t => t != "results"))
        {
            var count = Query($"SELECT count(*) FROM read_parquet('{Path.Combine(_files.Embedded, table + ".parquet")}')").Single()[0];
            count.Should().NotBeNull();
        }

        var metadata = Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{Path.Combine(_files.Embedded, "compounds.parquet")}')")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        metadata[AnalysisSchema.ContentHashKey].Should().Be(CianopramineDataset.Instance.Metadata.ContentHash);
        metadata[AnalysisSchema.TableKey].Should().Be("compounds");
    }
}
