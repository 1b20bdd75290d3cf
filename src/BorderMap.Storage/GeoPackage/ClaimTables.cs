using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Writes;
using Microsoft.Data.Sqlite;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The SQL of one write transaction on a BorderMap GeoPackage. Statements are prepared once per
/// transaction and reused, which is what makes a 100,000-claim import fast. Not thread-safe: one
/// instance belongs to one transaction.
/// </summary>
internal sealed partial class ClaimTables(SqliteConnection connection, SqliteTransaction transaction, ClaimPlacer placer) : IClaimTransaction, IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private bool _importIds;
    private ImportTail? _importTail;

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

    public bool InsertClaim(ClaimRecord record) => WriteWithDerived(record, ClaimRows.Serialize(record.Claim), expectedVersion: null, searchNow: true) is not null;

    public bool UpdateClaim(ClaimRecord record, int expectedVersion) => WriteWithDerived(record, ClaimRows.Serialize(record.Claim), expectedVersion, searchNow: true) is not null;

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
    /// rows are written directly meanwhile.
    /// </summary>
    public IReadOnlyList<string> WriteImportChunk(IReadOnlyList<ImportWrite> writes)
    {
        var rows = new ClaimRow[writes.Count];
        Parallel.For(0, writes.Count, i => rows[i] = ClaimRows.Serialize(writes[i].Record.Claim));
        _importTail ??= ImportTail.Begin(connection, transaction);
        var stale = new List<string>();
        for (var i = 0; i < writes.Count; i++)
        {
            if (WriteWithDerived(writes[i].Record, rows[i], writes[i].ExpectedVersion, searchNow: false) is not { } fid)
            {
                stale.Add(rows[i].Id);
                continue;
            }

            Execute(ImportTail.ListWritten, ("$fid", fid), ("$key", writes[i].Record.SearchKey));
            WriteGeometryIndex(fid, rows[i].Envelope);
            AppendHistory(writes[i].History);
        }

        return stale;
    }

    public void FinishImport()
    {
        _importTail?.Finish(connection, transaction);
        _importTail = null;
    }

    public IReadOnlyDictionary<string, int> MarkImported(IReadOnlyList<(string Id, int Index)> chunk)
    {
        if (!_importIds)
        {
            // A temporary table lives as long as the (pooled) connection: start each import with an empty one.
            Execute("DROP TABLE IF EXISTS temp.import_ids; CREATE TEMP TABLE import_ids (id TEXT PRIMARY KEY, position INTEGER NOT NULL)");
            _importIds = true;
        }

        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, index) in chunk)
        {
            if (Execute("INSERT INTO temp.import_ids VALUES ($id, $position) ON CONFLICT (id) DO NOTHING", ("$id", id), ("$position", index)) == 0)
            {
                repeats[id] = Convert.ToInt32(Scalar("SELECT position FROM temp.import_ids WHERE id = $id", ("$id", id)), CultureInfo.InvariantCulture);
            }
        }

        return repeats;
    }

    public bool IdTakenInImport(string id) =>
        ClaimExists(id) || (_importIds && Scalar("SELECT 1 FROM temp.import_ids WHERE id = $id", ("$id", id)) is not null);

    public void AppendHistory(HistoryRecord entry) =>
        Execute(
            "INSERT INTO claim_history (claimId, version, at, actor, action, oldValue, newValue) VALUES ($claimId, $version, $at, $actor, $action, $old, $new)",
            ("$claimId", entry.ClaimId),
            ("$version", entry.Version),
            ("$at", Timestamps.Write(entry.At)),
            ("$actor", entry.Actor),
            ("$action", entry.Action.ToString().ToLowerInvariant()),
            ("$old", entry.OldValue),
            ("$new", entry.NewValue));

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
        Execute(
            """
            UPDATE gpkg_contents SET last_change = $at,
              min_x = (SELECT min(minx) FROM rtree_claims_geom), max_x = (SELECT max(maxx) FROM rtree_claims_geom),
              min_y = (SELECT min(miny) FROM rtree_claims_geom), max_y = (SELECT max(maxy) FROM rtree_claims_geom)
            WHERE table_name = 'claims'
            """,
            ("$at", Timestamps.Write(at)));
        Execute("UPDATE gpkg_contents SET last_change = $at WHERE table_name <> 'claims'", ("$at", Timestamps.Write(at)));
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    /// <summary>
    /// Inserts (no expected version) or updates a claim, and writes its derived rows
    /// (<see cref="DerivedRows"/>), the full-text index's unless <paramref name="searchNow"/> is
    /// false; answers its fid, or null when an update found the claim moved on or an insert found the id taken.
    /// </summary>
    private long? WriteWithDerived(ClaimRecord record, ClaimRow row, int? expectedVersion, bool searchNow)
    {
        var parameters = new List<(string Name, object? Value)> { ("$geom", row.Geometry), ("$id", row.Id) };
        parameters.AddRange(ClaimRows.DataParameters.Select((name, i) => (name, row.Values[i])));
        if (expectedVersion is { } expected)
        {
            parameters.Add(("$expected", expected));
        }

        if (Bound(expectedVersion is null ? InsertSql : UpdateSql, [.. parameters]).ExecuteScalar() is not long fid)
        {
            return null;
        }

        if (expectedVersion is not null)
        {
            Run(DerivedRows.Delete(fid));
        }

        Run(searchNow ? DerivedRows.Insert(fid, record) : DerivedRows.Indexed(fid, record));
        return fid;
    }

    /// <summary>Writes the derived rows of the claim at <paramref name="fid"/>, which has none yet.</summary>
    public void WriteDerived(long fid, ClaimRecord record) => Run(DerivedRows.Insert(fid, record));

    /// <summary>The next <paramref name="limit"/> claims after <paramref name="after"/> in fid order, for a backfill that streams them.</summary>
    public IReadOnlyList<(long Fid, Claim Claim)> ClaimsAfter(long after, int limit) =>
        All($"SELECT {ClaimRows.SelectColumns}, fid FROM claims WHERE fid > $after ORDER BY fid LIMIT $limit", row => (row.GetInt64(ClaimRows.SelectColumnCount), Placed(ClaimRows.Read(row))), ("$after", after), ("$limit", limit));

    /// <summary>The GeoPackage R-tree entry of a claim, written directly while an import has the triggers dropped.</summary>
    private void WriteGeometryIndex(long fid, NetTopologySuite.Geometries.Envelope e) =>
        Execute("INSERT OR REPLACE INTO rtree_claims_geom VALUES ($fid, $minx, $maxx, $miny, $maxy)", ("$fid", fid), ("$minx", e.MinX), ("$maxx", e.MaxX), ("$miny", e.MinY), ("$maxy", e.MaxY));

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

    /// <summary>The command for <paramref name="sql"/> with these values; a command's parameters are created once and then only get new values.</summary>
    private SqliteCommand Bound(string sql, (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        if (command.Parameters.Count != parameters.Length)
        {
            command.Parameters.Clear();
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    private SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            _commands[sql] = command;
        }

        return command;
    }
}
