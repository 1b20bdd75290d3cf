using BorderMap.Core.Claims;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Fills in the values migration 3 added for the claims a previous release wrote (the areas, the
/// search key, the anchor, the actors), which only the C# that writes claims derives exactly. Runs
/// right after the migration inside the store's write lock, so one instance does it, once; it
/// streams the claims by position a chunk at a time and derives each chunk in parallel.
/// </summary>
internal static class PostGisBackfill
{
    private const int ChunkSize = 5000;

    public static void Run(PostGisTables tables, Func<Claim, ClaimRecord> record)
    {
        for (var after = 0L; ;)
        {
            var chunk = tables.Underived(after, ChunkSize);
            if (chunk.Count == 0)
            {
                return;
            }

            tables.WriteDerived([.. chunk.AsParallel().AsOrdered().Select(c => record(c.Claim))]);
            after = chunk[^1].Position;
        }
    }
}
