using BorderMap.Core.Queries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The <c>SELECT</c> that answers a <see cref="ClaimQuery"/> in PostGIS, with only the criteria
/// the filter gives, so that the planner sees plain index conditions: the bounding box as
/// <c>geom &amp;&amp; envelope</c> (the GiST index) then <c>ST_Intersects</c>, the date window as
/// an overlap with the stored <c>period</c> (the combined GiST index of migration 2), and the rest
/// as array and JSON tests on the candidates. Rows come in creation order (<c>fid</c>), like
/// <see cref="ClaimIndex.Query"/>.
/// </summary>
internal static class PostGisQuery
{
    /// <summary>
    /// A claim names the region in its areas, references it (<c>region:ID</c>, or a border with it
    /// on either side, as <see cref="ClaimIndex.References"/> reads them), or lies inside it.
    /// </summary>
    private const string InRegion =
        """
        (data->'areas' ? @region
          OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(data->'refs') AS r(ref)
                     WHERE ref = @region_ref
                        OR (ref ~ '^border:[^/]+/[^/]+$' AND @region IN (split_part(substr(ref, 8), '/', 1), split_part(substr(ref, 8), '/', 2))))
          OR (geom && @region_geom AND ST_Covers(@region_geom, geom)))
        """;

    /// <summary>
    /// The test of each list criterion against its array parameter. Actors are compared by
    /// upper() in the database's collation, the keys having been folded with the invariant
    /// culture: the two agree for every script a UTF-8 locale maps.
    /// </summary>
    private static readonly Dictionary<string, string> ListConditions = new(StringComparer.Ordinal)
    {
        ["categories"] = "category = ANY(@categories)",
        ["statuses"] = "status = ANY(@statuses)",
        ["precisions"] = "(data->>'geoPrecision')::integer = ANY(@precisions)",
        ["actors"] = "EXISTS (SELECT 1 FROM jsonb_array_elements_text(data->'actors') AS a(name) WHERE upper(name) = ANY(@actors))",
    };

    /// <summary>Up to <paramref name="limit"/> claims after the position <paramref name="after"/> (fid), with the fid selected after <see cref="PostGisTables.ClaimColumns"/>.</summary>
    public static (string Sql, List<NpgsqlParameter> Parameters) Build(ClaimQuery query, Core.Areas.AreaCatalog areas, long after, int limit)
    {
        var conditions = new List<string> { "fid > @after" };
        var parameters = new List<NpgsqlParameter> { new("after", after), new("limit", limit) };
        if (query.Box is { } box)
        {
            conditions.Add("geom && ST_MakeEnvelope(@min_x, @min_y, @max_x, @max_y, 4326) AND ST_Intersects(geom, ST_MakeEnvelope(@min_x, @min_y, @max_x, @max_y, 4326))");
            parameters.AddRange([new("min_x", box.MinX), new("min_y", box.MinY), new("max_x", box.MaxX), new("max_y", box.MaxY)]);
        }

        if (query.HasDates)
        {
            // A closed range with a missing end is unbounded on that side: the filter's open ends.
            conditions.Add("period && daterange(@from, @to, '[]')");
            parameters.Add(Date("from", query.From));
            parameters.Add(Date("to", query.To));
        }

        foreach (var (name, values) in query.Lists)
        {
            conditions.Add(ListConditions[name]);
            parameters.Add(new(name, values));
        }

        if (query.RegionId is { } region && areas.Find(region) is { } area)
        {
            conditions.Add(InRegion);
            parameters.Add(new("region", region));
            parameters.Add(new("region_ref", NpgsqlDbType.Text) { Value = region.Contains('/', StringComparison.Ordinal) ? DBNull.Value : "region:" + region });
            parameters.Add(new("region_geom", PostGisTables.WithSrid(area.Geometry)));
        }

        var where = "WHERE " + string.Join("\n  AND ", conditions);
        return ($"SELECT {PostGisTables.ClaimColumns}, fid FROM claims\n{where}\nORDER BY fid\nLIMIT @limit", parameters);
    }

    private static NpgsqlParameter Date(string name, DateOnly? day) => new(name, NpgsqlDbType.Date) { Value = day is { } d ? d : DBNull.Value };
}
