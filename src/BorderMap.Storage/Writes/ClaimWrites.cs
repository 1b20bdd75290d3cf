using System.Collections.Concurrent;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.Writes;

/// <summary>
/// The write use cases, written once for every backend: validate and place the claim, check the
/// version, derive what the store indexes, append the history. Each runs inside one transaction
/// that the backend opens and commits; the backend only speaks SQL (<see cref="IClaimTransaction"/>).
/// Thread-safe: it keeps no state but the cache of sources, which never change.
/// </summary>
public sealed class ClaimWrites(AreaCatalog areas, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Source> _sources = new(StringComparer.Ordinal);

    internal ClaimPreparer Preparer { get; } = new(areas);

    internal ClaimAreas Areas { get; } = new(areas);

    internal SourceVersions Versions => new(this);

    /// <summary>Now, to the millisecond, which both backends keep exactly.</summary>
    public DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>The claim with the values the stores derive from it and index.</summary>
    public ClaimRecord Record(Claim claim) => new(claim, Areas.Of(claim.Data, claim.Geometry), ClaimSearchKey.Of(claim.Data), areas);

    /// <summary>The claim's page item alone (<see cref="ClaimRecord.PageJson"/>), for a claim stored before pages were kept.</summary>
    public byte[] PageJson(Claim claim) => ClaimPageJson.Of(claim, areas);

    public Claim Create(IClaimTransaction tx, ClaimDraft draft, string? actor)
    {
        var id = ClaimPreparer.DeriveId(draft, tx.ClaimExists);
        if (tx.FindClaim(id) is { } existing)
        {
            throw Exists(id, existing);
        }

        var now = Now();
        var version = (tx.LastHistoryVersions([id]).TryGetValue(id, out var last) ? last : 0) + 1;
        var claim = PrepareOrThrow(tx, id, draft, now, now, version);
        var record = Record(claim);
        if (!tx.InsertClaim(record))
        {
            throw Exists(id, tx.FindClaim(id));
        }

        tx.AppendHistory(new HistoryRecord(id, version, now, actor, HistoryAction.Create, null));
        return claim;
    }

    public Claim Update(IClaimTransaction tx, string id, int expectedVersion, ClaimDraft draft, string? actor)
    {
        var old = CurrentAt(tx, id, expectedVersion);
        var now = Now();
        var claim = PrepareOrThrow(tx, id, draft, old.Data.CreatedAt, now, expectedVersion + 1);
        var record = Record(claim);
        var history = new HistoryRecord(id, claim.Data.Version, now, actor, HistoryAction.Update, ClaimGeoJson.FeatureText(old));
        if (!tx.UpdateClaim(record, expectedVersion, history))
        {
            throw Moved(tx, id, expectedVersion);
        }

        EventDerivation.RefreshEventsOf(tx.Events(), [id]);
        return claim;
    }

    public void Delete(IClaimTransaction tx, string id, int expectedVersion, string? actor)
    {
        var old = CurrentAt(tx, id, expectedVersion);
        var events = tx.Events();
        var eventOfClaim = events.EventsOf([id]).Values;
        if (!tx.DeleteClaim(id, expectedVersion))
        {
            throw Moved(tx, id, expectedVersion);
        }

        EventDerivation.Refresh(events, eventOfClaim);

        tx.AppendHistory(new HistoryRecord(id, expectedVersion + 1, Now(), actor, HistoryAction.Delete, ClaimGeoJson.FeatureText(old)));
    }

    /// <summary>Registers a source; a correction (<see cref="SourceDraft.Supersedes"/>) re-anchors every quote of the old version (<see cref="SourceVersions"/>).</summary>
    public Source RegisterSource(IClaimTransaction tx, SourceDraft draft, string? actor = null)
    {
        var problems = SourceRules.Check(draft, tx.SourceExists);
        if (problems.Count > 0)
        {
            throw new StoreValidationException(problems);
        }

        var id = SourceRules.DeriveId(draft, tx.SourceExists);
        var sha256 = BundledSources.Sha256Of(draft.Text);
        var source = new Source(id, draft.Title, draft.Publisher, draft.Language, draft.TranslatedFrom, draft.Url, draft.PublishedDate, sha256, draft.Notes, draft.Text, draft.Supersedes)
        {
            Reliability = draft.Reliability ?? tx.LatestReliabilityOf(draft.Publisher),
        };
        tx.InsertSource(source, draft.Supersedes, Now());
        if (draft.Supersedes is { } previous)
        {
            Versions.Reanchor(tx, tx.FindSource(previous)!, source, actor);
        }

        return source;
    }

    /// <summary>Imports in chunks (<see cref="ChunkedImport"/>).</summary>
    public ImportReport Import(IClaimTransaction tx, IEnumerable<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel)
    {
        var now = Now();
        var bundled = BundledSources.Register(tx, options.Sources ?? [], now);
        return new ChunkedImport(this, tx, options, now, bundled).Run(drafts, cancel);
    }

    /// <summary>Fills a new, empty store with its seed: the sources, then the claims with their ids and bookkeeping.</summary>
    public void Seed(IClaimTransaction tx, StoreSeed seed)
    {
        var now = Now();
        foreach (var source in seed.Sources)
        {
            tx.InsertSource(source, source.Supersedes, now);
        }

        Import(tx, seed.ClaimDrafts(), new ImportOptions(), CancellationToken.None);
    }

    /// <summary>
    /// Source lookups inside a write go through the write's own transaction, never a second
    /// connection that could wait on its lock. Sources the transaction itself registers
    /// (<paramref name="pending"/>) are answered from there and not cached: the transaction may
    /// still be rolled back.
    /// </summary>
    internal Func<string, Source?> SourcesVia(IClaimTransaction tx, IReadOnlyDictionary<string, Source>? pending = null) =>
        id => pending is not null && pending.TryGetValue(id, out var own) ? own
            : _sources.TryGetValue(id, out var cached) ? cached
            : tx.FindSource(id) is { } found ? _sources.GetOrAdd(id, found) : null;

    private Claim PrepareOrThrow(IClaimTransaction tx, string id, ClaimDraft draft, DateTimeOffset createdAt, DateTimeOffset updatedAt, int version)
    {
        var (claim, problems) = Preparer.Prepare(id, draft, SourcesVia(tx), createdAt, updatedAt, version);
        return claim ?? throw new StoreValidationException(problems);
    }

    private static Claim CurrentAt(IClaimTransaction tx, string id, int expectedVersion)
    {
        var current = tx.FindClaim(id) ?? throw new ClaimNotFoundException(id);
        return current.Data.Version == expectedVersion ? current : throw Conflict(id, current, expectedVersion);
    }

    private static ClaimConflictException Exists(string id, Claim? current) => new(id, current, $"A claim with the id '{id}' already exists.");

    /// <summary>The write found the claim changed or deleted by another writer after it was read: what is there now.</summary>
    private static ClaimConflictException Moved(IClaimTransaction tx, string id, int expectedVersion) =>
        tx.FindClaim(id) is { } current ? Conflict(id, current, expectedVersion) : new ClaimConflictException(id, null, $"Claim '{id}' was deleted by another writer since it was read.");

    private static ClaimConflictException Conflict(string id, Claim current, int expectedVersion) =>
        new(id, current, $"Claim '{id}' is at version {current.Data.Version}, not {expectedVersion}; it was changed since it was read.");
}
