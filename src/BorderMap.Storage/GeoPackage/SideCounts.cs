using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BorderMap.Storage.Counting;
using BorderMap.Storage.Writes;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The pre-counted tables' share of a large import (<see cref="CountTables"/>), counted on another
/// core in a scratch database of its own. The end of a large import ran on one core, and counting
/// was most of it; SQLite lets one connection write the store, and no other connection sees the
/// import's rows before it commits, so the counting cannot read them there. Instead a thread of its
/// own is handed each chunk's claims as they are written, counts their days, area values
/// (<see cref="MembershipCounts"/>) and cells (<see cref="CellCounts"/>) in memory, and writes the counted rows into a
/// temporary file of the same tables, while the store's connection packs the R-trees, fills the
/// search index and builds the deferred indexes.
/// The store's connection then adds the counted rows to its own tables, each column that is not a
/// key added to the one stored (the counts were already kept that way). Memory holds at most two chunks waiting and
/// a bounded number of counted rows; the rest are in the file, beside the store. The file is deleted when the import ends, however it
/// ends; a failure of the counting fails the import, and its transaction rolls back. A process
/// killed during its import leaves its file; the next large import into the store deletes it.
/// </summary>
internal sealed class SideCounts : IDisposable
{
    /// <summary>What follows the store's name in a scratch file's: then the process's id, a dash and a unique part.</summary>
    private const string Scratch = ".counts-";

    /// <summary>The scratch database's name on the store's connection while the counts are merged.</summary>
    private const string Attached = "import_counts";

    private static readonly string Definitions =
        $"""
        SELECT sql FROM sqlite_master
        WHERE name IN ({string.Join(", ", CountTables.Names.Select(n => $"'{n}'"))}) AND sql IS NOT NULL
        ORDER BY type = 'index', name
        """;

    private readonly string _path;
    private readonly SqliteConnection _scratch;
    private readonly BlockingCollection<IReadOnlyList<Claim>> _chunks = new(boundedCapacity: 2);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _counting;

    /// <summary>The store's connection the scratch database is attached to, once the counts are merged.</summary>
    private SqliteConnection? _attachedTo;

    private SideCounts(string path, SqliteConnection scratch)
    {
        (_path, _scratch) = (path, scratch);
        _counting = Task.Factory.StartNew(Count, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Creates the scratch database with the store's definitions of its tables, and starts the counting thread.</summary>
    public static SideCounts Start(SqliteConnection connection, SqliteTransaction transaction)
    {
        var definitions = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = Definitions;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                definitions.Add(reader.GetString(0));
            }
        }

        // Beside the store, as its journal is: where the store's own writes are known to have room. Named with its process, which a later import checks for (RemoveStale).
        RemoveStale(connection.DataSource);
        var path = $"{connection.DataSource}{Scratch}{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        var scratch = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            scratch.Open();
            using var command = scratch.CreateCommand();
            // Nothing to recover: the file is thrown away whatever happens.
            command.CommandText = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + string.Concat(definitions.Select(d => d + ";"));
            command.ExecuteNonQuery();
            return new SideCounts(path, scratch);
        }
        catch
        {
            scratch.Dispose();
            File.Delete(path);
            throw;
        }
    }

    /// <summary>
    /// Deletes the scratch files beside the store whose import's process is gone: a failed import
    /// deletes its own, but a killed one cannot, and nothing else ever would. A file of a running
    /// process (another import, waiting for the store's lock) is kept, as is one that cannot be deleted.
    /// </summary>
    private static void RemoveStale(string store)
    {
        var prefix = Path.GetFileName(store) + Scratch;
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(store))!, prefix + "*.tmp"))
        {
            var owner = Path.GetFileName(file)[prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                try
                {
                    File.Delete(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left for the next import, as it was.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Hands over a chunk's written claims; waits while two chunks wait already. Throws the counting's failure.</summary>
    public void Add(IReadOnlyList<Claim> chunk)
    {
        try
        {
            _chunks.Add(chunk, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            _counting.GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>No more chunks: the counting starts.</summary>
    public void EndChunks() => _chunks.CompleteAdding();

    /// <summary>
    /// Waits for the counts and adds them to the store's tables, in the import's transaction: the
    /// scratch database is attached to the store's connection, so each table's rows are added in one
    /// statement inside SQLite, not read out and bound again a value at a time. It stays attached
    /// until the transaction has ended (<see cref="Dispose"/>): SQLite detaches no database the
    /// transaction has read.
    /// </summary>
    public void MergeInto(SqliteConnection connection, SqliteTransaction transaction)
    {
        EndChunks();
        _counting.GetAwaiter().GetResult();
        ImportPhases.Ended("counting aside");
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"ATTACH DATABASE $path AS {Attached}";
        command.Parameters.AddWithValue("$path", _path);
        command.ExecuteNonQuery();
        _attachedTo = connection;
        command.Parameters.Clear();
        command.CommandText = string.Concat(CountTables.Names.Select(Merge));
        command.ExecuteNonQuery();
    }

    /// <summary>Adds the scratch database's rows of a count table to the store's, each column that is not a key added to the one stored.</summary>
    private string Merge(string table)
    {
        var (keys, added) = ColumnsOf(table);
        var columns = string.Join(", ", keys.Concat(added));
        var key = string.Join(", ", keys);
        return $"""
            INSERT INTO main.{table} ({columns}) SELECT {columns} FROM {Attached}.{table} WHERE true ORDER BY {key}
              ON CONFLICT ({key}) DO UPDATE SET {string.Join(", ", added.Select(c => $"{c} = {c} + excluded.{c}"))};

            """;
    }

    /// <summary>Ends the counting and deletes the scratch database; once the import's transaction has ended, if <see cref="MergeInto"/> attached it.</summary>
    public void Dispose()
    {
        if (_attachedTo is { } store)
        {
            using var command = store.CreateCommand();
            command.CommandText = $"DETACH DATABASE {Attached}";
            command.ExecuteNonQuery();
        }

        _stop.Cancel();
        if (_scratch.Handle is { } handle)
        {
            raw.sqlite3_interrupt(handle);
        }

        // Its failure, if any, has failed the import already (Add, MergeInto), or the import failed first.
        _counting.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        _scratch.Dispose();
        File.Delete(_path);
        _stop.Dispose();
        _chunks.Dispose();
    }

    /// <summary>The counting thread: the chunks' claims counted in memory, the rows counted written into the scratch tables.</summary>
    private void Count()
    {
        try
        {
            using var transaction = _scratch.BeginTransaction();
            using (var memberships = Memberships(_scratch))
            using (var cells = Cells(_scratch))
            {
                foreach (var chunk in _chunks.GetConsumingEnumerable(_stop.Token))
                {
                    foreach (var (areaIds, values) in chunk)
                    {
                        memberships.Add(areaIds, values);
                        cells.Add(values);
                    }
                }

                memberships.Write();
                cells.Write();
            }

            transaction.Commit();
        }
        catch
        {
            _stop.Cancel();
            throw;
        }
    }

    /// <summary>The counter of <c>claim_days</c> and <c>claim_area_values</c>, adding its rows to those of <paramref name="connection"/>'s tables.</summary>
    public static MembershipCounts Memberships(SqliteConnection connection, int bound = MembershipCounts.Bound) =>
        new(
            new RowInserter(connection, DayCountSchema.Into, 7, upsert: DayCountSchema.AddCounts),
            new RowInserter(connection, AreaValueSchema.Into, 9, upsert: AreaValueSchema.AddCounts),
            bound);

    /// <summary>The counter of <c>claim_cells</c> and <c>claim_cell_days</c>, adding its rows to those of <paramref name="connection"/>'s tables.</summary>
    public static CellCounts Cells(SqliteConnection connection, int bound = CellCounts.Bound) =>
        new(
            new RowInserter(connection, ClusterCellRows.Into, ClusterCellRows.ColumnCount, upsert: ClusterCellRows.AddCounts),
            new RowInserter(connection, ClusterCellDaySchema.Into, 11, upsert: ClusterCellDaySchema.AddCounts),
            bound);

    /// <summary>
    /// A claim written, with what its counted rows are made of: its areas and derived values, not its
    /// <see cref="ClaimRecord"/>, which would keep the claim, its page item and search key alive while its chunk waits here.
    /// </summary>
    public sealed record Claim(IReadOnlyList<string> AreaIds, DerivedRows.Values Values);

    /// <summary>A count table's key columns, in key order, and the columns that are added up.</summary>
    private (List<string> Keys, List<string> Added) ColumnsOf(string table)
    {
        using var command = _scratch.CreateCommand();
        command.CommandText = $"SELECT name, pk FROM pragma_table_info('{table}') ORDER BY cid";
        var columns = new List<(string Name, long Key)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return ([.. columns.Where(c => c.Key > 0).OrderBy(c => c.Key).Select(c => c.Name)], [.. columns.Where(c => c.Key == 0).Select(c => c.Name)]);
    }
}
