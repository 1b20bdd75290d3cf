using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The secondary indexes of <c>claims</c> and of its derived tables that an import never reads,
/// dropped for the rest of a large import and created again at its end from their own stored
/// text, in the import's transaction: SQLite builds an index from a sort of the whole table, which
/// costs a fraction of inserting the same rows one by one at places spread over the index, and the
/// gap widens once the indexes outgrow the page cache. Kept: every index that backs a constraint
/// (the import looks claims up by id, and history by claim and version), and those by claim fid,
/// which an update reads to remove its claim's old derived rows. Also the day tables' indexes by
/// last day (<see cref="MonthRollup.EndDayIndex"/>), which only reads of date ranges use: the
/// import's end upserts the day tables by their keys. A failed import rolls the drops
/// back with everything else, so the store keeps every index.
/// </summary>
internal sealed class DeferredIndexes
{
    private static readonly string Deferrable =
        $"""
        SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL
          AND ((tbl_name IN ('claims', 'claim_summary', 'claim_actors') AND name NOT LIKE '%\_by\_claim' ESCAPE '\')
            OR name IN ({string.Join(", ", MonthRollup.All.Select(r => $"'{r.EndDayIndex}'"))}))
        ORDER BY name
        """;

    private readonly List<string> _definitions;

    private DeferredIndexes(List<string> definitions) => _definitions = definitions;

    /// <summary>Drops the deferrable indexes, remembering their definitions for <see cref="Rebuild"/>.</summary>
    public static DeferredIndexes Drop(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Deferrable;
        var indexes = new List<(string Name, string Definition)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (indexes.Count > 0)
        {
            command.CommandText = string.Concat(indexes.Select(i => $"DROP INDEX \"{i.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\";"));
            command.ExecuteNonQuery();
        }

        return new DeferredIndexes([.. indexes.Select(i => i.Definition)]);
    }

    /// <summary>Creates every dropped index again from its own definition.</summary>
    public void Rebuild(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (_definitions.Count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Concat(_definitions.Select(d => d + ";"));
        command.ExecuteNonQuery();
    }
}
