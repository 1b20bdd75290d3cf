using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The single-user claim store: one GeoPackage file that GDAL, QGIS and <c>ogr2ogr</c> open as
/// it is (see <see cref="GeoPackageSchema"/>). Each call opens a pooled connection, and each write
/// runs in one <c>BEGIN IMMEDIATE</c> transaction, so writers in several processes queue on
/// SQLite's file lock and a crash rolls back through the journal. Source texts are cached once
/// read: they never change.
/// </summary>
public sealed class GeoPackageClaimStore : IClaimStore
{
    private readonly string _connectionString;
    private readonly ClaimPreparer _preparer;
    private readonly ClaimPlacer _placer;
    private readonly AreaCatalog _areas;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, Source> _sources = new(StringComparer.Ordinal);

    private GeoPackageClaimStore(string path, AreaCatalog areas, TimeProvider clock)
    {
        Path = path;
        _connectionString = ConnectionString(path, SqliteOpenMode.ReadWrite);
        _preparer = new ClaimPreparer(areas);
        _placer = new ClaimPlacer(areas);
        _areas = areas;
        _clock = clock;
    }

    public string Path { get; }

    public string Description => Path;

    /// <summary>One user's file: the app serves it from its snapshot, which catches up with the rare write from another process.</summary>
    public bool IsShared => false;

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
        return store;
    }

    public Task<IReadOnlyList<Source>> SourcesAsync(CancellationToken cancel = default) => Run(ReadSources, cancel);

    public Task<Source?> FindSourceAsync(string id, CancellationToken cancel = default) => Run(() => FindSource(id), cancel);

    public Task<IReadOnlyList<Claim>> ClaimsAsync(CancellationToken cancel = default) => Run(ReadClaims, cancel);

    public Task<Claim?> FindClaimAsync(string id, CancellationToken cancel = default) => Run(() => FindClaim(id), cancel);

    public Task<IReadOnlyList<Claim>> QueryAsync(ClaimFilter filter, CancellationToken cancel = default) =>
        Run<IReadOnlyList<Claim>>(() => Query(ClaimQuery.Of(filter, _areas)), cancel);

    public Task<StorePosition> PositionAsync(CancellationToken cancel = default) => Run(ReadPosition, cancel);

    /// <summary>Writers take the file's lock one at a time, so fids grow in commit order and the largest one read is final.</summary>
    public Task<StoreChanges> ChangesAfterAsync(StorePosition position, CancellationToken cancel = default) => Run(() =>
    {
        var upTo = ReadPosition();
        if (upTo == position)
        {
            return StoreChanges.None(position);
        }

        Dictionary<string, object> Range(long after, long last) => new() { ["$after"] = after, ["$last"] = last };
        var sources = Select($"SELECT {SourceRows.SelectColumns} FROM sources WHERE fid > $after AND fid <= $last ORDER BY fid", Range(position.Sources, upTo.Sources), SourceRows.Read);
        var ids = Select("SELECT claimId FROM claim_history WHERE fid > $after AND fid <= $last GROUP BY claimId ORDER BY min(fid)", Range(position.History, upTo.History), r => r.GetString(0));
        var claims = Select(
            $"SELECT {ClaimRows.SelectColumns} FROM claims WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY fid",
            new Dictionary<string, object> { ["$ids"] = System.Text.Json.JsonSerializer.Serialize(ids) },
            row => Placed(ClaimRows.Read(row)));
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

    public Task<IReadOnlyList<ClaimHistoryEntry>> HistoryAsync(string id, CancellationToken cancel = default) => Run<IReadOnlyList<ClaimHistoryEntry>>(() => ReadHistory(id), cancel);

    public Task<ImportReport> ImportAsync(IEnumerable<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel = default) =>
        Run(() => Import([.. drafts], options, cancel), cancel);

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private static Task<T> Run<T>(Func<T> work, CancellationToken cancel) => Task.Run(work, cancel);

    private static Task Run(Action work, CancellationToken cancel) => Task.Run(work, cancel);

    private static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private static SqliteConnection Connect(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
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
                    command.CommandText = GeoPackageSchema.Create;
                    command.ExecuteNonQuery();
                }

                using var tables = new ClaimTables(connection, transaction);
                var now = Timestamps.Now(_clock);
                foreach (var source in seed.Sources)
                {
                    tables.InsertSource(source, supersedes: null, now);
                }

                var sources = seed.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
                WriteImport(tables, seed.ClaimDrafts(), new ImportOptions(), id => sources.GetValueOrDefault(id), CancellationToken.None);
                transaction.Commit();
            }

            SqliteConnection.ClearPool(new SqliteConnection(temporaryConnection));
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
        using var connection = Connect(_connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA application_id";
        try
        {
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
            throw new StoreFormatException(Path, e.Message);
        }
    }

    private T Write<T>(Func<ClaimTables, T> work)
    {
        using var connection = Connect(_connectionString);
        using var transaction = connection.BeginTransaction();
        using var tables = new ClaimTables(connection, transaction);
        var result = work(tables);
        tables.TouchContents(Timestamps.Now(_clock));
        transaction.Commit();
        return result;
    }

    private void Write(Action<ClaimTables> work) => Write(tables =>
    {
        work(tables);
        return true;
    });

    private Claim Create(ClaimTables tables, ClaimDraft draft, string? actor)
    {
        var id = ClaimPreparer.DeriveId(draft, tables.ClaimExists);
        if (tables.FindClaim(id) is { } existing)
        {
            throw new ClaimConflictException(id, Placed(existing), $"A claim with the id '{id}' already exists.");
        }

        var now = Timestamps.Now(_clock);
        var claim = PrepareOrThrow(tables, id, draft, now, now, tables.NextCreateVersion(id));
        tables.InsertClaim(claim);
        tables.AppendHistory(id, claim.Data.Version, now, actor, HistoryAction.Create, null, claim);
        return claim;
    }

    private Claim Update(ClaimTables tables, string id, int expectedVersion, ClaimDraft draft, string? actor)
    {
        var old = CurrentAt(tables, id, expectedVersion);
        var now = Timestamps.Now(_clock);
        var claim = PrepareOrThrow(tables, id, draft, old.Data.CreatedAt, now, old.Data.Version + 1);
        tables.UpdateClaim(claim);
        tables.AppendHistory(id, claim.Data.Version, now, actor, HistoryAction.Update, old, claim);
        return claim;
    }

    private void Delete(ClaimTables tables, string id, int expectedVersion, string? actor)
    {
        var old = CurrentAt(tables, id, expectedVersion);
        tables.DeleteClaim(id);
        tables.AppendHistory(id, old.Data.Version + 1, Timestamps.Now(_clock), actor, HistoryAction.Delete, old, null);
    }

    private Claim CurrentAt(ClaimTables tables, string id, int expectedVersion)
    {
        var current = (tables.FindClaim(id) is { } row ? Placed(row) : null) ?? throw new ClaimNotFoundException(id);
        if (current.Data.Version != expectedVersion)
        {
            throw new ClaimConflictException(id, current, $"Claim '{id}' is at version {current.Data.Version}, not {expectedVersion}; it was changed since it was read.");
        }

        return current;
    }

    private Claim PrepareOrThrow(ClaimTables tables, string id, ClaimDraft draft, DateTimeOffset createdAt, DateTimeOffset updatedAt, int version)
    {
        var (claim, problems) = _preparer.Prepare(id, draft, SourcesVia(tables), createdAt, updatedAt, version);
        return claim ?? throw new StoreValidationException(problems);
    }

    private ImportReport Import(IReadOnlyList<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel)
    {
        using var connection = Connect(_connectionString);
        using (var cache = connection.CreateCommand())
        {
            // A large import touches many pages; a 64 MiB cache keeps SQLite from spilling them to the file mid-transaction.
            cache.CommandText = "PRAGMA cache_size = -65536";
            cache.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var tables = new ClaimTables(connection, transaction);
        var report = WriteImport(tables, drafts, options, SourcesVia(tables), cancel);
        if (!options.DryRun)
        {
            tables.TouchContents(Timestamps.Now(_clock));
            transaction.Commit();
        }

        return report;
    }

    private ImportReport WriteImport(ClaimTables tables, IReadOnlyList<ClaimDraft> drafts, ImportOptions options, Func<string, Source?> findSource, CancellationToken cancel) =>
        new BulkImport(tables, _preparer, findSource, Timestamps.Now(_clock)) { Placed = Placed }.Run(drafts, options, cancel);

    private Source RegisterSource(ClaimTables tables, SourceDraft draft)
    {
        var problems = SourceRules.Check(draft, tables.SourceExists);
        if (problems.Count > 0)
        {
            throw new StoreValidationException(problems);
        }

        var id = SourceRules.DeriveId(draft, tables.SourceExists);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(draft.Text)));
        var source = new Source(id, draft.Title, draft.Publisher, draft.Language, draft.TranslatedFrom, draft.Url, draft.PublishedDate, sha256, draft.Notes, draft.Text);
        tables.InsertSource(source, draft.Supersedes, Timestamps.Now(_clock));
        return source;
    }

    /// <summary>Source lookups inside a write go through the write's own connection, never a second one that could wait on its lock.</summary>
    private Func<string, Source?> SourcesVia(ClaimTables tables) =>
        id => _sources.TryGetValue(id, out var cached) ? cached : tables.FindSource(id) is { } found ? _sources.GetOrAdd(id, found) : null;

    private Source? FindSource(string id) => SelectSources("WHERE id = $id", id).FirstOrDefault();

    private StorePosition ReadPosition() =>
        Select("SELECT (SELECT coalesce(max(fid), 0) FROM claim_history), (SELECT coalesce(max(fid), 0) FROM sources)", [], r => new StorePosition(r.GetInt64(0), r.GetInt64(1)))[0];

    private IReadOnlyList<Source> ReadSources() => SelectSources(string.Empty, null);

    private List<Source> SelectSources(string where, string? id) =>
        Select($"SELECT {SourceRows.SelectColumns} FROM sources {where} ORDER BY fid", id, SourceRows.Read);

    private IReadOnlyList<Claim> ReadClaims() => SelectClaims(string.Empty, null);

    private Claim? FindClaim(string id) => SelectClaims("WHERE id = $id", id).FirstOrDefault();

    private List<Claim> SelectClaims(string where, string? id) =>
        Select($"SELECT {ClaimRows.SelectColumns} FROM claims {where} ORDER BY fid", id, row => Placed(ClaimRows.Read(row)));

    private List<Claim> Query(ClaimQuery query)
    {
        var (sql, parameters) = GeoPackageQuery.Build(query);
        return Select(sql, parameters, row => Placed(ClaimRows.Read(row)), connection => GeoPackageQuery.RegisterFunctions(connection, query));
    }

    private List<T> Select<T>(string sql, string? id, Func<SqliteDataReader, T> read) =>
        Select(sql, new Dictionary<string, object> { ["$id"] = (object?)id ?? DBNull.Value }, read);

    private List<T> Select<T>(string sql, Dictionary<string, object> parameters, Func<SqliteDataReader, T> read, Action<SqliteConnection>? prepare = null)
    {
        using var connection = Connect(_connectionString);
        prepare?.Invoke(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
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
    private Claim Placed((string Id, ClaimData Data, byte[] Geometry) row) => _placer.Place(row.Id, row.Data, GeometryBlob.Read(row.Geometry));

    private List<ClaimHistoryEntry> ReadHistory(string id) =>
        Select("SELECT claimId, version, at, actor, action, oldValue, newValue FROM claim_history WHERE claimId = $id ORDER BY version", id, row =>
        {
            JsonObject? Feature(int i) => row.IsDBNull(i) ? null : JsonNode.Parse(row.GetString(i))!.AsObject();
            return new ClaimHistoryEntry(
                row.GetString(0),
                row.GetInt32(1),
                Timestamps.Read(row.GetString(2)),
                row.IsDBNull(3) ? null : row.GetString(3),
                Enum.Parse<HistoryAction>(row.GetString(4), ignoreCase: true),
                Feature(5),
                Feature(6));
        });
}
