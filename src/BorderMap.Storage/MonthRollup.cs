namespace BorderMap.Storage;

/// <summary>
/// One per-month rollup of a day count table: the same rows with their first and last day replaced
/// by the first day of those days' months (<c>start_month</c>, <c>end_month</c>), counts and sums
/// added. The database keeps it from the day table itself (triggers on the day table), so it is
/// exact whatever writes the day rows.
/// </summary>
/// <param name="DayTable">The day table (<c>claim_days</c>, <c>claim_cell_days</c>, <c>claim_area_values</c>).</param>
/// <param name="MonthTable">Its rollup.</param>
/// <param name="Lead">The key columns before the days, which every read fixes (area, or zoom and cell).</param>
/// <param name="Rest">The key columns after the days.</param>
/// <param name="Sums">The added columns, <c>count</c> first; a row whose count reaches 0 is dropped.</param>
internal sealed record MonthRollup(string DayTable, string MonthTable, string[] Lead, string[] Rest, string[] Sums)
{
    public static readonly MonthRollup Days = new(
        "claim_days", "claim_months", ["area_id"], ["category", "status", "geo_precision"], ["count"]);

    public static readonly MonthRollup CellDays = new(
        "claim_cell_days", "claim_cell_months", ["zoom", "cell_x", "cell_y"], ["category", "status", "geo_precision"], ["count", "sum_x", "sum_y"]);

    public static readonly MonthRollup AreaValues = new(
        "claim_area_values", "claim_area_value_months", ["area_id"], ["category", "status", "geo_precision", "kind", "value"], ["count"]);

    public static readonly MonthRollup[] All = [Days, CellDays, AreaValues];

    /// <summary>The day table's key: the lead, the days, the rest.</summary>
    public string[] DayKey => [.. Lead, "start_day", "end_day", .. Rest];

    /// <summary>The month table's key: the lead, the months, the rest.</summary>
    public string MonthKey => string.Join(", ", [.. Lead, "start_month", "end_month", .. Rest]);

    /// <summary>The day table's index by last day under the lead, that finds the claims ending in the first month of a range.</summary>
    public string EndDayIndex => $"{DayTable}_end_idx";

    public string EndDayIndexColumns => string.Join(", ", [.. Lead, "end_day"]);

    /// <summary>The month table's column definitions, each column's type from <paramref name="types"/> (one backend's <see cref="SqliteTypes"/> or <see cref="PostgresTypes"/>).</summary>
    public string ColumnDefinitions(IReadOnlyDictionary<string, string> types) =>
        string.Join(", ", ((string[])[.. Lead, "start_month", "end_month", .. Rest, .. Sums]).Select(c => $"{c} {types[c]} NOT NULL"));

    public static readonly IReadOnlyDictionary<string, string> SqliteTypes = Types("TEXT", "INTEGER", "INTEGER", "INTEGER", "TEXT", "REAL");

    public static readonly IReadOnlyDictionary<string, string> PostgresTypes = Types("text", "smallint", "integer", "bigint", "date", "double precision");

    private static Dictionary<string, string> Types(string text, string small, string integer, string big, string month, string real) => new(StringComparer.Ordinal)
    {
        ["area_id"] = text, ["category"] = text, ["status"] = text, ["kind"] = text, ["value"] = text,
        ["zoom"] = small, ["geo_precision"] = small, ["cell_x"] = integer, ["cell_y"] = integer,
        ["start_month"] = month, ["end_month"] = month, ["count"] = big, ["sum_x"] = real, ["sum_y"] = real,
    };
}
