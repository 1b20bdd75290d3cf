using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>
/// Where sources, claims and the claim history live. Every backend (the GeoPackage file, PostGIS)
/// enforces the same rules, which the shared contract tests check:
/// <list type="bullet">
/// <item>every claim passes <see cref="ClaimValidator"/> before it is written, with missing quote offsets found when the quote occurs exactly once;</item>
/// <item>every write is one transaction, so a failure or a crash leaves nothing half-written;</item>
/// <item>updates and deletes name the version they change; a stale version raises <see cref="ClaimConflictException"/> and changes nothing;</item>
/// <item>every create, update and delete is kept in the history with its time, actor, old and new value;</item>
/// <item>source texts never change; a correction is a new source that supersedes the old one.</item>
/// </list>
/// Implementations are safe to call from several threads at once.
/// </summary>
public interface IClaimStore : IAsyncDisposable
{
    /// <summary>Where the store is, for messages: a file path, or a database address without its password.</summary>
    string Description { get; }

    /// <summary>Every registered source, in registration order.</summary>
    Task<IReadOnlyList<Source>> SourcesAsync(CancellationToken cancel = default);

    Task<Source?> FindSourceAsync(string id, CancellationToken cancel = default);

    /// <summary>Every current claim, placed, in creation order.</summary>
    Task<IReadOnlyList<Claim>> ClaimsAsync(CancellationToken cancel = default);

    Task<Claim?> FindClaimAsync(string id, CancellationToken cancel = default);

    /// <summary>
    /// The current claims that meet the filter, in creation order, answered by the store itself with
    /// its spatial index: exactly what <see cref="ClaimIndex.Query"/> answers over <see cref="ClaimsAsync"/>.
    /// A region is looked up in the store's area catalog.
    /// </summary>
    Task<IReadOnlyList<Claim>> QueryAsync(ClaimFilter filter, CancellationToken cancel = default);

    /// <summary>
    /// True when other app instances may write to the store while this one has it open (a shared
    /// database), so that readers ask the store rather than trust a snapshot taken earlier.
    /// </summary>
    bool IsShared { get; }

    /// <summary>How far the store has been written: a position from which <see cref="ChangesAfterAsync"/> misses nothing.</summary>
    Task<StorePosition> PositionAsync(CancellationToken cancel = default);

    /// <summary>
    /// What any process has written after <paramref name="position"/>, with the position to ask
    /// from next time. It may return no changes while writes are in flight, and report a change
    /// already seen again; it never skips one.
    /// </summary>
    Task<StoreChanges> ChangesAfterAsync(StorePosition position, CancellationToken cancel = default);

    /// <summary>Registers a source text; its id comes from its title and date (see <see cref="SourceDraft"/>).</summary>
    /// <exception cref="StoreValidationException">a required field is missing or <see cref="SourceDraft.Supersedes"/> is unknown.</exception>
    Task<Source> RegisterSourceAsync(SourceDraft draft, CancellationToken cancel = default);

    /// <summary>Stores a new claim as version 1 (or the next version after a deleted claim of the same id).</summary>
    /// <exception cref="StoreValidationException">the claim breaks a rule; nothing is written.</exception>
    /// <exception cref="ClaimConflictException">a claim with the draft's id already exists.</exception>
    Task<Claim> CreateClaimAsync(ClaimDraft draft, string? actor, CancellationToken cancel = default);

    /// <summary>Replaces the claim's data if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="ClaimNotFoundException">no claim has that id.</exception>
    /// <exception cref="ClaimConflictException">the claim has moved on from <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="StoreValidationException">the new data breaks a rule.</exception>
    Task<Claim> UpdateClaimAsync(string id, int expectedVersion, ClaimDraft draft, string? actor, CancellationToken cancel = default);

    /// <summary>Deletes the claim if it is still at <paramref name="expectedVersion"/>; its history stays.</summary>
    /// <exception cref="ClaimNotFoundException">no claim has that id.</exception>
    /// <exception cref="ClaimConflictException">the claim has moved on from <paramref name="expectedVersion"/>.</exception>
    Task DeleteClaimAsync(string id, int expectedVersion, string? actor, CancellationToken cancel = default);

    /// <summary>Every change to the claim, oldest first; empty for an id that never existed.</summary>
    Task<IReadOnlyList<ClaimHistoryEntry>> HistoryAsync(string id, CancellationToken cancel = default);

    /// <summary>
    /// Imports many claims all-or-nothing in one transaction (see <see cref="ImportOptions"/> for
    /// how existing ids are treated). Every bad draft is reported, not only the first.
    /// </summary>
    /// <exception cref="ImportRejectedException">at least one draft is bad; nothing is written.</exception>
    Task<ImportReport> ImportAsync(IEnumerable<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel = default);
}
