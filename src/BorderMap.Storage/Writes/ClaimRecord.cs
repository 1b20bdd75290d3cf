using System.Text;
using System.Text.Json;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Writes;

/// <summary>
/// A placed claim with the values derived from it when it is written, which the stores index or
/// copy out as they are: the areas it belongs to (<see cref="Core.Queries.ClaimAreas"/>), its
/// search key (<see cref="Core.Queries.ClaimSearchKey"/>) and its page item (<see cref="PageJson"/>).
/// The anchor is <see cref="Claim.Anchor"/>. An import derives them while it prepares the claim, on the other cores.
/// </summary>
public sealed class ClaimRecord
{
    /// <summary>How many bytes of <see cref="PageJson"/> are the claim's feature (<see cref="FeatureText"/>).</summary>
    private readonly int _featureLength;

    public ClaimRecord(Claim claim, IReadOnlyList<string> areaIds, string searchKey, AreaCatalog areas)
    {
        Claim = claim;
        AreaIds = areaIds;
        SearchKey = searchKey;
        DataJson = JsonSerializer.Serialize(claim.Data, ClaimJsonContext.Default.ClaimData);
        PageJson = ClaimPageJson.Of(claim, DataJson, areas, out _featureLength);
    }

    public Claim Claim { get; }

    public IReadOnlyList<string> AreaIds { get; }

    public string SearchKey { get; }

    public string Id => Claim.Id;

    /// <summary>The claim's data as JSON, serialised once for every use: the history's feature (<see cref="FeatureText"/>), the page item, PostGIS's <c>data</c> column.</summary>
    public string DataJson { get; }

    /// <summary>The claim as a page item of <c>GET /api/claims</c> (<see cref="ClaimPageJson"/>), UTF-8.</summary>
    public byte[] PageJson { get; }

    /// <summary>
    /// The claim as a GeoJSON feature (<see cref="ClaimGeoJson.FeatureText(Claim)"/>): the page item's
    /// bytes before its anchor, closed, so that the geometry and the data are serialised once for both.
    /// </summary>
    public string FeatureText()
    {
        var feature = PageJson.AsSpan(0, _featureLength);
        return string.Create(Encoding.UTF8.GetCharCount(feature) + 2, this, static (text, record) =>
        {
            var written = Encoding.UTF8.GetChars(record.PageJson.AsSpan(0, record._featureLength), text);
            text[written] = '}';
            text[written + 1] = '}';
        });
    }
}

/// <summary>One history entry to append; old and new values are GeoJSON feature text, null for a create's old and a delete's new value.</summary>
public sealed record HistoryRecord(string ClaimId, int Version, DateTimeOffset At, string? Actor, HistoryAction Action, string? OldValue, string? NewValue);

/// <summary>
/// One claim an import changes: a create when <paramref name="ExpectedVersion"/> is null, else an update of that version; with its history entry,
/// and the backend's <paramref name="Row"/> when it computes one ahead (<see cref="IClaimTransaction.ImportRowOf"/>).
/// </summary>
public sealed record ImportWrite(ClaimRecord Record, int? ExpectedVersion, HistoryRecord History, object? Row = null);
