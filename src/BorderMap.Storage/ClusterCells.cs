using System.Globalization;
using System.Numerics;
using BorderMap.Core.Queries;

namespace BorderMap.Storage;

/// <summary>
/// The pre-counted clusters that low-zoom tiles read instead of their claims: each store keeps a
/// table <c>claim_cells</c> with one row per Web Mercator grid cell at every zoom a cluster tile's
/// grid has (<see cref="Zooms"/>): the claims' count, and per category their count and anchor sums
/// (<see cref="ClusterCellRows"/>), maintained by the database itself in the same transaction as every
/// claim write, import and delete. A cluster tile at zoom z groups its claims by the cells of zoom
/// z + <see cref="GridBits"/>, which are exactly the rows keyed by the tile itself, so it reads at
/// most <see cref="TileAddress.ClusterGrid"/>² rows by one key prefix and sums nothing, however many
/// claims lie under it.
/// Cell column c of zoom Z holds the anchors with c ≤ (x + R) / (2R / 2^Z) &lt; c + 1, and row r those
/// with r ≤ (R − y) / (2R / 2^Z) &lt; r + 1 (R the half width of the world), the tiles' own
/// half-open convention, so a tile's cells are exactly its claims' cells.
/// </summary>
internal static class ClusterCells
{
    /// <summary>log2 of <see cref="TileAddress.ClusterGrid"/>: a tile's grid cells are the tiles this many zooms deeper.</summary>
    public static readonly int GridBits = BitOperations.Log2((uint)TileAddress.ClusterGrid);

    /// <summary>The deepest kept zoom: the grid of the deepest cluster tile.</summary>
    public static readonly int DeepestZoom = TileAddress.ClusterBelowZoom - 1 + GridBits;

    /// <summary>
    /// The cell zooms kept: each cluster tile's grid (zooms 5–14). Before PostGIS migration 17 and
    /// GeoPackage derived tables version 5, every other zoom was kept with one row per cell and
    /// category, so a z4 or z6 tile read the 4 × 32 × 32 cells of the zoom below its grid, and at
    /// 1,000,000 claims each held all 8 categories: up to 32,768 rows grouped and summed for at most
    /// 1,024 clusters. Every zoom with the categories in columns reads at most 1,024 rows and sums
    /// none, for twice the cell rows each claim write touches (10, each by its key; bench/RESULTS.md,
    /// "Low-zoom tiles from one row per cell"). Stored counts depend on the zooms, so a change needs
    /// a migration that refills <c>claim_cells</c>.
    /// </summary>
    public static readonly IReadOnlyList<int> Zooms = [.. Enumerable.Range(GridBits, TileAddress.ClusterBelowZoom)];

    /// <summary>The world's half width as a SQL literal.</summary>
    public static string HalfWidth => TileAddress.WorldHalfWidth.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// True when the pre-counted cells answer the tile exactly: a cluster tile (below
    /// <see cref="TileAddress.ClusterBelowZoom"/>) whose filter names at most categories. Any other
    /// criterion (dates, box, status, text, actors, region…) needs the claims themselves.
    /// </summary>
    public static bool Answer(ClaimQuery query, TileAddress tile) =>
        tile.Z < TileAddress.ClusterBelowZoom
        && query is { Box: null, From: null, To: null, RegionId: null, SourceId: null }
        && query.Terms is null or { Length: 0 }
        // Named by what the cells hold, so that a list criterion added later falls back to the claims.
        && query.Lists.All(list => list.Name == "categories");

    /// <summary>
    /// The SQL count of every claim in the kept cell that holds a tile of zoom
    /// <see cref="TileAddress.ClusterBelowZoom"/> or deeper (<see cref="HoldingCell"/>, bound to
    /// parameters <c>holding_zoom</c>, <c>holding_tile_x</c>, <c>holding_tile_y</c>, <c>holding_x</c>,
    /// <c>holding_y</c>): a bound on the claims any filter leaves in the tile, read from at most one
    /// row. A tile whose bound is at most <see cref="TileAddress.MaxClaimsPerTile"/> holds single
    /// claims without its claims being counted first, which would read them all twice.
    /// </summary>
    public static string HoldingCellCount(char marker) =>
        $"SELECT coalesce(sum(count), 0) FROM claim_cells WHERE zoom = {marker}holding_zoom AND tile_x = {marker}holding_tile_x AND tile_y = {marker}holding_tile_y " +
        $"AND cell_x = {marker}holding_x AND cell_y = {marker}holding_y";

    /// <summary>The cell of the deepest kept zoom not deeper than the tile that contains the tile (for tiles from zoom <see cref="TileAddress.ClusterBelowZoom"/>), with its row's tile.</summary>
    public static (int Zoom, long TileX, long TileY, long X, long Y) HoldingCell(TileAddress tile)
    {
        var zoom = Math.Min(tile.Z, DeepestZoom);
        var shift = tile.Z - zoom;
        var (x, y) = ((long)tile.X >> shift, (long)tile.Y >> shift);
        return (zoom, x >> GridBits, y >> GridBits, x, y);
    }

    /// <summary>
    /// The kept cells of <paramref name="zooms"/> a cluster tile reads (the nearest zoom at or
    /// deeper than its grid), and how they map onto its grid.
    /// </summary>
    public static CellWindow Window(TileAddress tile, IReadOnlyList<int> zooms)
    {
        var zoom = zooms.Where(z => z >= tile.Z + GridBits).Min();
        var depth = zoom - tile.Z;
        return new CellWindow(
            zoom,
            zoom - tile.Z - GridBits,
            (long)tile.X << depth,
            (((long)tile.X + 1) << depth) - 1,
            (long)tile.Y << depth,
            (((long)tile.Y + 1) << depth) - 1,
            (long)tile.X << GridBits,
            (long)tile.Y << GridBits);
    }

    /// <summary>
    /// The SQL position of a Web Mercator coordinate in the cells of a zoom, in both dialects, whose
    /// whole part is the cell: <c>x</c> gives the column, <c>-y</c> the row, of an anchor inside the
    /// world (so never below 0). Each backend takes the whole part its own way.
    /// </summary>
    public static string CellPosition(string coordinate, string zoom) =>
        $"((({coordinate}) + {HalfWidth}) / ({(2 * TileAddress.WorldHalfWidth).ToString("R", CultureInfo.InvariantCulture)} / (1 << ({zoom}))))";

    /// <summary>Whether an anchor lies in the world's square, as <see cref="InWorld"/> tests it in SQL.</summary>
    public static bool IsInWorld(double x, double y) =>
        x >= -TileAddress.WorldHalfWidth && x < TileAddress.WorldHalfWidth && y > -TileAddress.WorldHalfWidth && y <= TileAddress.WorldHalfWidth;

    /// <summary>The SQL test that an anchor lies in the world's square, which no tile holds beyond.</summary>
    public static string InWorld(string x, string y) => $"{x} >= -{HalfWidth} AND {x} < {HalfWidth} AND {y} > -{HalfWidth} AND {y} <= {HalfWidth}";
}

/// <summary>
/// The kept cells of zoom <paramref name="Zoom"/> a tile covers (columns and rows, inclusive), and
/// its grid: kept cell (c, r) is grid cell ((c &gt;&gt; <paramref name="Shift"/>) − <paramref name="OriginX"/>, (r &gt;&gt; <paramref name="Shift"/>) − <paramref name="OriginY"/>).
/// </summary>
internal sealed record CellWindow(int Zoom, int Shift, long MinX, long MaxX, long MinY, long MaxY, long OriginX, long OriginY);
