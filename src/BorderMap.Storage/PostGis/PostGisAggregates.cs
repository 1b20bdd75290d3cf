using BorderMap.Core.Queries;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Facets and the date histogram as <c>GROUP BY</c> queries over the claims a filter selects
/// (<see cref="PostGisQuery"/>): the database counts, and only the counts travel. Facets select the
/// matching claims once (a materialised CTE of the few columns they count, all in one covering
/// index, <c>claims_counted_idx</c>) and group them five ways. Where the claims are read, they are
/// read under a <see cref="CountLimit"/>: all of them within a time budget (<see cref="PostGisCountBudget"/>),
/// or at most the cap and one more, past which the counts are flagged as lower bounds.
/// </summary>
internal static class PostGisAggregates
{
    /// <summary>Counts by facet of the claims found under <paramref name="limit"/>: the kind of count, the value (null for the total), the count.</summary>
    private static string FacetsSql(string where, CountLimit limit) =>
        $$"""
        WITH hits AS MATERIALIZED (SELECT c.category, c.status, c.geo_precision, c.actors, c.area_ids FROM claims c {{where}} {{limit.Sql}})
        SELECT 'total', NULL, count(*) FROM hits
        UNION ALL SELECT 'category', category, count(*) FROM hits GROUP BY category
        UNION ALL SELECT 'status', status, count(*) FROM hits GROUP BY status
        UNION ALL SELECT 'precision', geo_precision::text, count(*) FROM hits GROUP BY geo_precision
        UNION ALL (SELECT 'actor', a.name, count(*) FROM hits, unnest(hits.actors) AS a(name)
                   GROUP BY a.name ORDER BY count(*) DESC, a.name COLLATE "C" LIMIT {{ClaimFacets.MaxActors}})
        UNION ALL SELECT 'region', r.area_id, count(*) FROM hits, unnest(hits.area_ids) AS r(area_id) GROUP BY r.area_id
        """;

    /// <summary>
    /// The same counts where the pre-counted tables answer the filter (<see cref="DayCounts"/>):
    /// totals, categories, statuses and precisions from <c>claim_days</c> (one grouping by sets),
    /// and so regions when the filter names none; actors, and the areas within a region, from one
    /// read of the area's <c>claim_area_values</c> (<see cref="AreaValueCounts"/>). No claim is read.
    /// Each table is read once (in its month parts, <see cref="MonthRanges"/>), which keeps the
    /// statement small to plan; its text depends only on which criteria the filter has, so it is
    /// prepared once per connection and planned once for all values (<see cref="PostGisRows"/>).
    /// </summary>
    private static string CountedFacetsSql(ClaimQuery query)
    {
        var area = query.RegionId is null ? "''" : "@region";
        var regions = query.RegionId is null
            ? $"SELECT 'region', d.area_id, sum(d.count)::bigint FROM {Months(MonthRollup.Days, query, $"{UndatedWhere(query, area: null)} AND d.area_id <> ''", "d.area_id, d.count")} GROUP BY d.area_id"
            : $"""
              SELECT 'region', value, n FROM area_values WHERE kind = '{AreaValueCounts.Area}'
              UNION ALL SELECT 'region', @region, sum(count)::bigint FROM days HAVING sum(count) > 0
              """;
        return $$"""
            WITH days AS MATERIALIZED (SELECT d.category, d.status, d.geo_precision, d.count FROM {{Months(MonthRollup.Days, query, UndatedWhere(query, area), "d.category, d.status, d.geo_precision, d.count")}}),
            area_values AS MATERIALIZED (SELECT d.kind, d.value, sum(d.count)::bigint AS n FROM {{Months(MonthRollup.AreaValues, query, UndatedWhere(query, area), "d.kind, d.value, d.count")}} GROUP BY d.kind, d.value)
            SELECT CASE WHEN GROUPING(category) = 0 THEN 'category' WHEN GROUPING(status) = 0 THEN 'status' WHEN GROUPING(geo_precision) = 0 THEN 'precision' ELSE 'total' END,
              coalesce(category, status, geo_precision::text), coalesce(sum(count), 0)::bigint
              FROM days GROUP BY GROUPING SETS ((), (category), (status), (geo_precision))
            UNION ALL (SELECT 'actor', value, n FROM area_values WHERE kind = '{{AreaValueCounts.Actor}}' ORDER BY n DESC, value COLLATE "C" LIMIT {{ClaimFacets.MaxActors}})
            UNION ALL {{regions}}
            """;
    }

    /// <summary>The facets of the query; null when <paramref name="limit"/>'s budget ran out (only where the claims are read).</summary>
    public static ClaimFacets? Facets(NpgsqlConnection connection, ClaimQuery query, CountLimit limit)
    {
        var where = PostGisQuery.Of(query);
        var counted = DayCounts.Answer(query);
        if (counted)
        {
            AddMonths(query, where);
            return FacetsOf(PostGisRows.Read(connection, CountedFacetsSql(query), where.Parameters, FacetRow, prepared: true), atLeast: false);
        }

        return PostGisCountBudget.Within(connection, limit, () =>
        {
            var rows = PostGisRows.Read(connection, FacetsSql(where.Where, limit), where.Parameters, FacetRow);
            return FacetsOf(rows, limit.Bounds(rows.Single(r => r.Kind == "total").Count));
        });
    }

    private static (string Kind, string? Value, int Count) FacetRow(NpgsqlDataReader r) => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), (int)r.GetInt64(2));

    private static ClaimFacets FacetsOf(List<(string Kind, string? Value, int Count)> rows, bool atLeast)
    {
        IReadOnlyList<FacetCount> Of(string kind) => ClaimFacets.Ordered(rows.Where(r => r.Kind == kind).Select(r => new FacetCount(r.Value!, r.Count)));
        return new ClaimFacets(rows.Single(r => r.Kind == "total").Count, Of("category"), Of("status"), Of("precision"), Of("actor"), Of("region"), atLeast);
    }

    /// <summary>
    /// The rows of <paramref name="rollup"/> that meet the query under <paramref name="conditions"/>
    /// (naming no date), as <paramref name="columns"/>: whole months from the month table, the edge
    /// months from the day table (<see cref="MonthRanges"/>).
    /// </summary>
    private static string Months(MonthRollup rollup, ClaimQuery query, string conditions, string columns) =>
        MonthRanges.Source(rollup, query, conditions, _ => columns, '@');

    /// <summary>The query's criteria but its dates on <c>d</c>, which each part of a month read adds its own dates to.</summary>
    private static string UndatedWhere(ClaimQuery query, string? area) => DayWhere(MonthRanges.Undated(query), area);

    /// <summary>Binds the month bounds the rollups compare with.</summary>
    private static void AddMonths(ClaimQuery query, PostGisQuery where) =>
        where.Parameters.AddRange(MonthRanges.Parameters(query).Select(p => new NpgsqlParameter(p.Name, p.Day)));

    /// <summary>The query's criteria on <c>claim_days d</c>; <paramref name="area"/> the SQL of the area the rows count (null: any).</summary>
    private static string DayWhere(ClaimQuery query, string? area) =>
        DayCounts.Where(query, area, '@', (column, list) => $"{column} = ANY({list})");

    /// <summary>
    /// The non-empty bins by event date, oldest first. The event date is the lower bound of the
    /// stored <c>period</c> (btree-indexed); <c>date_trunc('week')</c> starts weeks on Monday, as ISO does.
    /// Where the claims are read, under <paramref name="limit"/> as for the facets (null: its budget ran out).
    /// </summary>
    public static DateHistogram? Histogram(NpgsqlConnection connection, ClaimQuery query, DateBinSize size, CountLimit limit)
    {
        var where = PostGisQuery.Of(query);
        var counted = DayCounts.Answer(query);
        var day = counted ? "d.start_day" : "c.day";
        var area = query.RegionId is null ? "''" : "@region";
        if (counted && size == DateBinSize.Month)
        {
            AddMonths(query, where);
        }

        var start = size switch
        {
            DateBinSize.Day => day,
            DateBinSize.Week => $"date_trunc('week', {day}::timestamp)::date",
            _ => $"date_trunc('month', {day}::timestamp)::date",
        };
        List<DateBin> Bins(string sql) => PostGisRows.Read(connection, sql, where.Parameters, r => new DateBin(r.GetFieldValue<DateOnly>(0), (int)r.GetInt64(1)), prepared: counted);
        if (counted)
        {
            return new DateHistogram(
                Bins(size == DateBinSize.Month
                    ? $"SELECT {start} AS start, sum(d.count)::bigint FROM {MonthRanges.Source(MonthRollup.Days, query, UndatedWhere(query, area), first => $"{first} AS start_day, d.count", '@')} GROUP BY 1 ORDER BY 1"
                    : $"SELECT {start} AS start, sum(d.count)::bigint FROM claim_days d WHERE {DayWhere(query, area)} GROUP BY 1 ORDER BY 1"),
                AtLeast: false);
        }

        return PostGisCountBudget.Within(connection, limit, () =>
        {
            var bins = Bins($"SELECT {start} AS start, count(*) FROM (SELECT lower(c.period) AS day FROM claims c {where.Where} {limit.Sql}) c GROUP BY 1 ORDER BY 1");
            return new DateHistogram(bins, limit.Bounds(bins.Sum(bin => bin.Count)));
        });
    }
}
