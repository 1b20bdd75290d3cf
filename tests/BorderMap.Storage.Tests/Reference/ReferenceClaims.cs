using BorderMap.Core;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests.Reference;

/// <summary>
/// What a store must answer, worked out in plain memory from every claim it holds (in the order it
/// returns them unfiltered, which is creation order), so that both backends are held to one
/// obvious answer: the filter is <see cref="ClaimIndex"/>'s plus the text criterion of
/// <see cref="ClaimSearchKey"/>; facets, histograms and pages are counted and cut from that.
/// </summary>
internal sealed class ReferenceClaims(IReadOnlyList<Claim> claims, AreaCatalog areas)
{
    private readonly ClaimIndex _index = new(claims, areas);

    /// <summary>Every claim of the store, in creation order.</summary>
    public IReadOnlyList<Claim> All => claims;

    public static async Task<ReferenceClaims> ReadAsync(IClaimStore store) => new(await store.ClaimsAsync(), TestData.Geodata.Areas);

    /// <summary>The claims that meet the filter, in creation order.</summary>
    public IReadOnlyList<Claim> Query(ClaimFilter filter)
    {
        var matched = _index.Query(filter);
        if (filter.Text is not { } text)
        {
            return matched;
        }

        var terms = ClaimSearchKey.Terms(text);
        return [.. matched.Where(c => ClaimSearchKey.Matches(ClaimSearchKey.Of(c.Data), terms))];
    }

    public IReadOnlyList<string> Ids(ClaimFilter filter) => [.. Query(filter).Select(c => c.Id)];

    /// <summary>Whether the claim belongs to the area (names it, references it, or lies in it).</summary>
    public bool IsIn(Claim claim, Area area) => _index.IsIn(claim, area);

    public ClaimFacets Facets(ClaimFilter filter)
    {
        var matched = Query(filter);
        return new ClaimFacets(
            matched.Count,
            Counts(matched.Select(c => c.Data.Category)),
            Counts(matched.Select(c => c.Data.Status)),
            Counts(matched.Select(c => c.Data.GeoPrecision.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Counts(matched.SelectMany(c => c.Data.Actors.Distinct(StringComparer.Ordinal)), ClaimFacets.MaxActors),
            Counts(matched.SelectMany(c => areas.All.Where(area => _index.IsIn(c, area)).Select(area => area.Id))));
    }

    /// <summary>The non-empty bins of the first days of the matching claims' periods (<see cref="ClaimPeriod"/>), oldest first.</summary>
    public IReadOnlyList<DateBin> Histogram(ClaimFilter filter, DateBinSize size) =>
        [.. Query(filter)
            .GroupBy(c => DateBins.StartOf(ClaimPeriod.Of(c.Data).First, size))
            .OrderBy(bin => bin.Key)
            .Select(bin => new DateBin(bin.Key, bin.Count()))];

    private static IReadOnlyList<FacetCount> Counts(IEnumerable<string> values, int limit = int.MaxValue) =>
        ClaimFacets.Ordered(values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetCount(g.Key, g.Count())), limit);
}
