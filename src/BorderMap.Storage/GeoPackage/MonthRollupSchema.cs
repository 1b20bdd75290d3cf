using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The GeoPackage's month rollups (<see cref="MonthRollup"/>): each kept by three row triggers on
/// its day table, so that whatever writes the day rows (the claim triggers, a set-wise import fill,
/// an upgrade's recount) moves the month rows with them in the same transaction. An update of a day
/// row is its old row removed and its new row added. Created with a new file; a file from an
/// earlier release gets each one it lacks, filled from its day table, when it is opened.
/// </summary>
internal static class MonthRollupSchema
{
    /// <summary>Creates, fills and starts keeping each rollup the file lacks; in the caller's transaction, after the day tables exist.</summary>
    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var rollup in MonthRollup.All)
        {
            // Kept only while its triggers are: a day table made anew (an upgrade's) comes without them.
            command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = $name";
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$name", rollup.MonthTable + "_add");
            var kept = command.ExecuteScalar() is not null;
            command.Parameters.Clear();
            if (!kept)
            {
                command.CommandText = $"DROP TABLE IF EXISTS {rollup.MonthTable};" + Create(rollup);
                command.ExecuteNonQuery();
            }
        }
    }

    /// <summary>The first day of the month of a <c>YYYY-MM-DD</c> day.</summary>
    private static string Month(string day) => $"substr({day}, 1, 8) || '01'";

    private static string Create(MonthRollup r)
    {
        var key = r.MonthKey;
        return $"""
            CREATE TABLE {r.MonthTable} (
              {r.ColumnDefinitions(MonthRollup.SqliteTypes)},
              PRIMARY KEY ({key})) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS {r.EndDayIndex} ON {r.DayTable} ({r.EndDayIndexColumns});
            {Fill(r)}
            CREATE TRIGGER {r.MonthTable}_add AFTER INSERT ON {r.DayTable}
            BEGIN {Add(r, "NEW")} END;
            CREATE TRIGGER {r.MonthTable}_change AFTER UPDATE ON {r.DayTable}
            BEGIN {Remove(r, "OLD")} {Add(r, "NEW")} END;
            CREATE TRIGGER {r.MonthTable}_remove AFTER DELETE ON {r.DayTable}
            BEGIN {Remove(r, "OLD")} END;
            """;
    }

    /// <summary>The names of the row triggers that keep <paramref name="r"/>.</summary>
    public static IEnumerable<string> Triggers(MonthRollup r) => [r.MonthTable + "_add", r.MonthTable + "_change", r.MonthTable + "_remove"];

    /// <summary>Adds up the whole day table into its (empty) month table, in one statement.</summary>
    public static string Fill(MonthRollup r) =>
        $"""
        INSERT INTO {r.MonthTable} ({r.MonthKey}, {string.Join(", ", r.Sums)})
          SELECT {Row(r, "")}, {string.Join(", ", r.Sums.Select(s => $"sum({s})"))} FROM {r.DayTable} GROUP BY {string.Join(", ", Enumerable.Range(1, r.Lead.Length + 2 + r.Rest.Length))};
        """;

    /// <summary>The month key of a day row (<paramref name="row"/> <c>NEW</c>, <c>OLD</c>, or empty for the table's own columns).</summary>
    private static string Row(MonthRollup r, string row)
    {
        var prefix = row.Length == 0 ? string.Empty : row + ".";
        return string.Join(", ", [.. r.Lead.Select(c => prefix + c), Month(prefix + "start_day"), Month(prefix + "end_day"), .. r.Rest.Select(c => prefix + c)]);
    }

    private static string Add(MonthRollup r, string row) =>
        $"""
        INSERT INTO {r.MonthTable} ({r.MonthKey}, {string.Join(", ", r.Sums)}) SELECT {Row(r, row)}, {string.Join(", ", r.Sums.Select(s => $"{row}.{s}"))} WHERE true
          ON CONFLICT ({r.MonthKey}) DO UPDATE SET {string.Join(", ", r.Sums.Select(s => $"{s} = {s} + excluded.{s}"))};
        """;

    private static string Remove(MonthRollup r, string row)
    {
        var match = $"({r.MonthKey}) = ({Row(r, row)})";
        return $"""
            UPDATE {r.MonthTable} SET {string.Join(", ", r.Sums.Select(s => $"{s} = {s} - {row}.{s}"))} WHERE {match};
              DELETE FROM {r.MonthTable} WHERE count = 0 AND {match};
            """;
    }
}
