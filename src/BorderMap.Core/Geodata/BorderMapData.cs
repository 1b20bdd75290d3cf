using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Core.Geodata;

/// <summary>Everything the app shows: boundaries, registered sources and placed claims. Immutable.</summary>
public sealed class BorderMapData(AreaCatalog areas, IReadOnlyList<Source> sources, IReadOnlyList<Claim> claims)
{
    private readonly Dictionary<string, Source> _sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Claim> _claims = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public AreaCatalog Areas { get; } = areas;

    public IReadOnlyList<Source> Sources { get; } = sources;

    public IReadOnlyList<Claim> Claims { get; } = claims;

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    public Claim? FindClaim(string id) => _claims.GetValueOrDefault(id);
}
