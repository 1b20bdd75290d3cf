using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests.Reference;

/// <summary>One cluster point of a reference tile: the mean anchor of a grid cell's claims, in tile pixels, and their counts.</summary>
internal sealed record ReferenceCluster(double X, double Y, int Count, IReadOnlyDictionary<string, int> Categories);

/// <summary>
/// The brief's tile format worked out in memory: which claims a tile holds (their anchor's Web
/// Mercator position inside the tile envelope, minX &lt;= x &lt; maxX, minY &lt; y &lt;= maxY) and,
/// when the tile is clustered, its grid cells.
/// </summary>
internal static class ReferenceTiles
{
    /// <summary>Pixels per tile side in an MVT tile.</summary>
    public const int Extent = 4096;

    /// <summary>The claims whose anchor lies in the tile, in the order given.</summary>
    public static IReadOnlyList<Claim> In(IEnumerable<Claim> claims, TileAddress tile)
    {
        var box = tile.MercatorEnvelope;
        return [.. claims.Where(c => Mercator(c.Anchor) is var (x, y) && x >= box.MinX && x < box.MaxX && y > box.MinY && y <= box.MaxY)];
    }

    public static bool IsClustered(TileAddress tile, int claimsInTile) =>
        tile.Z < TileAddress.ClusterBelowZoom || claimsInTile > TileAddress.MaxClaimsPerTile;

    /// <summary>One cluster per non-empty grid cell of the tile's claims.</summary>
    public static IReadOnlyList<ReferenceCluster> Clusters(IEnumerable<Claim> claimsInTile, TileAddress tile)
    {
        var cellSize = (double)Extent / TileAddress.ClusterGrid;
        return [.. claimsInTile
            .Select(c => (Claim: c, Pixel: Pixel(c.Anchor, tile)))
            .GroupBy(c => (Cell(c.Pixel.X, cellSize), Cell(c.Pixel.Y, cellSize)))
            .Select(cell => new ReferenceCluster(
                cell.Average(c => c.Pixel.X),
                cell.Average(c => c.Pixel.Y),
                cell.Count(),
                cell.GroupBy(c => c.Claim.Data.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)))];
    }

    /// <summary>A lon/lat point in the tile's pixels (0 to <see cref="Extent"/>, y down).</summary>
    public static (double X, double Y) Pixel(Point lonLat, TileAddress tile)
    {
        var box = tile.MercatorEnvelope;
        var (x, y) = Mercator(lonLat);
        return ((x - box.MinX) / box.Width * Extent, (box.MaxY - y) / box.Height * Extent);
    }

    /// <summary>The tiles of one zoom that a lon/lat envelope touches.</summary>
    public static IEnumerable<TileAddress> Covering(Envelope lonLat, int zoom)
    {
        var size = 2 * TileAddress.WorldHalfWidth / (1L << zoom);
        int Column(double lon) => (int)Math.Floor((TileAddress.MercatorX(lon) + TileAddress.WorldHalfWidth) / size);
        int Row(double lat) => (int)Math.Floor((TileAddress.WorldHalfWidth - TileAddress.MercatorY(lat)) / size);
        for (var x = Column(lonLat.MinX); x <= Column(lonLat.MaxX); x++)
        {
            for (var y = Row(lonLat.MaxY); y <= Row(lonLat.MinY); y++)
            {
                yield return new TileAddress(zoom, x, y);
            }
        }
    }

    /// <summary>The tile of one zoom that holds a lon/lat point.</summary>
    public static TileAddress Holding(Point lonLat, int zoom) => Covering(lonLat.EnvelopeInternal, zoom).Single();

    private static (double X, double Y) Mercator(Point lonLat) => (TileAddress.MercatorX(lonLat.X), TileAddress.MercatorY(lonLat.Y));

    private static int Cell(double pixel, double cellSize) => Math.Clamp((int)Math.Floor(pixel / cellSize), 0, TileAddress.ClusterGrid - 1);
}
