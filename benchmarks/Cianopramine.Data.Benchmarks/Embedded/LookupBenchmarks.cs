using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Microsoft.Data.Sqlite;

namespace Cianopramine.Data.Benchmarks.Embedded;

/// <summary>
/// Budget: a lookup by name, synonym or identifier takes ≤ 30 ns and allocates nothing. Compared with a LINQ scan over
/// the compounds (what code without an index does) and an indexed SQLite query (a prepared statement, reused).
/// </summary>
/// <remarks>
/// The benchmarks return <see cref="object"/>, not <c>Compound</c>: BenchmarkDotNet's generated project names a
/// benchmark's return type without the extern alias this project gives the generator assembly, which compiles a
/// <c>Compound</c> of its own (CS0433).
/// </remarks>
[BenchmarkCategory("Lookup")]
public class LookupBenchmarks
{
    private Dataset _data = null!;
    private Compound[] _compounds = [];
    private SqliteConnection? _connection;
    private SqliteQueries? _sqlite;
    private Experiments.NormalizedKeyIndex<Compound> _prototype = null!;

    /// <summary>What is looked up: a name, a synonym (written differently from the data), an InChIKey, a DrugBank id.</summary>
    [Params("Cianopramine", "ro11-2465", "LQXYCDLHSKICDY-UHFFFAOYSA-N", "DB00458")]
    public string Key { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _data = CianopramineDataset.Instance;
        _compounds = _data.Compounds.ToArray();
        _connection = SqliteStore.Load(SqliteRows.From(_data));
        _sqlite = new SqliteQueries(_connection);
        _prototype = new(_data.Compounds.Keys.Select(k => (k, _data.Compounds.Find(k))));
        if (!_data.Compounds.TryFind(Key, out var expected) || !ReferenceEquals(LinqScan(), expected) || Sqlite() != expected.Id || !ReferenceEquals(Prototype(), expected))
        {
            throw new InvalidOperationException("'" + Key + "' is not found by every method.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite?.Dispose();
        _connection?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Compounds.TryFind")]
    public object? TryFind() => _data.Compounds.TryFind(Key, out var compound) ? compound : null;

    /// <summary>A scan over every name, synonym and identifier with the lookups' own comparer (no allocation), without the index.</summary>
    [Benchmark(Description = "LINQ scan")]
    public object? LinqScan() => _compounds.FirstOrDefault(c => Matches(c, Key));

    /// <summary>An indexed query on the normalised key (normalising the key allocates, as it would in an application).</summary>
    [Benchmark(Description = "SQLite indexed")]
    public string? Sqlite() => _sqlite!.FindCompound(Key);

    /// <summary>A prototype of a faster index (same matching rules), for comparison: see <see cref="Experiments.NormalizedKeyIndex{T}"/>.</summary>
    [Benchmark(Description = "Prototype: normalised keys, span lookup")]
    public object? Prototype() => _prototype.TryFind(Key, out var compound) ? compound : null;

    internal static bool Matches(Compound c, string key)
    {
        static bool Same(string? a, string b) => a is not null && LookupKeyComparer.Instance.Equals(a, b);

        return Same(c.Id, key) || Same(c.Name, key) || c.Synonyms.Any(s => Same(s.Text, key))
               || Same(c.Structure?.InChIKey?.Value, key) || Same(c.Identifiers.Cas?.Value, key)
               || Same(c.Identifiers.ChemblId?.Value, key) || Same(c.Identifiers.DrugBankId?.Value, key)
               || Same(c.Identifiers.PubChemCid?.ToString(), key);
    }
}
