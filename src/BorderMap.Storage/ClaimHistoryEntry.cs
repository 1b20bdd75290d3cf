using System.Text.Json.Nodes;

namespace BorderMap.Storage;

/// <summary>What a history entry records.</summary>
public enum HistoryAction
{
    Create,
    Update,
    Delete,
}

/// <summary>
/// One change to a claim: the version it produced, when, by whom (null until editors sign in),
/// and the claim before and after as GeoJSON features (<see cref="ClaimGeoJson"/>); a create has
/// no old value and a delete no new one.
/// </summary>
public sealed record ClaimHistoryEntry(
    string ClaimId,
    int Version,
    DateTimeOffset At,
    string? Actor,
    HistoryAction Action,
    JsonObject? OldValue,
    JsonObject? NewValue);
