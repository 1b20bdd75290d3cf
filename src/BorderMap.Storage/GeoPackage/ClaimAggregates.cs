using System.Globalization;
using BorderMap.Core.Queries;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The facets and the date histogram of a query, counted by SQLite over the derived tables: no
/// claim is read, and every answer is bounded by the vocabulary (categories, statuses, precisions),
/// the 200 most named actors, the areas, or the days. Where the pre-counted tables answer the filter
/// (<see cref="DayCounts.Answer"/>), every count comes from them (<c>claim_days</c>, <c>claim_area_values</c>).
/// Where the claims are read, they are read under a <see cref="CountLimit"/>: all of them within a time
/// budget (<see cref="SqliteCountBudget"/>), or at most the cap and one more in each statement, past
/// which the counts are flagged as lower bounds.
/// </summary>
internal static class ClaimAggregates
{
    /// <summary>The facets of the query; null when <paramref name="limit"/>'s budget ran out (only where the claims are read).</summary>
    public static ClaimFacets? Facets(SqliteConnection connection, ClaimQuery claims, GeoPackageQuery query, CountLimit limit)
    {
        if (DayCounts.Answer(claims))
        {
            var counted = Combinations(connection, $"SELECT d.category, d.status, d.geo_precision, sum(d.count) FROM {Months(MonthRollup.Days, claims, UndatedWhere(claims, RegionArea(claims)), _ => "d.category, d.status, d.geo_precision, d.count")} GROUP BY 1, 2, 3", WithMonths(claims, query));
            var total = counted.Sum(c => c.Count);
            return FacetsOf(
                counted,
                Values(connection, claims, query, AreaValueCounts.Actor, ClaimFacets.MaxActors),
                claims.RegionId is null ? AreaCounts(connection, claims, query) : RegionAreas(connection, claims, query, total),
                atLeast: false);
        }

        return SqliteCountBudget.Within(connection, limit, () =>
        {
            var read = Combinations(connection, $"SELECT s.category, s.status, s.geo_precision, count(*) FROM (SELECT s.category, s.status, s.geo_precision FROM claim_summary s WHERE {query.Where()} {limit.Sql}) s GROUP BY 1, 2, 3", query.Parameters);
            return FacetsOf(
                read,
                Counts(connection, query, "claim_actors", "actor", ClaimFacets.MaxActors, limit),
                Counts(connection, query, "claim_areas", "area_id", limit: null, limit),
                limit.Bounds(read.Sum(c => c.Count)));
        });
    }

    /// <summary>Claims per category, status and precision in one pass: at most a few dozen combinations.</summary>
    private static List<(string Category, string Status, string Precision, int Count)> Combinations(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object> parameters) =>
        SqliteRows.Select(connection, sql, parameters, row => (Category: row.GetString(0), Status: row.GetString(1), Precision: row.GetInt32(2).ToString(CultureInfo.InvariantCulture), Count: row.GetInt32(3)));

    private static ClaimFacets FacetsOf(List<(string Category, string Status, string Precision, int Count)> combinations, List<FacetCount> actors, List<FacetCount> regions, bool atLeast)
    {
        IReadOnlyList<FacetCount> CountBy(Func<(string Category, string Status, string Precision, int Count), string> value) =>
            ClaimFacets.Ordered(combinations.GroupBy(value, StringComparer.Ordinal).Select(g => new FacetCount(g.Key, g.Sum(c => c.Count))));

        return new ClaimFacets(combinations.Sum(c => c.Count), CountBy(c => c.Category), CountBy(c => c.Status), CountBy(c => c.Precision), ClaimFacets.Ordered(actors), ClaimFacets.Ordered(regions), atLeast);
    }

    /// <summary>
    /// The areas of a region's claims from the pre-counted values: the region itself (each claim of
    /// the total) and every other area its claims belong to as well.
    /// </summary>
    private static List<FacetCount> RegionAreas(SqliteConnection connection, ClaimQuery claims, GeoPackageQuery query, int total) =>
        [.. Values(connection, claims, query, AreaValueCounts.Area, limit: null), .. total > 0 ? [new FacetCount(claims.RegionId!, total)] : Array.Empty<FacetCount>()];

    /// <summary>The pre-counted actors or areas (<paramref name="kind"/>) of the claims in the query's region (or of every claim), the most first.</summary>
    private static List<FacetCount> Values(SqliteConnection connection, ClaimQuery claims, GeoPackageQuery query, string kind, int? limit)
    {
        var top = limit is { } n ? $"ORDER BY 2 DESC, 1 LIMIT {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        return SqliteRows.Select(
            connection,
            $"SELECT d.value, sum(d.count) FROM {Months(MonthRollup.AreaValues, claims, $"{UndatedWhere(claims, RegionArea(claims))} AND d.kind = '{kind}'", _ => "d.value, d.count")} GROUP BY d.value {top}",
            WithMonths(claims, query),
            row => new FacetCount(row.GetString(0), row.GetInt32(1)));
    }

    /// <summary>
    /// Claims per day (the index on the first day answers it), gathered into bins here: a bin is a
    /// whole number of days. Month bins read whole months from <c>claim_months</c> (<see cref="MonthRanges"/>);
    /// day and week bins, which months do not hold, read <c>claim_days</c>.
    /// </summary>
    public static DateHistogram? Histogram(SqliteConnection connection, ClaimQuery claims, GeoPackageQuery query, DateBinSize size, CountLimit limit)
    {
        List<DateBin> Binned(string sql, IReadOnlyDictionary<string, object> parameters) =>
            [.. SqliteRows.Select(connection, sql, parameters, row => (Day: Core.IsoDate.Parse(row.GetString(0)), Count: row.GetInt32(1)))
                .GroupBy(d => DateBins.StartOf(d.Day, size)).Select(bin => new DateBin(bin.Key, bin.Sum(d => d.Count))).OrderBy(bin => bin.Start)];

        if (!DayCounts.Answer(claims))
        {
            return SqliteCountBudget.Within(connection, limit, () =>
            {
                var bins = Binned($"SELECT s.start_day, count(*) FROM (SELECT s.start_day FROM claim_summary s WHERE {query.Where()} {limit.Sql}) s GROUP BY s.start_day", query.Parameters);
                return new DateHistogram(bins, limit.Bounds(bins.Sum(bin => bin.Count)));
            });
        }

        return new DateHistogram(
            size == DateBinSize.Month
                ? Binned($"SELECT d.start_day, sum(d.count) FROM {Months(MonthRollup.Days, claims, UndatedWhere(claims, RegionArea(claims)), start => $"{start} AS start_day, d.count")} GROUP BY d.start_day", WithMonths(claims, query))
                : Binned($"SELECT d.start_day, sum(d.count) FROM claim_days d WHERE {DayWhere(claims, RegionArea(claims))} GROUP BY d.start_day", query.Parameters),
            AtLeast: false);
    }

    /// <summary>Claims per area from the pre-counted days: the rows of every area but the one of every claim.</summary>
    private static List<FacetCount> AreaCounts(SqliteConnection connection, ClaimQuery claims, GeoPackageQuery query) =>
        SqliteRows.Select(
            connection,
            $"SELECT d.area_id, sum(d.count) FROM {Months(MonthRollup.Days, claims, $"{UndatedWhere(claims, area: null)} AND d.area_id <> ''", _ => "d.area_id, d.count")} GROUP BY d.area_id",
            WithMonths(claims, query),
            row => new FacetCount(row.GetString(0), row.GetInt32(1)));

    /// <summary>The SQL of the area whose rows count the query's claims: its region's, or <c>''</c> (every claim).</summary>
    private static string RegionArea(ClaimQuery claims) => claims.RegionId is null ? "''" : "$region";

    /// <summary>
    /// The rows of <paramref name="rollup"/> that meet the query under <paramref name="conditions"/>
    /// (naming no date): whole months from the month table, the edge months from the day table (<see cref="MonthRanges"/>).
    /// </summary>
    private static string Months(MonthRollup rollup, ClaimQuery claims, string conditions, Func<string, string> columns) =>
        MonthRanges.Source(rollup, claims, conditions, columns, '$', namesEndDayIndex: true);

    /// <summary>The query's criteria but its dates on <c>d</c>, which each part of a month read adds its own dates to.</summary>
    private static string UndatedWhere(ClaimQuery claims, string? area) => DayWhere(MonthRanges.Undated(claims), area);

    /// <summary>The query's parameters and the month bounds the rollups compare with.</summary>
    private static Dictionary<string, object> WithMonths(ClaimQuery claims, GeoPackageQuery query)
    {
        var parameters = new Dictionary<string, object>(query.Parameters, StringComparer.Ordinal);
        foreach (var (name, day) in MonthRanges.Parameters(claims))
        {
            parameters["$" + name] = Core.IsoDate.Format(day);
        }

        return parameters;
    }

    /// <summary>The query's criteria on <c>claim_days d</c>; <paramref name="area"/> the SQL of the area the rows count (null: any).</summary>
    private static string DayWhere(ClaimQuery claims, string? area) =>
        DayCounts.Where(claims, area, '$', (column, list) => $"{column} IN (SELECT value FROM json_each({list}))");

    /// <summary>
    /// Claims per value of a one-row-per-claim-and-value table, the most first, among the first claims
    /// the query finds under <paramref name="bound"/>; without a filter the table's own index answers alone.
    /// </summary>
    private static List<FacetCount> Counts(SqliteConnection connection, GeoPackageQuery query, string table, string column, int? limit, CountLimit bound)
    {
        var from = query.IsEmpty ? $"{table} v" : $"{table} v WHERE v.claim_fid IN (SELECT s.claim_fid FROM claim_summary s WHERE {query.Where()} {bound.Sql})";
        var top = limit is { } n ? $"ORDER BY 2 DESC, 1 LIMIT {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        return SqliteRows.Select(connection, $"SELECT v.{column}, count(*) FROM {from} GROUP BY v.{column} {top}", query.Parameters, row => new FacetCount(row.GetString(0), row.GetInt32(1)));
    }
}
