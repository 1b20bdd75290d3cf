using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>Folds <see cref="StoreChanges"/> read from the store into the data of a catalog snapshot.</summary>
internal static class CatalogChanges
{
    /// <summary>
    /// The data with the changes applied, or null when it already holds them all (the catalog's
    /// own writes come back this way, and rebuilding the index for them would be wasted). A
    /// changed claim keeps its place, a deleted one leaves, a new one goes last: it was created
    /// after every claim the data holds. A claim deleted and created again elsewhere keeps its old
    /// place until the next load.
    /// </summary>
    public static BorderMapData? Apply(BorderMapData data, StoreChanges changes)
    {
        var current = changes.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var newSources = changes.Sources.Where(s => data.FindSource(s.Id) is null).ToList();
        if (newSources.Count == 0 && changes.ClaimIds.All(id => data.FindClaim(id)?.Data.Version == current.GetValueOrDefault(id)?.Data.Version))
        {
            return null;
        }

        var changed = changes.ClaimIds.ToHashSet(StringComparer.Ordinal);
        var claims = new List<Claim>(data.Claims.Count + current.Count);
        foreach (var claim in data.Claims)
        {
            if (!changed.Contains(claim.Id))
            {
                claims.Add(claim);
            }
            else if (current.Remove(claim.Id, out var now))
            {
                claims.Add(now);
            }
        }

        claims.AddRange(changes.Claims.Where(c => current.ContainsKey(c.Id)));
        IReadOnlyList<Source> sources = [.. data.Sources, .. newSources];
        return new BorderMapData(data.Areas, sources, claims);
    }
}
