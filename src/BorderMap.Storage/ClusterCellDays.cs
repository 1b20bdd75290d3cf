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

    /// <summary>The kept cells of the tile's window (<see cref="ClusterCells.Window"/>), bound to parameters <c>cells_min_x</c> … <c>cells_max_y</c>.</summary>
    public static string WindowCells(string marker) =>
        $"d.cell_x BETWEEN {marker}cells_min_x AND {marker}cells_max_x AND d.cell_y BETWEEN {marker}cells_min_y AND {marker}cells_max_y";

    /// <summary>
    /// The window's cells that hold any claim, each one by its key: <c>claim_cells</c> names them, so
    /// a read by cell and day probes each taken cell's own days instead of scanning every day of a
    /// column of cells.
    /// </summary>
    public static string TakenCells(string marker) =>
        $"(d.cell_x, d.cell_y) IN (SELECT d.cell_x, d.cell_y FROM claim_cells d WHERE d.zoom = {marker}zoom AND {WindowCells(marker)})";
}
