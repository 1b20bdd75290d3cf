namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 13: the month rollups (<see cref="MonthRollup"/>) of <c>claim_days</c>,
/// <c>claim_cell_days</c> and <c>claim_area_values</c>, filled from the day tables and kept by
/// statement triggers on them, so that whatever writes the day rows (the claim triggers, a set-wise
/// import fill) moves the month rows in the same statement's transaction: each statement folds its
/// day-row changes into one delta per month row and applies them in key order, as the day tables'
/// own triggers do, so concurrent writers lock rows in the same order. Also the day tables' indexes
/// by last day, which find the claims ending in the first month of a range (<see cref="MonthRanges"/>).
/// </summary>
internal static class MonthRollupsMigration
{
    public static string Sql => string.Join("\n", MonthRollup.All.Select(Create));

    /// <summary>
    /// Counts a rollup again from its day table, the rows it keeps (<see cref="CellMonthZoomsMigration.Kept"/>); for a writer
    /// that empties a day table with <c>TRUNCATE</c> (which fires no trigger) before filling it set-wise.
    /// </summary>
    public static string Refill(MonthRollup r) =>
        $"DELETE FROM {r.MonthTable};\n{Add(r, $"SELECT {DayColumns(r, sign: string.Empty)} FROM {r.DayTable}", CellMonthZoomsMigration.Kept(r))}";

    private static string Create(MonthRollup r) =>
        $"""
        CREATE TABLE {r.MonthTable} ({r.ColumnDefinitions(MonthRollup.PostgresTypes)}, PRIMARY KEY ({r.MonthKey}));
        CREATE INDEX {r.MonthTable}_empty_idx ON {r.MonthTable} ({r.Lead[0]}) WHERE count = 0;
        CREATE INDEX {r.EndDayIndex} ON {r.DayTable} ({r.EndDayIndexColumns});
        {Add(r, $"SELECT {DayColumns(r, sign: string.Empty)} FROM {r.DayTable}")}
        {Function(r, "inserted", $"SELECT {DayColumns(r, sign: string.Empty)} FROM added")}
        {Function(r, "updated", $"SELECT {DayColumns(r, sign: "-")} FROM removed UNION ALL SELECT {DayColumns(r, sign: string.Empty)} FROM added")}
        {Function(r, "deleted", $"SELECT {DayColumns(r, sign: "-")} FROM removed")}
        CREATE TRIGGER {r.MonthTable}_inserted AFTER INSERT ON {r.DayTable} REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_{r.MonthTable}_inserted();
        CREATE TRIGGER {r.MonthTable}_updated AFTER UPDATE ON {r.DayTable} REFERENCING OLD TABLE AS removed NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_{r.MonthTable}_updated();
        CREATE TRIGGER {r.MonthTable}_deleted AFTER DELETE ON {r.DayTable} REFERENCING OLD TABLE AS removed
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_{r.MonthTable}_deleted();
        """;

    /// <summary>A day row's key and its sums, each sum negated by <paramref name="sign"/> (a removed row).</summary>
    private static string DayColumns(MonthRollup r, string sign) =>
        string.Join(", ", [.. r.Lead, "start_day", "end_day", .. r.Rest, .. r.Sums.Select(s => $"{sign}{s} AS {s}")]);

    /// <summary>The rollup's trigger functions as <see cref="Create"/> makes them, but adding only the day rows that meet <paramref name="kept"/>; each replaces the one it names.</summary>
    public static string Functions(MonthRollup r, string kept) =>
        $"""
        {Function(r, "inserted", $"SELECT {DayColumns(r, sign: string.Empty)} FROM added", kept)}
        {Function(r, "updated", $"SELECT {DayColumns(r, sign: "-")} FROM removed UNION ALL SELECT {DayColumns(r, sign: string.Empty)} FROM added", kept)}
        {Function(r, "deleted", $"SELECT {DayColumns(r, sign: "-")} FROM removed", kept)}
        """;

    /// <summary>A trigger function of the rollup; one that keeps only some day rows (<paramref name="kept"/>) is a later migration's, and replaces migration 13's.</summary>
    private static string Function(MonthRollup r, string kind, string changes, string? kept = null) =>
        $"""
        CREATE {(kept is null ? string.Empty : "OR REPLACE ")}FUNCTION bordermap_{r.MonthTable}_{kind}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {Add(r, changes, kept)}
          DELETE FROM {r.MonthTable} WHERE count = 0;
          RETURN NULL;
        END $$;
        """;

    /// <summary>
    /// Adds day rows (<paramref name="changes"/>, with <see cref="DayColumns"/>) to their months, only those that meet
    /// <paramref name="kept"/> (a condition on them, aliased <c>c</c>) when given; changes that net to nothing write no row.
    /// </summary>
    private static string Add(MonthRollup r, string changes, string? kept = null)
    {
        var key = string.Join(", ", [.. r.Lead, "date_trunc('month', c.start_day)::date", "date_trunc('month', c.end_day)::date", .. r.Rest]);
        var positions = string.Join(", ", Enumerable.Range(1, r.Lead.Length + 2 + r.Rest.Length));
        return $"""
            INSERT INTO {r.MonthTable} AS t ({r.MonthKey}, {string.Join(", ", r.Sums)})
              SELECT {key}, {string.Join(", ", r.Sums.Select(s => $"sum(c.{s})"))} FROM ({changes}) AS c{(kept is null ? string.Empty : $" WHERE {kept}")}
              GROUP BY {positions}
              HAVING {string.Join(" OR ", r.Sums.Select(s => $"sum(c.{s}) <> 0"))}
              ORDER BY {positions}
            ON CONFLICT ({r.MonthKey}) DO UPDATE SET {string.Join(", ", r.Sums.Select(s => $"{s} = t.{s} + excluded.{s}"))};
            """;
    }
}
