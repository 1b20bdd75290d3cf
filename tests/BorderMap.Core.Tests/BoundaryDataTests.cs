using BorderMap.Core.Areas;
using BorderMap.Core.Measurement;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Tests;

public class BoundaryDataTests
{
    private static AreaCatalog Areas => RepositoryData.Data.Areas;

    [Fact]
    public void Every_area_geometry_is_valid()
    {
        var invalid = Areas.All.Where(a => !a.Geometry.IsValid).Select(a => a.Id).ToList();
        Assert.Empty(invalid);
    }

    [Fact]
    public void Tajikistan_and_the_four_named_provinces_are_the_focus_areas()
    {
        var focus = Areas.All.Where(a => a.Focus).Select(a => a.Id).Order().ToArray();
        Assert.Equal(["AF-BDS", "AF-HEL", "AF-KAN", "AF-TAK", "TJ"], focus);
    }

    [Fact]
    public void Afghanistan_has_34_provinces_and_Tajikistan_5_regions_with_todays_names()
    {
        var provinces = Areas.FindLayer("provinces")!.Areas;
        Assert.Equal(34, provinces.Count(a => a.Country == "AF"));
        Assert.Equal(
            ["Districts of Republican Subordination", "Dushanbe", "Gorno-Badakhshan", "Khatlon", "Sughd"],
            provinces.Where(a => a.Country == "TJ").Select(a => a.Name).Order().ToArray());
    }

    [Theory]
    [InlineData("AF-HEL", "Helmand")]
    [InlineData("AF-DAY", "Daykundi")]
    [InlineData("AF-PAN", "Panjshir")]
    [InlineData("AF-URU", "Uruzgan")]
    [InlineData("AF-PAR", "Parwan")]
    [InlineData("AF-BDS", "Badakhshan")]
    [InlineData("TJ-GB", "Gorno-Badakhshan")]
    public void Source_rows_that_were_mislabelled_carry_the_right_names(string id, string name) =>
        Assert.Equal(name, Areas.Find(id)?.Name);

    [Fact]
    public void Province_names_come_in_the_languages_of_the_region()
    {
        var badakhshan = Areas.Find("AF-BDS")!;
        Assert.Equal("Badachschan", badakhshan.Names["de"]);
        Assert.Equal("Бадахшан", badakhshan.Names["ru"]);
        Assert.False(string.IsNullOrEmpty(badakhshan.LocalName));
    }

    [Fact]
    public void The_neighbours_are_there_for_context()
    {
        foreach (var id in new[] { "UZ", "TM", "KG", "PK", "IR", "CN" })
        {
            Assert.Equal(AreaKind.Country, Areas.Find(id)?.Kind);
            Assert.False(Areas.Find(id)!.Focus);
        }
    }

    [Fact]
    public void The_Tajik_Afghan_border_is_shared_vertex_for_vertex_by_both_countries()
    {
        var tajikistan = Areas.Find("TJ")!.Geometry;
        var afghanistan = Areas.Find("AF")!.Geometry;

        var border = Areas.SharedBorder("TJ", "AF")!;
        Assert.Equal(Dimension.Curve, border.Dimension);
        Assert.InRange(Geodesic.LengthKm(border), 1100, 1500);

        // No overlap and no gap: the shared line's vertices are vertices of both outlines.
        Assert.Equal(0, tajikistan.Intersection(afghanistan).Area, 9);
        var tajikVertices = tajikistan.Coordinates.Select(c => (c.X, c.Y)).ToHashSet();
        var afghanVertices = afghanistan.Coordinates.Select(c => (c.X, c.Y)).ToHashSet();
        Assert.All(border.Coordinates, c =>
        {
            Assert.Contains((c.X, c.Y), tajikVertices);
            Assert.Contains((c.X, c.Y), afghanVertices);
        });
    }

    [Fact]
    public void The_border_river_runs_along_the_Tajik_Afghan_border()
    {
        var river = Areas.Find("panj-amu-darya")!;
        Assert.Equal(AreaKind.River, river.Kind);
        var border = Areas.SharedBorder("TJ", "AF")!;
        Assert.True(river.Geometry.Distance(border) < 0.05, "the river should touch the border it forms");
        Assert.True(Geodesic.LengthKm(river.Geometry) > 800);
    }
}
