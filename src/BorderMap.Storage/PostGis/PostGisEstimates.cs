using System.Text.Json;
using NetTopologySuite.Geometries;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The two cheap estimates PostgreSQL routes are chosen by, shared by the sort walks and the count
/// budget: a box's claims from the pre-counted cells (<see cref="BoxCells"/>), and the planner's
/// own figures for a filter (one <c>EXPLAIN</c>, nothing read).
/// </summary>
internal static class PostGisEstimates
{
    /// <summary>The claims the box holds by its cells (an upper bound) and the store's claims.</summary>
    public static (long InBox, long All) BoxClaims(NpgsqlConnection connection, Envelope box) =>
        PostGisRows.Read(
            connection,
            BoxCells.Sql('@'),
            BoxCells.Parameters(box).Select(p => new NpgsqlParameter(p.Name, p.Value)),
            r => (r.GetInt64(0), r.GetInt64(1)))[0];

    /// <summary>The planner's estimate of the claims <paramref name="where"/> selects, and its cost of finding them.</summary>
    public static (double Rows, double Cost) Plan(NpgsqlConnection connection, PostGisQuery where)
    {
        using var plan = PostGisRows.Read(connection, $"EXPLAIN (FORMAT JSON) SELECT 1 FROM claims c {where.Where}", where.Parameters, r => JsonDocument.Parse(r.GetString(0)))[0];
        var root = plan.RootElement[0].GetProperty("Plan");
        return (root.GetProperty("Plan Rows").GetDouble(), root.GetProperty("Total Cost").GetDouble());
    }
}
