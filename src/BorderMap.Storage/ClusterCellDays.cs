using BorderMap.Core.Queries;

namespace BorderMap.Storage;

/// <summary>
/// The pre-counted clusters that low-zoom tiles read under a date range: each store keeps a table
/// <c>claim_cell_days</c> with, per kept grid cell (<see cref="ClusterCells"/>), first day, last day,
/// category, status and precision, the number of claims and the sums of their anchors, maintained
/// by the database in the same transaction as every claim write, import and delete. Its rows grow
/// with the cells and the distinct periods and vocabularies under them, not with the claims, and a
/// tile sums the rows of its cells whose period overlaps the range, exactly as the claims overlap it
/// (first day ≤ to, last day ≥ from; <see cref="DayCounts.Where"/>).
/// </summary>
internal static class ClusterCellDays
{
    /// <summary>
    /// The cell zooms kept: every other one from the cells of the deepest cluster tile down (14, 12,
    /// 10, 8, 6), so a tile reads its grid's cells or the 2 × 2 times as many of the zoom below, and
    /// each claim is counted in 5 cells. Rows here are per period and kind as well, so each kept zoom
    /// costs more than in <c>claim_cells</c>, which keeps every zoom. Stored counts depend on them, so
    /// a change needs a migration that refills <c>claim_cell_days</c>.
    /// </summary>
    public static readonly IReadOnlyList<int> Zooms =
        [.. Enumerable.Range(0, (TileAddress.ClusterBelowZoom + 1) / 2).Select(i => ClusterCells.DeepestZoom - (2 * i))];

    /// <summary>The kept zooms as a JSON (and SQL array) literal, for the statements that fill the table.</summary>
    public static string ZoomList => string.Join(",", Zooms.Select(z => z.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The kept cells a cluster tile reads (<see cref="ClusterCells.Window"/>).</summary>
    public static CellWindow Window(TileAddress tile) => ClusterCells.Window(tile, Zooms);

    /// <summary>
    /// True when the cell days answer the cluster tile exactly: its filter names at most dates,
    /// categories, statuses and precisions. A box, region, text, source or any other list (actors,
    /// reliabilities, credibilities) needs the claims themselves.
    /// </summary>
    public static bool Answer(ClaimQuery query, TileAddress tile) =>
        tile.Z < TileAddress.ClusterBelowZoom && query.RegionId is null && DayCounts.Answer(query);

    /// <summary>
    /// The query's criteria on <c>claim_cell_days</c> (aliased <c>d</c>), bound to the parameters each
    /// backend's query SQL already names them by (<paramref name="marker"/>: <c>$</c> or <c>@</c>);
    /// <paramref name="inList"/> the backend's test of a column against a list parameter.
    /// </summary>
    public static string Where(ClaimQuery query, char marker, Func<string, string, string> inList) =>
        DayCounts.Where(query, area: null, marker, inList);

    /// <summary>
    /// The kept zooms whose tiles read whole months from <c>claim_cell_months</c> (<see cref="MonthRanges"/>):
    /// up to zoom 8 (tiles z0–z3), whose cells are few and hold many claims each, so months merge their
    /// day rows (5.5× fewer rows at zoom 6 for 100,000 claims). Finer cells hold about one claim per
    /// month and kind, where the three-part read costs more than the one range of day rows
    /// (bench/RESULTS.md, "Long date ranges from month rollups"). PostGIS keeps month rows of these zooms alone.
    /// </summary>
    public const int MonthsUpToZoom = 8;

    /// <summary>True when the tile's rows come by months (<see cref="MonthsUpToZoom"/>), which bind <see cref="MonthRanges.Parameters"/>.</summary>
    public static bool ByMonths(TileAddress tile) => Window(tile).Zoom <= MonthsUpToZoom;

    private const string Columns = "d.cell_x, d.cell_y, d.category, d.count, d.sum_x, d.sum_y";

    /// <summary>
    /// The pre-counted rows of the tile's window under the query, as a derived table <c>d</c> of
    /// <see cref="Columns"/>: from <c>claim_cell_days</c>, or by months (<see cref="MonthsUpToZoom"/>);
    /// <paramref name="marker"/>, <paramref name="inList"/> and <paramref name="namesEndDayIndex"/> as
    /// <see cref="Where"/> and <see cref="MonthRanges.Source"/> take them.
    /// </summary>
    public static string Rows(ClaimQuery query, TileAddress tile, char marker, Func<string, string, string> inList, bool namesEndDayIndex) =>
        ByMonths(tile)
            ? MonthRanges.Source(
                MonthRollup.CellDays,
                query,
                $"{Where(MonthRanges.Undated(query), marker, inList)} AND d.zoom = {marker}zoom AND {TakenCells(marker)}",
                _ => Columns,
                marker,
                namesEndDayIndex)
            : $"(SELECT {Columns} FROM claim_cell_days d WHERE {Where(query, marker, inList)} AND d.zoom = {marker}zoom AND {WindowCells(marker)}) d";

    /// <summary>The kept cells of the tile's window (<see cref="ClusterCells.Window"/>), bound to parameters <c>cells_min_x</c> … <c>cells_max_y</c>.</summary>
    public static string WindowCells(char marker) =>
        $"d.cell_x BETWEEN {marker}cells_min_x AND {marker}cells_max_x AND d.cell_y BETWEEN {marker}cells_min_y AND {marker}cells_max_y";

    /// <summary>
    /// The window's cells that hold any claim, each one by its key: <c>claim_cells</c> (which keeps
    /// every zoom of these) names them, so a read by cell and day probes each taken cell's own days
    /// instead of scanning every day of a column of cells. Its rows are found by their tiles, which
    /// lead its key (<see cref="ClusterCellRows"/>).
    /// </summary>
    public static string TakenCells(char marker)
    {
        string Tiles(string axis) =>
            $"d.tile_{axis} BETWEEN ({marker}cells_min_{axis} >> {ClusterCells.GridBits}) AND ({marker}cells_max_{axis} >> {ClusterCells.GridBits})";
        return $"(d.cell_x, d.cell_y) IN (SELECT d.cell_x, d.cell_y FROM claim_cells d WHERE d.zoom = {marker}zoom AND {Tiles("x")} AND {Tiles("y")} AND {WindowCells(marker)})";
    }
}
