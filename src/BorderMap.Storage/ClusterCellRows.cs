using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Storage;

/// <summary>
/// The rows of <c>claim_cells</c> (<see cref="ClusterCells"/>) and the SQL both backends keep and
/// read them with. A row's key is its zoom, the tile whose grid it is a cell of (the tile of zoom
/// − <see cref="ClusterCells.GridBits"/> holding it: <c>tile_x</c>, <c>tile_y</c>) and the cell
/// (<c>cell_x</c>, <c>cell_y</c>), so one tile's grid is one range of the key. Its columns are the
/// claims' <c>count</c> and, per category of <see cref="ClaimVocabulary.Categories"/>, the claims'
/// count <c>n_NAME</c> and the sums of their anchors <c>x_NAME</c>, <c>y_NAME</c> (for the mean
/// anchor under a category filter). The categories are a closed list that every write is
/// validated against; adding one adds columns, so it needs a migration.
/// </summary>
internal static class ClusterCellRows
{
    public const string Key = "zoom, tile_x, tile_y, cell_x, cell_y";

    private static IReadOnlyList<string> Categories => ClaimVocabulary.Categories;

    private static string Count(string category) => "n_" + category.Replace('-', '_');

    private static string SumX(string category) => "x_" + category.Replace('-', '_');

    private static string SumY(string category) => "y_" + category.Replace('-', '_');

    /// <summary>The added columns, <c>count</c> first; a row whose count reaches 0 is dropped.</summary>
    public static IReadOnlyList<string> Added => ["count", .. Categories.SelectMany(c => new[] { Count(c), SumX(c), SumY(c) })];

    /// <summary>The table and its columns in their order, for a writer of whole rows (<see cref="GeoPackage.CellCounts"/>).</summary>
    public static string Into => $"claim_cells ({Key}, {string.Join(", ", Added)})";

    /// <summary>The columns of a whole row: the key's five and the added ones.</summary>
    public static int ColumnCount => 5 + Added.Count;

    /// <summary>An insert's <c>ON CONFLICT</c> clause: a row already there gets each added column of the row added to its own.</summary>
    public static string AddCounts => $"ON CONFLICT ({Key}) DO UPDATE SET {string.Join(", ", Added.Select(a => $"{a} = claim_cells.{a} + excluded.{a}"))}";

    /// <summary>The column definitions and key of the table, in one backend's <paramref name="small"/>, <paramref name="integer"/> and <paramref name="real"/> types.</summary>
    public static string Definitions(string small, string integer, string real) =>
        $"zoom {small} NOT NULL, tile_x {integer} NOT NULL, tile_y {integer} NOT NULL, cell_x {integer} NOT NULL, cell_y {integer} NOT NULL, count {integer} NOT NULL, " +
        string.Join(", ", Categories.Select(c => $"{Count(c)} {integer} NOT NULL, {SumX(c)} {real} NOT NULL, {SumY(c)} {real} NOT NULL")) +
        $", PRIMARY KEY ({Key})";

    /// <summary>
    /// Adds <paramref name="changes"/> (rows of the anchor's Web Mercator <c>x</c>, <c>y</c>, its
    /// <c>category</c> and <c>n</c>: +1 for a claim added, −1 for one removed) to the cells of every
    /// kept zoom, in key order (concurrent writers lock rows in the same order); an update that moves
    /// nothing nets to no row. The changes are grouped once into the deepest zoom's cells, and those
    /// into the coarser ones (a cell of zoom z is the deepest cell shifted right by the zoom
    /// difference: the positions differ by a power of two, exactly), so a bulk fill groups its claims
    /// once, not once per zoom. <paramref name="wholePart"/> is the backend's whole part of a position.
    /// </summary>
    public static string Add(string changes, Func<string, string> wholePart) =>
        $"""
            INSERT INTO {Into}
            SELECT {KeyOf("f.cx", "f.cy")}, {string.Join(", ", Added.Select(a => $"sum(f.{a})"))}
            FROM {DeepestCells(changes, wholePart)} AS f
              CROSS JOIN {ZoomValues} AS z
            WHERE true
            GROUP BY 1, 2, 3, 4, 5
            HAVING {string.Join(" OR ", Added.Select(a => $"sum(f.{a}) <> 0"))}
            ORDER BY 1, 2, 3, 4, 5
            {AddCounts};
            """;

    /// <summary>
    /// Fills an empty <c>claim_cells</c> with <paramref name="changes"/> (claims counted +1, as for
    /// <see cref="Add"/>), in key order: the claims are grouped into the deepest zoom's cells, and each
    /// coarser zoom's cells from the next deeper zoom's (shifted right by the zoom difference), not
    /// from the deepest cells again, so each grouping sorts at most the rows of the zoom before: at
    /// 100,000 claims about 290,000 wide rows in all instead of the 900,000 of every deepest cell at
    /// every zoom (bench/RESULTS.md). A coarse cell's anchor sums are added in another order than
    /// <see cref="Add"/> adds them, so they may differ from its in the last bits. No row has a count
    /// of 0: every group holds at least one claim.
    /// </summary>
    public static string Fill(string changes, Func<string, string> wholePart)
    {
        var zooms = ClusterCells.Zooms.OrderDescending().ToList();
        var columns = $"{Key}, {string.Join(", ", Added)}";
        var deepest = $"cells_{zooms[0]} ({columns}) AS (SELECT {zooms[0]}, f.cx >> {ClusterCells.GridBits}, f.cy >> {ClusterCells.GridBits}, f.cx, f.cy, " +
            $"{string.Join(", ", Added.Select(a => Typed(a, $"f.{a}")))} FROM {DeepestCells(changes, wholePart)} AS f)";
        var coarser = zooms.Zip(zooms.Skip(1), (finer, zoom) =>
        {
            var shift = finer - zoom;
            return $"cells_{zoom} ({columns}) AS (SELECT {zoom}, (cell_x >> {shift}) >> {ClusterCells.GridBits}, (cell_y >> {shift}) >> {ClusterCells.GridBits}, " +
                $"cell_x >> {shift}, cell_y >> {shift}, {string.Join(", ", Added.Select(a => Typed(a, $"sum({a})")))} FROM cells_{finer} GROUP BY 1, 2, 3, 4, 5)";
        });
        return $"""
            INSERT INTO claim_cells ({columns})
            WITH {string.Join(",\n  ", coarser.Prepend(deepest))}
            SELECT * FROM ({string.Join(" UNION ALL ", zooms.Select(z => $"SELECT * FROM cells_{z}"))}) AS cells ORDER BY 1, 2, 3, 4, 5;
            """;
    }

    /// <summary>A count column's value as the column's type (in PostgreSQL a sum of integers is wider), so each zoom's sums stay integer sums, in both dialects.</summary>
    private static string Typed(string column, string value) => column == "count" || column.StartsWith("n_", StringComparison.Ordinal) ? $"CAST({value} AS integer)" : value;

    /// <summary>The <paramref name="changes"/> grouped into the deepest kept zoom's cells (<c>cx</c>, <c>cy</c>), with their <c>count</c> and per category count and anchor sums.</summary>
    private static string DeepestCells(string changes, Func<string, string> wholePart)
    {
        var sums = Categories.SelectMany(c => new[]
        {
            $"sum(CASE WHEN c.category = '{c}' THEN c.n ELSE 0 END) AS {Count(c)}",
            $"sum(CASE WHEN c.category = '{c}' THEN c.n * c.x ELSE 0 END) AS {SumX(c)}",
            $"sum(CASE WHEN c.category = '{c}' THEN c.n * c.y ELSE 0 END) AS {SumY(c)}",
        });
        return $"(SELECT {DeepestCell("c.x", "c.y", wholePart)}, sum(c.n) AS count, {string.Join(", ", sums)} " +
            $"FROM ({changes}) AS c WHERE {ClusterCells.InWorld("c.x", "c.y")} GROUP BY 1, 2)";
    }

    /// <summary>The keys of the cells at every kept zoom that hold the anchor (<paramref name="x"/>, <paramref name="y"/>), as a <c>SELECT</c>.</summary>
    public static string KeysOf(string x, string y, Func<string, string> wholePart) =>
        $"SELECT {KeyOf("f.cx", "f.cy")} FROM (SELECT {DeepestCell(x, y, wholePart)}) AS f CROSS JOIN {ZoomValues} AS z";

    /// <summary>The anchor's cell at the deepest kept zoom, as columns <c>cx</c>, <c>cy</c>.</summary>
    private static string DeepestCell(string x, string y, Func<string, string> wholePart)
    {
        var deepest = ClusterCells.DeepestZoom.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{wholePart(ClusterCells.CellPosition(x, deepest))} AS cx, {wholePart(ClusterCells.CellPosition("-" + y, deepest))} AS cy";
    }

    /// <summary>The key at kept zoom <c>z.column1</c> of the deepest cell (<paramref name="cx"/>, <paramref name="cy"/>).</summary>
    private static string KeyOf(string cx, string cy)
    {
        string Cell(string deepest) => $"({deepest} >> ({ClusterCells.DeepestZoom} - z.column1))";
        return $"z.column1, {Cell(cx)} >> {ClusterCells.GridBits}, {Cell(cy)} >> {ClusterCells.GridBits}, {Cell(cx)}, {Cell(cy)}";
    }

    /// <summary>The kept zooms as a table of one column, <c>column1</c>, in both dialects.</summary>
    private static string ZoomValues => $"(VALUES {string.Join(", ", ClusterCells.Zooms.Select(z => $"({z})"))})";

    /// <summary>The SQL test that a row (alias <c>d</c>) is a cell of the tile's grid, bound to parameters <c>zoom</c>, <c>tile_x</c>, <c>tile_y</c> (<see cref="TileKey"/>).</summary>
    public static string OfTile(char marker) => $"d.zoom = {marker}zoom AND d.tile_x = {marker}tile_x AND d.tile_y = {marker}tile_y";

    /// <summary>The values of the parameters <see cref="OfTile"/> names: the rows of a cluster tile's grid lead with its zoom and the tile itself.</summary>
    public static (int Zoom, int TileX, int TileY) TileKey(TileAddress tile) => (tile.Z + ClusterCells.GridBits, tile.X, tile.Y);

    /// <summary>The categories a query's clusters count: those its filter names, or every one.</summary>
    public static IReadOnlyList<string> Counted(ClaimQuery query) =>
        query.Categories is { } named ? [.. Categories.Where(c => named.Contains(c, StringComparer.Ordinal))] : Categories;

    /// <summary>The SQL count of a row's (alias <c>d</c>) claims of the <paramref name="counted"/> categories.</summary>
    public static string CountOf(IReadOnlyList<string> counted) =>
        counted.Count == Categories.Count ? "d.count" : SumOf(counted, Count);

    /// <summary>The SQL sum of the anchors' x of a row's claims of the <paramref name="counted"/> categories.</summary>
    public static string SumXOf(IReadOnlyList<string> counted) => SumOf(counted, SumX);

    /// <summary>The SQL sum of the anchors' y of a row's claims of the <paramref name="counted"/> categories.</summary>
    public static string SumYOf(IReadOnlyList<string> counted) => SumOf(counted, SumY);

    /// <summary>The SQL count of a row's claims of one category.</summary>
    public static string CountOf(string category) => "d." + Count(category);

    private static string SumOf(IReadOnlyList<string> counted, Func<string, string> column) =>
        counted.Count == 0 ? "0" : $"({string.Join(" + ", counted.Select(c => "d." + column(c)))})";
}
