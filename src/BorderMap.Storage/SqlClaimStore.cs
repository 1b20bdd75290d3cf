using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage;

/// <summary>
/// What both backends share: the public API of <see cref="IClaimStore"/>, its argument checks, the
/// write use cases (<see cref="ClaimWrites"/>), keyset paging and the cache of sources (which never
/// change). A backend supplies only SQL: its reads, and a write transaction
/// (<see cref="IClaimTransaction"/>). Every call runs on the thread pool, because both drivers'
/// work here is synchronous.
/// </summary>
public abstract partial class SqlClaimStore : IClaimStore
{
    private protected SqlClaimStore(AreaCatalog areas, TimeProvider clock)
    {
        Areas = areas;
        Writes = new ClaimWrites(areas, clock);
    }

    public abstract string Description { get; }

    public abstract bool IsShared { get; }

    private protected AreaCatalog Areas { get; }

    /// <summary>How many writing sessions the backend keeps open for edits, each of which <see cref="RehearseEditAsync"/> readies.</summary>
    private protected virtual int KeptWritingSessions => 1;

    public int CountCap { get; set; } = ClaimFacets.CountCap;

    public TimeSpan CountBudget { get; set; } = ClaimFacets.CountBudget;

    public TimeSpan CountExactBudget { get; set; } = ClaimFacets.CountExactBudget;

    private protected ClaimWrites Writes { get; }

    public Task<IReadOnlyList<Source>> SourcesAsync(CancellationToken cancel = default) => Run(ReadSources, cancel);

    public Task<Source?> FindSourceAsync(string id, CancellationToken cancel = default) => Run(() => ReadSource(id), cancel);

    public Task<Claim?> FindClaimAsync(string id, CancellationToken cancel = default) => Run(() => ReadClaims([id]).GetValueOrDefault(id), cancel);

    public Task<IReadOnlyDictionary<string, Claim>> FindClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ids.Count, 1, nameof(ids));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, IClaimStore.MaxPageSize, nameof(ids));
        return Run(() => ReadClaims([.. ids.Distinct(StringComparer.Ordinal)]), cancel);
    }

    public Task<ClaimPage> PageAsync(ClaimFilter filter, ClaimCursor? after, int limit, CancellationToken cancel = default) =>
        PageAsync(filter, ClaimSort.Created, after, limit, cancel);

    public async Task<ClaimPage> PageAsync(ClaimFilter filter, ClaimSort sort, ClaimCursor? after, int limit, CancellationToken cancel = default)
    {
        var (claims, next) = await Page(filter, sort, after, limit, ReadClaims, claim => claim.Data, cancel);
        return new ClaimPage(claims, next);
    }

    public async Task<ClaimJsonPage> JsonPageAsync(ClaimFilter filter, ClaimSort sort, ClaimCursor? after, int limit, CancellationToken cancel = default)
    {
        var (claims, next) = await Page(filter, sort, after, limit, ReadFeatures, json => ClaimPageJson.Data(json.Feature), cancel);
        return new ClaimJsonPage(claims, next);
    }

    public async Task<ClaimMarkPage> MarkPageAsync(ClaimFilter filter, ClaimCursor? after, int limit, CancellationToken cancel = default)
    {
        var (marks, next) = await Page(filter, ClaimSort.Created, after, limit, ReadMarks, _ => throw new InvalidOperationException("creation order keys on the position alone"), cancel);
        return new ClaimMarkPage(marks, next);
    }

    public Task<IReadOnlyList<ClaimCategory>> FirstCategoriesAsync(ClaimFilter filter, int limit, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IClaimStore.MaxPageSize);
        var query = ClaimQuery.Of(filter, Areas);
        return Run(() => ReadCategories(query, limit), cancel);
    }

    public Task<ClaimFacets> FacetsAsync(ClaimFilter filter, CancellationToken cancel = default) => FacetsAsync(filter, CountMode.WithinBudget, cancel);

    public Task<ClaimFacets> FacetsAsync(ClaimFilter filter, CountMode mode, CancellationToken cancel = default)
    {
        var query = ClaimQuery.Of(filter, Areas);
        return Run(() => Counted(query, mode, limit => ReadFacets(query, limit)), cancel);
    }

    public Task<DateHistogram> HistogramAsync(ClaimFilter filter, DateBinSize size, CancellationToken cancel = default) =>
        HistogramAsync(filter, size, CountMode.WithinBudget, cancel);

    public Task<DateHistogram> HistogramAsync(ClaimFilter filter, DateBinSize size, CountMode mode, CancellationToken cancel = default)
    {
        var query = ClaimQuery.Of(filter, Areas);
        return Run(() => Counted(query, mode, limit => ReadHistogram(query, size, limit)), cancel);
    }

    public Task<byte[]> TileAsync(ClaimFilter filter, TileAddress tile, CancellationToken cancel = default)
    {
        if (!tile.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(tile), tile, "no such tile");
        }

        return Run(() => ReadTile(ClaimQuery.Of(filter, Areas), tile), cancel);
    }

    public Task<IReadOnlyList<ClaimHistoryEntry>> HistoryAsync(string id, CancellationToken cancel = default) => Run(() => ReadHistory(id), cancel);

    public Task<StorePosition> PositionAsync(CancellationToken cancel = default) => Run(ReadPosition, cancel);

    public abstract Task<StorePosition> WaitForChangeAsync(StorePosition seen, TimeSpan timeout, CancellationToken cancel = default);

    public Task<Source> RegisterSourceAsync(SourceDraft draft, string? actor = null, CancellationToken cancel = default) =>
        Run(() => Write(tx => Writes.RegisterSource(tx, draft, actor)), cancel);

    public Task<IReadOnlyList<QuoteAnchor>> AnchorsAsync(string sourceId, string? afterClaimId, int limit, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, QuoteAnchor.MaxPageSize);
        return Run(() => ReadAnchors(sourceId, afterClaimId ?? string.Empty, limit), cancel);
    }

    public Task<QuoteAnchor> ReviewAnchorAsync(string sourceId, string claimId, AnchorReview review, string? actor, CancellationToken cancel = default) =>
        Run(() => Write(tx => Writes.Versions.Review(tx, sourceId, claimId, review, actor)), cancel);

    public Task<Claim> CreateClaimAsync(ClaimDraft draft, string? actor, CancellationToken cancel = default) =>
        Run(() => Write(tx => Writes.Create(tx, draft, actor)), cancel);

    public Task<Claim> UpdateClaimAsync(string id, int expectedVersion, ClaimDraft draft, string? actor, CancellationToken cancel = default) =>
        Run(() => Write(tx => Writes.Update(tx, id, expectedVersion, draft, actor)), cancel);

    /// <summary>
    /// Rehearses on each of the backend's <see cref="KeptWritingSessions"/> at once, one of the first claims
    /// on each: the transactions wait for one another (at most <see cref="RehearsalsMeetWithin"/>) with
    /// their connections open, so that each takes a session of its own from the pool. A fresh server's
    /// slowest edits were the first on a writing session opened during its first load, 0.3–0.65 s of
    /// PostgreSQL's time each against 18–32 ms on a used one (bench/RESULTS.md, Scale, page36).
    /// </summary>
    public async Task RehearseEditAsync(CancellationToken cancel = default)
    {
        var firsts = await Run(() => ReadCategories(ClaimQuery.Of(ClaimFilter.All, Areas), KeptWritingSessions), cancel);
        using var together = new Barrier(firsts.Count);
        await Task.WhenAll(firsts.Select(first => Run(
            () => Write(
                tx =>
                {
                    together.SignalAndWait(RehearsalsMeetWithin, cancel);
                    return tx.FindClaim(first.Id) is { } claim ? Writes.Update(tx, claim.Id, claim.Data.Version, ClaimDraft.Of(claim), actor: null) : null;
                },
                commit: false),
            cancel)));
    }

    public Task DeleteClaimAsync(string id, int expectedVersion, string? actor, CancellationToken cancel = default) =>
        Run(() => Write(tx =>
        {
            Writes.Delete(tx, id, expectedVersion, actor);
            return true;
        }), cancel);

    public Task<ImportReport> ImportAsync(IEnumerable<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel = default) =>
        Run(() => WriteImport(tx => ImportWithEvents(tx, drafts, options, cancel), commit: !options.DryRun), cancel);

    public abstract ValueTask DisposeAsync();

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns (and <paramref name="commit"/>), rolled back when it throws.</summary>
    private protected abstract T Write<T>(Func<IClaimTransaction, T> work, bool commit = true);

    /// <summary>Runs an import as <see cref="Write{T}"/> runs any write; a backend may first ready its connection for writing in bulk.</summary>
    private protected virtual T WriteImport<T>(Func<IClaimTransaction, T> work, bool commit) => Write(work, commit);

    private protected abstract IReadOnlyList<Source> ReadSources();

    private protected abstract Source? ReadSource(string id);

    /// <summary>The stored claims among <paramref name="ids"/> (distinct), by id.</summary>
    private protected abstract IReadOnlyDictionary<string, Claim> ReadClaims(IReadOnlyList<string> ids);

    /// <summary>
    /// Up to <paramref name="limit"/> claims that meet the query, in the keyset's order after its
    /// cursor (in creation order: by position after the cursor's), decoded, with their positions.
    /// </summary>
    private protected abstract IReadOnlyList<(long Position, Claim Claim)> ReadClaims(ClaimQuery query, ClaimKeyset keyset, int limit);

    /// <summary>The claims <see cref="ReadClaims"/> reads, each as its stored page item (<see cref="ClaimPageJson"/>), not decoded.</summary>
    private protected abstract IReadOnlyList<(long Position, ClaimJson Claim)> ReadFeatures(ClaimQuery query, ClaimKeyset keyset, int limit);

    /// <summary>The claims <see cref="ReadClaims"/> reads, each as its <see cref="ClaimMark"/>: the columns a map draws, not the claim's text.</summary>
    private protected abstract IReadOnlyList<(long Position, ClaimMark Claim)> ReadMarks(ClaimQuery query, ClaimKeyset keyset, int limit);

    /// <summary>The ids and categories of the first <paramref name="limit"/> claims that meet the query, in creation order.</summary>
    private protected abstract IReadOnlyList<ClaimCategory> ReadCategories(ClaimQuery query, int limit);

    /// <summary>
    /// The facets of the query; where the claims must be read one by one, under <paramref name="limit"/>:
    /// null when an exact count ran past its budget. Pre-counted answers ignore the limit.
    /// </summary>
    private protected abstract ClaimFacets? ReadFacets(ClaimQuery query, CountLimit limit);

    /// <summary>The histogram of the query, under <paramref name="limit"/> as <see cref="ReadFacets"/>.</summary>
    private protected abstract DateHistogram? ReadHistogram(ClaimQuery query, DateBinSize size, CountLimit limit);

    private protected abstract byte[] ReadTile(ClaimQuery query, TileAddress tile);

    private protected abstract IReadOnlyList<ClaimHistoryEntry> ReadHistory(string id);

    private protected abstract StorePosition ReadPosition();

    /// <summary>Up to <paramref name="limit"/> anchors into the source version, by claim id after <paramref name="afterClaimId"/>.</summary>
    private protected abstract IReadOnlyList<QuoteAnchor> ReadAnchors(string sourceId, string afterClaimId, int limit);

    /// <summary>
    /// A keyset page of claims, read by <paramref name="read"/> (a row that cannot be read is skipped
    /// as malformed); <paramref name="data"/> gives the last one's data for the next cursor's sort key.
    /// </summary>
    private Task<(List<T> Claims, ClaimCursor? Next)> Page<T>(
        ClaimFilter filter, ClaimSort sort, ClaimCursor? after, int limit, Func<ClaimQuery, ClaimKeyset, int, IReadOnlyList<(long Position, T Claim)>> read, Func<T, ClaimData> data, CancellationToken cancel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IClaimStore.MaxPageSize);
        if (after is { } cursor && cursor.Sort != sort)
        {
            throw new ArgumentException($"the cursor belongs to the sort '{cursor.Sort}', not '{sort}'", nameof(after));
        }

        var query = ClaimQuery.Of(filter, Areas);
        return Run(() =>
        {
            // One more than asked tells whether there is a next page without a second query.
            var skipped = MalformedRows.SkippedOnThisThread;
            var rows = read(query, new ClaimKeyset(sort, after), limit + 1);
            var page = rows.Take(limit).ToList();
            // A malformed row skipped in this read leaves the page short although more may follow it.
            var more = rows.Count > limit || (MalformedRows.SkippedOnThisThread > skipped && page.Count > 0);
            ClaimCursor? next = more ? new ClaimCursor(page[^1].Position, sort, sort.KeyOf(() => data(page[^1].Claim))) : null;
            return (page.ConvertAll(r => r.Claim), next);
        }, cancel);
    }

    private static Task<T> Run<T>(Func<T> work, CancellationToken cancel) => Task.Run(work, cancel);

    /// <summary>How long a rehearsal waits for the others to open their sessions; a pool short of threads then rehearses them one after another.</summary>
    private static readonly TimeSpan RehearsalsMeetWithin = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A count exact whenever it is cheap: first the exact count under <see cref="CountBudget"/>
    /// (which a small store, a small box or a rare word meet in milliseconds), and only when that runs
    /// out, the count of the first <see cref="CountCap"/> claims and one more, a flagged lower bound.
    /// The budget is not spent on a count that cannot finish in it: when the backend's estimate of the
    /// time it would take (<see cref="EstimateCountTime"/>) is over the budget, the capped count runs at
    /// once. Asked for exactly (<see cref="CountMode.Exact"/>), the exact count runs under
    /// <see cref="CountExactBudget"/> whatever the estimate, and the capped count only when that runs out.
    /// Pre-counted answers (<see cref="DayCounts.Answer"/>) read no claim and ignore the limit.
    /// </summary>
    private T Counted<T>(ClaimQuery query, CountMode mode, Func<CountLimit, T?> read)
        where T : class
    {
        var budget = mode == CountMode.Exact ? CountExactBudget : CountBudget;
        var tryExact = budget > TimeSpan.Zero
            && (mode == CountMode.Exact || DayCounts.Answer(query) || !(EstimateCountTime(query) > budget));
        return (tryExact ? read(CountLimit.Exact(budget)) : null)
            ?? read(CountLimit.Capped(CountCap))
            ?? throw new InvalidOperationException("a capped count has no budget to run out of");
    }

    /// <summary>
    /// About how long an exact count of the query's claims would read them (<see cref="CountEstimate"/>),
    /// or null when the backend cannot tell cheaply; asked only where the claims must be read.
    /// </summary>
    private protected abstract TimeSpan? EstimateCountTime(ClaimQuery query);
}
