using BorderMap.Core.Queries;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// One map tile of the claims that meet a query, as a Mapbox Vector Tile (see
/// <see cref="IClaimStore.TileAsync"/>). The anchors' R-tree (<c>claim_anchors</c>, Web Mercator)
/// finds the claims of the tile; clusters are counted by SQLite per grid cell and category, so a
/// tile of the whole country reads no claim row; single claims read only the fields the map shows.
/// </summary>
internal static class ClaimTiles
{
    private const int Extent = 4096;

    private const string InTile =
        """
        s.claim_fid IN (SELECT id FROM claim_anchors WHERE minx <= $tile_max_x AND maxx >= $tile_min_x AND miny <= $tile_max_y AND maxy >= $tile_min_y)
          AND s.x >= $tile_min_x AND s.x < $tile_max_x AND s.y > $tile_min_y AND s.y <= $tile_max_y
        """;

    public static byte[] Read(SqliteConnection connection, ClaimQuery claims, GeoPackageQuery query, TileAddress tile)
    {
        var envelope = tile.MercatorEnvelope;
        var parameters = new Dictionary<string, object>(query.Parameters, StringComparer.Ordinal)
        {
            ["$tile_min_x"] = envelope.MinX,
            ["$tile_max_x"] = envelope.MaxX,
            ["$tile_min_y"] = envelope.MinY,
            ["$tile_max_y"] = envelope.MaxY,
            ["$cell"] = envelope.Width / TileAddress.ClusterGrid,
        };
        var where = query.Where(InTile);
        var writer = new VectorTileWriter("claims", Extent);
        (int X, int Y) Pixel(double x, double y) =>
            ((int)Math.Round((x - envelope.MinX) / envelope.Width * Extent), (int)Math.Round((envelope.MaxY - y) / envelope.Height * Extent));

        var clustered = tile.Z < TileAddress.ClusterBelowZoom
            || (HoldingCellCount(connection, tile) > TileAddress.MaxClaimsPerTile
                && SqliteRows.Select(connection, $"SELECT count(*) FROM claim_summary s WHERE {where}", parameters, row => row.GetInt32(0))[0] > TileAddress.MaxClaimsPerTile);
        if (clustered)
        {
            var cells = ClusterCells.Answer(claims, tile) ? CellClusters(connection, claims, tile, parameters)
                : CountedDays(claims, tile) is { } counts ? CountedClusters(connection, claims, counts, tile, parameters)
                : Clusters(connection, where, parameters);
            foreach (var cell in cells)
            {
                var (x, y) = Pixel(cell.SumX / cell.Count, cell.SumY / cell.Count);
                writer.AddPoint(x, y, [("count", cell.Count), .. cell.Categories.Select(c => ("category:" + c.Key, (object)c.Value))]);
            }
        }
        else
        {
            foreach (var (x, y, properties) in Singles(connection, where, parameters))
            {
                var (px, py) = Pixel(x, y);
                writer.AddPoint(px, py, properties);
            }
        }

        return writer.ToArray();
    }

    /// <summary>Every claim of the kept cell that holds the tile (<see cref="ClusterCells.HoldingCellCount"/>), by the count table's key.</summary>
    private static long HoldingCellCount(SqliteConnection connection, TileAddress tile)
    {
        var (zoom, tileX, tileY, x, y) = ClusterCells.HoldingCell(tile);
        var parameters = new Dictionary<string, object>
        {
            ["$holding_zoom"] = zoom, ["$holding_tile_x"] = tileX, ["$holding_tile_y"] = tileY, ["$holding_x"] = x, ["$holding_y"] = y,
        };
        return SqliteRows.Select(connection, ClusterCells.HoldingCellCount('$'), parameters, row => row.GetInt64(0))[0];
    }

    /// <summary>One cluster per non-empty grid cell: its claims' count, the sum of their anchors (for the mean) and the count per category.</summary>
    private static IEnumerable<Cluster> Clusters(SqliteConnection connection, string where, Dictionary<string, object> parameters)
    {
        // The last column and row take the anchors that rounding would push one cell past the tile's edge.
        var rows = SqliteRows.Select(
            connection,
            $"""
            SELECT min({TileAddress.ClusterGrid - 1}, CAST((s.x - $tile_min_x) / $cell AS INTEGER)) + {TileAddress.ClusterGrid} * min({TileAddress.ClusterGrid - 1}, CAST(($tile_max_y - s.y) / $cell AS INTEGER)) AS cell,
              s.category, count(*), sum(s.x), sum(s.y)
            FROM claim_summary s WHERE {where}
            GROUP BY cell, s.category
            """,
            parameters,
            CellRow);
        return Merged(rows);
    }

    /// <summary>
    /// One cluster per cell of the tile's grid that holds claims of the categories counted, each read
    /// from its own row of <c>claim_cells</c> (<see cref="ClusterCellRows"/>): at most
    /// <see cref="TileAddress.ClusterGrid"/>² rows of one key range, nothing summed across rows.
    /// </summary>
    private static List<Cluster> CellClusters(SqliteConnection connection, ClaimQuery claims, TileAddress tile, Dictionary<string, object> parameters)
    {
        (parameters["$zoom"], parameters["$tile_x"], parameters["$tile_y"]) = ClusterCellRows.TileKey(tile);
        var counted = ClusterCellRows.Counted(claims);
        var count = ClusterCellRows.CountOf(counted);
        string[] columns = [count, ClusterCellRows.SumXOf(counted), ClusterCellRows.SumYOf(counted), .. counted.Select(ClusterCellRows.CountOf)];
        return SqliteRows.Select(
            connection,
            $"SELECT {string.Join(", ", columns)} FROM claim_cells d WHERE {ClusterCellRows.OfTile('$')} AND {count} > 0",
            parameters,
            row => new Cluster(
                row.GetInt32(0),
                row.GetDouble(1),
                row.GetDouble(2),
                [.. counted.Select((category, i) => KeyValuePair.Create(category, row.GetInt32(3 + i))).Where(c => c.Value > 0)]));
    }

    /// <summary>
    /// The pre-counted rows of the tile's cells that answer a cluster tile under dates, or null when
    /// only the claims can: the cells' whole months from <c>claim_cell_months</c> and their edge
    /// months from <c>claim_cell_days</c> (<see cref="ClusterCellDays"/>, <see cref="MonthRanges"/>).
    /// </summary>
    private static string? CountedDays(ClaimQuery claims, TileAddress tile) =>
        ClusterCellDays.Answer(claims, tile)
            ? ClusterCellDays.Rows(claims, tile, '$', (column, list) => $"{column} IN (SELECT value FROM json_each({list}))", namesEndDayIndex: true)
            : null;

    /// <summary>
    /// The same clusters from pre-counted cells by day (<see cref="ClusterCellDays"/>), <paramref name="counts"/>
    /// the rows that meet the dates: as many rows as the tile has cells and kinds of claim, whatever its claims.
    /// </summary>
    private static IEnumerable<Cluster> CountedClusters(SqliteConnection connection, ClaimQuery claims, string counts, TileAddress tile, Dictionary<string, object> parameters)
    {
        var window = ClusterCellDays.Window(tile);
        parameters["$zoom"] = window.Zoom;
        parameters["$shift"] = window.Shift;
        parameters["$cells_min_x"] = window.MinX;
        parameters["$cells_max_x"] = window.MaxX;
        parameters["$cells_min_y"] = window.MinY;
        parameters["$cells_max_y"] = window.MaxY;
        parameters["$origin_x"] = window.OriginX;
        parameters["$origin_y"] = window.OriginY;
        foreach (var (name, day) in MonthRanges.Parameters(claims))
        {
            parameters["$" + name] = Core.IsoDate.Format(day);
        }

        var rows = SqliteRows.Select(
            connection,
            $"""
            SELECT (d.cell_x >> $shift) - $origin_x + {TileAddress.ClusterGrid} * ((d.cell_y >> $shift) - $origin_y) AS cell, d.category, sum(d.count), sum(d.sum_x), sum(d.sum_y)
            FROM {counts}
            GROUP BY cell, d.category
            """,
            parameters,
            CellRow);
        return Merged(rows);
    }

    private static (int Cell, string Category, int Count, double SumX, double SumY) CellRow(SqliteDataReader row) =>
        (row.GetInt32(0), row.GetString(1), row.GetInt32(2), row.GetDouble(3), row.GetDouble(4));

    /// <summary>One cluster per cell, in cell order, from its counts per category.</summary>
    private static IEnumerable<Cluster> Merged(List<(int Cell, string Category, int Count, double SumX, double SumY)> rows) =>
        rows.GroupBy(r => r.Cell).OrderBy(g => g.Key).Select(g => new Cluster(
            g.Sum(r => r.Count),
            g.Sum(r => r.SumX),
            g.Sum(r => r.SumY),
            [.. g.OrderBy(r => r.Category, StringComparer.Ordinal).Select(r => KeyValuePair.Create(r.Category, r.Count))]));

    private static List<(double X, double Y, List<(string Key, object Value)> Properties)> Singles(SqliteConnection connection, string where, Dictionary<string, object> parameters) =>
        SqliteRows.Select(
            connection,
            $"""
            SELECT s.x, s.y, c.id, c.title, c.category, c.status, c.geoPrecision, c.eventDate, c.endDate, c.timePrecision, c.place, c.version,
                   (SELECT reliability FROM sources WHERE id = c.source), c.credibility
            FROM claim_summary s JOIN claims c ON c.fid = s.claim_fid WHERE {where}
            ORDER BY s.claim_fid
            """,
            parameters,
            row =>
            {
                var properties = new List<(string Key, object Value)>
                {
                    ("id", row.GetString(2)), ("title", row.GetString(3)), ("category", row.GetString(4)), ("status", row.GetString(5)),
                    ("geoPrecision", row.GetInt32(6)), ("eventDate", row.GetString(7)),
                };
                if (!row.IsDBNull(8))
                {
                    properties.Add(("endDate", row.GetString(8)));
                }

                properties.AddRange([("timePrecision", row.GetString(9)), ("place", row.GetString(10)), ("version", row.GetInt32(11))]);
                if (!row.IsDBNull(12))
                {
                    properties.Add(("reliability", row.GetString(12)));
                }

                if (!row.IsDBNull(13))
                {
                    properties.Add(("credibility", row.GetInt32(13)));
                }

                return (row.GetDouble(0), row.GetDouble(1), properties);
            });

    private sealed record Cluster(int Count, double SumX, double SumY, IReadOnlyList<KeyValuePair<string, int>> Categories);
}
