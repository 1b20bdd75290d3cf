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
/// <para>
/// When every one of them was paused, the replay counts the store afresh instead, as a restore
/// would (<see cref="Recount"/>): it empties the count tables and their month rollups, drops their
/// keys and indexes, counts every claim with plain inserts (nothing can conflict), fills the
/// rollups once from their day tables instead of through the day tables' triggers, and builds keys
/// and indexes again. Upserting into an 8-column key and then again into the rollup's was most of
/// the replay's time: at 100,000 claims, 6.5–7.1 s of backend CPU for <c>claim_cell_days</c> and its
/// rollup that way, 3.7–4.4 s this way (bench/RESULTS.md). The claims stored before are counted
/// again too, but an import is large only once it has created at least as many
/// (<see cref="Writes.ImportScale"/>), so that at most doubles the rows counted. Emptying takes the
/// count tables' exclusive locks until the import commits: readers of the counts wait for the
/// import's end, as readers of the claims wait for all of it. No read statement reads both the
/// claims and a count table, so none can hold a count table's lock while it waits for the claims
/// (which would deadlock with this); the locks are taken at the end, not at the pause, so that
/// the counts stay readable while the chunks are written.
/// </para>
/// </summary>
internal sealed class DeferredCounts
{
    /// <summary>Each insert trigger that counts, with the columns it reads from the claims, the statement its function runs on them, and the table it counts into.</summary>
    private static readonly Counter[] Counting =
    [
        new("claim_cell_counts_inserted", CellRowsMigration.Changed, CellRowsMigration.AddCells, "claim_cells", CellRowsMigration.FillCells),
        new("claim_day_counts_inserted", CountTablesMigration.Changed, CountTablesMigration.AddDays, MonthRollup.Days.DayTable, CountTablesMigration.FillDays),
        new("claim_cell_days_inserted", CountTablesMigration.Changed, ClusterCellDaysMigration.AddCellDays, MonthRollup.CellDays.DayTable),
        new("claim_area_values_inserted", AreaValuesMigration.Changed, AreaValuesMigration.AddValues, MonthRollup.AreaValues.DayTable),
    ];

    /// <summary>Every table the claims' counts end in: the count tables and their month rollups.</summary>
    public static readonly string[] CountTables = [.. Counting.Select(c => c.Table), .. MonthRollup.All.Select(r => r.MonthTable)];

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly long _lastCounted;
    private readonly List<Counter> _paused;

    private DeferredCounts(NpgsqlConnection connection, NpgsqlTransaction transaction, long lastCounted, List<Counter> paused)
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
        if (_paused.Count == Counting.Length)
        {
            Recount();
        }
        else
        {
            foreach (var counter in _paused)
            {
                PostGisRows.ExecuteUntimed(_connection, _transaction, counter.Add(Claims(counter)));
            }
        }

        if (_paused.Count > 0)
        {
            PostGisRows.ExecuteUntimed(_connection, _transaction, "ALTER TABLE claims " + string.Join(", ", _paused.Select(p => $"ENABLE TRIGGER {p.Trigger}")));
        }
    }

    /// <summary>The claims created since the pause, as the rows a count statement reads.</summary>
    private string Claims(Counter counter) => $"SELECT {counter.Changed}, 1 AS n FROM claims WHERE fid > {_lastCounted}";

    /// <summary>
    /// Empties the count tables and their month rollups (<c>TRUNCATE</c> fires no trigger) and counts
    /// every stored claim into them without their keys and indexes, the rollups from their day
    /// tables with the rollups' triggers paused, then builds keys and indexes again. The counts are
    /// the statements the triggers run, less their <c>ON CONFLICT</c> (<see cref="WithoutUpsert"/>):
    /// counting every claim +1 from empty, one statement gives each key once.
    /// </summary>
    private void Recount()
    {
        PostGisRows.ExecuteUntimed(_connection, _transaction, "TRUNCATE " + string.Join(", ", CountTables));
        var indexes = CountTables.Select(t => DeferredIndexes.Drop(_connection, _transaction, t, keys: true)).ToList();
        SetMonthTriggers("DISABLE");
        CountFromEmpty(_connection, _transaction, "claims");
        SetMonthTriggers("ENABLE");
        indexes.ForEach(i => i.Rebuild());
    }

    /// <summary>
    /// Counts every claim of the table <paramref name="claims"/> (the claims' or one with their columns)
    /// into the count tables, then the month rollups from their day tables, with plain inserts: the
    /// tables must be empty, and the rollups' triggers off (or absent).
    /// </summary>
    private static void CountFromEmpty(NpgsqlConnection connection, NpgsqlTransaction transaction, string claims)
    {
        foreach (var counter in Counting)
        {
            PostGisRows.ExecuteUntimed(connection, transaction, counter.FillEmpty($"SELECT {counter.Changed}, 1 AS n FROM {claims}"));
        }

        RollUpFromEmpty(connection, transaction);
    }

    /// <summary>Sums the month rollups from their day tables, with plain inserts: the rollups must be empty, and their triggers off (or absent).</summary>
    public static void RollUpFromEmpty(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        foreach (var rollup in MonthRollup.All)
        {
            PostGisRows.ExecuteUntimed(connection, transaction, WithoutUpsert(MonthRollupsMigration.Refill(rollup)));
        }
    }

    private void SetMonthTriggers(string action)
    {
        foreach (var rollup in MonthRollup.All)
        {
            PostGisRows.ExecuteUntimed(_connection, _transaction, $"ALTER TABLE {rollup.DayTable} {action} TRIGGER {rollup.MonthTable}_inserted");
        }
    }

    /// <summary>A count statement (<c>INSERT … SELECT … ON CONFLICT … DO UPDATE …</c>) as a plain insert: everything from its one <c>ON CONFLICT</c> on is cut.</summary>
    public static string WithoutUpsert(string statement)
    {
        const string Upsert = "ON CONFLICT";
        var at = statement.IndexOf(Upsert, StringComparison.Ordinal);
        if (at < 0 || statement.IndexOf(Upsert, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException("a count statement has not exactly one ON CONFLICT clause");
        }

        return statement[..at].TrimEnd() + ";";
    }

    /// <summary>
    /// An insert trigger that counts: its name, the claim columns it reads, its statement over those
    /// rows, and its table; with the statement that fills the empty table from such rows when the
    /// table has one of its own (the cells, whose coarser zooms are grouped from the finer ones; the days, whose
    /// rows of every claim are grouped apart from those of their areas),
    /// otherwise its statement as a plain insert (<see cref="WithoutUpsert"/>).
    /// </summary>
    private sealed record Counter(string Trigger, string Changed, Func<string, string> Add, string Table, Func<string, string>? Fill = null)
    {
        public string FillEmpty(string changes) => Fill is null ? WithoutUpsert(Add(changes)) : Fill(changes);
    }
}
