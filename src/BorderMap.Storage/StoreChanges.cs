using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>How far a reader has read a store: the fids of the last history entry and the last source it has seen.</summary>
public readonly record struct StorePosition(long History, long Sources);

/// <summary>
/// What was written to a store after a <see cref="StorePosition"/>, by any process: the sources
/// registered since, the ids of the claims created, updated or deleted since (in the order of
/// their first change), and the current value of those that still exist, in creation order; an
/// id without a current claim was deleted.
/// </summary>
public sealed record StoreChanges(StorePosition Position, IReadOnlyList<Source> Sources, IReadOnlyList<string> ClaimIds, IReadOnlyList<Claim> Claims)
{
    /// <summary>Nothing new after <paramref name="position"/> (or nothing that could be read safely yet).</summary>
    public static StoreChanges None(StorePosition position) => new(position, [], [], []);
}
