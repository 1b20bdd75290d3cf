namespace BorderMap.Storage;

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
