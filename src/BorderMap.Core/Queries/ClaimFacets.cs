namespace BorderMap.Core.Queries;

/// <summary>
/// How many claims meet a filter, broken down the ways the filter panel, the legend and the
/// choropleth show them. Each list is ordered by count, most first, then by value (ordinal).
/// </summary>
/// <param name="Total">Claims that meet the filter.</param>
/// <param name="Categories">Claims per category.</param>
/// <param name="Statuses">Claims per status.</param>
/// <param name="Precisions">Claims per geo-precision, "1" to "4".</param>
/// <param name="Actors">Claims naming each actor, as written; at most <see cref="MaxActors"/> actors, the most named.</param>
/// <param name="Regions">Claims per area id (see <see cref="ClaimAreas"/>): a claim counts in every area it belongs to.</param>
public sealed record ClaimFacets(
    int Total,
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Statuses,
    IReadOnlyList<FacetCount> Precisions,
    IReadOnlyList<FacetCount> Actors,
    IReadOnlyList<FacetCount> Regions)
{
    public const int MaxActors = 200;

    /// <summary>Orders counts as every facet list is ordered, and keeps the first <paramref name="limit"/>.</summary>
    public static IReadOnlyList<FacetCount> Ordered(IEnumerable<FacetCount> counts, int limit = int.MaxValue) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(limit)];
}

/// <summary>How many claims have one value.</summary>
public sealed record FacetCount(string Value, int Count);
