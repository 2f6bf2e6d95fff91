using System;
using System.Collections.Generic;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Cianopramine.Data.Benchmarks.RealShape;

/// <summary>
/// The real-shaped dataset in in-memory SQLite (the rows of <see cref="SqliteStore"/>), with the composite indexes
/// these questions need (target + molar value, compound + target), and each question as one prepared statement,
/// reused across invocations as an application would. Molar values are REAL: SQLite has no exact decimal.
/// </summary>
internal sealed class RealShapeSqlite : IDisposable
{
    private const string ExtraIndexes = """
        CREATE INDEX result_target_molar ON result (target_id, molar);
        CREATE INDEX result_compound_target ON result (compound_id, target_id);
        CREATE INDEX result_target_parameter_molar ON result (target_id, parameter, molar);
        """;

    // The censoring rules of docs/querying.md, as a SQL user would write them (the same as RealShapeData.Row's).
    private const string CertainlyBelow =
        "((relation IN ('EqualTo', 'Approximately', 'LessThanOrEqual') AND molar < $v) OR (relation = 'LessThan' AND molar <= $v))";

    private const string CertainlyAtMost = "(relation IN ('EqualTo', 'Approximately', 'LessThan', 'LessThanOrEqual') AND molar <= $v)";

    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _findKey;
    private readonly SqliteCommand _forAt;
    private readonly SqliteCommand _belowCount;
    private readonly SqliteCommand _belowKiList;
    private readonly SqliteCommand _atMostCount;
    private readonly SqliteCommand _mostPotent;

    public RealShapeSqlite(Dataset dataset)
    {
        _connection = SqliteStore.Load(SqliteRows.From(dataset));
        using (var index = _connection.CreateCommand())
        {
            index.CommandText = ExtraIndexes;
            index.ExecuteNonQuery();
        }

        _findKey = Prepare("SELECT compound_id FROM compound_key WHERE key = $a LIMIT 1", "$a");
        _forAt = Prepare("SELECT COUNT(*) FROM result WHERE compound_id = $a AND target_id = $b", "$a", "$b");
        _belowCount = Prepare($"SELECT COUNT(*) FROM result WHERE target_id = $a AND molar IS NOT NULL AND {CertainlyBelow}", "$a", "$v");
        _belowKiList = Prepare($"SELECT id FROM result WHERE target_id = $a AND parameter = 'Ki' AND molar IS NOT NULL AND {CertainlyBelow} ORDER BY rowid", "$a", "$v");
        _atMostCount = Prepare($"SELECT COUNT(*) FROM result WHERE target_id = $a AND molar IS NOT NULL AND {CertainlyAtMost}", "$a", "$v");
        _mostPotent = Prepare(
            "SELECT id FROM result WHERE target_id = $a AND molar IS NOT NULL AND relation NOT IN ('GreaterThan', 'GreaterThanOrEqual') " +
            "ORDER BY molar, CASE relation WHEN 'LessThan' THEN 0 WHEN 'LessThanOrEqual' THEN 1 ELSE 2 END, rowid LIMIT $n",
            "$a", "$n");
    }

    /// <summary>The id of the compound a name, synonym or identifier belongs to.</summary>
    public string? FindCompound(string nameOrId)
    {
        _findKey.Parameters[0].Value = SqliteRows.Key(nameOrId);
        return _findKey.ExecuteScalar() as string;
    }

    public int ForAtCount(string compoundId, string targetId) => Scalar(_forAt, compoundId, targetId);

    public int BelowCount(string targetId, double molar) => Scalar(_belowCount, targetId, molar);

    public int AtMostCount(string targetId, double molar) => Scalar(_atMostCount, targetId, molar);

    public string[] BelowKiIds(string targetId, double molar) => Ids(_belowKiList, targetId, molar);

    public string[] MostPotentIds(string targetId, int count) => Ids(_mostPotent, targetId, count);

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private static int Scalar(SqliteCommand command, object a, object b)
    {
        command.Parameters[0].Value = a;
        command.Parameters[1].Value = b;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string[] Ids(SqliteCommand command, object a, object b)
    {
        command.Parameters[0].Value = a;
        command.Parameters[1].Value = b;
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids.ToArray();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        _commands.Add(command);
        return command;
    }
}
