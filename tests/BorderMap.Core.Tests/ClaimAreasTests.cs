using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Tests;

/// <summary>
/// The areas a claim is filed under in the region filter and facet: what it names, what its
/// references name and what covers its place, each area once and in the same order every time.
/// </summary>
public class ClaimAreasTests
{
    private static readonly AreaCatalog Areas = RepositoryData.Data.Areas;
    private static readonly ClaimData Valid = RepositoryData.Data.Claims.First(c => c.Data.Refs.Count > 0).Data;

    [Fact]
    public void An_area_named_referenced_and_covering_the_place_is_listed_once_in_ordinal_order()
    {
        // Fayzabad, in Badakhshan, which the claim also names and references twice.
        var place = new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(70.58, 37.12));
        var data = Valid with { Areas = ["TJ", "AF-BDS"], Refs = ["border:TJ/AF-BDS", "region:AF-BDS"] };
        var covering = new AreaCoverage(Areas.All).Covering(place);
        Assert.Contains("AF-BDS", covering);

        var ids = new ClaimAreas(Areas).Of(data, place);

        string[] expected = [.. covering.Append("TJ").Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(expected, ids);
        Assert.Single(ids, id => id == "AF-BDS");
        Assert.Single(ids, id => id == "TJ");
    }
}
