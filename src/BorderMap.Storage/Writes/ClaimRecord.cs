using BorderMap.Core.Claims;

namespace BorderMap.Storage.Writes;

/// <summary>
/// A placed claim with the values derived from it when it is written, which the stores index:
/// the areas it belongs to (<see cref="Core.Queries.ClaimAreas"/>) and its search key
/// (<see cref="Core.Queries.ClaimSearchKey"/>). The anchor is <see cref="Claim.Anchor"/>.
/// </summary>
public sealed record ClaimRecord(Claim Claim, IReadOnlyList<string> AreaIds, string SearchKey)
{
    public string Id => Claim.Id;
}

/// <summary>One history entry to append; old and new values are GeoJSON feature text, null for a create's old and a delete's new value.</summary>
public sealed record HistoryRecord(string ClaimId, int Version, DateTimeOffset At, string? Actor, HistoryAction Action, string? OldValue, string? NewValue);

/// <summary>One claim an import changes: a create when <paramref name="ExpectedVersion"/> is null, else an update of that version; with its history entry.</summary>
public sealed record ImportWrite(ClaimRecord Record, int? ExpectedVersion, HistoryRecord History);
