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

/// <summary>
/// Reads a <see cref="MonthRollup"/> for a date range exactly: a claim overlaps [from, to] when its
/// first day ≤ to and its last day ≥ from. With fm and tm the months of from and to, every claim
/// that overlaps falls in exactly one of three parts, so none is counted twice:
/// <list type="bullet">
/// <item>first month before tm and last month after fm: it overlaps whatever its days, read from the month rows;</item>
/// <item>first day in tm (and ≤ to, last day ≥ from): the day rows of the last month, by the day table's key;</item>
/// <item>last day in fm (and ≥ from), first month before tm: the day rows of the first month, by the end-day index.</item>
/// </list>
/// So a range reads whole months from month rows and only its two edge months from day rows.
/// </summary>
internal static class MonthRanges
{
    /// <summary>The extra parameters the parts compare with: the first day of to's month, of from's month and of the month after from's.</summary>
    public static IEnumerable<(string Name, DateOnly Day)> Parameters(ClaimQuery query) =>
    [
        .. query.To is { } to ? [("month_to", FirstOfMonth(to))] : Array.Empty<(string, DateOnly)>(),
        .. query.From is { } from ? [("month_from", FirstOfMonth(from)), ("month_after_from", FirstOfMonth(from).AddMonths(1))] : Array.Empty<(string, DateOnly)>(),
    ];

    /// <summary>
    /// A derived table <c>d</c> of the rollup's rows that meet the query's dates, as the three parts
    /// above, each with <paramref name="conditions"/> (on alias <c>d</c>, naming no date) and the
    /// columns <paramref name="columns"/> gives for the name of the row's first day (a month's first
    /// day in the month part); <paramref name="marker"/> the backend's parameter marker. With <paramref name="namesEndDayIndex"/>
    /// (SQLite) the part of the first month names the end-day index: without statistics SQLite's planner
    /// prefers the key's equalities on a cell and would walk all of that cell's days.
    /// </summary>
    public static string Source(MonthRollup rollup, ClaimQuery query, string conditions, Func<string, string> columns, char marker, bool namesEndDayIndex = false)
    {
        var m = marker;
        var months = new List<string> { conditions };
        months.AddRange(query.To is null ? [] : [$"d.start_month < {m}month_to"]);
        months.AddRange(query.From is null ? [] : [$"d.end_month > {m}month_from"]);
        var parts = new List<string> { $"SELECT {columns("d.start_month")} FROM {rollup.MonthTable} d WHERE {string.Join(" AND ", months)}" };
        if (query.To is not null)
        {
            var overlaps = query.From is null ? string.Empty : $" AND d.end_day >= {m}from";
            parts.Add($"SELECT {columns("d.start_day")} FROM {rollup.DayTable} d WHERE {conditions} AND d.start_day >= {m}month_to AND d.start_day <= {m}to{overlaps}");
        }

        if (query.From is not null)
        {
            // Implied unless the range ends in the month it starts in (a first day from to's month on
            // cannot end before the month after from's); written so that no planner reads it by the key,
            // which would walk every earlier first day instead of the end-day index's one month.
            var before = query.To is { } to && to.Year * 12 + to.Month <= query.From.Value.Year * 12 + query.From.Value.Month
                ? $" AND coalesce(d.start_day, d.start_day) < {m}month_to"
                : string.Empty;
            var index = namesEndDayIndex ? $" INDEXED BY {rollup.EndDayIndex}" : string.Empty;
            parts.Add($"SELECT {columns("d.start_day")} FROM {rollup.DayTable} d{index} WHERE {conditions} AND d.end_day >= {m}from AND d.end_day < {m}month_after_from{before}");
        }

        return $"({string.Join("\n  UNION ALL ", parts)}) d";
    }

    /// <summary>The query without its dates, whose day-table conditions (<see cref="DayCounts.Where"/>) each part adds its own dates to.</summary>
    public static ClaimQuery Undated(ClaimQuery query) => query with { From = null, To = null };

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
