using BorderMap.Core.Queries;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Facets and the date histogram as <c>GROUP BY</c> queries over the claims a filter selects
/// (<see cref="PostGisQuery"/>): the database counts, and only the counts travel. Facets select the
/// matching claims once (a materialised CTE of the few columns they count, all in one covering
/// index, <c>claims_counted_idx</c>) and group them five ways.
/// </summary>
internal static class PostGisAggregates
{
    /// <summary>Counts by facet: the kind of count, the value (null for the total), the count.</summary>
    private static string FacetsSql(string where) =>
        $$"""
        WITH hits AS MATERIALIZED (SELECT c.category, c.status, c.geo_precision, c.actors, c.area_ids FROM claims c {{where}})
        SELECT 'total', NULL, count(*) FROM hits
        UNION ALL SELECT 'category', category, count(*) FROM hits GROUP BY category
        UNION ALL SELECT 'status', status, count(*) FROM hits GROUP BY status
        UNION ALL SELECT 'precision', geo_precision::text, count(*) FROM hits GROUP BY geo_precision
        UNION ALL (SELECT 'actor', a.name, count(*) FROM hits, unnest(hits.actors) AS a(name)
                   GROUP BY a.name ORDER BY count(*) DESC, a.name COLLATE "C" LIMIT {{ClaimFacets.MaxActors}})
        UNION ALL SELECT 'region', r.area_id, count(*) FROM hits, unnest(hits.area_ids) AS r(area_id) GROUP BY r.area_id
        """;

    public static ClaimFacets Facets(NpgsqlConnection connection, ClaimQuery query)
    {
        var where = PostGisQuery.Of(query);
        var rows = PostGisRows.Read(connection, FacetsSql(where.Where), where.Parameters, r => (Kind: r.GetString(0), Value: r.IsDBNull(1) ? null : r.GetString(1), Count: (int)r.GetInt64(2)));
        IReadOnlyList<FacetCount> Of(string kind) => ClaimFacets.Ordered(rows.Where(r => r.Kind == kind).Select(r => new FacetCount(r.Value!, r.Count)));
        return new ClaimFacets(rows.Single(r => r.Kind == "total").Count, Of("category"), Of("status"), Of("precision"), Of("actor"), Of("region"));
    }

    /// <summary>
    /// The non-empty bins by event date, oldest first. The event date is the lower bound of the
    /// stored <c>period</c> (btree-indexed); <c>date_trunc('week')</c> starts weeks on Monday, as ISO does.
    /// </summary>
    public static IReadOnlyList<DateBin> Histogram(NpgsqlConnection connection, ClaimQuery query, DateBinSize size)
    {
        var where = PostGisQuery.Of(query);
        var start = size switch
        {
            DateBinSize.Day => "lower(c.period)",
            DateBinSize.Week => "date_trunc('week', lower(c.period)::timestamp)::date",
            _ => "date_trunc('month', lower(c.period)::timestamp)::date",
        };
        return PostGisRows.Read(
            connection,
            $"SELECT {start} AS start, count(*) FROM claims c {where.Where} GROUP BY 1 ORDER BY 1",
            where.Parameters,
            r => new DateBin(r.GetFieldValue<DateOnly>(0), (int)r.GetInt64(1)));
    }
}
