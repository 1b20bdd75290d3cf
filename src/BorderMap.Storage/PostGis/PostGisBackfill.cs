using BorderMap.Storage.Writes;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Fills in the values migration 3 added for the claims a previous release wrote (the areas, the
/// search key, the anchor, the actors), and the page items of migration 16, which only the C# that
/// writes claims derives exactly. Runs right after the migrations inside the store's write lock, so
/// one instance does it, once; it streams the claims by position a chunk at a time and derives each
/// chunk in parallel. Each finds its claims through a partial index that is empty once it has run.
/// </summary>
internal static class PostGisBackfill
{
    private const int ChunkSize = 5000;

    public static void Run(PostGisTables tables, ClaimWrites writes)
    {
        for (var after = 0L; ;)
        {
            var chunk = tables.Underived(after, ChunkSize);
            if (chunk.Count == 0)
            {
                break;
            }

            tables.WriteDerived([.. chunk.AsParallel().AsOrdered().Select(c => writes.Record(c.Claim))]);
            after = chunk[^1].Position;
        }

        for (var after = 0L; ;)
        {
            var chunk = tables.Unpaged(after, ChunkSize);
            if (chunk.Count == 0)
            {
                return;
            }

            tables.WritePages([.. chunk.Select(c => c.Position)], [.. chunk.AsParallel().AsOrdered().Select(c => writes.PageJson(c.Claim))]);
            after = chunk[^1].Position;
        }
    }
}
