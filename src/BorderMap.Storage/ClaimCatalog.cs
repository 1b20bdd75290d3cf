using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Core.Queries;
using BorderMap.Core.Search;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>
/// What readers see of the store: an immutable <see cref="CatalogSnapshot"/> of every source and
/// claim with its query index, replaced as a whole after each write that goes through this
/// catalog. Reads never wait and never see half a change; writes are serialised here so that each
/// snapshot follows from the one before. The catalog also catches up, about once a second, with
/// what other processes wrote (other app instances on a shared store, a command-line import into
/// the same file), by reading the store's changes after the position it last saw. Thread-safe.
/// Owns the store: disposing the catalog closes it.
/// </summary>
public sealed class ClaimCatalog : IAsyncDisposable
{
    private static readonly TimeSpan CatchUpInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly AreaCatalog _areas;
    private readonly Task _catchingUp;
    private CatalogSnapshot _current;
    private StorePosition _position;

    private ClaimCatalog(IClaimStore store, AreaCatalog areas, CatalogSnapshot current, StorePosition position)
    {
        Store = store;
        _areas = areas;
        _current = current;
        _position = position;
        _catchingUp = Task.Run(CatchUpLoopAsync);
    }

    public IClaimStore Store { get; }

    /// <summary>The latest snapshot. Take it once per request so that everything the request reads agrees.</summary>
    public CatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// The claims that meet the filter, in creation order. A shared store (PostGIS) answers from
    /// the database, so every instance sees what every other instance has written the moment it
    /// is written; a single-user store is answered from the snapshot.
    /// </summary>
    public async Task<IReadOnlyList<Claim>> QueryAsync(ClaimFilter filter, CancellationToken cancel = default) =>
        Store.IsShared ? await Store.QueryAsync(filter, cancel) : Current.Index.Query(filter);

    /// <summary>
    /// One claim, as <see cref="QueryAsync"/> answers: from the database on a shared store, so an
    /// editor always starts from the version every instance would check an edit against.
    /// </summary>
    public async Task<Claim?> FindClaimAsync(string id, CancellationToken cancel = default) =>
        Store.IsShared ? await Store.FindClaimAsync(id, cancel) : Current.Data.FindClaim(id);

    public static async Task<ClaimCatalog> LoadAsync(IClaimStore store, AreaCatalog areas, CancellationToken cancel = default)
    {
        // The position first: whatever is written while the claims are read comes again as a change, never goes missing.
        var position = await store.PositionAsync(cancel);
        var sources = await store.SourcesAsync(cancel);
        var claims = await store.ClaimsAsync(cancel);
        return new ClaimCatalog(store, areas, new CatalogSnapshot(new BorderMapData(areas, sources, claims)), position);
    }

    public Task<Source> RegisterSourceAsync(SourceDraft draft, CancellationToken cancel = default) =>
        WriteAsync(s => s.RegisterSourceAsync(draft, cancel), (data, source) => new(_areas, [.. data.Sources, source], data.Claims));

    public Task<Claim> CreateClaimAsync(ClaimDraft draft, string? actor, CancellationToken cancel = default) =>
        WriteAsync(s => s.CreateClaimAsync(draft, actor, cancel), (data, claim) => new(_areas, data.Sources, [.. data.Claims, claim]));

    public Task<Claim> UpdateClaimAsync(string id, int expectedVersion, ClaimDraft draft, string? actor, CancellationToken cancel = default) =>
        WriteAsync(
            s => s.UpdateClaimAsync(id, expectedVersion, draft, actor, cancel),
            (data, claim) => new(_areas, data.Sources, [.. data.Claims.Select(c => c.Id == id ? claim : c)]));

    public Task DeleteClaimAsync(string id, int expectedVersion, string? actor, CancellationToken cancel = default) =>
        WriteAsync(
            async s =>
            {
                await s.DeleteClaimAsync(id, expectedVersion, actor, cancel);
                return id;
            },
            (data, _) => new(_areas, data.Sources, [.. data.Claims.Where(c => c.Id != id)]));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _catchingUp;
        await Store.DisposeAsync();
        _writes.Dispose();
        _stop.Dispose();
    }

    private async Task CatchUpLoopAsync()
    {
        using var timer = new PeriodicTimer(CatchUpInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    await CatchUpAsync(_stop.Token);
                }
                catch (System.Data.Common.DbException)
                {
                    // The database is unreachable for now: readers keep the last snapshot, and the next tick tries again.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    /// <summary>Under the write lock, so that changes read from the store never overtake a newer write made through this catalog.</summary>
    private async Task CatchUpAsync(CancellationToken cancel)
    {
        await _writes.WaitAsync(cancel);
        try
        {
            var changes = await Store.ChangesAfterAsync(_position, cancel);
            if (CatalogChanges.Apply(Current.Data, changes) is { } data)
            {
                Volatile.Write(ref _current, new CatalogSnapshot(data));
            }

            _position = changes.Position;
        }
        finally
        {
            _writes.Release();
        }
    }

    private async Task<T> WriteAsync<T>(Func<IClaimStore, Task<T>> write, Func<BorderMapData, T, BorderMapData> apply)
    {
        await _writes.WaitAsync();
        try
        {
            var result = await write(Store);
            Volatile.Write(ref _current, new CatalogSnapshot(apply(Current.Data, result)));
            return result;
        }
        finally
        {
            _writes.Release();
        }
    }
}

/// <summary>One consistent view of the store: its sources and claims, their filter index and name search (built on first use).</summary>
public sealed class CatalogSnapshot(BorderMapData data)
{
    private readonly Lazy<NameSearch> _search = new(() => new NameSearch(data.Areas, data.Claims));

    public BorderMapData Data { get; } = data;

    public ClaimIndex Index { get; } = new(data.Claims, data.Areas);

    public NameSearch Search => _search.Value;
}
