using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage;

/// <summary>
/// How many claims a box holds and how many the store holds, from the pre-counted cells
/// (<see cref="ClusterCells"/>) rather than the claims: the cells the box meets at the deepest kept
/// zoom where it spans at most <see cref="MaxSpan"/> cells each way, and the coarsest zoom's cells.
/// Whole cells count at the box's edges, so the box's count is an upper bound, near the truth for a
/// box several cells wide. It reads at most a few hundred rows by one key range at any store size,
/// where PostgreSQL's own estimate of a box (from a sample of the geometries) was off by a factor
/// of 14 at 1,000,000 claims (bench/RESULTS.md). Claims are counted by their anchor, and any other
/// filter is left aside.
/// </summary>
internal static class BoxCells
{
    /// <summary>The most cells the box may span each way at the zoom read: at most 256 cells, of which the edge ones count whole.</summary>
    private const int MaxSpan = 16;

    /// <summary>Mercator's limit: a box beyond it is counted up to it, where the cells end.</summary>
    private const double MaxLatitude = 85.0511;

    /// <summary>The box's count and the store's, as one row of two columns, with the parameters of <see cref="Parameters"/> under <paramref name="marker"/>.</summary>
    public static string Sql(char marker) =>
        $"SELECT (SELECT coalesce(sum(count), 0) FROM claim_cells WHERE zoom = {marker}box_zoom " +
        $"AND tile_x BETWEEN {marker}box_tile_x0 AND {marker}box_tile_x1 AND tile_y BETWEEN {marker}box_tile_y0 AND {marker}box_tile_y1 " +
        $"AND cell_x BETWEEN {marker}box_x0 AND {marker}box_x1 AND cell_y BETWEEN {marker}box_y0 AND {marker}box_y1), " +
        $"(SELECT coalesce(sum(count), 0) FROM claim_cells WHERE zoom = {ClusterCells.Zooms[0]})";

    /// <summary>The parameters of <see cref="Sql"/> for <paramref name="box"/> (longitudes and latitudes), by name without the marker.</summary>
    public static IReadOnlyList<(string Name, long Value)> Parameters(Envelope box)
    {
        var zoom = ClusterCells.Zooms.OrderDescending().FirstOrDefault(z => Span(box, z) <= MaxSpan, ClusterCells.Zooms[0]);
        var (x0, y0) = Cell(box.MinX, box.MaxY, zoom);
        var (x1, y1) = Cell(box.MaxX, box.MinY, zoom);
        var bits = ClusterCells.GridBits;
        return
        [
            ("box_zoom", zoom), ("box_tile_x0", x0 >> bits), ("box_tile_x1", x1 >> bits), ("box_tile_y0", y0 >> bits), ("box_tile_y1", y1 >> bits),
            ("box_x0", x0), ("box_x1", x1), ("box_y0", y0), ("box_y1", y1),
        ];
    }

    private static long Span(Envelope box, int zoom)
    {
        var (x0, y0) = Cell(box.MinX, box.MaxY, zoom);
        var (x1, y1) = Cell(box.MaxX, box.MinY, zoom);
        return Math.Max(x1 - x0, y1 - y0) + 1;
    }

    /// <summary>The cell of zoom <paramref name="zoom"/> holding a point, as <see cref="ClusterCells"/> places anchors, clamped to the world's square.</summary>
    private static (long X, long Y) Cell(double longitude, double latitude, int zoom)
    {
        var size = 2 * TileAddress.WorldHalfWidth / (1L << zoom);
        var x = TileAddress.MercatorX(Math.Clamp(longitude, -180, 180));
        var y = TileAddress.MercatorY(Math.Clamp(latitude, -MaxLatitude, MaxLatitude));
        long Whole(double position) => Math.Clamp((long)Math.Floor(position / size), 0, (1L << zoom) - 1);
        return (Whole(x + TileAddress.WorldHalfWidth), Whole(TileAddress.WorldHalfWidth - y));
    }
}
