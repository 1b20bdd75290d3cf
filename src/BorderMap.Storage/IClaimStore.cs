using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>
/// Where sources, claims and the claim history live, and the only place claims live: no process
/// holds every claim. Every read is a store query that costs what its answer costs (indexed,
/// bounded, paged with a cursor); every backend (the GeoPackage file, PostGIS) answers exactly what
/// the shared contract tests' in-memory reference answers, and enforces the same rules:
/// <list type="bullet">
/// <item>every claim passes <see cref="ClaimValidator"/> before it is written, with missing quote offsets found when the quote occurs exactly once;</item>
/// <item>every write is one transaction, so a failure or a crash leaves nothing half-written;</item>
/// <item>updates and deletes name the version they change; a stale version raises <see cref="ClaimConflictException"/> and changes nothing;</item>
/// <item>every create, update and delete is kept in the history with its time, actor, old and new value;</item>
/// <item>source texts never change; a correction is a new source that supersedes the old one, and every quote of the old one is re-anchored, never silently.</item>
/// </list>
/// The use cases behind the writes are written once (<see cref="SqlClaimStore"/>); backends only speak SQL.
/// Implementations are safe to call from several threads at once.
/// </summary>
public interface IClaimStore : IAsyncDisposable
{
    /// <summary>The largest page <see cref="PageAsync"/> answers.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>Where the store is, for messages: a file path, or a database address without its password.</summary>
    string Description { get; }

    /// <summary>True when other app instances may write to the store while this one has it open (a shared database).</summary>
    bool IsShared { get; }

    /// <summary>Every registered source, in registration order. Sources are few and never change.</summary>
    Task<IReadOnlyList<Source>> SourcesAsync(CancellationToken cancel = default);

    Task<Source?> FindSourceAsync(string id, CancellationToken cancel = default);

    Task<Claim?> FindClaimAsync(string id, CancellationToken cancel = default);

    /// <summary>
    /// The claims of <paramref name="ids"/> (1 to <see cref="MaxPageSize"/> of them) that exist, by id,
    /// read at once: one round trip, where looking each up would cost one per claim.
    /// </summary>
    Task<IReadOnlyDictionary<string, Claim>> FindClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancel = default);

    /// <summary>
    /// Up to <paramref name="limit"/> (1 to <see cref="MaxPageSize"/>) claims that meet the filter,
    /// in creation order, after <paramref name="after"/> (null: from the first), with the cursor of
    /// the next page when there may be more.
    /// </summary>
    Task<ClaimPage> PageAsync(ClaimFilter filter, ClaimCursor? after, int limit, CancellationToken cancel = default);

    /// <summary>
    /// As <see cref="PageAsync(ClaimFilter, ClaimCursor?, int, CancellationToken)"/>, in the order
    /// <paramref name="sort"/> gives (ties by creation, in the same direction); a cursor of another
    /// sort is refused with an <see cref="ArgumentException"/>.
    /// </summary>
    Task<ClaimPage> PageAsync(ClaimFilter filter, ClaimSort sort, ClaimCursor? after, int limit, CancellationToken cancel = default);

    /// <summary>
    /// The page <see cref="PageAsync(ClaimFilter, ClaimSort, ClaimCursor?, int, CancellationToken)"/>
    /// answers, with each claim's data as the stored JSON (<see cref="ClaimJson"/>) instead of
    /// decoded: for answers that write the data out as it is.
    /// </summary>
    Task<ClaimJsonPage> JsonPageAsync(ClaimFilter filter, ClaimSort sort, ClaimCursor? after, int limit, CancellationToken cancel = default);

    /// <summary>
    /// The claims of the page <see cref="PageAsync(ClaimFilter, ClaimCursor?, int, CancellationToken)"/>
    /// answers (creation order, the same cursors), each as the <see cref="ClaimMark"/> a map draws,
    /// without the claim's text: for exports, which read whole claims only for the quotes they list.
    /// </summary>
    Task<ClaimMarkPage> MarkPageAsync(ClaimFilter filter, ClaimCursor? after, int limit, CancellationToken cancel = default);

    /// <summary>
    /// The ids and categories of the first <paramref name="limit"/> (1 to <see cref="MaxPageSize"/>)
    /// claims that meet the filter, in creation order: the claims the first page of
    /// <see cref="PageAsync(ClaimFilter, ClaimCursor?, int, CancellationToken)"/> holds, without
    /// reading their data or geometry.
    /// </summary>
    Task<IReadOnlyList<ClaimCategory>> FirstCategoriesAsync(ClaimFilter filter, int limit, CancellationToken cancel = default);

    /// <summary>
    /// The most claims a facet or histogram reads one by one (where the pre-counted tables cannot
    /// answer the filter) before its counts become lower bounds; <see cref="ClaimFacets.CountCap"/> unless set.
    /// </summary>
    int CountCap { get; set; }

    /// <summary>
    /// How long a facet or histogram that reads claims one by one may run to count them all before it
    /// falls back to <see cref="CountCap"/>; zero: counts stop at the cap at once. <see cref="ClaimFacets.CountBudget"/> unless set.
    /// </summary>
    TimeSpan CountBudget { get; set; }

    /// <summary>
    /// How long a count asked for exactly (<see cref="CountMode.Exact"/>) may run before it answers
    /// the lower bound after all; <see cref="ClaimFacets.CountExactBudget"/> unless set.
    /// </summary>
    TimeSpan CountExactBudget { get; set; }

    /// <summary>Counts of the claims that meet the filter, by category, status, precision, actor and region; exact, or lower bounds past <see cref="CountCap"/> when the exact count runs past <see cref="CountBudget"/> (<see cref="ClaimFacets.AtLeast"/>).</summary>
    Task<ClaimFacets> FacetsAsync(ClaimFilter filter, CancellationToken cancel = default);

    /// <summary>The facets, counted as <paramref name="mode"/> says.</summary>
    Task<ClaimFacets> FacetsAsync(ClaimFilter filter, CountMode mode, CancellationToken cancel = default);

    /// <summary>The non-empty bins of the claims that meet the filter, by event date, oldest first.</summary>
    Task<DateHistogram> HistogramAsync(ClaimFilter filter, DateBinSize size, CancellationToken cancel = default);

    /// <summary>The histogram, counted as <paramref name="mode"/> says.</summary>
    Task<DateHistogram> HistogramAsync(ClaimFilter filter, DateBinSize size, CountMode mode, CancellationToken cancel = default);

    /// <summary>
    /// The claims of one map tile that meet the filter, as a Mapbox Vector Tile (layer <c>claims</c>,
    /// extent 4096) of points at their anchors: below <see cref="TileAddress.ClusterBelowZoom"/>, or
    /// when a tile holds more than <see cref="TileAddress.MaxClaimsPerTile"/>, one point per grid cell
    /// with a <c>count</c> and a count per category; otherwise one point per claim with its id and the
    /// fields the map styles and filters on.
    /// </summary>
    Task<byte[]> TileAsync(ClaimFilter filter, TileAddress tile, CancellationToken cancel = default);

    /// <summary>How far the store has been written; it grows with every write, by any process.</summary>
    Task<StorePosition> PositionAsync(CancellationToken cancel = default);

    /// <summary>
    /// Waits until the store has been written past <paramref name="seen"/> (by any process), or until
    /// <paramref name="timeout"/> passes, and answers the position then. PostGIS hears of writes by
    /// <c>LISTEN/NOTIFY</c>; a GeoPackage file is asked for its position a few times a second.
    /// </summary>
    Task<StorePosition> WaitForChangeAsync(StorePosition seen, TimeSpan timeout, CancellationToken cancel = default);

    /// <summary>
    /// Registers a source text; its id comes from its title and date (see <see cref="SourceDraft"/>).
    /// A correction (<see cref="SourceDraft.Supersedes"/>) is a new version: in the same transaction
    /// every claim quoting the old version is re-anchored (<see cref="QuoteAnchor"/>); exact and moved
    /// quotes move to the new version as claim updates by <paramref name="actor"/>, fuzzy ones wait for review.
    /// </summary>
    /// <exception cref="StoreValidationException">a required field is missing or <see cref="SourceDraft.Supersedes"/> is unknown.</exception>
    Task<Source> RegisterSourceAsync(SourceDraft draft, string? actor = null, CancellationToken cancel = default);

    /// <summary>Up to <paramref name="limit"/> (1 to <see cref="QuoteAnchor.MaxPageSize"/>) re-anchored quotes of a source version, by claim id after <paramref name="afterClaimId"/>.</summary>
    Task<IReadOnlyList<QuoteAnchor>> AnchorsAsync(string sourceId, string? afterClaimId, int limit, CancellationToken cancel = default);

    /// <summary>Accepts (the claim moves to the new version's text, a claim update) or rejects a fuzzy anchor.</summary>
    /// <exception cref="AnchorNotFoundException">the source version has no anchor for that claim.</exception>
    /// <exception cref="StoreValidationException">the anchor is not fuzzy, was decided already, or the claim changed since.</exception>
    Task<QuoteAnchor> ReviewAnchorAsync(string sourceId, string claimId, AnchorReview review, string? actor, CancellationToken cancel = default);

    /// <summary>Stores a new claim as version 1 (or the next version after a deleted claim of the same id).</summary>
    /// <exception cref="StoreValidationException">the claim breaks a rule; nothing is written.</exception>
    /// <exception cref="ClaimConflictException">a claim with the draft's id already exists.</exception>
    Task<Claim> CreateClaimAsync(ClaimDraft draft, string? actor, CancellationToken cancel = default);

    /// <summary>Replaces the claim's data if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="ClaimNotFoundException">no claim has that id.</exception>
    /// <exception cref="ClaimConflictException">the claim has moved on from <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="StoreValidationException">the new data breaks a rule.</exception>
    Task<Claim> UpdateClaimAsync(string id, int expectedVersion, ClaimDraft draft, string? actor, CancellationToken cancel = default);

    /// <summary>
    /// Rehearses an edit and keeps nothing of it: the first claim written over with its own data in a
    /// transaction that is rolled back, so that a fresh server's first edit does not pay for the write
    /// path's first use (the write connection, its statements, the triggers' plans, the runtime's
    /// compilation). No version, history row or notification comes of it; an empty store has nothing to rehearse.
    /// </summary>
    Task RehearseEditAsync(CancellationToken cancel = default);

    /// <summary>Deletes the claim if it is still at <paramref name="expectedVersion"/>; its history stays.</summary>
    /// <exception cref="ClaimNotFoundException">no claim has that id.</exception>
    /// <exception cref="ClaimConflictException">the claim has moved on from <paramref name="expectedVersion"/>.</exception>
    Task DeleteClaimAsync(string id, int expectedVersion, string? actor, CancellationToken cancel = default);

    /// <summary>Every change to the claim, oldest first; empty for an id that never existed.</summary>
    Task<IReadOnlyList<ClaimHistoryEntry>> HistoryAsync(string id, CancellationToken cancel = default);

    /// <summary>
    /// Imports many claims all-or-nothing in one transaction (see <see cref="ImportOptions"/> for
    /// how existing ids are treated), reading the drafts as a stream in chunks, so that memory stays
    /// the same however many there are. Every bad draft is reported (up to
    /// <see cref="ImportRejectedException.MaxProblems"/>), not only the first.
    /// </summary>
    /// <exception cref="ImportRejectedException">at least one draft is bad; nothing is written.</exception>
    Task<ImportReport> ImportAsync(IEnumerable<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel = default);
}
