namespace BorderMap.Core.Queries;

/// <summary>What the region panel shows: names, size, shared borders and the claims in the region.</summary>
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
    IReadOnlyList<CategoryClaims> ClaimsByCategory);

/// <summary>The geodesic length of the border a region shares with one neighbouring area.</summary>
public sealed record SharedBorderLength(string Id, string Name, string Kind, double Km);

/// <summary>
/// A region's claims in one category: how many, and the ids of the first of them in creation
/// order, at most <see cref="MaxClaimIds"/> so that the panel's answer stays small however many there are.
/// </summary>
public sealed record CategoryClaims(string Category, int Count, IReadOnlyList<string> ClaimIds)
{
    public const int MaxClaimIds = 100;

    /// <summary>True when <see cref="ClaimIds"/> lists fewer claims than <see cref="Count"/>.</summary>
    public bool Truncated => ClaimIds.Count < Count;
}
