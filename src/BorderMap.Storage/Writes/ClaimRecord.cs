using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Writes;

/// <summary>
/// A placed claim with the values derived from it when it is written, which the stores index:
/// the areas it belongs to (<see cref="Core.Queries.ClaimAreas"/>) and its search key
/// (<see cref="Core.Queries.ClaimSearchKey"/>). The anchor is <see cref="Claim.Anchor"/>.
/// </summary>
public sealed class ClaimRecord(Claim claim, IReadOnlyList<string> areaIds, string searchKey)
{
    private string? _dataJson;

    public Claim Claim { get; } = claim;

    public IReadOnlyList<string> AreaIds { get; } = areaIds;

    public string SearchKey { get; } = searchKey;

    public string Id => Claim.Id;

    /// <summary>
    /// The claim's data as JSON, serialised once for every use: the history's feature
    /// (<see cref="FeatureText"/>) and PostGIS's <c>data</c> column. An import computes it while it
    /// prepares the claim, on the other cores; computing it twice in a race gives the same text.
    /// </summary>
    public string DataJson => _dataJson ??= JsonSerializer.Serialize(Claim.Data, ClaimJsonContext.Default.ClaimData);

    /// <summary>The claim as a GeoJSON feature (<see cref="ClaimGeoJson.FeatureText(Claim)"/>), built around <see cref="DataJson"/>.</summary>
    public string FeatureText() => ClaimGeoJson.FeatureText(Claim, DataJson);
}

/// <summary>One history entry to append; old and new values are GeoJSON feature text, null for a create's old and a delete's new value.</summary>
public sealed record HistoryRecord(string ClaimId, int Version, DateTimeOffset At, string? Actor, HistoryAction Action, string? OldValue, string? NewValue);

/// <summary>One claim an import changes: a create when <paramref name="ExpectedVersion"/> is null, else an update of that version; with its history entry.</summary>
public sealed record ImportWrite(ClaimRecord Record, int? ExpectedVersion, HistoryRecord History);
