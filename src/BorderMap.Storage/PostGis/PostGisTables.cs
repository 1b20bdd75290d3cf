using System.Buffers;
using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Writes;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The SQL of one write transaction on the PostGIS store. Not thread-safe: one instance belongs to
/// one transaction. Version checks are part of the <c>UPDATE</c> and <c>DELETE</c> statements
/// themselves (<c>WHERE id = @id AND version = @expected</c>), so they hold across every process
/// that shares the database: a statement that finds the row changed by a concurrent transaction
/// waits for it, re-checks the version and changes nothing.
/// </summary>
internal sealed partial class PostGisTables(NpgsqlConnection connection, NpgsqlTransaction transaction, ClaimPlacer placer) : IClaimTransaction
{
    private bool _importIds;
    private DeferredIndexes? _deferredIndexes;
    private DeferredCounts? _deferredCounts;

    /// <summary>The tables of its own this import writes into, once it does (<see cref="StageImport"/>).</summary>
    public StagedImport? Staged { get; private set; }

    /// <summary>Whether this transaction's import may be staged: only one whose caller builds and swaps in the staged tables (an import, not a seed).</summary>
    public bool MayStage { get; init; }

    public const int Srid = 4326;

    /// <summary>The event tables in this transaction: an import creates its events after its claims.</summary>
    public EventTables Events() => new(new PostGisEventSql(connection, transaction), this);

    public const string ClaimColumns = "id, data::text, geom";

    /// <summary>The version byte that starts PostgreSQL's binary form of <c>jsonb</c>.</summary>
    private const byte JsonbVersion = 1;

    public NpgsqlConnection Connection => connection;

    public void LockStore() => Execute($"SELECT pg_advisory_xact_lock({PostGisSchema.MigrationLock})");

    public bool IsEmpty() => Scalar("SELECT NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM claim_history)") is true;

    public Claim? FindClaim(string id) =>
        Rows($"SELECT {ClaimColumns} FROM claims WHERE id = @id", [("id", id)], r => Placed(ReadClaim(r))).FirstOrDefault();

    public IReadOnlyDictionary<string, Claim> FindClaims(IReadOnlyCollection<string> ids) =>
        Rows($"SELECT {ClaimColumns} FROM claims WHERE id = ANY(@ids)", [("ids", ids.ToArray())], r => Placed(ReadClaim(r))).ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>
    /// The last history version of each id that has one: one backward probe of the
    /// <c>(claim_id, version)</c> key per id. Not <c>claim_id = ANY(@ids) GROUP BY</c>: during an import
    /// the history it writes has no statistics yet, so the planner took each of 5,000 ids to match
    /// 0.5 % of the rows and scanned the whole history, which grows with every chunk (at 1,000,000
    /// claims a fifth of the chunks' time, bench/RESULTS.md).
    /// </summary>
    public IReadOnlyDictionary<string, int> LastHistoryVersions(IReadOnlyCollection<string> ids) =>
        Rows(
            "SELECT h.claim_id, h.version FROM (SELECT DISTINCT unnest(@ids)) AS i(id) " +
            "CROSS JOIN LATERAL (SELECT claim_id, version FROM claim_history WHERE claim_id = i.id ORDER BY version DESC LIMIT 1) AS h",
            [("ids", ids.ToArray())],
            r => (r.GetString(0), r.GetInt32(1)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    public bool ClaimExists(string id) => Scalar("SELECT 1 FROM claims WHERE id = @id", ("id", id)) is not null;

    /// <summary>The claim and its areas in one statement (<see cref="WithAreas"/>), unless its id is taken.</summary>
    public bool InsertClaim(ClaimRecord record) =>
        Scalar(WithAreas(InsertSql), ClaimParameters(record)) is 1L;

    /// <summary>
    /// The claim, if still at <paramref name="expectedVersion"/>, its areas and its history entry in
    /// one statement (<see cref="WithAreas"/>): the areas and the entry are written from the row
    /// the version-checked <c>UPDATE</c> returns, so a writer that lost the race writes neither (a
    /// version conflict, never a duplicate key of the winner's rows).
    /// </summary>
    public bool UpdateClaim(ClaimRecord record, int expectedVersion, HistoryRecord history) =>
        Scalar(WithAreas(UpdateSql, $"history AS ({HistoryInsert} SELECT {HistoryValues} FROM written)"), [.. ClaimParameters(record), ("expected", expectedVersion), .. HistoryParameters(history)]) is 1L;

    private const string InsertSql =
        $"INSERT INTO claims ({InsertedColumns}) " +
        "VALUES (@id, @version, @geom, @title, @category, @status, @event_date, @end_date, @source, @created_at, @updated_at, @data, " +
        "@search_key, @anchor, @geo_precision, @actors, @actor_keys, @area_ids, @period, @page_json) ON CONFLICT (id) DO NOTHING";

    /// <summary>
    /// <paramref name="claimWrite"/> (one claim's <c>INSERT</c> or version-checked <c>UPDATE</c>), its
    /// <c>claim_areas</c> rows and <paramref name="alsoWritten"/> (more rows written from the claim row
    /// <c>written</c>) in one statement, one round trip, answering how many claims it wrote (0 or 1).
    /// The area rows are written only from the claim row the write returns, each with
    /// that row's filter columns (<see cref="AreaFiltersMigration"/>): the areas it no longer belongs to
    /// go, new ones come, and a kept one is rewritten only when those columns changed, so an edit of
    /// a claim's text writes no area row. Going and coming areas are disjoint keys, so the
    /// statement's parts never meet on a row.
    /// </summary>
    private static string WithAreas(string claimWrite, string? alsoWritten = null) =>
        $"""
        WITH written AS ({claimWrite} RETURNING fid, {AreaFiltersMigration.Copied}),{(alsoWritten is null ? string.Empty : $"\n{alsoWritten},")}
        gone AS (DELETE FROM claim_areas r USING written w WHERE r.claim_fid = w.fid AND r.area_id <> ALL(@area_ids)),
        areas AS (
          INSERT INTO claim_areas AS r (claim_fid, area_id, {AreaFiltersMigration.Copied})
          SELECT w.fid, a.area_id, w.period, w.category, w.status, w.geo_precision FROM written w CROSS JOIN unnest(@area_ids) AS a(area_id)
          ON CONFLICT (area_id, claim_fid) DO UPDATE SET period = excluded.period, category = excluded.category, status = excluded.status, geo_precision = excluded.geo_precision
          WHERE (r.period, r.category, r.status, r.geo_precision) IS DISTINCT FROM (excluded.period, excluded.category, excluded.status, excluded.geo_precision))
        SELECT count(*) FROM written
        """;

    /// <summary>The columns a claim row is written with: its fields, its data, and the values derived from it (<see cref="ClaimRecord"/>).</summary>
    private const string InsertedColumns = ClaimCopyRow.Columns;

    private const string DerivedAssignments =
        "search_key = @search_key, anchor = @anchor, geo_precision = @geo_precision, actors = @actors, actor_keys = @actor_keys, area_ids = @area_ids, period = @period, page_json = @page_json";

    private const string UpdateSql =
        "UPDATE claims SET version = @version, geom = @geom, title = @title, category = @category, status = @status, event_date = @event_date, " +
        $"end_date = @end_date, source = @source, created_at = @created_at, updated_at = @updated_at, data = @data, {DerivedAssignments} WHERE id = @id AND version = @expected";

    /// <summary>Up to <paramref name="limit"/> claims after position <paramref name="after"/> whose derived values are not written yet, with their positions.</summary>
    public IReadOnlyList<(long Position, Claim Claim)> Underived(long after, int limit) =>
        Rows(
            $"SELECT {ClaimColumns}, fid FROM claims WHERE fid > @after AND search_key IS NULL ORDER BY fid LIMIT @limit",
            [("after", after), ("limit", limit)],
            r => (r.GetInt64(3), Placed(ReadClaim(r))));

    /// <summary>Writes the derived values of claims already stored, whatever their version: the backfill after migration 3.</summary>
    public void WriteDerived(IReadOnlyList<ClaimRecord> records)
    {
        Batch(records.Select(r => (
            $"UPDATE claims SET {DerivedAssignments} WHERE id = @id",
            DerivedParameters(r).Append(("id", (object?)r.Id)))));
        WriteAreas(records);
    }

    /// <summary>Up to <paramref name="limit"/> claims after position <paramref name="after"/> that have no page item yet (<see cref="PageJsonMigration"/>), with their positions.</summary>
    public IReadOnlyList<(long Position, Claim Claim)> Unpaged(long after, int limit) =>
        Rows(
            $"SELECT {ClaimColumns}, fid FROM claims WHERE fid > @after AND page_json IS NULL ORDER BY fid LIMIT @limit",
            [("after", after), ("limit", limit)],
            r => (r.GetInt64(3), Placed(ReadClaim(r))));

    /// <summary>Writes the page items of claims already stored, by position, in one statement.</summary>
    public void WritePages(IReadOnlyList<long> positions, IReadOnlyList<byte[]> pages) =>
        Execute("UPDATE claims SET page_json = p.json FROM unnest(@fids, @pages) AS p(fid, json) WHERE claims.fid = p.fid", ("fids", positions.ToArray()), ("pages", pages.ToArray()));

    public bool DeleteClaim(string id, int expectedVersion) =>
        Execute("DELETE FROM claims WHERE id = @id AND version = @expected", ("id", id), ("expected", expectedVersion)) == 1;

    public void AppendHistory(HistoryRecord entry) => Execute($"{HistoryInsert} VALUES ({HistoryValues})", HistoryParameters(entry));

    private const string HistoryInsert = "INSERT INTO claim_history (claim_id, version, at, actor, action, old_value)";

    /// <summary>The values of a history entry (<see cref="HistoryParameters"/>); named apart from the claim's, so that one statement can bind both.</summary>
    private const string HistoryValues = "@history_claim_id, @history_version, @history_at, @history_actor, @history_action, @history_old::json";

    private static (string Name, object? Value)[] HistoryParameters(HistoryRecord entry) =>
    [
        ("history_claim_id", entry.ClaimId), ("history_version", entry.Version), ("history_at", entry.At.ToUniversalTime()), ("history_actor", entry.Actor),
        ("history_action", ActionName(entry.Action)), ("history_old", entry.OldValue),
    ];

    /// <summary>
    /// New claims, their areas and the history with binary <c>COPY</c>; changed claims with batched, version-checked
    /// updates. Once the import is large beside the store, the claims' secondary indexes wait for its end (<see cref="DeferIndexes"/>).
    /// </summary>
    public IReadOnlyList<string> WriteImportChunk(IReadOnlyList<ImportWrite> writes)
    {
        List<ClaimCopyRow> created = [.. writes.Where(w => w.ExpectedVersion is null).Select(w => (ClaimCopyRow)w.Row!)];
        if (created.Count > 0)
        {
            ClaimCopy.Write(connection, created, ClaimCopy.TakePositions(connection, created.Count), Staged?.Created);
        }

        var stale = UpdateClaims([.. writes.Where(w => w.ExpectedVersion is not null).Select(w => (w.Record, w.ExpectedVersion!.Value))]);
        WriteAreas([.. writes.Where(w => w.ExpectedVersion is not null && !stale.Contains(w.Record.Id)).Select(w => w.Record)]);
        ClaimCopy.WriteHistory(connection, writes.Where(w => !stale.Contains(w.Record.Id)).Select(w => (ClaimCopyRow)w.Row!));
        return stale;
    }

    /// <summary>The claim's <c>COPY</c> rows (<see cref="ClaimCopyRow"/>), encoded off the transaction's thread; an update writes only its history entry's.</summary>
    public Func<ClaimRecord, HistoryRecord, object>? ImportRowOf => ClaimCopyRow.Of;

    /// <summary>Drops the claims' secondary indexes and pauses the counting insert triggers for the rest of the import (<see cref="DeferredIndexes"/>, <see cref="DeferredCounts"/>).</summary>
    public void DeferIndexes()
    {
        _deferredIndexes = DeferredIndexes.Drop(connection, transaction);
        _deferredCounts = DeferredCounts.Pause(connection, transaction);
    }

    /// <summary>Copies the (small) store beside itself and writes the rest of the import there (<see cref="StagedImport"/>).</summary>
    public bool StageImport()
    {
        Staged = MayStage ? StagedImport.Begin(connection, transaction) : null;
        return Staged is not null;
    }

    public long LastClaimPosition() => Rows("SELECT coalesce(max(fid), 0) FROM claims", [], r => r.GetInt64(0))[0];

    public (long Count, long Last) CountClaims(long after, long upTo, long limit) =>
        Rows(ImportScale.CountStored, [("after", after), ("last", upTo), ("limit", limit)], r => (r.GetInt64(0), r.GetInt64(1)))[0];

    /// <summary>
    /// Counts and indexes what a large import deferred (<see cref="DeferredCounts"/>, <see cref="DeferredIndexes"/>);
    /// a smaller one left nothing: the statement triggers on <c>claims</c> counted each chunk as one statement (<see cref="ClaimCountTriggers"/>).
    /// </summary>
    public void FinishImport()
    {
        _deferredCounts?.Replay();
        _deferredIndexes?.Rebuild();
        (_deferredCounts, _deferredIndexes) = (null, null);
    }

    /// <summary>
    /// The ids of the chunk that an earlier chunk used, with their first position, while the chunk's other ids go in.
    /// Each id is looked up by its own probe of the key (a lateral subquery with a limit, which the planner cannot
    /// turn into a join): asked as <c>id = ANY(@ids)</c>, the planner read the whole table for every chunk until it
    /// held 800,000–1,000,000 ids (in its costs, a hashed array of a chunk's 5,000 ids beats as many probes), which made the
    /// look-ups grow with the square of the import (~19 s of CPU for 1,000,000 ids in psql, ~10 s by probes). The ids found are left out
    /// of the insert, so each new id takes one descent of the key instead of an <c>ON CONFLICT</c> check and an
    /// insert; the chunk's own ids are distinct (<see cref="ChunkedImport"/> drops a chunk's repeats before). The
    /// key compares bytes (<c>"C"</c>): only equality is ever asked of it, which every deterministic collation answers alike.
    /// </summary>
    public IReadOnlyDictionary<string, int> MarkImported(IReadOnlyList<(string Id, int Index)> chunk)
    {
        if (!_importIds)
        {
            Execute("CREATE TEMP TABLE import_ids (id text COLLATE \"C\" PRIMARY KEY, position integer NOT NULL) ON COMMIT DROP");
            _importIds = true;
        }

        // One round trip: every part of the statement sees the table as it was before its insert.
        return Rows(
            "WITH found AS MATERIALIZED (SELECT u.id, i.position FROM unnest(@ids) AS u(id) " +
            "CROSS JOIN LATERAL (SELECT position FROM import_ids WHERE id = u.id LIMIT 1) AS i), " +
            "added AS (INSERT INTO import_ids SELECT * FROM unnest(@ids, @positions) AS u(id, position) WHERE NOT EXISTS (SELECT FROM found f WHERE f.id = u.id)) " +
            "SELECT id, position FROM found",
            [("ids", chunk.Select(c => c.Id).ToArray()), ("positions", chunk.Select(c => c.Index).ToArray())],
            r => (r.GetString(0), r.GetInt32(1))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
    }

    public bool IdTakenInImport(string id) =>
        ClaimExists(id) || (_importIds && Scalar("SELECT 1 FROM import_ids WHERE id = @id", ("id", id)) is not null);

    public Source? FindSource(string id) => Rows($"SELECT {SourceColumns} FROM sources WHERE id = @id", [("id", id)], SourceRecords.Read).FirstOrDefault();

    public bool SourceExists(string id) => Scalar("SELECT 1 FROM sources WHERE id = @id", ("id", id)) is not null;

    public void InsertSource(Source source, string? supersedes, DateTimeOffset registeredAt) =>
        Execute(
            "INSERT INTO sources (id, title, publisher, language, translated_from, url, published_date, sha256, notes, text, supersedes, registered_at, reliability) " +
            "VALUES (@id, @title, @publisher, @language, @translated_from, @url, @published_date, @sha256, @notes::jsonb, @text, @supersedes, @registered_at, @reliability)",
            ("id", source.Id),
            ("title", source.Title),
            ("publisher", source.Publisher),
            ("language", source.Language),
            ("translated_from", source.TranslatedFrom),
            ("url", source.Url?.ToString()),
            ("published_date", source.PublishedDate),
            ("sha256", source.Sha256),
            ("notes", JsonSerializer.Serialize(source.Notes, ClaimGeoJson.Options)),
            ("text", source.Text),
            ("supersedes", supersedes),
            ("registered_at", registeredAt.ToUniversalTime()),
            ("reliability", source.Reliability));

    /// <summary>Updates claims in batches, each only if still at its expected version; the ids that had moved on.</summary>
    private List<string> UpdateClaims(IReadOnlyList<(ClaimRecord Record, int ExpectedVersion)> updates)
    {
        var affected = Batch(updates.Select(u => (UpdateSql, ClaimParameters(u.Record).Append(("expected", (object?)u.ExpectedVersion)))));
        return [.. updates.Zip(affected).Where(p => p.Second != 1).Select(p => p.First.Record.Id)];
    }

    /// <summary>Runs statements in batches of 500; the rows each one affected, in order.</summary>
    private List<int> Batch(IEnumerable<(string Sql, IEnumerable<(string Name, object? Value)> Parameters)> statements)
    {
        var affected = new List<int>();
        foreach (var chunk in statements.Chunk(500))
        {
            using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var (sql, parameters) in chunk)
            {
                var command = new NpgsqlBatchCommand(sql);
                foreach (var (name, value) in parameters)
                {
                    command.Parameters.Add(Parameter(name, value));
                }

                batch.BatchCommands.Add(command);
            }

            batch.ExecuteNonQuery();
            affected.AddRange(batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.RecordsAffected));
        }

        return affected;
    }

    /// <summary>
    /// Writes the areas each claim belongs to in place of what it had, joined to the claims by id: one
    /// statement per chunk however many claims and areas. Each row copies the claim's filter columns
    /// (<see cref="AreaFiltersMigration"/>) from the row just written. (A new claim's are copied in with it, <see cref="ClaimCopy"/>.)
    /// </summary>
    private void WriteAreas(IReadOnlyList<ClaimRecord> records)
    {
        if (records.Count > 0)
        {
            Batch(AreaStatements(records));
        }
    }

    private static IEnumerable<(string Sql, IEnumerable<(string Name, object? Value)> Parameters)> AreaStatements(IReadOnlyList<ClaimRecord> records)
    {
        yield return ("DELETE FROM claim_areas WHERE claim_fid IN (SELECT fid FROM claims WHERE id = ANY(@ids))", [("ids", records.Select(r => r.Id).ToArray())]);
        var pairs = records.SelectMany(r => r.AreaIds.Select(area => (r.Id, Area: area))).ToList();
        yield return (
            $"INSERT INTO claim_areas (claim_fid, area_id, {AreaFiltersMigration.Copied}) SELECT c.fid, a.area_id, c.period, c.category, c.status, c.geo_precision " +
            "FROM unnest(@ids, @areas) AS a(id, area_id) JOIN claims c ON c.id = a.id",
            [("ids", pairs.Select(p => p.Id).ToArray()), ("areas", pairs.Select(p => p.Area).ToArray())]);
    }

    /// <summary>The <c>sources</c> columns in the order <see cref="SourceRecords.Read"/> expects.</summary>
    public const string SourceColumns = "id, title, publisher, language, translated_from, url, published_date, sha256, notes::text, text, supersedes, reliability";

    /// <summary>Reads a row selected with <see cref="ClaimColumns"/>.</summary>
    public static (string Id, ClaimData Data, Geometry Geometry) ReadClaim(NpgsqlDataReader row) =>
        (row.GetString(0),
         JsonSerializer.Deserialize(row.GetString(1), ClaimJsonContext.Default.ClaimData) ?? throw new InvalidDataException("claims.data holds JSON null"),
         row.GetFieldValue<Geometry>(2));

    /// <summary>
    /// The columns <see cref="ReadPagedClaim"/> reads, of the claims aliased <c>c</c>. The <c>jsonb</c>
    /// is selected as it is, not cast to text: a cast in the select list is computed for every
    /// candidate row before the sort and limit, the binary output only for the rows sent.
    /// </summary>
    public const string PagedClaimColumns = "c.id, c.data, c.geom";

    /// <summary>Reads a row selected with <see cref="PagedClaimColumns"/>: the <c>jsonb</c>'s binary form is a version byte (1) and the JSON text.</summary>
    public static Claim ReadPagedClaim(NpgsqlDataReader row)
    {
        var id = row.GetString(0);
        using var stream = row.GetStream(1);
        var length = (int)stream.Length;
        var stored = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.ReadExactly(stored, 0, length);
            if (length < 1 || stored[0] != JsonbVersion)
            {
                throw new InvalidDataException($"claims.data arrived in jsonb format {(length < 1 ? "(empty)" : stored[0])}, not {JsonbVersion}");
            }

            var geometry = row.GetFieldValue<Geometry>(2);
            return new Claim(id, ClaimDataJson.Decode(stored.AsSpan(1, length - 1)), geometry, ClaimPlacer.Anchor(geometry));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(stored);
        }
    }

    /// <summary>What <see cref="ReadMark"/> reads, of the claims aliased <c>c</c>: the areas as the <c>jsonb</c> array's text.</summary>
    public const string MarkColumns = "c.id, c.category, c.status, c.event_date, (c.data -> 'areas')::text, c.source, c.geom";

    /// <summary>Reads a row selected with <see cref="MarkColumns"/>.</summary>
    public static ClaimMark ReadMark(NpgsqlDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.GetString(2),
        row.GetString(3),
        JsonSerializer.Deserialize(row.GetString(4), ClaimJsonContext.Default.IReadOnlyListString) ?? throw new InvalidDataException("claims.data holds no areas"),
        row.GetString(5),
        ClaimPlacer.Anchor(row.GetFieldValue<Geometry>(6)).Coordinate);

    /// <summary>Reads a claim's page item (<c>page_json</c>), the first column of the row, as its bytes.</summary>
    public static ClaimJson ReadPageJson(NpgsqlDataReader row) =>
        new(row.IsDBNull(0) ? throw new InvalidDataException("claims.page_json is null") : row.GetFieldValue<byte[]>(0));

    public static string ActionName(HistoryAction action) => action.ToString().ToLowerInvariant();

    /// <summary>The stored geometry is the placement, so reading places nothing anew; only the anchor is derived.</summary>
    private Claim Placed((string Id, ClaimData Data, Geometry Geometry) row) => placer.Place(row.Id, row.Data, row.Geometry);

    /// <summary>The geometry labelled with the store's SRID (a copy when it had another), as <c>geometry(Geometry, 4326)</c> requires.</summary>
    public static Geometry WithSrid(Geometry geometry)
    {
        if (geometry.SRID == Srid)
        {
            return geometry;
        }

        var copy = geometry.Copy();
        copy.SRID = Srid;
        return copy;
    }

    private static (string Name, object? Value)[] ClaimParameters(ClaimRecord record)
    {
        var (claim, d) = (record.Claim, record.Claim.Data);
        return
        [
            ("id", claim.Id), ("version", d.Version), ("geom", WithSrid(claim.Geometry)), ("title", d.Title), ("category", d.Category),
            ("status", d.Status), ("event_date", d.EventDate), ("end_date", d.EndDate), ("source", d.Source),
            ("created_at", d.CreatedAt.ToUniversalTime()), ("updated_at", d.UpdatedAt.ToUniversalTime()), ("data", new JsonbText(record.DataJson)),
            .. DerivedParameters(record),
        ];
    }

    private static IEnumerable<(string Name, object? Value)> DerivedParameters(ClaimRecord record) =>
    [
        ("search_key", record.SearchKey), ("anchor", PostGisDerived.Anchor(record.Claim)), ("geo_precision", (short)record.Claim.Data.GeoPrecision),
        ("actors", PostGisDerived.Actors(record.Claim.Data)), ("actor_keys", PostGisDerived.ActorKeys(record.Claim.Data)), ("area_ids", record.AreaIds.ToArray()),
        ("period", PostGisDerived.Period(record.Claim.Data)), ("page_json", record.PageJson),
    ];

    private static NpgsqlParameter Parameter(string name, object? value) => value switch
    {
        JsonbText json => new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json.Text },
        null => new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value },
        _ => new NpgsqlParameter(name, value),
    };

    private List<T> Rows<T>(string sql, (string Name, object? Value)[] parameters, Func<NpgsqlDataReader, T> read)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        return MalformedRows.ReadAll(reader, read);
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(Parameter(name, value));
        }

        return command;
    }

    /// <summary>Marks a parameter value as JSON text for a <c>jsonb</c> column.</summary>
    private sealed record JsonbText(string Text);
}
