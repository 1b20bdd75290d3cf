using System.Globalization;
using BorderMap.Core.Queries;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Facets and the date histogram as <c>GROUP BY</c> queries over the claims a filter selects
/// (<see cref="PostGisQuery"/>): the database counts, and only the counts travel. Facets select the
/// matching claims once (a materialised CTE of the few columns they count, all in one covering
/// index, <c>claims_counted_idx</c>) and group them five ways. Where the claims are read, at most
/// the cap and one more are (<see cref="ClaimFacets.CountCap"/>): past it the counts are flagged as lower bounds.
/// </summary>
internal static class PostGisAggregates
{
    /// <summary>Counts by facet of the first <paramref name="read"/> claims found: the kind of count, the value (null for the total), the count.</summary>
    private static string FacetsSql(string where, string read) =>
        $$"""
        WITH hits AS MATERIALIZED (SELECT c.category, c.status, c.geo_precision, c.actors, c.area_ids FROM claims c {{where}} LIMIT {{read}})
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

    public static ClaimFacets Facets(NpgsqlConnection connection, ClaimQuery query, int cap)
    {
        var where = PostGisQuery.Of(query);
        var counted = DayCounts.Answer(query);
        var sql = counted ? CountedFacetsSql(query) : FacetsSql(where.Where, (cap + 1).ToString(CultureInfo.InvariantCulture));
        if (counted)
        {
            AddMonths(query, where);
        }

        var rows = PostGisRows.Read(connection, sql, where.Parameters, r => (Kind: r.GetString(0), Value: r.IsDBNull(1) ? null : r.GetString(1), Count: (int)r.GetInt64(2)), prepared: counted);
        IReadOnlyList<FacetCount> Of(string kind) => ClaimFacets.Ordered(rows.Where(r => r.Kind == kind).Select(r => new FacetCount(r.Value!, r.Count)));
        var total = rows.Single(r => r.Kind == "total").Count;
        return new ClaimFacets(total, Of("category"), Of("status"), Of("precision"), Of("actor"), Of("region"), AtLeast: !counted && total > cap);
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
    /// Where the claims are read, at most <paramref name="cap"/> and one more are, as for the facets.
    /// </summary>
    public static DateHistogram Histogram(NpgsqlConnection connection, ClaimQuery query, DateBinSize size, int cap)
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
        var bins = PostGisRows.Read(
            connection,
            !counted ? $"SELECT {start} AS start, count(*) FROM (SELECT lower(c.period) AS day FROM claims c {where.Where} LIMIT {(cap + 1).ToString(CultureInfo.InvariantCulture)}) c GROUP BY 1 ORDER BY 1"
            : size == DateBinSize.Month
                ? $"SELECT {start} AS start, sum(d.count)::bigint FROM {MonthRanges.Source(MonthRollup.Days, query, UndatedWhere(query, area), first => $"{first} AS start_day, d.count", '@')} GROUP BY 1 ORDER BY 1"
                : $"SELECT {start} AS start, sum(d.count)::bigint FROM claim_days d WHERE {DayWhere(query, area)} GROUP BY 1 ORDER BY 1",
            where.Parameters,
            r => new DateBin(r.GetFieldValue<DateOnly>(0), (int)r.GetInt64(1)),
            prepared: counted);
        return new DateHistogram(bins, AtLeast: !counted && bins.Sum(bin => bin.Count) > cap);
    }
}
