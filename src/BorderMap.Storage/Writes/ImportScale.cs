namespace BorderMap.Storage.Writes;

/// <summary>
/// Whether an import has grown large beside the store it writes into: it has created at least
/// <see cref="LeastClaims"/> claims, and at least as many as the store held before it. From then
/// on the backend may write its claims without their secondary indexes and build them once at the
/// import's end (<see cref="IClaimTransaction.DeferIndexes"/>). Why this line: building an index
/// over the whole table costs a fraction of maintaining it row by row for the same rows (on both
/// backends; the gap widens as the indexes outgrow the page cache), so the rebuild, which also
/// covers the claims stored before, pays once the import's claims outnumber them. Below a full chunk the
/// row-wise cost is too small to win back the rebuild's fixed cost and the lock it may take, which
/// makes every other reader wait. An import's size is not known before it has been read (it
/// streams), so the rule is checked at every chunk: a large import into a store that held fewer
/// claims switches over part-way, a small one into a large store never does. The claims stored
/// before are counted only as far as the rule needs, so the check costs at most one read per claim
/// the import has created, however large the store.
/// </summary>
internal sealed class ImportScale(IClaimTransaction tx, int leastClaims = ImportScale.LeastClaims)
{
    /// <summary>
    /// Below this many claims written, an import keeps every index: the most one import chunk holds
    /// (<see cref="ChunkedImport.ChunkSize"/>); a backend whose chunks are smaller counts from one of its own.
    /// </summary>
    public const int LeastClaims = 5000;

    /// <summary>The count behind <see cref="IClaimTransaction.CountClaims"/>, in SQL both backends speak: parameters <c>@after</c>, <c>@last</c> and <c>@limit</c>.</summary>
    public const string CountStored =
        "SELECT count(*), coalesce(max(fid), @after) FROM (SELECT fid FROM claims WHERE fid > @after AND fid <= @last ORDER BY fid LIMIT @limit) AS stored";

    private long? _lastStored;
    private long _countedUpTo;
    private long _storedCounted;
    private long _created;

    /// <summary>
    /// Adds the claims the next chunk creates (call before writing it); true once the import,
    /// with that chunk, has created at least as many claims as the store held before it.
    /// </summary>
    public bool IsLargeWith(int creating)
    {
        _lastStored ??= tx.LastClaimPosition();
        _created += creating;
        if (_created < leastClaims)
        {
            return false;
        }

        // One more than the import has created: finding fewer means the store held no more than it.
        var limit = _created - _storedCounted + 1;
        var (counted, upTo) = tx.CountClaims(_countedUpTo, _lastStored.Value, limit);
        _storedCounted += counted;
        _countedUpTo = upTo;
        return counted < limit;
    }
}
