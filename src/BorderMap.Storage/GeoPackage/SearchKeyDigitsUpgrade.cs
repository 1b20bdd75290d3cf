using BorderMap.Core.Queries;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Gives the claims of a file whose derived tables are older than version 6 the search key of digits kept as written: before it,
/// folding collapsed a run of one digit ("900 km" was keyed "90 km", so a search for "900" found every "90"). Only a key with a
/// digit can change; those claims are read a chunk at a time by fid, their keys derived again in parallel, and the ones that
/// differ rewritten in <c>claim_search</c>. Runs when the file is opened, after <see cref="ClusterCellUpgrade"/>, in the same
/// transaction, which re-checks the version, so one process does it, once.
/// </summary>
internal static class SearchKeyDigitsUpgrade
{
    /// <summary>The version of the derived tables whose search keys keep every digit.</summary>
    public const int Version = 6;

    private const int ChunkSize = 5000;

    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (!DerivedSchema.IsBefore(command, Version))
        {
            return;
        }

        command.CommandText =
            $"SELECT {ClaimRows.SelectColumnsOf("c")}, c.fid, t.key FROM claims c JOIN claim_search t ON t.rowid = c.fid " +
            $"WHERE c.fid > $after AND t.key GLOB '*[0-9٠-٩۰-۹]*' ORDER BY c.fid LIMIT {ChunkSize}";
        var after = command.Parameters.AddWithValue("$after", 0L);
        for (List<(long Fid, string NewKey, string OldKey)> keys; (keys = Read(command)).Count > 0; after.Value = keys[^1].Fid)
        {
            Rewrite(connection, transaction, [.. keys.Where(k => k.NewKey != k.OldKey)]);
        }

        command.Parameters.Clear();
        command.CommandText = $"DELETE FROM bordermap_schema; INSERT INTO bordermap_schema VALUES ({Version});";
        command.ExecuteNonQuery();
    }

    /// <summary>The chunk's claims with their stored keys and the keys derived again (in parallel: folding is the work).</summary>
    private static List<(long Fid, string NewKey, string OldKey)> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = MalformedRows.ReadAll(reader, row => (
            Fid: row.GetInt64(ClaimRows.SelectColumnCount),
            Data: ClaimRows.Read(row).Data,
            OldKey: row.GetString(ClaimRows.SelectColumnCount + 1)));
        var keys = new (long, string, string)[rows.Count];
        Parallel.For(0, rows.Count, i => keys[i] = (rows[i].Fid, ClaimSearchKey.Of(rows[i].Data), rows[i].OldKey));
        return [.. keys];
    }

    private static void Rewrite(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<(long Fid, string NewKey, string OldKey)> changed)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // An FTS5 row is replaced by deleting it and inserting it again: its index entries are the old key's.
        command.CommandText = "DELETE FROM claim_search WHERE rowid = $fid; INSERT INTO claim_search (rowid, key) VALUES ($fid, $key);";
        var fid = command.Parameters.Add("$fid", SqliteType.Integer);
        var key = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var claim in changed)
        {
            fid.Value = claim.Fid;
            key.Value = claim.NewKey;
            command.ExecuteNonQuery();
        }
    }
}
