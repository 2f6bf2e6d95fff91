using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;
using Microsoft.Data.Sqlite;

namespace Cianopramine.Data.Benchmarks.Infrastructure;

/// <summary>
/// The SQLite comparison: the same dataset as rows in an in-memory database (Microsoft.Data.Sqlite), with the indexes
/// a query needs, ready to query. Names, synonyms and identifiers are one table keyed by the normalised key the
/// library's lookups use (upper case, no spaces or hyphens: "ro11-2465" finds "Ro 11-2465"), indexed.
/// </summary>
/// <remarks>
/// The rows come from a loaded <see cref="Dataset"/>, so they hold exactly its data: every entity and its scalar fields,
/// names and identifiers, reference links and notes. A concentration is also stored in molar as REAL for the potency
/// filter (SQLite has no exact decimal), next to the exact decimal text.
/// </remarks>
internal static class SqliteStore
{
    private const string Schema = """
        CREATE TABLE reference (id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT, authors TEXT, journal TEXT, year INTEGER, pmid TEXT, doi TEXT, status TEXT NOT NULL);
        CREATE TABLE compound (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, class TEXT, formula TEXT, average_mass REAL, smiles TEXT, inchikey TEXT);
        CREATE TABLE compound_key (key TEXT NOT NULL, compound_id TEXT NOT NULL, kind TEXT NOT NULL);
        CREATE TABLE target (id TEXT PRIMARY KEY, symbol TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, gene TEXT);
        CREATE TABLE target_key (key TEXT NOT NULL, target_id TEXT NOT NULL);
        CREATE TABLE assay (id TEXT PRIMARY KEY, kind TEXT NOT NULL, setting TEXT NOT NULL, species TEXT, tissue TEXT, description TEXT NOT NULL);
        CREATE TABLE result (id TEXT PRIMARY KEY, compound_id TEXT NOT NULL, target_id TEXT NOT NULL, assay_id TEXT NOT NULL, action TEXT,
            value_type TEXT NOT NULL, parameter TEXT, relation TEXT, value TEXT, unit TEXT, molar REAL, text TEXT, category TEXT,
            compared_to TEXT, direction TEXT, conditions TEXT);
        CREATE TABLE result_reference (result_id TEXT NOT NULL, reference_id TEXT NOT NULL);
        CREATE TABLE transformation (id TEXT PRIMARY KEY, substrate_id TEXT NOT NULL, product_id TEXT NOT NULL, reaction TEXT NOT NULL, enzymes TEXT);
        CREATE TABLE mechanism (id TEXT PRIMARY KEY, compound_id TEXT, action TEXT NOT NULL, text TEXT NOT NULL);
        CREATE TABLE note (owner TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL);
        """;

    private const string Indexes = """
        CREATE INDEX compound_key_key ON compound_key (key);
        CREATE INDEX target_key_key ON target_key (key);
        CREATE INDEX result_compound ON result (compound_id);
        CREATE INDEX result_target ON result (target_id);
        CREATE INDEX result_reference_result ON result_reference (result_id);
        CREATE INDEX transformation_substrate ON transformation (substrate_id);
        """;

    /// <summary>A new in-memory database holding <paramref name="rows"/>, indexed. The caller disposes it.</summary>
    public static SqliteConnection Load(SqliteRows rows)
    {
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        Execute(connection, Schema);
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var table in rows.Tables)
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = table.Insert;
                var parameters = new SqliteParameter[table.Columns];
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i] = insert.Parameters.Add("$p" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text);
                }

                insert.Prepare();
                foreach (var row in table.Rows)
                {
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        parameters[i].Value = row[i] ?? DBNull.Value;
                    }

                    insert.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        Execute(connection, Indexes);
        return connection;
    }

    /// <summary>A new in-memory database copied from <paramref name="source"/> with SQLite's backup API (a prebuilt database).</summary>
    public static SqliteConnection Restore(SqliteConnection source)
    {
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        source.BackupDatabase(connection);
        return connection;
    }

    /// <summary>Writes the rows to a database file (replaced if it exists).</summary>
    public static void Save(SqliteRows rows, string path)
    {
        using var memory = Load(rows);
        System.IO.File.Delete(path);
        using var file = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        file.Open();
        memory.BackupDatabase(file);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>The rows of every table, made from a dataset once (outside any measurement).</summary>
internal sealed class SqliteRows
{
    private SqliteRows(List<Table> tables) => Tables = tables;

    /// <summary>The tables, in insertion order.</summary>
    public IReadOnlyList<Table> Tables { get; }

    /// <summary>The rows of <paramref name="dataset"/>.</summary>
    public static SqliteRows From(Dataset dataset)
    {
        var reference = new Table("reference", 9);
        var compound = new Table("compound", 8);
        var compoundKey = new Table("compound_key", 3);
        var target = new Table("target", 5);
        var targetKey = new Table("target_key", 2);
        var assay = new Table("assay", 6);
        var result = new Table("result", 16);
        var resultReference = new Table("result_reference", 2);
        var transformation = new Table("transformation", 5);
        var mechanism = new Table("mechanism", 4);
        var note = new Table("note", 3);

        void Notes(string owner, ValueArray<CurationNote> notes)
        {
            foreach (var n in notes)
            {
                note.Add(owner, n.Kind.ToString(), n.Text);
            }
        }

        foreach (var r in dataset.References)
        {
            reference.Add(r.Id, r.Kind.ToString(), r.Title, string.Join("; ", r.Authors), r.Journal, r.Year, r.Pmid?.Value, r.Doi?.Value, r.Status.ToString());
            Notes("reference:" + r.Id, r.Notes);
        }

        foreach (var c in dataset.Compounds)
        {
            compound.Add(c.Id, c.Name, c.Role.ToString(), c.Class, c.Structure?.Formula, c.Structure?.AverageMass, c.Structure?.Smiles, c.Structure?.InChIKey?.Value);
            compoundKey.Add(Key(c.Id), c.Id, "id");
            compoundKey.Add(Key(c.Name), c.Id, "name");
            foreach (var s in c.Synonyms)
            {
                compoundKey.Add(Key(s.Text), c.Id, "synonym");
            }

            if (c.Structure?.InChIKey is { } key)
            {
                compoundKey.Add(Key(key.Value), c.Id, "inchikey");
            }

            if (c.Identifiers.PubChemCid is { } cid)
            {
                compoundKey.Add(Key(cid.ToString()), c.Id, "pubchem");
            }

            if (c.Identifiers.ChemblId is { } chembl)
            {
                compoundKey.Add(Key(chembl.Value), c.Id, "chembl");
            }

            if (c.Identifiers.DrugBankId is { } drugBank)
            {
                compoundKey.Add(Key(drugBank.Value), c.Id, "drugbank");
            }

            if (c.Identifiers.Cas is { } cas)
            {
                compoundKey.Add(Key(cas.Value), c.Id, "cas");
            }

            Notes("compound:" + c.Id, c.Notes);
        }

        foreach (var t in dataset.Targets)
        {
            target.Add(t.Id, t.Symbol, t.Name, t.Kind.ToString(), t.Gene);
            targetKey.Add(Key(t.Id), t.Id);
            targetKey.Add(Key(t.Symbol), t.Id);
            targetKey.Add(Key(t.Name), t.Id);
            if (t.Gene is not null)
            {
                targetKey.Add(Key(t.Gene), t.Id);
            }

            foreach (var a in t.Accessions)
            {
                targetKey.Add(Key(a.Value), t.Id);
            }
        }

        foreach (var a in dataset.Assays)
        {
            assay.Add(a.Id, a.Kind.ToString(), a.Setting.ToString(), string.Join(",", a.Species), a.Tissue, a.Description);
        }

        foreach (var r in dataset.AllResults)
        {
            string? parameter = null, relation = null, value = null, unit = null, text = null, category = null, comparedTo = null, direction = null;
            double? molar = null;
            switch (r.Value)
            {
                case QuantitativeValue q:
                    parameter = q.Parameter.ToString();
                    relation = q.Relation.ToString();
                    value = q.Magnitude.Value.ToString(CultureInfo.InvariantCulture);
                    unit = q.Magnitude.Unit.ToString();
                    molar = q.Magnitude.TryGetConcentration(out var concentration) ? (double)concentration.ToMolar() : null;
                    break;
                case QualitativeValue t:
                    text = t.Text;
                    category = t.Category.ToString();
                    break;
                case ComparativeValue c:
                    comparedTo = c.ComparedTo.Id;
                    direction = c.Direction.ToString();
                    text = c.Text;
                    break;
            }

            result.Add(r.Id, r.Compound.Id, r.Target.Id, r.Assay.Id, r.Action?.ToString(), r.Value.Kind.ToString(), parameter, relation, value, unit, molar,
                text, category, comparedTo, direction, r.Conditions.Dose is null && r.Conditions.Text is null ? null : r.Conditions.ToString());
            foreach (var reference1 in r.References)
            {
                resultReference.Add(r.Id, reference1.Id);
            }

            Notes("result:" + r.Id, r.Notes);
        }

        foreach (var t in dataset.Transformations)
        {
            transformation.Add(t.Id, t.Substrate.Id, t.Product.Id, t.Reaction.ToString(), string.Join(",", t.Enzymes));
        }

        foreach (var m in dataset.Mechanisms)
        {
            mechanism.Add(m.Id, m.Compound?.Id, m.Action.ToString(), m.Text);
        }

        return new SqliteRows([reference, compound, compoundKey, target, targetKey, assay, result, resultReference, transformation, mechanism, note]);
    }

    /// <summary>The key a name is stored and looked up by.</summary>
    public static string Key(string name) => LookupKeyComparer.Normalize(name);

    /// <summary>One table's rows and its parameterised INSERT.</summary>
    internal sealed class Table(string name, int columns)
    {
        public int Columns { get; } = columns;

        public string Insert { get; } = "INSERT INTO " + name + " VALUES (" + string.Join(", ", ParameterNames(columns)) + ")";

        public List<object?[]> Rows { get; } = [];

        public void Add(params object?[] values) => Rows.Add(values);

        private static IEnumerable<string> ParameterNames(int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return "$p" + i.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}

/// <summary>Prepared queries over a database from <see cref="SqliteStore"/>, reused across invocations as an application would.</summary>
internal sealed class SqliteQueries : IDisposable
{
    private readonly SqliteCommand _findCompound;
    private readonly SqliteParameter _findKey;
    private readonly SqliteCommand _byCompound;
    private readonly SqliteParameter _byCompoundId;
    private readonly SqliteCommand _byTarget;
    private readonly SqliteParameter _byTargetId;
    private readonly SqliteCommand _potency;
    private readonly SqliteParameter _potencyCompound;
    private readonly SqliteParameter _potencyMolar;
    private readonly SqliteCommand _pathway;
    private readonly SqliteParameter _pathwayCompound;

    public SqliteQueries(SqliteConnection connection)
    {
        (_findCompound, _findKey) = Prepare(connection, "SELECT compound_id FROM compound_key WHERE key = $a LIMIT 1");
        (_byCompound, _byCompoundId) = Prepare(connection, "SELECT id FROM result WHERE compound_id = $a");
        (_byTarget, _byTargetId) = Prepare(connection, "SELECT id FROM result WHERE target_id = $a");
        (_potency, _potencyCompound) = Prepare(connection,
            "SELECT id FROM result WHERE compound_id = $a AND molar IS NOT NULL AND " +
            "((relation IN ('EqualTo', 'Approximately', 'LessThanOrEqual') AND molar < $b) OR (relation = 'LessThan' AND molar <= $b))");
        _potencyMolar = _potency.Parameters.Add("$b", SqliteType.Real);
        (_pathway, _pathwayCompound) = Prepare(connection, """
            WITH RECURSIVE walk(id, product_id) AS (
                SELECT id, product_id FROM transformation WHERE substrate_id = $a
                UNION SELECT t.id, t.product_id FROM transformation t JOIN walk w ON t.substrate_id = w.product_id)
            SELECT id FROM walk
            """);
        foreach (var command in new[] { _findCompound, _byCompound, _byTarget, _potency, _pathway })
        {
            command.Prepare();
        }
    }

    /// <summary>The id of the compound a name, synonym or identifier belongs to.</summary>
    public string? FindCompound(string key)
    {
        _findKey.Value = SqliteRows.Key(key);
        return _findCompound.ExecuteScalar() as string;
    }

    /// <summary>The ids of a compound's results.</summary>
    public int ResultsFor(string compoundId) => Count(_byCompound, _byCompoundId, compoundId);

    /// <summary>The ids of a target's results.</summary>
    public int ResultsAt(string targetId) => Count(_byTarget, _byTargetId, targetId);

    /// <summary>A compound's results with a concentration certainly below <paramref name="molar"/> (M).</summary>
    public int Below(string compoundId, double molar)
    {
        _potencyMolar.Value = molar;
        return Count(_potency, _potencyCompound, compoundId);
    }

    /// <summary>The transformations downstream of a compound (recursive).</summary>
    public int PathwayFrom(string compoundId) => Count(_pathway, _pathwayCompound, compoundId);

    public void Dispose()
    {
        foreach (var command in new[] { _findCompound, _byCompound, _byTarget, _potency, _pathway })
        {
            command.Dispose();
        }
    }

    private static int Count(SqliteCommand command, SqliteParameter parameter, string value)
    {
        parameter.Value = value;
        var count = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetString(0);
            count++;
        }

        return count;
    }

    private static (SqliteCommand, SqliteParameter) Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.Parameters.Add("$a", SqliteType.Text);
        return (command, parameter);
    }
}
