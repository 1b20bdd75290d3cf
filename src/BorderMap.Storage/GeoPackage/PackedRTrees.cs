using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The claims' three R-trees (the GeoPackage's <c>rtree_claims_geom</c>, <c>claim_anchors</c> and
/// <c>claim_extents</c>) left unwritten for the rest of a large import and packed whole
/// (<see cref="RTreePacking"/>) on the counting thread, in its scratch database
/// (<see cref="SideCounts"/>): only an import as large as the store (<see cref="Writes.ImportScale"/>),
/// since packing rewrites the stored claims' boxes too. Packed on the store's connection, the trees
/// were the largest part of the import's end, which ran on one core while the other idled; SQLite
/// lets no other connection read the import's rows before it commits, so the scratch database gets
/// its own copy of every box: the stored ones when the counting starts (<see cref="Stage"/>), then
/// each claim written with its period as day numbers (<see cref="Listed"/>; its boxes are in the
/// scratch <c>claim_summary</c> already). An updated claim's old box is left out of the packing.
/// The store's connection then only copies the finished trees' rows in, in the import's
/// transaction (<see cref="Replace"/>): a failed import rolls it back.
/// </summary>
internal static class PackedRTrees
{
    /// <summary>Each claim the counting thread is handed, with its first and last day as day numbers.</summary>
    public static readonly RowTable Periods = new("temp.import_periods (fid, first_day, last_day)", 3);

    /// <summary>Each tree, its dimensions and its box of a written claim from <c>claim_summary s</c> and <see cref="Periods"/> <c>p</c>.</summary>
    private static readonly (string Table, int Dimensions, string Box)[] Trees =
    [
        ("rtree_claims_geom", 2, "s.west, s.east, s.south, s.north"),
        ("claim_anchors", 2, "s.x, s.x, s.y, s.y"),
        ("claim_extents", 3, "s.west, s.east, s.south, s.north, p.first_day, p.last_day"),
    ];

    /// <summary>
    /// Creates the trees' tables in <paramref name="scratch"/> and copies the store's boxes into it;
    /// answers each tree's node size. On the store's thread, before the counting thread starts.
    /// </summary>
    public static IReadOnlyList<int> Stage(SqliteConnection store, SqliteTransaction transaction, SqliteConnection scratch)
    {
        using var create = scratch.CreateCommand();
        create.CommandText = "CREATE TEMP TABLE import_periods (fid INTEGER PRIMARY KEY, first_day INTEGER NOT NULL, last_day INTEGER NOT NULL);"
            + string.Concat(Trees.Select(tree =>
                $"""
                CREATE TABLE "stored_{tree.Table}" (id INTEGER NOT NULL, {string.Join(", ", Enumerable.Range(0, 2 * tree.Dimensions).Select(i => $"c{i} REAL NOT NULL"))});
                CREATE TABLE "{tree.Table}_node" (nodeno INTEGER PRIMARY KEY, data BLOB NOT NULL);
                CREATE TABLE "{tree.Table}_parent" (nodeno INTEGER PRIMARY KEY, parentnode INTEGER NOT NULL);
                CREATE TABLE "{tree.Table}_rowid" (rowid INTEGER PRIMARY KEY, nodeno INTEGER NOT NULL);
                """));
        create.ExecuteNonQuery();
        using var copy = scratch.BeginTransaction();
        foreach (var (table, dimensions, _) in Trees)
        {
            using var rows = new RowInserter(scratch, $"\"stored_{table}\"", 1 + (2 * dimensions));
            using var read = store.CreateCommand();
            read.Transaction = transaction;
            read.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(reader.GetInt64(0));
                for (var i = 1; i <= 2 * dimensions; i++)
                {
                    rows.Add(reader.GetDouble(i));
                }
            }

            rows.Flush();
        }

        copy.Commit();
        return [.. Trees.Select(tree => RTreePacking.NodeSize(store, transaction, tree.Table))];
    }

    /// <summary>Lists a claim written at <paramref name="fid"/> for the packing, in the scratch database.</summary>
    public static void Listed(TableInserts rows, long fid, DerivedRows.Values values) =>
        rows[Periods].Add(fid).Add(values.First.DayNumber).Add(values.Last.DayNumber);

    /// <summary>Packs the trees in the scratch database, from the stored boxes not replaced and the listed claims'; on the counting thread.</summary>
    public static void Pack(SqliteConnection scratch, SqliteTransaction transaction, IReadOnlyList<int> nodeSizes)
    {
        NativeHilbertFunction.Register(scratch);
        for (var i = 0; i < Trees.Length; i++)
        {
            var (table, dimensions, box) = Trees[i];
            RTreePacking.Rebuild(scratch, transaction, table, dimensions, nodeSizes[i], [
                $"SELECT * FROM \"stored_{table}\" WHERE id NOT IN (SELECT fid FROM temp.import_periods)",
                $"SELECT p.fid, {box} FROM temp.import_periods p JOIN claim_summary s ON s.claim_fid = p.fid",
            ]);
        }
    }

    /// <summary>
    /// Replaces the store's trees with those packed in the scratch database, each table's rows in key
    /// order: <paramref name="copy"/> takes a query of the scratch database, the store's table and its column count.
    /// </summary>
    public static void Replace(SqliteConnection store, SqliteTransaction transaction, Action<string, string, int> copy)
    {
        using var command = store.CreateCommand();
        command.Transaction = transaction;
        foreach (var (table, _, _) in Trees)
        {
            command.CommandText = $"""DELETE FROM "{table}_node"; DELETE FROM "{table}_rowid"; DELETE FROM "{table}_parent";""";
            command.ExecuteNonQuery();
            copy($"SELECT nodeno, data FROM \"{table}_node\" ORDER BY nodeno", $"\"{table}_node\" (nodeno, data)", 2);
            copy($"SELECT nodeno, parentnode FROM \"{table}_parent\" ORDER BY nodeno", $"\"{table}_parent\" (nodeno, parentnode)", 2);
            copy($"SELECT rowid, nodeno FROM \"{table}_rowid\" ORDER BY rowid", $"\"{table}_rowid\" (rowid, nodeno)", 2);
        }
    }
}
