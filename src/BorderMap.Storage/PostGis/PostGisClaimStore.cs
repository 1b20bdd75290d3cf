using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;
using BorderMap.Storage.Events;
using BorderMap.Storage.Writes;
using NetTopologySuite.Geometries;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The shared claim store: PostgreSQL with PostGIS, for a team whose app instances share one
/// database. Claims live in <c>claims</c> with a <c>geometry(Geometry, 4326)</c> column under a GiST
/// index, beside the indexed fields a query filters on and the whole <see cref="ClaimData"/> as
/// <c>jsonb</c>; sources are immutable and the history append-only (both enforced by triggers,
/// for every client). The schema is migrated on start-up (<see cref="PostGisSchema"/>). Each write
/// is one transaction, and version checks are made by the writing statement itself, so optimistic
/// concurrency holds across instances (<see cref="PostGisTables"/>). Claims go through the same
/// <see cref="ClaimPreparer"/> as in the GeoPackage store.
/// </summary>
public sealed partial class PostGisClaimStore : SqlClaimStore
{
    /// <summary>How often a waiter looks at the position on its own when the database cannot be listened to.</summary>
    private static readonly TimeSpan UnheardPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a waiter that heard of a write looks at a replica that has not replayed it yet.</summary>
    private static readonly TimeSpan ReplicaPoll = TimeSpan.FromMilliseconds(25);

    private readonly NpgsqlDataSource _dataSource;
    private readonly ClaimPlacer _placer;
    private readonly PostGisChangeListener _changes;
    private readonly PostGisReadRoute _reads;
    private readonly PendingSearchKeys _pendingSearchKeys;

    private PostGisClaimStore(NpgsqlDataSource dataSource, NpgsqlDataSource reading, NpgsqlDataSource listening, NpgsqlDataSource cleaning, NpgsqlDataSource? replica, string description, AreaCatalog areas, TimeProvider clock)
        : base(areas, clock)
    {
        _dataSource = dataSource;
        _changes = new PostGisChangeListener(listening);
        _reads = new PostGisReadRoute(reading, replica);
        _pendingSearchKeys = new PendingSearchKeys(cleaning);
        Description = description;
        _placer = new ClaimPlacer(areas);
    }

    public override string Description { get; }

    public override bool IsShared => true;

    /// <summary>
    /// Connects to <paramref name="location"/> (see <see cref="PostGisAddress"/>), migrates the
    /// schema and, when the database holds no BorderMap data yet, seeds it, both under an advisory
    /// lock so that instances starting together neither race nor seed twice. With a
    /// <paramref name="readLocation"/> (a streaming replica of that database), reads go there and
    /// writes to <paramref name="location"/> (see <see cref="PostGisReadRoute"/>).
    /// </summary>
    /// <exception cref="StoreFormatException">the database cannot be reached or used.</exception>
    public static PostGisClaimStore Open(string location, AreaCatalog areas, StoreSeed seed, TimeProvider? clock = null, string? readLocation = null) =>
        Open(Migrate(location), areas, seed, clock, readLocation);

    /// <summary>
    /// The first half of <see cref="Open(string, AreaCatalog, StoreSeed, TimeProvider?, string?)"/>, which
    /// needs no boundaries: the first connection to <paramref name="location"/> and the schema's
    /// migration (nothing to apply is one check). A server runs it beside loading the boundaries: the
    /// first connection cost 0.4–0.5 s of CPU, mostly the runtime's first use of the driver
    /// (bench/RESULTS.md, Scale, page33 and start34).
    /// </summary>
    /// <exception cref="StoreFormatException">the database cannot be reached or used.</exception>
    public static MigratedDatabase Migrate(string location)
    {
        var builder = PostGisAddress.ConnectionString(location);
        var description = PostGisAddress.Describe(builder);
        try
        {
            // The schema (and the PostGIS types) must exist before a data source maps geometries, so migrate on a plain one.
            using (var plain = NpgsqlDataSource.Create(builder.ConnectionString))
            using (var connection = plain.OpenConnection())
            using (var transaction = connection.BeginTransaction())
            {
                PostGisSchema.Migrate(connection, transaction);
                transaction.Commit();
            }

            StartupPhases.Ended("store migrated");
            return new MigratedDatabase(builder.ConnectionString, description);
        }
        catch (NpgsqlException e)
        {
            throw new StoreFormatException(description, e.Message);
        }
    }

    /// <summary>The second half of <see cref="Open(string, AreaCatalog, StoreSeed, TimeProvider?, string?)"/>, on a database <see cref="Migrate"/> migrated.</summary>
    /// <exception cref="StoreFormatException">the database cannot be reached or used.</exception>
    public static PostGisClaimStore Open(MigratedDatabase database, AreaCatalog areas, StoreSeed seed, TimeProvider? clock = null, string? readLocation = null)
    {
        try
        {
            var dataSource = new NpgsqlDataSourceBuilder(WriteSettings(Pooled(database.ConnectionString))).UseNetTopologySuite().Build();
            var reading = new NpgsqlDataSourceBuilder(ReadSettings(Pooled(database.ConnectionString))).UseNetTopologySuite().Build();

            // The listening connection is held for the store's life: keepalives notice a dead server.
            var listening = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 10, Pooling = false }.ConnectionString);
            var cleaning = NpgsqlDataSource.Create(PendingSearchKeys.Settings(Pooled(database.ConnectionString)));
            var replica = readLocation is null ? null : new NpgsqlDataSourceBuilder(ReadSettings(Pooled(PostGisAddress.ConnectionString(readLocation).ConnectionString))).UseNetTopologySuite().Build();
            var store = new PostGisClaimStore(dataSource, reading, listening, cleaning, replica, database.Description, areas, clock ?? TimeProvider.System);
            store.SeedOrBackfill(seed);
            store.DeriveUnderivedEvents();
            StartupPhases.Ended("store seeded");
            store._reads.OpenSessions(KeptReadingSessions, store.WarmUp);
            StartupPhases.Ended("reading sessions");
            return store;
        }
        catch (NpgsqlException e)
        {
            throw new StoreFormatException(database.Description, e.Message);
        }
    }

    /// <summary>
    /// The settings of the pooled connections: a connection going back to the pool keeps its session
    /// (no <c>DISCARD ALL</c>), and with it the plans PostgreSQL cached for the count triggers' statements
    /// and the prepared statements; discarded, every write planned its ~15 trigger statements anew
    /// (a PUT's <c>UPDATE</c> took 17.9 ms, 3.2 ms kept). Nothing the store does outlives its
    /// transaction: no <c>SET</c>, its temporary table is dropped on commit and its advisory locks are
    /// the transaction's; <c>LISTEN</c> has its own unpooled connection. A connection reads 64 KiB at a
    /// time, not 8: a page of 500 claims is ~600 KiB of rows, read in ~75 receives at 8 KiB.
    /// Each session may keep up to <see cref="TempBuffers"/> of temporary tables in memory, set when
    /// it starts because PostgreSQL refuses the setting once the session has used a temporary table:
    /// an import's table of ids (<see cref="PostGisTables.MarkImported"/>) outgrew the default 8 MB at
    /// 1,000,000 ids and was written to disk and read back chunk by chunk. The buffers are taken only
    /// as a session's temporary tables fill them, so sessions that never import use none.
    /// </summary>
    private static string Pooled(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true, ReadBufferSize = 65_536 };
        builder.Options = $"{builder.Options} -c temp_buffers={TempBuffers}".Trim();
        return builder.ConnectionString;
    }

    /// <summary>
    /// The settings of the reading connections (the pages, panels, tiles and searches the app
    /// serves): no parallel workers and no JIT compilation. Every read is bounded and indexed, yet
    /// the planner gave the region panel's counts two parallel plans of two workers each, and
    /// starting four worker processes cost more than the scans: ~80 ms of a 1,000,000-claim store's
    /// panel went to the gathers, on cores a concurrent page was waiting for (bench/RESULTS.md,
    /// Scale, branch pgpage5, 2026-12-05). PostgreSQL compiles a statement whose estimate passes
    /// <c>jit_above_cost</c> anew on every execution: the counts of a wide box or a common word over
    /// a 1,000,000-claim store spent 0.1–0.2 s compiling, 1.5 s once past the inlining threshold,
    /// and ran no faster for it, being bound by their reads (branch pgpage6). The pages, tiles and
    /// panels the map asks for never reach the threshold, so they keep their plans.
    /// Writes and imports keep the server's settings on their own pool.
    /// </summary>
    private static string ReadSettings(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MinPoolSize = KeptReadingSessions }.Named(ReadingJob);
        builder.Options = $"{builder.Options} -c max_parallel_workers_per_gather=0 -c jit=off".Trim();
        return builder.ConnectionString;
    }

    /// <summary>
    /// The settings of the writing connections: the pool keeps <see cref="KeptWritingSessions"/> sessions
    /// through idle hours, as the reading pool keeps its own, so that an edit after a quiet spell does not
    /// pay for a new session's first statements (see <see cref="SqlClaimStore.RehearseEditAsync"/>).
    /// </summary>
    private static string WriteSettings(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MinPoolSize = WritingSessions }.Named(WritingJob).ConnectionString;

    /// <summary>The jobs the reading and writing sessions are named after (<see cref="PostGisAddress.Named"/>).</summary>
    internal const string ReadingJob = "reads", WritingJob = "edits";

    /// <summary>Two edits at once, from two users or a user and a sync, each on a session kept for edits.</summary>
    private const int WritingSessions = 2;

    private protected override int KeptWritingSessions => WritingSessions;

    /// <summary>
    /// How many reading sessions the store opens at start and keeps through idle hours: as many as a
    /// first view reads at once (<see cref="FirstViewReads"/>), or one a core where there are more, at
    /// most 8. A new PostgreSQL session's first page took 0.44–0.54 s against 0.01–0.08 s for the same
    /// page next, at 1,000,000 claims on a busy 2-core machine: loading PostGIS into the session,
    /// planning against the claims' 19 indexes for the first time, the first use of the GiST
    /// operators (bench/RESULTS.md, Scale, branch pgpage7). Without a minimum the pool closes
    /// sessions idle for 5 minutes, so the first user after a quiet spell paid that again.
    /// </summary>
    private static readonly int KeptReadingSessions = Math.Clamp(Environment.ProcessorCount, FirstViewReads, 8);

    /// <summary>
    /// The reads a first view has in flight at once: a browser asks at most six requests of one server
    /// at a time (HTTP/1.1), and two region panels at once, each reading three (its counts, first claims and
    /// events, <c>RegionEndpoints</c>), also want six. With one session a core (two on a 2-core machine),
    /// and with four, a fresh server's first load still opened reading sessions mid-load, each paying a
    /// new session's first statements on the request that opened it (bench/RESULTS.md, Scale, page38 and
    /// page39). Each instance of a team keeps this many of the database's <c>max_connections</c> (100 by
    /// default) beside its two writing sessions, its listening one and its cleaning one.
    /// </summary>
    private const int FirstViewReads = 6;

    /// <summary>What a new reading session runs before the first request: a page of the claims' items
    /// and a single-claim tile in a small box of the border (Khorog), the statements a map's first answers run.</summary>
    private void WarmUp(NpgsqlConnection connection)
    {
        var near = ClaimQuery.Of(ClaimFilter.All with { BoundingBox = new Envelope(70.5, 70.6, 37.5, 37.6), From = new DateOnly(2021, 7, 1), To = new DateOnly(2021, 7, 31) }, Areas);
        PostGisRows.Read(connection, PageSql(connection, near, new ClaimKeyset(ClaimSort.Created, null), 1, "c.page_json", out var parameters, out _), parameters, PostGisTables.ReadPageJson);
        PostGisTiles.Read(connection, near, new TileAddress(12, 2_850, 1_586));
    }

    /// <summary>Room for the ids of a 2,000,000-claim import (~60 bytes a row with its key).</summary>
    private const string TempBuffers = "256MB";

    private protected override IReadOnlyList<Source> ReadSources() =>
        Rows($"SELECT {PostGisTables.SourceColumns} FROM sources ORDER BY fid", [], SourceRecords.Read);

    private protected override Source? ReadSource(string id) =>
        Rows($"SELECT {PostGisTables.SourceColumns} FROM sources WHERE id = @id", [new("id", id)], SourceRecords.Read).FirstOrDefault();

    private protected override IReadOnlyDictionary<string, Claim> ReadClaims(IReadOnlyList<string> ids) =>
        Rows($"SELECT {PostGisTables.ClaimColumns} FROM claims WHERE id = ANY(@ids)", [new("ids", ids.ToArray())], r => Placed(PostGisTables.ReadClaim(r))).ToDictionary(c => c.Id, StringComparer.Ordinal);

    private protected override IReadOnlyList<(long Position, Claim Claim)> ReadClaims(ClaimQuery query, ClaimKeyset keyset, int limit) =>
        ReadPage(query, keyset, limit, PostGisTables.PagedClaimColumns, PostGisTables.ReadPagedClaim);

    /// <summary>The marks from the claim's own columns, its areas from the <c>jsonb</c> and its anchor from the geometry; the rest of the <c>jsonb</c> is not sent.</summary>
    private protected override IReadOnlyList<(long Position, ClaimMark Claim)> ReadMarks(ClaimQuery query, ClaimKeyset keyset, int limit) =>
        ReadPage(query, keyset, limit, PostGisTables.MarkColumns, PostGisTables.ReadMark);

    /// <summary>
    /// The page items alone: the one column a page sends, beside the position. Nothing of the claim
    /// is decoded or converted, in the database (no <c>jsonb</c> or geometry output) or here.
    /// </summary>
    private protected override IReadOnlyList<(long Position, ClaimJson Claim)> ReadFeatures(ClaimQuery query, ClaimKeyset keyset, int limit) =>
        ReadPage(query, keyset, limit, "c.page_json", PostGisTables.ReadPageJson);

    /// <summary>
    /// A keyset page of <paramref name="columns"/> and the position (selected last): in creation order the
    /// claims after the cursor's position, by the primary key or the filter's indexes; in a sort's order
    /// those after the cursor's (key, fid), by the sort's index (migration 8). A small page of a text
    /// search probes the next claims in order first (<see cref="PostGisTextPage"/>); a date-sorted
    /// page under a date window walks the one-day claims and the wider ones apart (<see cref="PostGisDatePage"/>);
    /// a sorted page under a box of many claims, or a window with a common word, walks the sort's index (<see cref="PostGisSortWalk"/>),
    /// or, sorted by date under a box and a window, the window's days; a sorted page under a box that is not walked reads the
    /// box's claims in the table's order, the next asked for ahead (<see cref="PostGisCandidatePage"/>).
    /// </summary>
    private List<(long Position, T Claim)> ReadPage<T>(ClaimQuery query, ClaimKeyset keyset, int limit, string columns, Func<NpgsqlDataReader, T> read) =>
        OnConnection(c =>
        {
            var sql = PageSql(c, query, keyset, limit, columns, out var parameters, out var sorted);
            (long, T) Row(NpgsqlDataReader r) => (r.GetInt64(r.FieldCount - 1), read(r));
            return sorted && PostGisCandidatePage.Applies(query, keyset) ? PostGisCandidatePage.Read(c, sql, parameters, Row) : PostGisRows.Read(c, sql, parameters, Row);
        });

    /// <summary>
    /// The statement of <see cref="ReadPage"/> and its <paramref name="parameters"/>; a sorted page
    /// under a box first reads the box's cell counts on <paramref name="connection"/> to choose
    /// between walking the sort's index (or a window's days) and sorting the box's claims
    /// (<see cref="PostGisSortWalk"/>); <paramref name="sorted"/> tells the last.
    /// </summary>
    private static string PageSql(NpgsqlConnection connection, ClaimQuery query, ClaimKeyset keyset, int limit, string columns, out List<NpgsqlParameter> parameters, out bool sorted)
    {
        var where = PostGisQuery.Of(query);
        string order;
        if (keyset.Sort == ClaimSort.Created)
        {
            order = AfterInCreationOrder(where, query, keyset.Position);
        }
        else
        {
            if (keyset.Condition(PostGisQuery.SortKeys, "c.fid", '@') is { } after)
            {
                where.Add(after, new NpgsqlParameter(ClaimKeyset.KeyParameter, keyset.Key), new NpgsqlParameter(ClaimKeyset.PositionParameter, keyset.Position));
            }

            order = keyset.OrderBy(PostGisQuery.SortKeys, "c.fid");
        }

        where.Parameters.Add(new NpgsqlParameter("limit", limit));
        parameters = where.Parameters;
        sorted = false;
        if (PostGisTextPage.Applies(query, keyset, limit))
        {
            return PostGisTextPage.Sql(columns, where);
        }

        if (PostGisDatePage.Applies(query, keyset))
        {
            return PostGisDatePage.Sql(columns, where, query, keyset, PostGisSortWalk.WordRows(connection, query, limit));
        }

        if (PostGisSortWalk.BoxRows(connection, query, keyset, limit) is { } rows)
        {
            return PostGisDatePage.WalksWindow(query, keyset) ? PostGisDatePage.Sql(columns, where, query, keyset, rows) : PostGisSortWalk.BoxPage(columns, where, keyset, rows);
        }

        sorted = true;
        return $"SELECT {columns}, c.fid FROM claims c {where.Where} {order} LIMIT @limit";
    }

    /// <summary>As the first page of <see cref="ReadClaims"/>, by the same plan, selecting two narrow columns: the claims' <c>jsonb</c> and geometry are neither read nor sent.</summary>
    private protected override IReadOnlyList<ClaimCategory> ReadCategories(ClaimQuery query, int limit)
    {
        var where = PostGisQuery.Of(query);
        var order = AfterInCreationOrder(where, query, 0);
        where.Parameters.Add(new NpgsqlParameter("limit", limit));
        return Rows($"SELECT c.id, c.category FROM claims c {where.Where} {order} LIMIT @limit", where.Parameters, r => new ClaimCategory(r.GetString(0), r.GetString(1)));
    }

    /// <summary>
    /// Selects the claims after <paramref name="position"/> and returns the order of creation. With
    /// a box, the order is the distance from the cursor (<c>fid &lt;-&gt; @after</c>, the same order,
    /// as every fid is past it), which two GiST indexes give (migration 19): the box-and-dates index
    /// for a small box, whose scan stops at the page's last claim instead of fetching every claim in
    /// the box to sort them, the position's for a box of most claims. Without a box, the primary
    /// key or a region's index gives the order already.
    /// </summary>
    private static string AfterInCreationOrder(PostGisQuery where, ClaimQuery query, long position)
    {
        where.Add("c.fid > @after", new NpgsqlParameter("after", position));
        return query.Box is null ? "ORDER BY c.fid" : "ORDER BY c.fid <-> @after";
    }

    private protected override ClaimFacets? ReadFacets(ClaimQuery query, CountLimit limit) => OnConnection(c => PostGisAggregates.Facets(c, query, limit));

    private protected override DateHistogram? ReadHistogram(ClaimQuery query, DateBinSize size, CountLimit limit) => OnConnection(c => PostGisAggregates.Histogram(c, query, size, limit));

    private protected override TimeSpan? EstimateCountTime(ClaimQuery query) => OnConnection(c => PostGisCountEstimate.Time(c, query));

    private protected override byte[] ReadTile(ClaimQuery query, TileAddress tile) => OnConnection(c => PostGisTiles.Read(c, query, tile));

    /// <summary>
    /// Waits for a notification on the store's listening connection, then looks at the position;
    /// the signal is taken before the position is read, so a write committed in between still wakes it.
    /// A replica may replay a write after its notification arrives: once a notification was heard,
    /// a store reading from a replica looks again every little while until the position moves.
    /// </summary>
    public override async Task<StorePosition> WaitForChangeAsync(StorePosition seen, TimeSpan timeout, CancellationToken cancel = default)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        var heard = false;
        while (true)
        {
            var signal = _changes.Signal;
            var position = await PositionAsync(cancel);
            var left = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), deadline);
            if (position.History > seen.History || position.Sources > seen.Sources || left <= TimeSpan.Zero)
            {
                return position;
            }

            var poll = !_changes.IsListening ? UnheardPoll : heard && _reads.HasReplica ? ReplicaPoll : left;
            try
            {
                await signal.WaitAsync(TimeSpan.FromTicks(Math.Min(left.Ticks, poll.Ticks)), cancel);
                heard = true;
            }
            catch (TimeoutException)
            {
                // Time to look again: the deadline, or the fallback poll while the database cannot be listened to.
            }
        }
    }

    private protected override StorePosition ReadPosition() =>
        Rows("SELECT (SELECT coalesce(max(fid), 0) FROM claim_history), (SELECT coalesce(max(fid), 0) FROM sources)", [], r => new StorePosition(r.GetInt64(0), r.GetInt64(1)))[0];

    private protected override IReadOnlyList<ClaimHistoryEntry> ReadHistory(string id) =>
        Rows(PostGisHistoryRows.Select, [new("id", id)], row => PostGisHistoryRows.Read(row, claim => ClaimGeoJson.FeatureText(Placed(PostGisTables.ReadClaim(claim)))));

    public override async ValueTask DisposeAsync()
    {
        await _changes.DisposeAsync();
        await _pendingSearchKeys.DisposeAsync();
        await _reads.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    /// <summary>Seeds a new database, or derives the values migration 3 added for the claims an earlier release wrote.</summary>
    private void SeedOrBackfill(StoreSeed seed) => Write(tables =>
    {
        var postgis = (PostGisTables)tables;
        postgis.LockStore();
        if (postgis.IsEmpty())
        {
            Writes.Seed(tables, seed);
            SeedEvents(new EventTables(new PostGisEventSql(postgis.Connection, null), tables), seed);
        }
        else
        {
            PostGisBackfill.Run(postgis, Writes);
        }

        return true;
    });

    private protected override T Write<T>(Func<IClaimTransaction, T> work, bool commit = true) => Write(work, commit, mayStage: false);

    /// <summary>A write; <paramref name="mayStage"/> only for an import, whose caller builds and swaps in what it staged.</summary>
    private T Write<T>(Func<IClaimTransaction, T> work, bool commit, bool mayStage)
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var result = work(new PostGisTables(connection, transaction, _placer) { MayStage = mayStage });
        if (commit)
        {
            transaction.Commit();
            _reads.Wrote(connection);
            _pendingSearchKeys.Wrote();
        }

        return result;
    }

    /// <summary>
    /// An import as any write, unless it staged itself beside the store (<see cref="StagedImport"/>):
    /// then its transaction committed only the staged tables, which are built and swapped in here,
    /// or dropped if that fails. The runs of its claims are deleted however it ends.
    /// </summary>
    private protected override T WriteImport<T>(Func<IClaimTransaction, T> work, bool commit)
    {
        PostGisTables? tables = null;
        T result;
        try
        {
            result = Write(
                tx =>
                {
                    tables = (PostGisTables)tx;
                    return work(tx);
                },
                commit,
                mayStage: true);
        }
        catch
        {
            tables?.Staged?.Dispose();
            throw;
        }

        using var staged = tables?.Staged;
        if (staged is null)
        {
            return result;
        }

        try
        {
            StagedBuild.Run(_dataSource, staged);
            using var connection = _dataSource.OpenConnection();
            StagedSwap.Run(connection, staged);
            _reads.Wrote(connection);
            _pendingSearchKeys.Wrote();
        }
        catch
        {
            staged.Discard(_dataSource);
            throw;
        }

        return result;
    }

    private protected override IReadOnlyList<QuoteAnchor> ReadAnchors(string sourceId, string afterClaimId, int limit) =>
        Rows(
            $"SELECT {PostGisAnchorRows.SelectColumns} FROM quote_anchors WHERE to_source = @to AND claim_id > @after ORDER BY claim_id LIMIT @limit",
            [new("to", sourceId), new("after", afterClaimId), new("limit", limit)],
            PostGisAnchorRows.Read);

    private List<T> Rows<T>(string sql, IReadOnlyList<NpgsqlParameter> parameters, Func<NpgsqlDataReader, T> read) =>
        OnConnection(c => PostGisRows.Read(c, sql, parameters, read));

    private T OnConnection<T>(Func<NpgsqlConnection, T> read)
    {
        using var connection = _reads.Open();
        return read(connection);
    }

    private Claim Placed((string Id, ClaimData Data, Geometry Geometry) row) => _placer.Place(row.Id, row.Data, row.Geometry);
}
