using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;
using BorderMap.Storage.Events;
using BorderMap.Storage.Writes;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The single-user claim store: one GeoPackage file that GDAL, QGIS and <c>ogr2ogr</c> open as
/// it is (see <see cref="GeoPackageSchema"/>). Each read opens a pooled connection; single writes
/// run on one kept connection (<see cref="KeptWriter"/>), an import on one of its own; each write
/// runs in one <c>BEGIN IMMEDIATE</c> transaction, so writers in several processes queue on
/// SQLite's file lock and a crash leaves no trace of an unfinished write. While open the file is in
/// WAL mode, and back in rollback mode once closed (<see cref="WriteAheadLog"/>). Source texts are
/// cached once read: they never change.
/// </summary>
public sealed partial class GeoPackageClaimStore : SqlClaimStore
{
    /// <summary>How often a waiting reader asks the file whether another process has written to it.</summary>
    private static readonly TimeSpan ChangePollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>SQLite's primary result code SQLITE_READONLY.</summary>
    private const int SqliteReadOnly = 8;

    private readonly string _connectionString;
    private readonly ClaimPlacer _placer;
    private readonly WalCheckpoints _checkpoints;

    /// <summary>One write transaction of this process at a time (<see cref="WriteGate"/>).</summary>
    private readonly WriteGate _writing = new();

    /// <summary>The connection single writes run on, under <see cref="_writing"/>.</summary>
    private readonly KeptWriter _writer;

    /// <summary>Opened by <see cref="OpenReadOnly"/>: the file is read as it is and never written.</summary>
    private readonly bool _readOnly;

    private GeoPackageClaimStore(string path, AreaCatalog areas, TimeProvider clock, bool readOnly = false)
        : base(areas, clock)
    {
        Path = path;
        _readOnly = readOnly;
        _connectionString = ConnectionString(path, readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite);
        _placer = new ClaimPlacer(areas);
        _checkpoints = new WalCheckpoints(() => Connect(), connection => SearchMerges.Run(connection, _writing));
        _writer = new KeptWriter(() => Connect(ConnectionString(path, readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite, pooling: false), journal: !readOnly));
    }

    public string Path { get; }

    public override string Description => Path;

    /// <summary>One user's file; another process (a command-line import) may still write to it now and then.</summary>
    public override bool IsShared => false;

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it with <paramref name="seed"/> first if
    /// there is no file. A new store is built in a temporary file and renamed into place, so the
    /// file either does not exist or is complete, even if two processes start at once.
    /// </summary>
    /// <exception cref="StoreFormatException">the file exists but is not a BorderMap GeoPackage.</exception>
    public static GeoPackageClaimStore Open(string path, AreaCatalog areas, StoreSeed seed, TimeProvider? clock = null)
    {
        var store = new GeoPackageClaimStore(System.IO.Path.GetFullPath(path), areas, clock ?? TimeProvider.System);
        if (!File.Exists(store.Path))
        {
            store.CreateSeeded(seed);
        }

        store.CheckFormat();
        store.UpgradeDerivedTables();
        store.ApplyCountTables();
        store.ApplySourceVersionSchema();
        store.AddEventTables();
        store.MergeSearchBesideWrites();
        return store;
    }

    /// <summary>
    /// Opens the existing store at <paramref name="path"/> for reading alone, for the commands that
    /// only read it (exports, listings, checks): the file is left byte for byte as it was. Its
    /// connections are read-only and leave its journal mode alone (<see cref="WriteAheadLog"/> would
    /// switch it to WAL and back, rewriting its header), and nothing of an earlier release's file is
    /// upgraded (the next command that writes does that). A write fails as on a write-protected file.
    /// </summary>
    /// <exception cref="StoreFormatException">there is no file, or it is not a BorderMap GeoPackage.</exception>
    public static GeoPackageClaimStore OpenReadOnly(string path, AreaCatalog areas)
    {
        var store = new GeoPackageClaimStore(System.IO.Path.GetFullPath(path), areas, TimeProvider.System, readOnly: true);
        if (!File.Exists(store.Path))
        {
            throw new StoreFormatException(store.Path, "there is no such file");
        }

        store.CheckFormat();
        return store;
    }

    /// <summary>SQLite tells no other process of a commit, so the position is asked for a few times a second.</summary>
    public override async Task<StorePosition> WaitForChangeAsync(StorePosition seen, TimeSpan timeout, CancellationToken cancel = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var now = await PositionAsync(cancel);
            if (now != seen || DateTime.UtcNow >= deadline)
            {
                return now;
            }

            await Task.Delay(ChangePollInterval, cancel);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _checkpoints.DisposeAsync();
        using (_writing.EnterForWrite())
        {
            _writer.Dispose();
        }

        // Pooled connections keep the file open; release them so the file can be moved or deleted,
        // and leave it complete in itself unless another process still has it open.
        ClearPool();
        if (!_readOnly)
        {
            _ = WriteAheadLog.Leave(Path);
        }
    }

    private void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static string ConnectionString(string path, SqliteOpenMode mode, bool pooling = true) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        ForeignKeys = true,
        Pooling = pooling,
        DefaultTimeout = 30,
    }.ToString();

    private SqliteConnection Connect() => Connect(_connectionString, journal: !_readOnly);

    /// <summary>A connection with the GeoPackage's SQL functions; <paramref name="journal"/>: in WAL mode (<see cref="WriteAheadLog.Use"/>), for a store that writes.</summary>
    private static SqliteConnection Connect(string connectionString, bool journal = true)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        if (journal)
        {
            WriteAheadLog.Use(connection);
        }

        SpatialFunctions.Register(connection);
        return connection;
    }

    private void CreateSeeded(StoreSeed seed)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        var temporaryConnection = ConnectionString(temporary, SqliteOpenMode.ReadWriteCreate);
        try
        {
            using (var connection = Connect(temporaryConnection))
            using (var transaction = connection.BeginTransaction())
            {
                using (var command = connection.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandText = GeoPackageSchema.Create + DerivedSchema.Create + SortIndexes.Create + GeoPackageEventSql.Create + EventPlaceSchema.Create;
                    command.ExecuteNonQuery();
                }

                SourceVersionSchema.Apply(connection, transaction);
                CountTables.Apply(connection, transaction);
                MonthRollupSchema.Apply(connection, transaction);
                GeoPackageEventSql.ApplyDerived(connection, transaction);

                using var tables = new ClaimTables(connection, transaction, _placer);
                Writes.Seed(tables, seed);
                SeedEvents(new EventTables(new GeoPackageEventSql(connection, transaction), tables), seed);
                tables.TouchContents(Writes.Now());
                transaction.Commit();
            }

            SqliteConnection.ClearPool(new SqliteConnection(temporaryConnection));
            if (!WriteAheadLog.Leave(temporary))
            {
                throw new IOException($"the new store {temporary} could not be closed complete in itself");
            }

            File.Move(temporary, Path);
        }
        catch (IOException) when (File.Exists(Path))
        {
            // Another process created the store first; use that one.
        }
        finally
        {
            SqliteConnection.ClearPool(new SqliteConnection(temporaryConnection));
            File.Delete(temporary);
        }
    }

    private void CheckFormat()
    {
        try
        {
            // Inside the try: a file that is not a database already fails as the connection sets its journal mode.
            using var connection = Connect();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA application_id";
            var applicationId = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('claims', 'sources', 'claim_history')";
            var tables = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (applicationId != GeoPackageSchema.ApplicationId || tables != 3)
            {
                throw new StoreFormatException(Path, "it is not a BorderMap GeoPackage (no claims, sources and claim_history tables)");
            }
        }
        catch (SqliteException e)
        {
            throw new StoreFormatException(Path, StorageFault.From(e) is { } fault ? $"{fault.Cause} ({e.Message})" : e.Message);
        }
    }

    /// <summary>
    /// Gives a file written by an earlier release the derived tables (<see cref="DerivedSchema"/>),
    /// filled from its claims in one transaction, read in fid order a chunk at a time so that
    /// memory holds one chunk. A second process opening the file meanwhile waits on the write lock
    /// and then finds the work done.
    /// </summary>
    private void UpgradeDerivedTables()
    {
        const int chunk = 5000;
        if (HasDerivedTables())
        {
            return;
        }

        Write(tx =>
        {
            var tables = (ClaimTables)tx;
            if (tables.HasDerivedTables())
            {
                return false;
            }

            tables.CreateDerivedTables();
            long after = 0;
            for (var claims = tables.ClaimsAfter(after, chunk); claims.Count > 0; claims = tables.ClaimsAfter(after, chunk))
            {
                var records = new ClaimRecord[claims.Count];
                Parallel.For(0, claims.Count, i => records[i] = Writes.Record(claims[i].Claim));
                for (var i = 0; i < claims.Count; i++)
                {
                    tables.WriteDerived(claims[i].Fid, records[i]);
                }

                after = claims[^1].Fid;
            }

            return true;
        });
    }

    private bool HasDerivedTables()
    {
        using var connection = Connect();
        return SqliteRows.Select(connection, DerivedSchema.HasVersion, new Dictionary<string, object>(), _ => true).Count > 0;
    }

    private protected override T Write<T>(Func<IClaimTransaction, T> work, bool commit = true) => Write(work, commit, bulk: false);

    /// <summary>An import runs in bulk (<see cref="WriteConnection.ForImport"/>).</summary>
    private protected override T WriteImport<T>(Func<IClaimTransaction, T> work, bool commit) => Write(work, commit, bulk: true);

    private T Write<T>(Func<IClaimTransaction, T> work, bool commit, bool bulk)
    {
        using var gate = _writing.EnterForWrite();
        try
        {
            return bulk ? WriteImportAlone(work, commit) : WriteOnKeptWriter(work, commit);
        }
        catch (SqliteException e)
        {
            // Nothing of a write that failed in SQLite is kept; the next opens its connection anew.
            _writer.Drop();
            if ((e.SqliteErrorCode & 0xFF) == SqliteReadOnly)
            {
                // SQLite opens a file it cannot write read-only, and the pool keeps those connections:
                // drop them, so that once the file system is writable again the next write opens it for writing.
                ClearPool();
            }

            throw;
        }
    }

    private T WriteOnKeptWriter<T>(Func<IClaimTransaction, T> work, bool commit)
    {
        var (connection, statements) = _writer.Take();
        using var transaction = connection.BeginTransaction();
        statements.Use(transaction);
        using var tables = new ClaimTables(connection, transaction, _placer, statements);
        return Finish(work(tables), tables, transaction, commit);
    }

    /// <summary>
    /// An import, on a connection of its own with statements of its own (some are of its temporary
    /// tables). This process's other connections are closed first: each would keep the file open,
    /// and with it in WAL mode.
    /// </summary>
    private T WriteImportAlone<T>(Func<IClaimTransaction, T> work, bool commit)
    {
        _writer.Drop();
        ClearPool();
        using var connection = Connect();
        using var setUp = WriteConnection.ForImport(connection);
        using var transaction = connection.BeginTransaction();
        using var tables = new ClaimTables(connection, transaction, _placer);
        return Finish(work(tables), tables, transaction, commit);
    }

    private T Finish<T>(T result, ClaimTables tables, SqliteTransaction transaction, bool commit)
    {
        if (commit)
        {
            tables.TouchContents(Writes.Now());
            transaction.Commit();
            ImportPhases.Ended("commit");
            _checkpoints.Wrote();
        }

        return result;
    }

    private protected override Source? ReadSource(string id) => SelectSources("WHERE id = $id", id).FirstOrDefault();

    private protected override StorePosition ReadPosition() =>
        Select("SELECT (SELECT coalesce(max(fid), 0) FROM claim_history), (SELECT coalesce(max(fid), 0) FROM sources)", null, r => new StorePosition(r.GetInt64(0), r.GetInt64(1)))[0];

    private protected override IReadOnlyList<Source> ReadSources() => SelectSources(string.Empty, null);

    private List<Source> SelectSources(string where, string? id) =>
        Select($"SELECT {ClaimTables.SourceColumns} FROM sources {where} ORDER BY fid", id, SourceRecords.Read);

    private protected override IReadOnlyDictionary<string, Claim> ReadClaims(IReadOnlyList<string> ids)
    {
        using var connection = Connect();
        return SqliteRows.Select(
            connection,
            $"SELECT {ClaimRows.SelectColumns} FROM claims WHERE id IN (SELECT value FROM json_each($ids))",
            new Dictionary<string, object> { ["$ids"] = JsonSerializer.Serialize(ids) },
            row => Placed(ClaimRows.Read(row))).ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    private protected override IReadOnlyList<(long Position, Claim Claim)> ReadClaims(ClaimQuery query, ClaimKeyset keyset, int limit) =>
        ReadPage(query, keyset, limit, ClaimRows.SelectColumnsOf("c"), pages: false, row => Placed(ClaimRows.Read(row)));

    /// <summary>The marks from the claim row and its <c>claim_summary</c> row, whose anchor is stored: no geometry or text beyond the areas is decoded.</summary>
    private protected override IReadOnlyList<(long Position, ClaimMark Claim)> ReadMarks(ClaimQuery query, ClaimKeyset keyset, int limit) =>
        ReadPage(query, keyset, limit, ClaimRows.MarkColumns, pages: false, ClaimRows.ReadMark);

    /// <summary>The page items alone, from <c>claim_pages</c> (<see cref="ClaimPagesUpgrade"/>): one blob a claim, copied through undecoded.</summary>
    private protected override IReadOnlyList<(long Position, ClaimJson Claim)> ReadFeatures(ClaimQuery query, ClaimKeyset keyset, int limit) =>
        ReadPage(query, keyset, limit, "j.json", pages: true, row => new ClaimJson(row.IsDBNull(0) ? throw new InvalidDataException("the claim has no row in claim_pages") : (byte[])row[0]));

    /// <summary>
    /// A keyset page of <paramref name="columns"/> of <c>claims c</c>, or of <c>claim_pages j</c> when
    /// <paramref name="pages"/> (<see cref="GeoPackageQuery.PageSource"/>), and the fid (selected last).
    /// A sorted page under a box of many claims walks the sort's index first (<see cref="GeoPackageSortWalk"/>).
    /// </summary>
    private List<(long Position, T Claim)> ReadPage<T>(ClaimQuery query, ClaimKeyset keyset, int limit, string columns, bool pages, Func<SqliteDataReader, T> read)
    {
        var sql = GeoPackageQuery.Of(query);
        sql.Parameters["$limit"] = limit;
        if (keyset.Sort == ClaimSort.Created)
        {
            sql.Parameters["$after"] = keyset.Position;
            return Read(sql, connection => SqliteRows.Select(connection, $"SELECT {columns}, s.claim_fid FROM {sql.PageSource(pages)} LIMIT $limit", sql.Parameters, Positioned(read)));
        }

        sql.Parameters["$" + ClaimKeyset.KeyParameter] = keyset.Key;
        sql.Parameters["$" + ClaimKeyset.PositionParameter] = keyset.Position;
        return Read(sql, connection =>
        {
            if (GeoPackageSortWalk.Rows(connection, query, sql, keyset, limit) is { } rows)
            {
                sql.Parameters["$walk_rows"] = rows;
                var walked = SqliteRows.Select(connection, GeoPackageSortWalk.Page(sql, keyset, columns, GeoPackageQuery.PageJoin(pages)), sql.Parameters, Positioned(read));
                if (walked.Count == limit || SqliteRows.Select(connection, GeoPackageSortWalk.Count(keyset), sql.Parameters, r => r.GetInt64(0))[0] < rows)
                {
                    return walked;
                }
            }

            return SqliteRows.Select(connection, sql.SortedPage(keyset, columns, pages), sql.Parameters, Positioned(read));
        });
    }

    /// <summary>A page's row as its position (the fid, selected last) and what <paramref name="read"/> makes of it.</summary>
    private static Func<SqliteDataReader, (long Position, T Claim)> Positioned<T>(Func<SqliteDataReader, T> read) => row => (row.GetInt64(row.FieldCount - 1), read(row));

    /// <summary>As the first page of <see cref="ReadClaims"/>: the category from <c>claim_summary</c>, the id from the claim row, its data and geometry not decoded.</summary>
    private protected override IReadOnlyList<ClaimCategory> ReadCategories(ClaimQuery query, int limit)
    {
        var sql = GeoPackageQuery.Of(query);
        sql.Parameters["$after"] = 0L;
        sql.Parameters["$limit"] = limit;
        return Read(sql, connection => SqliteRows.Select(
            connection,
            $"SELECT c.id, s.category FROM {sql.PageSource()} LIMIT $limit",
            sql.Parameters,
            row => new ClaimCategory(row.GetString(0), row.GetString(1))));
    }

    private protected override ClaimFacets? ReadFacets(ClaimQuery query, CountLimit limit)
    {
        var sql = GeoPackageQuery.Of(query);
        return Read(sql, connection => ClaimAggregates.Facets(connection, query, sql, limit));
    }

    private protected override DateHistogram? ReadHistogram(ClaimQuery query, DateBinSize size, CountLimit limit)
    {
        var sql = GeoPackageQuery.Of(query);
        return Read(sql, connection => ClaimAggregates.Histogram(connection, query, sql, size, limit));
    }

    private protected override TimeSpan? EstimateCountTime(ClaimQuery query)
    {
        using var connection = Connect();
        return GeoPackageCountEstimate.Time(connection, query);
    }

    private protected override byte[] ReadTile(ClaimQuery query, TileAddress tile)
    {
        var sql = GeoPackageQuery.Of(query);
        return Read(sql, connection => ClaimTiles.Read(connection, query, sql, tile));
    }

    /// <summary>Runs a read of one query on a pooled connection that has the query's functions.</summary>
    private T Read<T>(GeoPackageQuery query, Func<SqliteConnection, T> read)
    {
        using var connection = Connect();
        query.RegisterFunctions(connection);
        return read(connection);
    }

    private protected override IReadOnlyList<QuoteAnchor> ReadAnchors(string sourceId, string afterClaimId, int limit)
    {
        using var connection = Connect();
        var parameters = new Dictionary<string, object> { ["$to"] = sourceId, ["$after"] = afterClaimId, ["$limit"] = limit };
        return SqliteRows.Select(connection, $"SELECT {AnchorRows.SelectColumns} FROM quote_anchors WHERE toSource = $to AND claimId > $after ORDER BY claimId LIMIT $limit", parameters, AnchorRows.Read);
    }

    private void ApplyCountTables()
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        ClaimPeriodUpgrade.Apply(connection, transaction);
        AreaDaysUpgrade.Apply(connection, transaction);
        ClaimPagesUpgrade.Apply(connection, transaction, Writes.PageJson, Placed);
        CountTables.Apply(connection, transaction);
        MonthRollupSchema.Apply(connection, transaction);
        ClusterCellUpgrade.Apply(connection, transaction);
        SearchKeyDigitsUpgrade.Apply(connection, transaction);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = SortIndexes.Create;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private void MergeSearchBesideWrites()
    {
        try
        {
            using var connection = Connect();
            SearchMerges.Tune(connection);
        }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) == SqliteReadOnly)
        {
            // A file that cannot be written takes no edits, so FTS5 may keep merging inside them.
        }
    }

    private void ApplySourceVersionSchema()
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        SourceVersionSchema.Apply(connection, transaction);
        transaction.Commit();
    }

    private List<T> Select<T>(string sql, string? id, Func<SqliteDataReader, T> read)
    {
        using var connection = Connect();
        return SqliteRows.Select(connection, sql, new Dictionary<string, object> { ["$id"] = (object?)id ?? DBNull.Value }, read);
    }

    /// <summary>The stored geometry is the placement, so reading places nothing anew; only the anchor is derived.</summary>
    private Claim Placed((string Id, ClaimData Data, byte[] Geometry) row) => _placer.Place(row.Id, row.Data, GeometryBlob.Read(row.Geometry));

    private protected override IReadOnlyList<ClaimHistoryEntry> ReadHistory(string id) =>
        Select(ClaimHistoryRows.Select, id, row => ClaimHistoryRows.Read(row, claim => ClaimGeoJson.FeatureText(Placed(ClaimRows.Read(claim)))));
}
