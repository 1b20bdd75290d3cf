namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 22: the box-and-dates index of migration 19, <c>gist (geom, period, fid)</c>, becomes two:
/// <c>gist (period, geom, fid)</c> for a box under a date window, and <c>gist (geom, fid)</c> for a box
/// under a long window or none. A GiST index groups its leaves by its first column: led by the box,
/// each leaf held claims of every date, so a page of a box and 30 days at a million claims read
/// every leaf under the box (~880 buffers for 501 claims, more for a box of most claims: ~3,100 for
/// 30 days, ~9,700 for one day). Led by the dates, the leaves group claims of a few days by place,
/// and the same page reads ~620 (840 and 590). Under a long window every leaf matches the dates, so
/// the dates-first index reads more there (~2,100 for a year); the box-first one without the dates
/// serves that, and the planner tells them apart by the window's estimated share of the claims, as
/// only one of them holds the dates. Both still end in the position, so a page's scan stops at its
/// last claim (<see cref="KeysetGistMigration"/>).
/// </summary>
internal static class DatesFirstGistMigration
{
    public const string Sql =
        """
        DROP INDEX claims_geom_period_idx;
        CREATE INDEX claims_period_geom_idx ON claims USING gist (period, geom, fid);
        CREATE INDEX claims_geom_position_idx ON claims USING gist (geom, fid);
        """;
}
