using System.Text.Json;
using BorderMap.Core.Queries;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The <c>SELECT</c> that answers a <see cref="ClaimQuery"/> in the GeoPackage file. The bounding
/// box goes through the GeoPackage R-tree (<c>rtree_claims_geom</c>, the index GDAL and QGIS use
/// too) and the other criteria are SQL over the claim columns. SQLite has no geometry predicates
/// and no Unicode case folding, so the exact tests (box intersection, region cover, reference
/// parsing, actor case) are functions registered on the query's connection that run the same NTS
/// and .NET code as <see cref="ClaimIndex"/>, on the R-tree's candidates only.
/// </summary>
/// <remarks>
/// The app serves a GeoPackage from its in-memory snapshot, which is faster still for one user and
/// is kept current; this query keeps the two backends interchangeable behind
/// <see cref="IClaimStore"/> for any caller that holds no snapshot.
/// </remarks>
internal static class GeoPackageQuery
{
    private const string InRegion =
        """
        (EXISTS (SELECT 1 FROM json_each(claims.areas) WHERE value = $region)
          OR EXISTS (SELECT 1 FROM json_each(claims.refs) WHERE bordermap_references(value, $region))
          OR bordermap_in_region(claims.geom))
        """;

    /// <summary>The test of each list criterion against its parameter, a JSON array.</summary>
    private static readonly Dictionary<string, string> ListConditions = new(StringComparer.Ordinal)
    {
        ["categories"] = "category IN (SELECT value FROM json_each($categories))",
        ["statuses"] = "status IN (SELECT value FROM json_each($statuses))",
        ["precisions"] = "geoPrecision IN (SELECT value FROM json_each($precisions))",
        ["actors"] = "EXISTS (SELECT 1 FROM json_each(claims.actors) WHERE bordermap_actor_key(value) IN (SELECT value FROM json_each($actors)))",
    };

    /// <summary>Up to <paramref name="limit"/> claims after the position <paramref name="after"/> (fid), with the fid selected after <see cref="ClaimRows.SelectColumns"/>.</summary>
    public static (string Sql, Dictionary<string, object> Parameters) Build(ClaimQuery query, long after, int limit)
    {
        var conditions = new List<string> { "fid > $after" };
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal) { ["$after"] = after, ["$limit"] = limit };
        if (query.Box is { } box)
        {
            // The R-tree keeps float32 bounds rounded outwards, so it never drops a claim the exact test would keep.
            conditions.Add("fid IN (SELECT id FROM rtree_claims_geom WHERE minx <= $max_x AND maxx >= $min_x AND miny <= $max_y AND maxy >= $min_y) AND bordermap_in_box(geom)");
            (parameters["$min_x"], parameters["$min_y"], parameters["$max_x"], parameters["$max_y"]) = (box.MinX, box.MinY, box.MaxX, box.MaxY);
        }

        // Stored dates are YYYY-MM-DD text, so text order is date order.
        if (query.From is { } from)
        {
            conditions.Add("coalesce(endDate, eventDate) >= $from");
            parameters["$from"] = Core.IsoDate.Format(from);
        }

        if (query.To is { } to)
        {
            conditions.Add("eventDate <= $to");
            parameters["$to"] = Core.IsoDate.Format(to);
        }

        foreach (var (name, values) in query.Lists)
        {
            conditions.Add(ListConditions[name]);
            parameters["$" + name] = JsonSerializer.Serialize(values);
        }

        if (query.RegionId is { } region)
        {
            conditions.Add(InRegion);
            parameters["$region"] = region;
        }

        var where = "WHERE " + string.Join("\n  AND ", conditions);
        return ($"SELECT {ClaimRows.SelectColumns}, fid FROM claims\n{where}\nORDER BY fid\nLIMIT $limit", parameters);
    }

    /// <summary>Registers the exact tests the query's SQL calls; they belong to this query, so they are registered anew on each use of a pooled connection.</summary>
    public static void RegisterFunctions(SqliteConnection connection, ClaimQuery query, Core.Areas.AreaCatalog areas)
    {
        var box = query.Box is { } envelope ? GeometryFactory.Default.ToGeometry(envelope) : null;
        var region = query.RegionId is { } id && areas.Find(id) is { } area ? PreparedGeometryFactory.Prepare(area.Geometry) : null;
        connection.CreateFunction("bordermap_in_box", (byte[] blob) => box is not null && box.Intersects(GeometryBlob.Read(blob)), isDeterministic: true);
        connection.CreateFunction("bordermap_in_region", (byte[] blob) => region is not null && region.Covers(GeometryBlob.Read(blob)), isDeterministic: true);
        connection.CreateFunction("bordermap_references", (string reference, string areaId) => ClaimIndex.References(reference, areaId), isDeterministic: true);
        connection.CreateFunction("bordermap_actor_key", (string actor) => ClaimQuery.ActorKey(actor), isDeterministic: true);
    }
}
