using BorderMap.Core.Geocoding;
using BorderMap.Core.Tests;
using BorderMap.Core.Towns;

namespace BorderMap.Rendering.Tests;

/// <summary>The towns maps show: from the gazetteer and the boundaries, ranked by what they are.</summary>
public sealed class TownCatalogTests
{
    internal static readonly Lazy<TownCatalog> Shared = new(() => new TownCatalog(GazetteerReader.LoadPlaces(RepositoryData.GeodataDirectory), RepositoryData.Data.Areas));

    private static IReadOnlyList<Town> Towns => Shared.Value.Towns;

    [Theory]
    [InlineData("Dushanbe", TownRank.Capital, "TJ")]
    [InlineData("Kabul", TownRank.Capital, "AF")]
    [InlineData("Fayzabad", TownRank.Provincial, "AF")]
    [InlineData("Taloqan", TownRank.Provincial, "AF")]
    [InlineData("Kandahar", TownRank.Provincial, "AF")]
    [InlineData("Lashkar Gah", TownRank.Provincial, "AF")]
    [InlineData("Khorugh", TownRank.Provincial, "TJ")]
    [InlineData("Bokhtar", TownRank.Provincial, "TJ")]
    [InlineData("Kulob", TownRank.Border, "TJ")]
    [InlineData("Ishkoshim", TownRank.Border, "TJ")]
    [InlineData("Ishkashim", TownRank.Border, "AF")]
    [InlineData("Qalaikhumb", TownRank.Border, "TJ")]
    [InlineData("Rushon", TownRank.Border, "TJ")]
    [InlineData("Panji Poyon", TownRank.Border, "TJ")]
    [InlineData("Sher Khan Bandar", TownRank.Border, "AF")]
    public void The_towns_a_reader_looks_for_are_there_with_their_rank(string name, TownRank rank, string country)
    {
        var town = Assert.Single(Towns, t => t.Name == name);
        Assert.Equal((rank, country), (town.Rank, town.Country));
    }

    [Fact]
    public void Border_towns_are_those_near_the_Tajik_Afghan_boundary_computed_from_the_boundaries()
    {
        var border = RepositoryData.Data.Areas.SharedBorder("TJ", "AF")!;
        var borderTowns = Towns.Where(t => t.Rank == TownRank.Border).ToList();
        Assert.All(borderTowns, t => Assert.True(TownCatalog.DistanceKm(border, t.Lat, t.Lon) <= TownCatalog.BorderDistanceKm, t.Name));
        Assert.InRange(borderTowns.Count, 10, 40);

        // Large towns far from the river are not border towns; Khulm lies by the Uzbek border, 40 km from the Tajik one.
        Assert.DoesNotContain(Towns, t => t.Name is "Khulm" or "Vahdat" or "Istaravshan");
    }

    [Fact]
    public void Only_Tajik_and_Afghan_towns_are_listed_each_once_in_rank_order()
    {
        Assert.All(Towns, t => Assert.Contains(t.Country, new[] { "TJ", "AF" }));
        Assert.Equal(Towns.Count, Towns.Select(t => t.Id).Distinct().Count());
        Assert.Equal(Towns.OrderBy(t => t.Rank).Select(t => t.Id), Towns.Select(t => t.Id));
        Assert.Equal(2, Towns.Count(t => t.Rank == TownRank.Capital));
    }
}
