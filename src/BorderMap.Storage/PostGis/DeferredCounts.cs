using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The insert triggers on <c>claims</c> that keep the pre-counted tables, paused for the rest of a
/// large import and replayed once at its end over every claim it created since, in its own
/// transaction: per chunk, each trigger upserts into count tables that grow with the import, and
/// the month rollups' triggers follow every one of those statements; at 100,000 claims that was
/// most of the database's time. Each trigger is paired with the statement its function runs (the
/// migrations' own text), so the replay counts what the trigger would have; a trigger not listed
/// here keeps counting chunk by chunk. Update and delete triggers stay. Pausing is a catalog
/// change under the table lock <see cref="DeferredIndexes"/> holds, so no other writer adds claims
/// meanwhile, and a failed import rolls it back with everything else.
/// </summary>
internal sealed class DeferredCounts
{
    /// <summary>Each insert trigger that counts, with the columns it reads from the claims and the statement its function runs on them.</summary>
    private static readonly (string Trigger, string Changed, Func<string, string> Add)[] Counting =
    [
        ("claim_cell_counts_inserted", CellRowsMigration.Changed, CellRowsMigration.AddCells),
        ("claim_day_counts_inserted", CountTablesMigration.Changed, CountTablesMigration.AddDays),
        ("claim_cell_days_inserted", CountTablesMigration.Changed, ClusterCellDaysMigration.AddCellDays),
        ("claim_area_values_inserted", AreaValuesMigration.Changed, AreaValuesMigration.AddValues),
    ];

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly long _lastCounted;
    private readonly List<(string Trigger, string Changed, Func<string, string> Add)> _paused;

    private DeferredCounts(NpgsqlConnection connection, NpgsqlTransaction transaction, long lastCounted, List<(string, string, Func<string, string>)> paused)
    {
        _connection = connection;
        _transaction = transaction;
        _lastCounted = lastCounted;
        _paused = paused;
    }

    /// <summary>Pauses the listed insert triggers that are enabled, remembering the last claim counted so far. Call under the table's exclusive lock.</summary>
    public static DeferredCounts Pause(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var enabled = PostGisRows.Read(
            connection,
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'claims'::regclass AND tgenabled <> 'D' AND tgname = ANY(@names)",
            [new("names", Counting.Select(c => c.Trigger).ToArray())],
            r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        var paused = Counting.Where(c => enabled.Contains(c.Trigger)).ToList();
        var lastCounted = PostGisRows.Read(connection, "SELECT coalesce(max(fid), 0) FROM claims", [], r => r.GetInt64(0))[0];
        if (paused.Count > 0)
        {
            PostGisRows.ExecuteUntimed(connection, transaction, "ALTER TABLE claims " + string.Join(", ", paused.Select(p => $"DISABLE TRIGGER {p.Trigger}")));
        }

        return new DeferredCounts(connection, transaction, lastCounted, paused);
    }

    /// <summary>Counts every claim created since the pause, one statement per paused trigger, and lets the triggers count again.</summary>
    public void Replay()
    {
        foreach (var (_, changed, add) in _paused)
        {
            PostGisRows.ExecuteUntimed(_connection, _transaction, add($"SELECT {changed}, 1 AS n FROM claims WHERE fid > {_lastCounted}"));
        }

        if (_paused.Count > 0)
        {
            PostGisRows.ExecuteUntimed(_connection, _transaction, "ALTER TABLE claims " + string.Join(", ", _paused.Select(p => $"ENABLE TRIGGER {p.Trigger}")));
        }
    }
}
