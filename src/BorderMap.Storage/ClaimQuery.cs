using BorderMap.Core.Areas;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage;

/// <summary>
/// A <see cref="ClaimFilter"/> as the stores' SQL binds it, resolved the way
/// <see cref="ClaimIndex.Query"/> resolves it, so that both stores answer exactly what the in-memory
/// index answers: lists become arrays (null: no filter; empty: nothing passes), actors become
/// case-folded keys, and the region becomes its area (an id the catalog does not know filters
/// nothing, as in the index).
/// </summary>
internal sealed record ClaimQuery(
    Envelope? Box,
    DateOnly? From,
    DateOnly? To,
    string[]? Categories,
    string[]? Statuses,
    int[]? GeoPrecisions,
    string[]? ActorKeys,
    Area? Region)
{
    public static ClaimQuery Of(ClaimFilter filter, AreaCatalog areas) => new(
        filter.BoundingBox,
        filter.From,
        filter.To,
        filter.Categories?.ToArray(),
        filter.Statuses?.ToArray(),
        filter.GeoPrecisions?.ToArray(),
        filter.Actors?.Select(ActorKey).Distinct(StringComparer.Ordinal).ToArray(),
        filter.Region is { } id ? areas.Find(id) : null);

    /// <summary>The case-insensitive form of an actor name that queries compare (upper case, as ordinal ignore-case comparison does).</summary>
    public static string ActorKey(string actor) => actor.ToUpperInvariant();

    public bool HasDates => From is not null || To is not null;

    /// <summary>The list criteria the filter gives, by the name each store binds them under: categories, statuses, precisions, actors.</summary>
    public IEnumerable<(string Name, Array Values)> Lists =>
        new (string Name, Array? Values)[] { ("categories", Categories), ("statuses", Statuses), ("precisions", GeoPrecisions), ("actors", ActorKeys) }
            .Where(list => list.Values is not null)
            .Select(list => (list.Name, list.Values!));

    /// <summary>The <c>region:ID</c> reference that names the region, or null when no reference can (an id with a slash does not parse as one).</summary>
    public string? RegionReference => Region is { Id: var id } && !id.Contains('/', StringComparison.Ordinal) ? "region:" + id : null;
}
