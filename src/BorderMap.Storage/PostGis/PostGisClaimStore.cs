using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;
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
public sealed class PostGisClaimStore : IClaimStore
{
    private const int ProgressEvery = 5000;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ClaimPreparer _preparer;
    private readonly ClaimPlacer _placer;
    private readonly AreaCatalog _areas;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, Source> _sources = new(StringComparer.Ordinal);

    private PostGisClaimStore(NpgsqlDataSource dataSource, string description, AreaCatalog areas, TimeProvider clock)
    {
        _dataSource = dataSource;
        Description = description;
        _preparer = new ClaimPreparer(areas);
        _placer = new ClaimPlacer(areas);
        _areas = areas;
        _clock = clock;
    }

    public string Description { get; }

    public bool IsShared => true;

    /// <summary>
    /// Connects to <paramref name="location"/> (see <see cref="PostGisAddress"/>), migrates the
    /// schema and, when the database holds no BorderMap data yet, seeds it, both under an advisory
    /// lock so that instances starting together neither race nor seed twice.
    /// </summary>
    /// <exception cref="StoreFormatException">the database cannot be reached or used.</exception>
    public static PostGisClaimStore Open(string location, AreaCatalog areas, StoreSeed seed, TimeProvider? clock = null)
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

            var dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString).UseNetTopologySuite().Build();
            var store = new PostGisClaimStore(dataSource, description, areas, clock ?? TimeProvider.System);
            store.SeedIfEmpty(seed);
            return store;
        }
        catch (NpgsqlException e)
        {
            throw new StoreFormatException(description, e.Message);
        }
    }

    public Task<IReadOnlyList<Source>> SourcesAsync(CancellationToken cancel = default) =>
        Run<IReadOnlyList<Source>>(() => Select($"SELECT {PostGisTables.SourceColumns} FROM sources ORDER BY fid", null, PostGisTables.ReadSource), cancel);

    public Task<Source?> FindSourceAsync(string id, CancellationToken cancel = default) =>
        Run(() => Select($"SELECT {PostGisTables.SourceColumns} FROM sources WHERE id = @id", id, PostGisTables.ReadSource).FirstOrDefault(), cancel);

    public Task<IReadOnlyList<Claim>> ClaimsAsync(CancellationToken cancel = default) =>
        Run<IReadOnlyList<Claim>>(() => Select($"SELECT {PostGisTables.ClaimColumns} FROM claims ORDER BY fid", null, r => Placed(PostGisTables.ReadClaim(r))), cancel);

    public Task<Claim?> FindClaimAsync(string id, CancellationToken cancel = default) =>
        Run(() => Select($"SELECT {PostGisTables.ClaimColumns} FROM claims WHERE id = @id", id, r => Placed(PostGisTables.ReadClaim(r))).FirstOrDefault(), cancel);

    public Task<IReadOnlyList<Claim>> QueryAsync(ClaimFilter filter, CancellationToken cancel = default)
    {
        var (sql, parameters) = PostGisQuery.Build(ClaimQuery.Of(filter, _areas));
        return Run<IReadOnlyList<Claim>>(() => Rows(sql, parameters, r => Placed(PostGisTables.ReadClaim(r))), cancel);
    }

    /// <summary>Asks again while a long write is in flight (see <see cref="ReadPosition"/>).</summary>
    public async Task<StorePosition> PositionAsync(CancellationToken cancel = default)
    {
        while (true)
        {
            if (await Run(ReadPosition, cancel) is { } position)
            {
                return position;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancel);
        }
    }

    public Task<StoreChanges> ChangesAfterAsync(StorePosition position, CancellationToken cancel = default) => Run(() =>
    {
        // While a long write is in flight, report nothing rather than hold writers up; the caller asks again.
        if (ReadPosition() is not { } upTo || upTo == position)
        {
            return StoreChanges.None(position);
        }

        NpgsqlParameter[] Range(long after, long last) => [new("after", after), new("last", last)];
        var sources = Rows($"SELECT {PostGisTables.SourceColumns} FROM sources WHERE fid > @after AND fid <= @last ORDER BY fid", Range(position.Sources, upTo.Sources), PostGisTables.ReadSource);
        var ids = Rows("SELECT claim_id FROM claim_history WHERE fid > @after AND fid <= @last GROUP BY claim_id ORDER BY min(fid)", Range(position.History, upTo.History), r => r.GetString(0));
        var claims = Rows($"SELECT {PostGisTables.ClaimColumns} FROM claims WHERE id = ANY(@ids) ORDER BY fid", [new NpgsqlParameter("ids", ids.ToArray())], r => Placed(PostGisTables.ReadClaim(r)));
        return new StoreChanges(upTo, sources, ids, claims);
    }, cancel);

    public Task<Source> RegisterSourceAsync(SourceDraft draft, CancellationToken cancel = default) =>
        Run(() => Write(tables => RegisterSource(tables, draft)), cancel);

    public Task<Claim> CreateClaimAsync(ClaimDraft draft, string? actor, CancellationToken cancel = default) =>
        Run(() => Write(tables => Create(tables, draft, actor)), cancel);

    public Task<Claim> UpdateClaimAsync(string id, int expectedVersion, ClaimDraft draft, string? actor, CancellationToken cancel = default) =>
        Run(() => Write(tables => Update(tables, id, expectedVersion, draft, actor)), cancel);

    public Task DeleteClaimAsync(string id, int expectedVersion, string? actor, CancellationToken cancel = default) =>
        Run(() => Write(tables => Delete(tables, id, expectedVersion, actor)), cancel);

    public Task<IReadOnlyList<ClaimHistoryEntry>> HistoryAsync(string id, CancellationToken cancel = default) =>
        Run<IReadOnlyList<ClaimHistoryEntry>>(
            () => Select("SELECT claim_id, version, at, actor, action, old_value::text, new_value::text FROM claim_history WHERE claim_id = @id ORDER BY version", id, row =>
            {
                JsonObject? Feature(int i) => row.IsDBNull(i) ? null : JsonNode.Parse(row.GetString(i))!.AsObject();
                return new ClaimHistoryEntry(
                    row.GetString(0),
                    row.GetInt32(1),
                    new DateTimeOffset(row.GetDateTime(2), TimeSpan.Zero),
                    row.IsDBNull(3) ? null : row.GetString(3),
                    Enum.Parse<HistoryAction>(row.GetString(4), ignoreCase: true),
                    Feature(5),
                    Feature(6));
            }),
            cancel);

    public Task<ImportReport> ImportAsync(IEnumerable<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel = default) =>
        Run(() => Write(tables => WriteImport(tables, [.. drafts], options, cancel), commit: !options.DryRun), cancel);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static Task<T> Run<T>(Func<T> work, CancellationToken cancel) => Task.Run(work, cancel);

    private static Task Run(Action work, CancellationToken cancel) => Task.Run(work, cancel);

    private void SeedIfEmpty(StoreSeed seed) => Write(tables =>
    {
        tables.LockStore();
        if (!tables.IsEmpty())
        {
            return false;
        }

        var now = Now();
        foreach (var source in seed.Sources)
        {
            tables.InsertSource(source, supersedes: null, now);
        }

        WriteImport(tables, seed.ClaimDrafts(), new ImportOptions(), CancellationToken.None);
        return true;
    });

    private T Write<T>(Func<PostGisTables, T> work, bool commit = true)
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var tables = new PostGisTables(connection, transaction);
        tables.HoldHistoryFence();
        var result = work(tables);
        if (commit)
        {
            transaction.Commit();
        }

        return result;
    }

    private void Write(Action<PostGisTables> work) => Write(tables =>
    {
        work(tables);
        return true;
    });

    /// <summary>
    /// The largest history and source fids, read while holding <see cref="PostGisSchema.HistoryFence"/>
    /// exclusively, so that no smaller fid can still commit; null when a write stays in flight for
    /// 200 ms. A short write ends within that; a long import then holds writers that come after
    /// this request up for no longer (only trying for the lock would never hold them up, but under
    /// a steady stream of overlapping short writes it would never succeed).
    /// </summary>
    private StorePosition? ReadPosition()
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var command = new NpgsqlCommand("SET LOCAL lock_timeout = '200ms'", connection, transaction);
        command.ExecuteNonQuery();
        command.CommandText = $"SELECT pg_advisory_xact_lock({PostGisSchema.HistoryFence})";
        try
        {
            command.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return null;
        }

        command.CommandText = "SELECT (SELECT coalesce(max(fid), 0) FROM claim_history), (SELECT coalesce(max(fid), 0) FROM sources)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StorePosition(reader.GetInt64(0), reader.GetInt64(1));
    }

    private DateTimeOffset Now()
    {
        // PostgreSQL keeps microseconds; keep milliseconds, like the GeoPackage store, so both stores hold the same times.
        var now = _clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private Claim Create(PostGisTables tables, ClaimDraft draft, string? actor)
    {
        var id = ClaimPreparer.DeriveId(draft, tables.ClaimExists);
        if (tables.FindClaim(id) is { } existing)
        {
            throw Exists(id, Placed(existing));
        }

        var now = Now();
        var claim = PrepareOrThrow(tables, id, draft, now, now, tables.NextCreateVersion(id));
        if (!tables.InsertClaim(claim))
        {
            throw Exists(id, tables.FindClaim(id) is { } created ? Placed(created) : null);
        }

        tables.AppendHistory(id, claim.Data.Version, now, actor, HistoryAction.Create, null, ClaimGeoJson.FeatureText(claim));
        return claim;
    }

    private static ClaimConflictException Exists(string id, Claim? current) => new(id, current, $"A claim with the id '{id}' already exists.");

    private Claim Update(PostGisTables tables, string id, int expectedVersion, ClaimDraft draft, string? actor)
    {
        var old = CurrentAt(tables, id, expectedVersion);
        var now = Now();
        var claim = PrepareOrThrow(tables, id, draft, old.Data.CreatedAt, now, expectedVersion + 1);
        if (!tables.UpdateClaim(claim, expectedVersion))
        {
            throw Moved(tables, id, expectedVersion);
        }

        tables.AppendHistory(id, claim.Data.Version, now, actor, HistoryAction.Update, ClaimGeoJson.FeatureText(old), ClaimGeoJson.FeatureText(claim));
        return claim;
    }

    private void Delete(PostGisTables tables, string id, int expectedVersion, string? actor)
    {
        var old = CurrentAt(tables, id, expectedVersion);
        if (!tables.DeleteClaim(id, expectedVersion))
        {
            throw Moved(tables, id, expectedVersion);
        }

        tables.AppendHistory(id, expectedVersion + 1, Now(), actor, HistoryAction.Delete, ClaimGeoJson.FeatureText(old), null);
    }

    private Claim CurrentAt(PostGisTables tables, string id, int expectedVersion)
    {
        var current = (tables.FindClaim(id) is { } row ? Placed(row) : null) ?? throw new ClaimNotFoundException(id);
        return current.Data.Version == expectedVersion ? current : throw Conflict(id, current, expectedVersion);
    }

    /// <summary>The write found the claim changed or deleted by another writer after it was read: what is there now.</summary>
    private ClaimConflictException Moved(PostGisTables tables, string id, int expectedVersion) =>
        tables.FindClaim(id) is { } row ? Conflict(id, Placed(row), expectedVersion) : new ClaimConflictException(id, null, $"Claim '{id}' was deleted by another writer since it was read.");

    private static ClaimConflictException Conflict(string id, Claim current, int expectedVersion) =>
        new(id, current, $"Claim '{id}' is at version {current.Data.Version}, not {expectedVersion}; it was changed since it was read.");

    private Claim PrepareOrThrow(PostGisTables tables, string id, ClaimDraft draft, DateTimeOffset createdAt, DateTimeOffset updatedAt, int version)
    {
        var (claim, problems) = _preparer.Prepare(id, draft, SourcesVia(tables), createdAt, updatedAt, version);
        return claim ?? throw new StoreValidationException(problems);
    }

    private Source RegisterSource(PostGisTables tables, SourceDraft draft)
    {
        var problems = SourceRules.Check(draft, tables.SourceExists);
        if (problems.Count > 0)
        {
            throw new StoreValidationException(problems);
        }

        var id = SourceRules.DeriveId(draft, tables.SourceExists);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(draft.Text)));
        var source = new Source(id, draft.Title, draft.Publisher, draft.Language, draft.TranslatedFrom, draft.Url, draft.PublishedDate, sha256, draft.Notes, draft.Text);
        tables.InsertSource(source, draft.Supersedes, Now());
        return source;
    }

    /// <summary>
    /// An import in one transaction, in the GeoPackage store's three passes: look up what the
    /// store holds (a few set-wise queries), validate and place every draft (parallel), then write
    /// new claims and the history with binary <c>COPY</c> and changed claims with batched,
    /// version-checked updates. Every problem of every draft is collected before anything is written.
    /// </summary>
    private ImportReport WriteImport(PostGisTables tables, IReadOnlyList<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel)
    {
        var problems = new List<ImportProblem>();
        var stored = tables.ClaimIds();
        var lastVersions = tables.LastHistoryVersions();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var plans = new List<(int Index, string Id, ClaimDraft Draft)>(drafts.Count);
        var sources = new Dictionary<string, Source?>(StringComparer.Ordinal);
        var findSource = SourcesVia(tables);
        for (var index = 0; index < drafts.Count; index++)
        {
            cancel.ThrowIfCancellationRequested();
            var draft = drafts[index];
            var id = ClaimPreparer.DeriveId(draft, candidate => seen.ContainsKey(candidate) || stored.Contains(candidate));
            if (!seen.TryAdd(id, index))
            {
                problems.Add(new ImportProblem(index, "id", $"'{id}' occurs more than once in the import (first at {seen[id] + 1})"));
                continue;
            }

            if (!sources.ContainsKey(draft.Data.Source))
            {
                sources[draft.Data.Source] = findSource(draft.Data.Source);
            }

            plans.Add((index, id, draft));
        }

        var existing = tables.FindClaims([.. plans.Where(p => stored.Contains(p.Id)).Select(p => p.Id)]).ToDictionary(p => p.Key, p => Placed(p.Value), StringComparer.Ordinal);
        var now = Now();
        var outcomes = new (Claim? Claim, Claim? Old, IReadOnlyList<FieldProblem> Problems)[plans.Count];
        Parallel.For(0, plans.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var (_, id, draft) = plans[i];
            var old = existing.GetValueOrDefault(id);
            var keep = draft.HasBookkeeping && old is null;
            var nextVersion = old is null ? lastVersions.GetValueOrDefault(id) + 1 : old.Data.Version + 1;
            var (claim, claimProblems) = _preparer.Prepare(
                id, draft, s => sources.GetValueOrDefault(s), keep ? draft.Data.CreatedAt : old?.Data.CreatedAt ?? now, keep ? draft.Data.UpdatedAt : now, keep ? draft.Data.Version : nextVersion);
            if (claim is null || old is null)
            {
                outcomes[i] = (claim, null, claimProblems);
            }
            else if (ClaimGeoJson.Fingerprint(old) == ClaimGeoJson.Fingerprint(claim))
            {
                outcomes[i] = (null, null, []);
            }
            else if (draft.HasBookkeeping && draft.Data.Version != old.Data.Version)
            {
                outcomes[i] = (null, null, [new FieldProblem("version", $"the store has claim '{id}' at version {old.Data.Version}, not {draft.Data.Version}; it was changed since this file was exported")]);
            }
            else
            {
                outcomes[i] = (claim, old, []);
            }
        });

        for (var i = 0; i < plans.Count; i++)
        {
            problems.AddRange(outcomes[i].Problems.Select(p => new ImportProblem(plans[i].Index, p.Field, p.Message)));
        }

        if (problems.Count > 0)
        {
            throw new ImportRejectedException([.. problems.OrderBy(p => p.Index)]);
        }

        var creates = outcomes.Where(o => o.Claim is not null && o.Old is null).Select(o => o.Claim!).ToList();
        var updates = outcomes.Where(o => o.Claim is not null && o.Old is not null).Select(o => (o.Claim!, o.Old!)).ToList();
        if (!options.DryRun)
        {
            var written = 0;
            foreach (var chunk in creates.Chunk(ProgressEvery))
            {
                cancel.ThrowIfCancellationRequested();
                tables.CopyClaims(chunk);
                tables.CopyHistory(chunk.Select(c => (c.Id, c.Data.Version, now, options.Actor, HistoryAction.Create, (string?)null, (string?)ClaimGeoJson.FeatureText(c))));
                written += chunk.Length;
                options.Progress?.Report(written);
            }

            var stale = tables.UpdateClaims([.. updates.Select(u => (u.Item1, u.Item2.Data.Version))]);
            if (stale.Count > 0)
            {
                throw new ImportRejectedException([.. stale.Select(id => new ImportProblem(plans.First(p => p.Id == id).Index, "version", $"claim '{id}' was changed by another writer during the import"))]);
            }

            tables.CopyHistory(updates.Select(u => (u.Item1.Id, u.Item1.Data.Version, now, options.Actor, HistoryAction.Update, (string?)ClaimGeoJson.FeatureText(u.Item2), (string?)ClaimGeoJson.FeatureText(u.Item1))));
        }

        options.Progress?.Report(drafts.Count);
        return new ImportReport(creates.Count, updates.Count, plans.Count - creates.Count - updates.Count, options.DryRun);
    }

    /// <summary>Source lookups inside a write go through the write's own transaction.</summary>
    private Func<string, Source?> SourcesVia(PostGisTables tables) =>
        id => _sources.TryGetValue(id, out var cached) ? cached : tables.FindSource(id) is { } found ? _sources.GetOrAdd(id, found) : null;

    private List<T> Select<T>(string sql, string? id, Func<NpgsqlDataReader, T> read) =>
        Rows(sql, id is null ? [] : [new NpgsqlParameter("id", id)], read);

    private List<T> Rows<T>(string sql, IReadOnlyList<NpgsqlParameter> parameters, Func<NpgsqlDataReader, T> read)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The stored geometry is the placement, so reading places nothing anew; only the anchor is derived.</summary>
    private Claim Placed((string Id, ClaimData Data, Geometry Geometry) row) => _placer.Place(row.Id, row.Data, row.Geometry);
}
