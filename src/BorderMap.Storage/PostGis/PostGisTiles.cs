using BorderMap.Core.Queries;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Map tiles made by the database: <c>ST_AsMVT</c> over the claims whose Web Mercator anchor lies in
/// the tile (the GiST index on <c>anchor</c>), layer <c>claims</c>, extent 4096. Below
/// <see cref="TileAddress.ClusterBelowZoom"/>, or when the tile holds more than
/// <see cref="TileAddress.MaxClaimsPerTile"/> claims, one point per grid cell at the mean anchor
/// of its claims, with a <c>count</c> and one <c>category:NAME</c> count per category (a
/// <c>jsonb</c> column whose keys <c>ST_AsMVT</c> turns into properties); otherwise one point per
/// claim with the fields the map styles and filters on, each from a column of its own: none of them
/// reads the claim's out-of-line <c>jsonb</c> (<see cref="TileFieldsMigration"/>).
/// </summary>
internal static class PostGisTiles
{
    /// <summary>In the tile: minX &lt;= x &lt; maxX and minY &lt; y &lt;= maxY, after the index's box test.</summary>
    private const string InTile =
        "c.anchor && ST_MakeEnvelope(@tile_min_x, @tile_min_y, @tile_max_x, @tile_max_y, 3857) " +
        "AND ST_X(c.anchor) >= @tile_min_x AND ST_X(c.anchor) < @tile_max_x AND ST_Y(c.anchor) > @tile_min_y AND ST_Y(c.anchor) <= @tile_max_y";

    private const string Envelope = "ST_MakeEnvelope(@tile_min_x, @tile_min_y, @tile_max_x, @tile_max_y, 3857)";

    private static string SinglesSql(string where) =>
        $$"""
        WITH features AS (
          SELECT c.id, c.title, c.category, c.status, c.geo_precision::integer AS "geoPrecision", c.event_date AS "eventDate",
                 c.end_date AS "endDate", c.time_precision AS "timePrecision", c.place, c.version,
                 (SELECT reliability FROM sources WHERE id = c.source) AS reliability, c.credibility,
                 ST_AsMVTGeom(c.anchor, {{Envelope}}, 4096, 0, false) AS geom
          FROM claims c {{where}}
          ORDER BY c.fid)
        SELECT ST_AsMVT(features, 'claims', 4096, 'geom') FROM features
        """;

    /// <summary>Claims by cell and category, then cells with their total, mean anchor and category counts.</summary>
    private static string ClustersSql(string where) =>
        $$"""
        WITH by_category AS (
          SELECT least(floor((ST_X(c.anchor) - @tile_min_x) / @cell)::integer, @last_cell) AS cell_x,
                 least(floor((@tile_max_y - ST_Y(c.anchor)) / @cell)::integer, @last_cell) AS cell_y,
                 c.category, count(*) AS n, sum(ST_X(c.anchor)) AS sum_x, sum(ST_Y(c.anchor)) AS sum_y
          FROM claims c {{where}}
          GROUP BY 1, 2, 3),
        {{Features}}
        """;

    /// <summary>Cells with their total, mean anchor and category counts, from <c>by_category</c> (cell, category, count, sums of the anchors).</summary>
    private const string Features =
        $$"""
        features AS (
          SELECT sum(n)::integer AS count, jsonb_object_agg('category:' || category, n) AS categories,
                 ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(sum(sum_x) / sum(n), sum(sum_y) / sum(n)), 3857), {{Envelope}}, 4096, 0, false) AS geom
          FROM by_category
          GROUP BY cell_x, cell_y)
        SELECT ST_AsMVT(features, 'claims', 4096, 'geom') FROM features
        """;

    /// <summary>
    /// The same clusters from pre-counted cells by day (<see cref="ClusterCellDays"/>), <paramref name="counts"/>
    /// the rows that meet the dates: as many rows as the tile has cells and kinds of claim, whatever its claims.
    /// </summary>
    private static string CountedClustersSql(string counts) =>
        $$"""
        WITH by_category AS (
          SELECT (d.cell_x >> @shift) - @origin_x AS cell_x, (d.cell_y >> @shift) - @origin_y AS cell_y,
                 d.category, sum(d.count)::bigint AS n, sum(d.sum_x) AS sum_x, sum(d.sum_y) AS sum_y
          FROM {{counts}}
          GROUP BY 1, 2, 3),
        {{Features}}
        """;

    /// <summary>
    /// The same clusters from each cell's own row of <c>claim_cells</c> (<see cref="ClusterCellRows"/>):
    /// at most <see cref="TileAddress.ClusterGrid"/>² rows of one key range, nothing summed across rows,
    /// and one plain column per category counted, which <c>ST_AsMVT</c> leaves out where it is null.
    /// </summary>
    private static string CellClustersSql(IReadOnlyList<string> counted)
    {
        var count = ClusterCellRows.CountOf(counted);
        var categories = counted.Select(c => $"nullif({ClusterCellRows.CountOf(c)}, 0) AS \"category:{c}\", ");
        return $$"""
            WITH features AS (
              SELECT {{count}}::integer AS count, {{string.Concat(categories)}}
                     ST_AsMVTGeom(ST_SetSRID(ST_MakePoint({{ClusterCellRows.SumXOf(counted)}} / {{count}}, {{ClusterCellRows.SumYOf(counted)}} / {{count}}), 3857), {{Envelope}}, 4096, 0, false) AS geom
              FROM claim_cells d WHERE {{ClusterCellRows.OfTile('@')}} AND {{count}} > 0)
            SELECT ST_AsMVT(features, 'claims', 4096, 'geom') FROM features
            """;
    }

    public static byte[] Read(NpgsqlConnection connection, ClaimQuery query, TileAddress tile)
    {
        if (ClusterCells.Answer(query, tile))
        {
            return CellClusters(connection, query, tile);
        }

        if (ClusterCellDays.Answer(query, tile))
        {
            return Counted(connection, query, tile, ClusterCellDays.Rows(query, tile, '@', (column, list) => $"{column} = ANY({list})", namesEndDayIndex: false));
        }

        var clustered = tile.Z < TileAddress.ClusterBelowZoom
            || (HoldingCellCount(connection, tile) > TileAddress.MaxClaimsPerTile && Count(connection, query, tile, TileAddress.MaxClaimsPerTile + 1) > TileAddress.MaxClaimsPerTile);
        var where = Selection(query, tile);
        var envelope = tile.MercatorEnvelope;
        where.Parameters.Add(new("cell", envelope.Width / TileAddress.ClusterGrid));
        where.Parameters.Add(new("last_cell", TileAddress.ClusterGrid - 1));
        var sql = clustered ? ClustersSql(where.Where) : SinglesSql(where.Where);
        var tiles = PostGisRows.Read(connection, sql, where.Parameters, r => r.IsDBNull(0) ? [] : r.GetFieldValue<byte[]>(0));
        return tiles.Count == 0 ? [] : tiles[0];
    }

    /// <summary>A cluster tile from the tile's rows of <c>claim_cells</c>, the categories counted chosen by column.</summary>
    private static byte[] CellClusters(NpgsqlConnection connection, ClaimQuery query, TileAddress tile)
    {
        var (envelope, (zoom, tileX, tileY)) = (tile.MercatorEnvelope, ClusterCellRows.TileKey(tile));
        NpgsqlParameter[] parameters =
        [
            new("tile_min_x", envelope.MinX), new("tile_min_y", envelope.MinY), new("tile_max_x", envelope.MaxX), new("tile_max_y", envelope.MaxY),
            new("zoom", (short)zoom), new("tile_x", tileX), new("tile_y", tileY),
        ];
        var tiles = PostGisRows.Read(connection, CellClustersSql(ClusterCellRows.Counted(query)), parameters, r => r.IsDBNull(0) ? [] : r.GetFieldValue<byte[]>(0));
        return tiles.Count == 0 ? [] : tiles[0];
    }

    /// <summary>A cluster tile from the pre-counted days of its cells, <paramref name="counts"/> (<see cref="ClusterCellDays.Rows"/>), bound to the query's own parameters (dates and lists).</summary>
    private static byte[] Counted(NpgsqlConnection connection, ClaimQuery query, TileAddress tile, string counts)
    {
        var (envelope, window) = (tile.MercatorEnvelope, ClusterCellDays.Window(tile));
        var parameters = PostGisQuery.Of(query).Parameters;
        parameters.AddRange(
        [
            new("tile_min_x", envelope.MinX), new("tile_min_y", envelope.MinY), new("tile_max_x", envelope.MaxX), new("tile_max_y", envelope.MaxY),
            new("zoom", (short)window.Zoom), new("shift", window.Shift), new("origin_x", (int)window.OriginX), new("origin_y", (int)window.OriginY),
            new("cells_min_x", (int)window.MinX), new("cells_max_x", (int)window.MaxX), new("cells_min_y", (int)window.MinY), new("cells_max_y", (int)window.MaxY),
        ]);
        if (ClusterCellDays.ByMonths(tile))
        {
            parameters.AddRange(MonthRanges.Parameters(query).Select(p => new NpgsqlParameter(p.Name, p.Day)));
        }

        var tiles = PostGisRows.Read(connection, CountedClustersSql(counts), parameters, r => r.IsDBNull(0) ? [] : r.GetFieldValue<byte[]>(0));
        return tiles.Count == 0 ? [] : tiles[0];
    }

    /// <summary>Every claim of the kept cell that holds the tile (<see cref="ClusterCells.HoldingCellCount"/>), by the count table's key.</summary>
    private static long HoldingCellCount(NpgsqlConnection connection, TileAddress tile)
    {
        var (zoom, tileX, tileY, x, y) = ClusterCells.HoldingCell(tile);
        NpgsqlParameter[] parameters =
        [
            new("holding_zoom", (short)zoom), new("holding_tile_x", (int)tileX), new("holding_tile_y", (int)tileY), new("holding_x", (int)x), new("holding_y", (int)y),
        ];
        return PostGisRows.Read(connection, ClusterCells.HoldingCellCount('@'), parameters, r => r.GetInt64(0), prepared: true)[0];
    }

    /// <summary>How many claims of the tile meet the query, counting no further than <paramref name="atMost"/>.</summary>
    private static int Count(NpgsqlConnection connection, ClaimQuery query, TileAddress tile, int atMost)
    {
        var where = Selection(query, tile);
        where.Parameters.Add(new("at_most", atMost));
        return PostGisRows.Read(connection, $"SELECT count(*) FROM (SELECT 1 FROM claims c {where.Where} LIMIT @at_most) AS hits", where.Parameters, r => (int)r.GetInt64(0))[0];
    }

    private static PostGisQuery Selection(ClaimQuery query, TileAddress tile)
    {
        var where = PostGisQuery.Of(query);
        var envelope = tile.MercatorEnvelope;
        where.Add(InTile, new NpgsqlParameter("tile_min_x", envelope.MinX), new NpgsqlParameter("tile_min_y", envelope.MinY), new NpgsqlParameter("tile_max_x", envelope.MaxX), new NpgsqlParameter("tile_max_y", envelope.MaxY));
        return where;
    }
}
