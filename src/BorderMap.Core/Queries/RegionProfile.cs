namespace BorderMap.Core.Queries;

/// <summary>
/// What the region panel shows: names, size, shared borders, and the claims and events in the
/// region under the filter (<see cref="RegionContents"/>), every count from the store's aggregates.
/// </summary>
public sealed record RegionProfile(
    string Id,
    string Kind,
    string Name,
    string? LocalName,
    IReadOnlyDictionary<string, string> Names,
    string Country,
    string CountryName,
    double AreaKm2,
    IReadOnlyList<SharedBorderLength> Borders,
    IReadOnlyList<CategoryClaims> ClaimsByCategory,
    int ClaimCount,
    IReadOnlyList<FacetCount> ClaimsByStatus,
    IReadOnlyList<FacetCount> Actors,
    IReadOnlyList<FacetCount> Areas,
    RegionEvents Events,
    bool CountsAtLeast);

/// <summary>
/// A region's claims and events under a filter: how many claims, by category (with the ids of the
/// first of them) and by status, the most named actors (at most <see cref="MaxActors"/>), the other
/// areas its claims belong to as well, and the events that lie in it. <paramref name="CountsAtLeast"/>:
/// the claim counts are lower bounds (<see cref="ClaimFacets.AtLeast"/>).
/// </summary>
public sealed record RegionContents(
    int ClaimCount,
    IReadOnlyList<CategoryClaims> ByCategory,
    IReadOnlyList<FacetCount> ByStatus,
    IReadOnlyList<FacetCount> Actors,
    IReadOnlyList<FacetCount> Areas,
    RegionEvents Events,
    bool CountsAtLeast)
{
    public const int MaxActors = 20;
}

/// <summary>The geodesic length of the border a region shares with one neighbouring area.</summary>
public sealed record SharedBorderLength(string Id, string Name, string Kind, double Km);

/// <summary>
/// A region's claims in one category: how many, and the ids of those among the region's first
/// <see cref="MaxClaimIds"/> claims in creation order (one page for every category), so that the
/// panel's answer stays small however many there are.
/// </summary>
public sealed record CategoryClaims(string Category, int Count, IReadOnlyList<string> ClaimIds)
{
    public const int MaxClaimIds = 100;

    /// <summary>True when <see cref="ClaimIds"/> lists fewer claims than <see cref="Count"/>.</summary>
    public bool Truncated => ClaimIds.Count < Count;
}

/// <summary>
/// The events that lie in a region (their place, the claim placed most precisely, belongs to it)
/// and whose span and shown status meet the filter's dates and statuses: how many, and how many of each status.
/// </summary>
public sealed record RegionEvents(int Count, IReadOnlyList<FacetCount> ByStatus);
