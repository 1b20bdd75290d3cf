using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Rebuilds an SQLite R-tree whole, packed: its boxes sorted along a Hilbert curve
/// (<see cref="HilbertKey"/>) and cut into full nodes, level by level, written straight into the
/// R-tree's own tables (<see cref="RTreeNodes"/>). Inserting the boxes one at a time costs SQLite a
/// descent through the tree, a node split now and then and a rewrite of every node on the way up,
/// for each box; at 100,000 claims the three R-trees of a claim cost more of an import's writing
/// than every other table together. Packed, the tree is written once, and its nodes overlap less,
/// so reads visit fewer of them. The boxes stream from a sort SQLite does (which spills to disk),
/// so memory holds one leaf and a box per node above the leaves.
/// </summary>
internal static class RTreePacking
{
    private const string Staging = "temp.rtree_packing";

    /// <summary>
    /// Rebuilds <paramref name="table"/>, an R-tree of <paramref name="dimensions"/> dimensions, from
    /// its own boxes except those whose id <paramref name="replaced"/> selects, and the boxes
    /// <paramref name="added"/> selects (id, then the least and greatest value of each dimension).
    /// </summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction, string table, int dimensions, string added, string replaced)
    {
        var values = Enumerable.Range(0, 2 * dimensions).Select(i => $"c{i}").ToList();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"""
            DROP TABLE IF EXISTS {Staging};
            CREATE TEMP TABLE rtree_packing (id INTEGER NOT NULL, {string.Join(", ", values.Select(v => v + " REAL NOT NULL"))});
            DROP TABLE IF EXISTS temp.rtree_leaves;
            CREATE TEMP TABLE rtree_leaves (id INTEGER NOT NULL, nodeno INTEGER NOT NULL);
            INSERT INTO {Staging} SELECT * FROM "{table}" WHERE id NOT IN ({replaced});
            INSERT INTO {Staging} {added};
            """;
        command.ExecuteNonQuery();
        var nodes = new RTreeNodes(connection, table, dimensions, NodeSize(command, table));
        var (count, sortKey) = Measure(command, dimensions);
        command.CommandText = $"""DELETE FROM "{table}_node"; DELETE FROM "{table}_rowid"; DELETE FROM "{table}_parent";""";
        command.ExecuteNonQuery();
        NativeHilbertFunction.Register(connection);
        command.CommandText = $"SELECT id, {string.Join(", ", values)} FROM {Staging} ORDER BY {sortKey}";
        using (var reader = command.ExecuteReader())
        {
            nodes.Write(count, reader);
        }

        command.CommandText = $"""INSERT INTO "{table}_rowid" (rowid, nodeno) SELECT id, nodeno FROM temp.rtree_leaves ORDER BY id; DROP TABLE temp.rtree_leaves; DROP TABLE {Staging};""";
        command.ExecuteNonQuery();
    }

    /// <summary>The size of every node's blob, which SQLite chose when it created the table: that of the root.</summary>
    private static int NodeSize(SqliteCommand command, string table)
    {
        command.CommandText = $"""SELECT length(data) FROM "{table}_node" WHERE nodeno = 1""";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many boxes there are, and the SQL of their order: the Hilbert key of each box's centre, scaled to the boxes' own bounds.</summary>
    private static (long Count, string SortKey) Measure(SqliteCommand command, int dimensions)
    {
        var dims = Enumerable.Range(0, dimensions).ToList();
        command.CommandText = $"SELECT count(*), {string.Join(", ", dims.Select(d => $"min(c{2 * d}), max(c{(2 * d) + 1})"))} FROM {Staging}";
        using var reader = command.ExecuteReader();
        reader.Read();
        var count = reader.GetInt64(0);
        var centres = dims.Select(d =>
        {
            var (low, high) = count == 0 ? (0.0, 1.0) : (reader.GetDouble(1 + (2 * d)), reader.GetDouble(2 + (2 * d)));
            var span = high > low ? high - low : 1.0;
            return FormattableString.Invariant($"((c{2 * d} + c{(2 * d) + 1}) / 2 - {low:R}) / {span:R}");
        });
        return (count, $"{NativeHilbertFunction.Name}({string.Join(", ", centres)})");
    }
}
