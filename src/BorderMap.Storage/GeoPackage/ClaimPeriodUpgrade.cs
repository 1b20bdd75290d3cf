using BorderMap.Core;
using BorderMap.Core.Claims;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Upgrades a file whose derived tables (<see cref="DerivedSchema"/>, version 1) hold each claim's
/// stated days to its <see cref="ClaimPeriod"/>: the claims dated to the week, month or year are
/// read a chunk at a time by fid, their days in <c>claim_summary</c> and <c>claim_extents</c> are
/// widened, and the tables counted from those days are counted again. Runs when the file is
/// opened, in one transaction that re-checks the version, so one process does it, once.
/// </summary>
internal static class ClaimPeriodUpgrade
{
    /// <summary>The version of the derived tables whose days are the claims' periods.</summary>
    public const int Version = 2;

    private const int ChunkSize = 5000;

    private const string Widened =
        """
        SELECT fid, eventDate, endDate, timePrecision, id FROM claims
        WHERE fid > $after AND timePrecision IN (SELECT value FROM json_each($precisions))
        ORDER BY fid LIMIT $limit
        """;

    private const string WriteDays =
        """
        UPDATE claim_summary SET start_day = $start, end_day = $end WHERE claim_fid = $fid;
        UPDATE claim_extents SET first_day = $first, last_day = $last WHERE id = $fid;
        """;

    public static bool IsNeeded(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        Scalar(connection, transaction, "SELECT max(version) FROM bordermap_schema") is long version && version < Version;

    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (!IsNeeded(connection, transaction))
        {
            return;
        }

        var parameters = new Dictionary<string, object>
        {
            ["$precisions"] = System.Text.Json.JsonSerializer.Serialize(ClaimPeriod.WideningPrecisions),
            ["$limit"] = ChunkSize,
        };
        for (var after = 0L; ;)
        {
            parameters["$after"] = after;
            var chunk = Select(connection, transaction, parameters);
            if (chunk.Count == 0)
            {
                break;
            }

            foreach (var (fid, first, last) in chunk)
            {
                Execute(connection, transaction, WriteDays, ("$fid", fid), ("$start", IsoDate.Format(first)), ("$end", IsoDate.Format(last)), ("$first", first.DayNumber), ("$last", last.DayNumber));
            }

            after = chunk[^1].Fid;
        }

        CountTables.RecountDays(connection, transaction);
        Execute(connection, transaction, $"DELETE FROM bordermap_schema; INSERT INTO bordermap_schema VALUES ({Version})");
    }

    private static List<(long Fid, DateOnly First, DateOnly Last)> Select(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, object> parameters)
    {
        using var command = Command(connection, transaction, Widened);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        return MalformedRows.ReadAll(reader, row =>
        {
            var (first, last) = ClaimPeriod.Of(row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2), row.GetString(3));
            return (row.GetInt64(0), first, last);
        });
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
