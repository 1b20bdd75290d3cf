using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.Writes;

/// <summary>
/// The SQL one write transaction of a backend offers the use cases in <see cref="ClaimWrites"/>:
/// lookups and row writes, no rules. Version checks belong to the writing statements themselves
/// (<c>WHERE id = … AND version = …</c>), so they hold across every process sharing the store.
/// An instance belongs to one transaction on one thread.
/// </summary>
public interface IClaimTransaction
{
    /// <summary>The current claim with this id, placed; null when there is none.</summary>
    Claim? FindClaim(string id);

    /// <summary>The current claims among these ids, by id.</summary>
    IReadOnlyDictionary<string, Claim> FindClaims(IReadOnlyCollection<string> ids);

    /// <summary>The last history version of each of these ids that has a history (deleted claims included).</summary>
    IReadOnlyDictionary<string, int> LastHistoryVersions(IReadOnlyCollection<string> ids);

    bool ClaimExists(string id);

    /// <summary>Inserts the claim unless its id exists (also one a concurrent transaction just committed); false when it did.</summary>
    bool InsertClaim(ClaimRecord record);

    /// <summary>
    /// Replaces the claim if it is still at <paramref name="expectedVersion"/>, and appends its
    /// <paramref name="history"/> entry; false, with nothing written, when it is not, or is gone.
    /// </summary>
    bool UpdateClaim(ClaimRecord record, int expectedVersion, HistoryRecord history);

    /// <summary>Deletes the claim if it is still at <paramref name="expectedVersion"/>; false when it is not, or is gone.</summary>
    bool DeleteClaim(string id, int expectedVersion);

    void AppendHistory(HistoryRecord entry);

    /// <summary>
    /// Writes one chunk of an import in bulk: the creates, the version-checked updates and their
    /// history. Answers the ids of updates whose claim another writer changed meanwhile (nothing
    /// of those is written; the caller rolls the whole import back).
    /// </summary>
    IReadOnlyList<string> WriteImportChunk(IReadOnlyList<ImportWrite> writes);

    /// <summary>How many drafts an import reads, prepares and writes at a time: at most <see cref="ChunkedImport.ChunkSize"/>.</summary>
    int ImportChunkSize => ChunkedImport.ChunkSize;

    /// <summary>
    /// What the backend computes of a claim's rows (and its history entry's) before <see cref="WriteImportChunk"/> (<see cref="ImportWrite.Row"/>),
    /// pure and thread-safe, so that an import computes it on the preparing threads; null when it has nothing to compute ahead.
    /// </summary>
    Func<ClaimRecord, HistoryRecord, object>? ImportRowOf => null;

    /// <summary>Completes, set-wise, whatever the backend left of the import's chunks for the end; once, after the last chunk, before anything else in the transaction reads the claims.</summary>
    void FinishImport();

    /// <summary>
    /// Called once an import has grown large beside the store (<see cref="ImportScale"/>), before
    /// its next chunk: the backend may write the rest without the claims' secondary indexes and
    /// the per-row work it can do set-wise, and must build them in <see cref="FinishImport"/>, in
    /// this transaction, so that a failed import leaves every one as it was.
    /// </summary>
    void DeferIndexes();

    /// <summary>
    /// Asked instead of <see cref="DeferIndexes"/> when the import is large before it has written a
    /// thing (so the store holds fewer claims than its first chunk creates): the backend may write
    /// the whole import into tables of its own beside the store, and once this transaction has
    /// committed them, build their indexes and counts outside it and swap them in, so that a failure
    /// at any step leaves the store as it was. Answers whether it does; when not, the import goes on
    /// as any large one.
    /// </summary>
    bool StageImport();

    /// <summary>The position (fid) of the last claim stored, 0 when there is none.</summary>
    long LastClaimPosition();

    /// <summary>
    /// The claims stored at positions after <paramref name="after"/> up to <paramref name="upTo"/>,
    /// at most <paramref name="limit"/> of them in position order: how many, and the position of
    /// the last one counted (<paramref name="after"/> when none).
    /// </summary>
    (long Count, long Last) CountClaims(long after, long upTo, long limit);

    /// <summary>
    /// Remembers, for the rest of this transaction, that these import positions use these ids, and
    /// answers those ids an earlier chunk of the same import already used, with the position that
    /// used it first. Kept in the database (a temporary table), so an import of any size holds no
    /// set of every id in memory.
    /// </summary>
    IReadOnlyDictionary<string, int> MarkImported(IReadOnlyList<(string Id, int Index)> chunk);

    /// <summary>Whether an id is in use by a current claim or by this import so far.</summary>
    bool IdTakenInImport(string id);

    Source? FindSource(string id);

    /// <summary>The event tables on this transaction's connection, so that a claim write derives its event again in the same transaction.</summary>
    internal EventTables Events();

    bool SourceExists(string id);

    void InsertSource(Source source, string? supersedes, DateTimeOffset registeredAt);

    /// <summary>The reliability of the publisher's latest rated source (its default for a new one), or null.</summary>
    string? LatestReliabilityOf(string publisher);

    /// <summary>Up to <paramref name="limit"/> current claims quoting the source, with ids after <paramref name="afterId"/>, by id.</summary>
    IReadOnlyList<Claim> ClaimsQuoting(string sourceId, string afterId, int limit);

    void InsertAnchor(QuoteAnchor anchor);

    /// <summary>The anchor of a claim's quote in a source version, or null.</summary>
    QuoteAnchor? FindAnchor(string toSource, string claimId);

    /// <summary>Records the review of a fuzzy anchor not yet reviewed; false when it has been meanwhile.</summary>
    bool ReviewAnchor(string toSource, string claimId, AnchorReview review, string? reviewer, DateTimeOffset at);
}
