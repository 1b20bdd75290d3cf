using BorderMap.Core.Areas;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage;

/// <summary>
/// A <see cref="ClaimFilter"/> as the stores' SQL binds it: lists become arrays (null: no filter;
/// empty: nothing passes), actors become case-folded keys, the region an area id the catalog knows
/// (an unknown id filters nothing), matched against the areas each claim was found to belong to
/// when it was written, the text its search terms (<see cref="ClaimSearchKey"/>), the source the id the claims cite, and
/// single-source a list of its one value, so that it is a list criterion like the event statuses (both read from the
/// claim's event row, which keeps its derived status and independent sources: <see cref="Events.EventSchema"/>).
/// </summary>
internal sealed record ClaimQuery(
    Envelope? Box,
    DateOnly? From,
    DateOnly? To,
    string[]? Categories,
    string[]? Statuses,
    int[]? GeoPrecisions,
    string[]? ActorKeys,
    string? RegionId,
    string[]? Terms,
    string? SourceId,
    string[]? Reliabilities = null,
    int[]? Credibilities = null,
    string[]? EventStatuses = null,
    bool[]? SingleSource = null)
{
    public static ClaimQuery Of(ClaimFilter filter, AreaCatalog areas) => new(
        filter.BoundingBox,
        filter.From,
        filter.To,
        filter.Categories?.ToArray(),
        filter.Statuses?.ToArray(),
        filter.GeoPrecisions?.ToArray(),
        filter.Actors?.Select(ActorKey).Distinct(StringComparer.Ordinal).ToArray(),
        filter.Region is { } id && areas.Find(id) is not null ? id : null,
        filter.Text is { } text ? [.. ClaimSearchKey.Terms(text)] : null,
        filter.Source,
        filter.Reliabilities?.ToArray(),
        filter.Credibilities?.ToArray(),
        filter.EventStatuses?.ToArray(),
        filter.SingleSource is { } single ? [single] : null);

    /// <summary>The case-insensitive form of an actor name that queries compare (upper case, as ordinal ignore-case comparison does).</summary>
    public static string ActorKey(string actor) => actor.ToUpperInvariant();

    public bool HasDates => From is not null || To is not null;

    /// <summary>The same date window alone, without a box or any other criterion.</summary>
    public ClaimQuery DatesOnly => new(null, From, To, null, null, null, null, null, null, null);

    /// <summary>The list criteria the filter gives, by the name each store binds them under: categories, statuses, precisions, actors.</summary>
    public IEnumerable<(string Name, Array Values)> Lists =>
        new (string Name, Array? Values)[] { ("categories", Categories), ("statuses", Statuses), ("precisions", GeoPrecisions), ("actors", ActorKeys), ("reliabilities", Reliabilities), ("credibilities", Credibilities), ("event_statuses", EventStatuses), ("single_source", SingleSource) }
            .Where(list => list.Values is not null)
            .Select(list => (list.Name, list.Values!));
}
