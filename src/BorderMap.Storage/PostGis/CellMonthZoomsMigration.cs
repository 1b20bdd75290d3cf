namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 27: <c>claim_cell_months</c> keeps only the zooms a tile reads by months
/// (<see cref="ClusterCellDays.MonthsUpToZoom"/>); finer cells' tiles read <c>claim_cell_days</c>
/// alone, and their month rows rolled up almost nothing (a cell at zoom 12 or 14 holds about one
/// claim): over 2 million rows of 2.96 million at 1,000,000 synthetic claims, written by every import and
/// kept by every edit, read by nothing. The rollup's triggers add only the kept zooms' day rows from
/// here on, the import's fill likewise (<see cref="MonthRollupsMigration.Refill"/>), and the rows of the
/// other zooms are deleted.
/// </summary>
internal static class CellMonthZoomsMigration
{
    /// <summary>The condition on a day row (aliased <c>c</c>) that a rollup adds to its months; null when it keeps all of them.</summary>
    public static string? Kept(MonthRollup r) => r == MonthRollup.CellDays ? $"c.zoom <= {ClusterCellDays.MonthsUpToZoom}" : null;

    public static string Sql =>
        $"""
        {MonthRollupsMigration.Functions(MonthRollup.CellDays, Kept(MonthRollup.CellDays)!)}
        DELETE FROM {MonthRollup.CellDays.MonthTable} WHERE zoom > {ClusterCellDays.MonthsUpToZoom};
        """;
}
