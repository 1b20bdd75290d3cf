using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Writes;
using Microsoft.Data.Sqlite;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The SQL of one write transaction on a BorderMap GeoPackage. Statements are prepared once and
/// reused (<see cref="PreparedStatements"/>): within the transaction, which is what makes a
/// 100,000-claim import fast, and across the edits of a <see cref="KeptWriter"/> when it is given
/// that writer's statements. Not thread-safe: one instance belongs to one transaction.
/// </summary>
internal sealed partial class ClaimTables(SqliteConnection connection, SqliteTransaction transaction, ClaimPlacer placer, PreparedStatements statements) : IClaimTransaction, IDisposable
{
    /// <summary>Whether the statements are this transaction's own, disposed with it.</summary>
    private readonly bool _ownsStatements;
    private bool _importIds;
    private ImportTail? _importTail;

    /// <summary>The finished import's tail, let go of once the transaction has ended (<see cref="Dispose"/>).</summary>
    private ImportTail? _endedTail;
    private DeferredIndexes? _deferredIndexes;
    private PausedMonthRollups? _pausedRollups;
    private bool _packTreesLater;
    private (DateTimeOffset At, string? Text) _lastAt;

    /// <summary>A transaction with statements of its own.</summary>
    public ClaimTables(SqliteConnection connection, SqliteTransaction transaction, ClaimPlacer placer)
        : this(connection, transaction, placer, OwnStatements(connection, transaction)) => _ownsStatements = true;

    /// <summary>The row inserters of this transaction, prepared as their tables are first written.</summary>
    private TableInserts Rows => statements.Rows;

    /// <summary>The event tables in this transaction: an import creates its events after its claims.</summary>
    public EventTables Events() => new(new GeoPackageEventSql(connection, transaction), this);

    public Claim? FindClaim(string id) =>
        FindById($"SELECT {ClaimRows.SelectColumns} FROM claims WHERE id = $id", id, row => Placed(ClaimRows.Read(row)));

    public IReadOnlyDictionary<string, Claim> FindClaims(IReadOnlyCollection<string> ids) =>
        All($"SELECT {ClaimRows.SelectColumns} FROM claims WHERE id IN (SELECT value FROM json_each($ids))", row => Placed(ClaimRows.Read(row)), ("$ids", Json(ids)))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> LastHistoryVersions(IReadOnlyCollection<string> ids) =>
        All("SELECT claimId, max(version) FROM claim_history WHERE claimId IN (SELECT value FROM json_each($ids)) GROUP BY claimId", row => (row.GetString(0), row.GetInt32(1)), ("$ids", Json(ids)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    public bool ClaimExists(string id) => Scalar("SELECT 1 FROM claims WHERE id = $id", ("$id", id)) is not null;

    private static readonly string InsertSql =
        $"INSERT INTO claims (geom, id, {string.Join(", ", ClaimRows.DataColumns)}) VALUES ($geom, $id, {string.Join(", ", ClaimRows.DataColumns.Select(c => "$" + c))}) ON CONFLICT (id) DO NOTHING RETURNING fid";

    private static readonly string UpdateSql =
        $"UPDATE claims SET geom = $geom, {string.Join(", ", ClaimRows.DataColumns.Select(c => $"{c} = ${c}"))} WHERE id = $id AND version = $expected RETURNING fid";

    public bool InsertClaim(ClaimRecord record)
    {
        var row = ClaimRows.Serialize(record.Claim);
        if (Scalar(InsertSql, [.. ClaimParameters(row)]) is not long fid)
        {
            return false;
        }

        WriteDerived(fid, record, row.Derived);
        return true;
    }

    /// <summary>Replaces the claim if still at <paramref name="expectedVersion"/>, and of its derived rows those it changed (<see cref="ChangeDerived"/>); then its history.</summary>
    public bool UpdateClaim(ClaimRecord record, int expectedVersion, HistoryRecord history)
    {
        var row = ClaimRows.Serialize(record.Claim);
        if (Scalar(UpdateSql, [.. ClaimParameters(row), ("$expected", expectedVersion)]) is not long fid)
        {
            return false;
        }

        ChangeDerived(fid, record, row.Derived);
        AppendHistory(history);
        return true;
    }

    /// <summary>An import's new claims, with the fids it chose.</summary>
    private static readonly RowTable ImportedClaims = new($"claims (fid, geom, id, {string.Join(", ", ClaimRows.DataColumns)})", ClaimRows.DataColumns.Count + 3);

    /// <summary>The GeoPackage R-tree, written directly while an import has its triggers dropped.</summary>
    private static readonly RowTable GeometryIndex = new("rtree_claims_geom", 5, "INSERT OR REPLACE");

    private static readonly RowTable History = new("claim_history (claimId, version, at, actor, action, oldValue)", 6);

    /// <summary>The ids an import has used so far (<see cref="MarkImported"/>); a repeat keeps the position that used it first.</summary>
    private static readonly RowTable ImportIds = new("temp.import_ids (id, position)", 2, "INSERT OR IGNORE");

    /// <summary>Each <see cref="HistoryAction"/>'s stored name, by its number.</summary>
    private static readonly string[] ActionNames = [.. Enum.GetValues<HistoryAction>().Select(action => action.ToString().ToLowerInvariant())];

    public bool DeleteClaim(string id, int expectedVersion)
    {
        if (Scalar("DELETE FROM claims WHERE id = $id AND version = $expected RETURNING fid", ("$id", id), ("$expected", expectedVersion)) is not long fid)
        {
            return false;
        }

        Run(DerivedRows.Delete(fid));
        return true;
    }

    /// <summary>
    /// Writes the chunk, leaving the pre-counted tables, the full-text index and the GeoPackage
    /// R-tree's triggers to <see cref="FinishImport"/> (<see cref="ImportTail"/>); the R-tree's
    /// rows are written directly meanwhile, or, once the import defers its indexes, the claims'
    /// three R-trees are packed at the end (<see cref="PackedRTrees"/>). New claims get their fids here, in file order, so that
    /// their rows of every table are written a statement of many rows at a time (<see cref="RowInserter"/>).
    /// </summary>
    public IReadOnlyList<string> WriteImportChunk(IReadOnlyList<ImportWrite> writes)
    {
        _importTail ??= ImportTail.Begin(connection, transaction);
        var stale = new List<string>();
        var written = new List<SideCounts.Claim>(writes.Count);
        var next = NextFid();
        foreach (var write in writes)
        {
            var row = (ClaimRow)write.Row!;
            long fid;
            if (write.ExpectedVersion is { } expected)
            {
                if (UpdateRow(row, expected) is not { } updated)
                {
                    stale.Add(row.Id);
                    continue;
                }

                fid = updated;
            }
            else
            {
                // The id was found free in this transaction, which holds the write lock (BEGIN IMMEDIATE), and
                // the import checked it for repeats (MarkImported): the insert cannot conflict.
                fid = next++;
                AddClaim(fid, row);
            }

            var values = DerivedRows.Add(Rows, fid, write.Record, search: false, _packTreesLater, row.Derived);
            Rows[ImportTail.Written].Add(fid).Add(write.Record.SearchKey);
            written.Add(new SideCounts.Claim(write.Record.AreaIds, values));
            if (!_packTreesLater)
            {
                Rows[GeometryIndex].Add(fid).Add(row.Envelope.MinX).Add(row.Envelope.MaxX).Add(row.Envelope.MinY).Add(row.Envelope.MaxY);
            }

            AddHistory(write.History);
        }

        Rows.Flush();
        _importTail.Wrote(written);
        return stale;
    }

    /// <summary>
    /// Chunks of 2,000, not the 5,000 PostGIS takes: fewer claims in flight are promoted and marked
    /// less by the runtime's full collections (measured: 4–6 % less CPU, a fifth to a third less peak memory).
    /// </summary>
    public int ImportChunkSize => 2000;

    /// <summary>The <c>claims</c> row (<see cref="ClaimRows.Serialize"/>), computed off the transaction's thread.</summary>
    public Func<ClaimRecord, HistoryRecord, object>? ImportRowOf => (record, _) => ClaimRows.Serialize(record.Claim);

    public void FinishImport()
    {
        ImportPhases.Ended("chunks");
        _importTail?.EndChunks();
        if (_packTreesLater)
        {
            PackedRTrees.Finish(connection, transaction);
        }

        ImportPhases.Ended("r-trees");
        if (_importTail is not null)
        {
            ImportTail.Index(connection, transaction);
        }

        // Before the counts: the writer builds the indexes while the counting thread may still be counting.
        _deferredIndexes?.Rebuild(connection, transaction);
        ImportPhases.Ended("indexes");
        _importTail?.Count(connection, transaction);
        ImportPhases.Ended("counts");
        _pausedRollups?.Resume(connection, transaction);
        ImportPhases.Ended("month rollups");
        (_endedTail, _importTail, _pausedRollups, _deferredIndexes, _packTreesLater) = (_importTail, null, null, null, false);
    }

    /// <summary>One file is one transaction: a GeoPackage import defers its indexes in place (<see cref="DeferIndexes"/>).</summary>
    public bool StageImport() => false;

    /// <summary>Leaves the secondary indexes, the month rollups and the claims' R-trees for <see cref="FinishImport"/>.</summary>
    public void DeferIndexes()
    {
        ImportPhases.Ended("first chunks");
        _deferredIndexes = DeferredIndexes.Drop(connection, transaction);
        _pausedRollups = PausedMonthRollups.Pause(connection, transaction);
        PackedRTrees.Defer(connection, transaction);
        _packTreesLater = true;
        _importTail ??= ImportTail.Begin(connection, transaction);
        _importTail.CountAside(connection, transaction);
    }

    public long LastClaimPosition() => Convert.ToInt64(Scalar("SELECT coalesce(max(fid), 0) FROM claims"), CultureInfo.InvariantCulture);

    public (long Count, long Last) CountClaims(long after, long upTo, long limit) =>
        All(ImportScale.CountStored, row => (row.GetInt64(0), row.GetInt64(1)), ("@after", after), ("@last", upTo), ("@limit", limit))[0];

    public IReadOnlyDictionary<string, int> MarkImported(IReadOnlyList<(string Id, int Index)> chunk)
    {
        if (!_importIds)
        {
            // A temporary table lives as long as the (pooled) connection: start each import with an empty one.
            Execute("DROP TABLE IF EXISTS temp.import_ids; CREATE TEMP TABLE import_ids (id TEXT PRIMARY KEY, position INTEGER NOT NULL)");
            _importIds = true;
        }

        // The ids that were there before this chunk, with their first position; then the chunk's new ones go in.
        var repeats = All(
            "SELECT id, position FROM temp.import_ids WHERE id IN (SELECT value FROM json_each($ids))",
            row => (row.GetString(0), row.GetInt32(1)),
            ("$ids", Json([.. chunk.Select(c => c.Id)]))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var ids = Rows[ImportIds];
        foreach (var (id, index) in chunk)
        {
            ids.Add(id).Add(index);
        }

        ids.Flush();
        return repeats;
    }

    public bool IdTakenInImport(string id) =>
        ClaimExists(id) || (_importIds && Scalar("SELECT 1 FROM temp.import_ids WHERE id = $id", ("$id", id)) is not null);

    public void AppendHistory(HistoryRecord entry)
    {
        AddHistory(entry);
        Rows.Flush();
    }

    /// <summary>The <c>sources</c> columns in the order <see cref="SourceRecords.Read"/> expects.</summary>
    public const string SourceColumns = "id, title, publisher, language, translatedFrom, url, publishedDate, sha256, notes, text, supersedes, reliability";

    public Source? FindSource(string id) => FindById($"SELECT {SourceColumns} FROM sources WHERE id = $id", id, SourceRecords.Read);

    public bool SourceExists(string id) => Scalar("SELECT 1 FROM sources WHERE id = $id", ("$id", id)) is not null;

    public void InsertSource(Source source, string? supersedes, DateTimeOffset registeredAt) =>
        Execute(
            """
            INSERT INTO sources (id, title, publisher, language, translatedFrom, url, publishedDate, sha256, notes, text, supersedes, registeredAt, reliability)
            VALUES ($id, $title, $publisher, $language, $translatedFrom, $url, $publishedDate, $sha256, $notes, $text, $supersedes, $registeredAt, $reliability)
            """,
            ("$id", source.Id),
            ("$title", source.Title),
            ("$publisher", source.Publisher),
            ("$language", source.Language),
            ("$translatedFrom", source.TranslatedFrom),
            ("$url", source.Url?.ToString()),
            ("$publishedDate", source.PublishedDate),
            ("$sha256", source.Sha256),
            ("$notes", JsonSerializer.Serialize(source.Notes, ClaimGeoJson.Options)),
            ("$text", source.Text),
            ("$supersedes", supersedes),
            ("$registeredAt", Timestamps.Write(registeredAt)),
            ("$reliability", source.Reliability));

    public bool HasDerivedTables() => Scalar(DerivedSchema.HasVersion) is not null;

    /// <summary>Creates the derived tables (or empties what an interrupted tool left of them) for a backfill.</summary>
    public void CreateDerivedTables()
    {
        Execute(DerivedSchema.Create);
        Execute(DerivedSchema.Clear);
    }

    /// <summary>Records the change time and the claims' extent in <c>gpkg_contents</c>, which GIS tools show as the layer's extent.</summary>
    public void TouchContents(DateTimeOffset at)
    {
        var extent = RTreeRootExtent.Read(Scalar(RTreeRootExtent.RootNodeSql) as byte[]);
        Execute(
            "UPDATE gpkg_contents SET last_change = $at, min_x = $min_x, max_x = $max_x, min_y = $min_y, max_y = $max_y WHERE table_name = 'claims'",
            ("$at", Timestamps.Write(at)),
            ("$min_x", extent?.MinX),
            ("$max_x", extent?.MaxX),
            ("$min_y", extent?.MinY),
            ("$max_y", extent?.MaxY));
        Execute("UPDATE gpkg_contents SET last_change = $at WHERE table_name <> 'claims'", ("$at", Timestamps.Write(at)));
    }

    public void Dispose()
    {
        _importTail?.Dispose();
        if (_endedTail is not null)
        {
            // Ended already unless something failed after the import's end: rolled back, as its owner would next.
            transaction.Dispose();
            _endedTail.Dispose();
        }

        if (_ownsStatements)
        {
            statements.Dispose();
        }
    }

    private static PreparedStatements OwnStatements(SqliteConnection connection, SqliteTransaction transaction)
    {
        var statements = new PreparedStatements(connection);
        statements.Use(transaction);
        return statements;
    }

    /// <summary>Updates the claim's row if it is still at <paramref name="expectedVersion"/> and removes its derived rows; its fid, or null when it had moved on.</summary>
    private long? UpdateRow(ClaimRow row, int expectedVersion)
    {
        if (Scalar(UpdateSql, [.. ClaimParameters(row), ("$expected", expectedVersion)]) is not long fid)
        {
            return null;
        }

        Run(DerivedRows.Delete(fid));
        return fid;
    }

    private static IEnumerable<(string Name, object? Value)> ClaimParameters(ClaimRow row) =>
        [("$geom", row.Geometry), ("$id", row.Id), .. ClaimRows.DataParameters.Select((name, i) => (name, row.Values[i]))];

    /// <summary>Writes the derived rows of the claim at <paramref name="fid"/>, which has none yet.</summary>
    /// <param name="known">what they hold, when computed already with the claim's row.</param>
    public void WriteDerived(long fid, ClaimRecord record, DerivedRows.Values? known = null)
    {
        DerivedRows.Add(Rows, fid, record, search: true, known: known);
        Rows.Flush();
    }

    /// <summary>The next <paramref name="limit"/> claims after <paramref name="after"/> in fid order, for a backfill that streams them.</summary>
    public IReadOnlyList<(long Fid, Claim Claim)> ClaimsAfter(long after, int limit) =>
        All($"SELECT {ClaimRows.SelectColumns}, fid FROM claims WHERE fid > $after ORDER BY fid LIMIT $limit", row => (row.GetInt64(ClaimRows.SelectColumnCount), Placed(ClaimRows.Read(row))), ("$after", after), ("$limit", limit));

    /// <summary>The fid after every one <c>claims</c> has used (AUTOINCREMENT never reuses one), for an import's new claims.</summary>
    private long NextFid() =>
        Convert.ToInt64(Scalar("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'claims'), 0), coalesce((SELECT max(fid) FROM claims), 0)) + 1"), CultureInfo.InvariantCulture);

    private void AddClaim(long fid, ClaimRow row)
    {
        var claims = Rows[ImportedClaims].Add(fid).Add(row.Geometry).Add(row.Id);
        foreach (var value in row.Values)
        {
            claims.Add(value);
        }
    }

    private void AddHistory(HistoryRecord entry) =>
        Rows[History].Add(entry.ClaimId).Add(entry.Version).Add(AtText(entry.At)).Add(entry.Actor)
            .Add(ActionNames[(int)entry.Action]).Add(entry.OldValue);

    /// <summary>
    /// The stored form of a history entry's time: every entry of an import has the same, so it is formatted once,
    /// not for each claim on the transaction's thread.
    /// </summary>
    private string AtText(DateTimeOffset at)
    {
        if (_lastAt.Text is null || _lastAt.At != at)
        {
            _lastAt = (at, Timestamps.Write(at));
        }

        return _lastAt.Text;
    }

    private void Run(IEnumerable<DerivedRows.Statement> statements)
    {
        foreach (var statement in statements)
        {
            Bound(statement.Sql, statement.Parameters).ExecuteNonQuery();
        }
    }

    private static string Json(IReadOnlyCollection<string> ids) => JsonSerializer.Serialize(ids, ClaimJsonContext.Default.IReadOnlyCollectionString);

    /// <summary>The stored geometry is the placement, so reading places nothing anew; only the anchor is derived.</summary>
    private Claim Placed((string Id, ClaimData Data, byte[] Geometry) row) => placer.Place(row.Id, row.Data, GeometryBlob.Read(row.Geometry));

    private List<T> All<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var reader = Bound(sql, parameters).ExecuteReader();
        return MalformedRows.ReadAll(reader, read);
    }

    private T? FindById<T>(string sql, string id, Func<SqliteDataReader, T> read)
    {
        using var reader = Bound(sql, [("$id", id)]).ExecuteReader();
        return reader.Read() && MalformedRows.TryRead(reader, read, out var row) ? row : default;
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Bound(sql, parameters).ExecuteScalar();

    private int Execute(string sql, params (string Name, object? Value)[] parameters) => Bound(sql, parameters).ExecuteNonQuery();

    private SqliteCommand Bound(string sql, (string Name, object? Value)[] parameters) => statements.Bound(sql, parameters);
}
