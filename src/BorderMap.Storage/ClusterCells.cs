using System.Globalization;
using System.Numerics;
using BorderMap.Core.Queries;

namespace BorderMap.Storage;

/// <summary>
/// The pre-counted clusters that low-zoom tiles read instead of their claims: each store keeps a
/// table <c>claim_cells</c> of claim counts and anchor sums per Web Mercator grid cell and category
/// at a few fixed zooms (<see cref="Zooms"/>), maintained by the database itself in the same
/// transaction as every claim write, import and delete. A cluster tile at zoom z groups its claims
/// by the cells of zoom z + <see cref="GridBits"/>; it reads the nearest kept zoom at or below that
/// cell size and merges 1, or 2 × 2, kept cells into each of its own, so it reads at most
/// 4 × <see cref="TileAddress.ClusterGrid"/>² cells per category, however many claims lie under it.
/// Cell column c of zoom Z holds the anchors with c ≤ (x + R) / (2R / 2^Z) &lt; c + 1, and row r those
/// with r ≤ (R − y) / (2R / 2^Z) &lt; r + 1 (R the half width of the world), the tiles' own
/// half-open convention, so a tile's cells are exactly its claims' cells.
/// </summary>
internal static class ClusterCells
{
    /// <summary>log2 of <see cref="TileAddress.ClusterGrid"/>: a tile's grid cells are the tiles this many zooms deeper.</summary>
    public static readonly int GridBits = BitOperations.Log2((uint)TileAddress.ClusterGrid);

    /// <summary>
    /// The cell zooms kept: every other one from the cells of the deepest cluster tile down. Stored
    /// counts depend on them, so a change needs a migration that refills <c>claim_cells</c>.
    /// </summary>
    public static readonly IReadOnlyList<int> Zooms =
        [.. Enumerable.Range(0, (TileAddress.ClusterBelowZoom + 1) / 2).Select(i => TileAddress.ClusterBelowZoom - 1 + GridBits - (2 * i))];

    /// <summary>The kept zooms as a JSON (and SQL array) literal, for the statements that fill the table.</summary>
    public static string ZoomList => string.Join(",", Zooms.Select(z => z.ToString(CultureInfo.InvariantCulture)));

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
    /// parameters <c>holding_zoom</c>, <c>holding_x</c>, <c>holding_y</c>): a bound on the claims
    /// any filter leaves in the tile, read from at most one row per category. A tile whose bound is
    /// at most <see cref="TileAddress.MaxClaimsPerTile"/> holds single claims without its claims
    /// being counted first, which would read them all twice.
    /// </summary>
    public static string HoldingCellCount(char marker) =>
        $"SELECT coalesce(sum(count), 0) FROM claim_cells WHERE zoom = {marker}holding_zoom AND cell_x = {marker}holding_x AND cell_y = {marker}holding_y";

    /// <summary>The cell of the deepest kept zoom not deeper than the tile that contains the tile (for tiles from zoom <see cref="TileAddress.ClusterBelowZoom"/>).</summary>
    public static (int Zoom, long X, long Y) HoldingCell(TileAddress tile)
    {
        var zoom = Zooms.Where(z => z <= tile.Z).Max();
        var shift = tile.Z - zoom;
        return (zoom, (long)tile.X >> shift, (long)tile.Y >> shift);
    }

    /// <summary>The kept cells a cluster tile reads, and how they map onto its grid.</summary>
    public static CellWindow Window(TileAddress tile)
    {
        var zoom = Zooms.Where(z => z >= tile.Z + GridBits).Min();
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

    /// <summary>The SQL test that an anchor lies in the world's square, which no tile holds beyond.</summary>
    public static string InWorld(string x, string y) => $"{x} >= -{HalfWidth} AND {x} < {HalfWidth} AND {y} > -{HalfWidth} AND {y} <= {HalfWidth}";
}

/// <summary>
/// The kept cells of zoom <paramref name="Zoom"/> a tile covers (columns and rows, inclusive), and
/// its grid: kept cell (c, r) is grid cell ((c &gt;&gt; <paramref name="Shift"/>) − <paramref name="OriginX"/>, (r &gt;&gt; <paramref name="Shift"/>) − <paramref name="OriginY"/>).
/// </summary>
internal sealed record CellWindow(int Zoom, int Shift, long MinX, long MaxX, long MinY, long MaxY, long OriginX, long OriginY);
