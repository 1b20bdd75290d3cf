using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Core.Geodata;

/// <summary>
/// What a geodata directory holds: the boundaries, the shipped sources and the seed claims a new
/// claim store is filled with. Immutable. The app keeps only the boundaries from it: once a store
/// exists, claims and sources live there alone.
/// </summary>
public sealed class BorderMapData(AreaCatalog areas, IReadOnlyList<Source> sources, IReadOnlyList<Claim> claims)
{
    private readonly Dictionary<string, Source> _sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Claim> _claims = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public AreaCatalog Areas { get; } = areas;

    public IReadOnlyList<Source> Sources { get; } = sources;

    public IReadOnlyList<Claim> Claims { get; } = claims;

    /// <summary>The shipped events grouping shipped claims (<c>events/*.json</c>), which seed a new store.</summary>
    public IReadOnlyList<Events.ClaimEvent> Events { get; init; } = [];

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    public Claim? FindClaim(string id) => _claims.GetValueOrDefault(id);
}
