using BorderMap.Core.Claims;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 11: <c>period</c>, the daterange every date filter tests (under the GiST index with the
/// geometry, the btree index and the counted index of migrations 2 and 3), becomes each claim's
/// <see cref="ClaimPeriod"/>, its dates widened by their precision, instead of its stated dates.
/// The column stops being generated from the dates (its indexes stay) and is written with the
/// claim from C#, the one place the rule is stated; <see cref="WidenStoredPeriods"/> then widens the
/// periods of the claims already stored, in the migration's transaction. Their updates go through
/// the count triggers of migration 7, so <c>claim_days</c> follows.
/// </summary>
internal static class ClaimPeriodsMigration
{
    private const int ChunkSize = 5000;

    // IF EXISTS: the tests undo later migrations and apply them again.
    public const string Sql = "ALTER TABLE claims ALTER COLUMN period DROP EXPRESSION IF EXISTS;";

    private const string Widened =
        """
        SELECT fid, event_date, end_date, data->>'timePrecision', id FROM claims
        WHERE fid > @after AND data->>'timePrecision' = ANY(@precisions)
        ORDER BY fid LIMIT @limit
        """;

    private const string Write =
        """
        UPDATE claims c SET period = daterange(u.first_day, u.last_day, '[]')
        FROM unnest(@fids, @firsts, @lasts) AS u(fid, first_day, last_day)
        WHERE c.fid = u.fid AND c.period IS DISTINCT FROM daterange(u.first_day, u.last_day, '[]')
        """;

    /// <summary>Widens the stored periods of the claims dated to the week, month or year, a chunk at a time by fid.</summary>
    public static void WidenStoredPeriods(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        for (var after = 0L; ;)
        {
            var chunk = Read(connection, transaction, after);
            if (chunk.Count == 0)
            {
                return;
            }

            using var write = new NpgsqlCommand(Write, connection, transaction);
            write.Parameters.AddWithValue("fids", chunk.Select(c => c.Fid).ToArray());
            write.Parameters.AddWithValue("firsts", NpgsqlDbType.Array | NpgsqlDbType.Date, chunk.Select(c => c.First).ToArray());
            write.Parameters.AddWithValue("lasts", NpgsqlDbType.Array | NpgsqlDbType.Date, chunk.Select(c => c.Last).ToArray());
            write.ExecuteNonQuery();
            after = chunk[^1].Fid;
        }
    }

    private static List<(long Fid, DateOnly First, DateOnly Last)> Read(NpgsqlConnection connection, NpgsqlTransaction transaction, long after)
    {
        using var read = new NpgsqlCommand(Widened, connection, transaction);
        read.Parameters.AddWithValue("after", after);
        read.Parameters.AddWithValue("precisions", ClaimPeriod.WideningPrecisions.ToArray());
        read.Parameters.AddWithValue("limit", ChunkSize);
        using var reader = read.ExecuteReader();
        return MalformedRows.ReadAll(reader, row =>
        {
            var (first, last) = ClaimPeriod.Of(row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2), row.GetString(3));
            return (row.GetInt64(0), first, last);
        });
    }
}
