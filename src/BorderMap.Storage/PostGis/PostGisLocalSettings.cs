using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Runs work in a transaction of its own under settings that hold for that transaction alone
/// (<c>SET LOCAL</c>): the commit, or the rollback when the work throws, restores the connection's
/// own settings before it goes back to the pool.
/// </summary>
internal static class PostGisLocalSettings
{
    /// <summary>The answer of <paramref name="work"/>, run with each of <paramref name="settings"/> (a name and its value as SQL) set locally.</summary>
    public static T Run<T>(NpgsqlConnection connection, IEnumerable<(string Name, string Value)> settings, Func<NpgsqlTransaction, T> work)
    {
        using var transaction = connection.BeginTransaction();
        var sql = string.Join("; ", settings.Select(s => $"SET LOCAL {s.Name} = {s.Value}"));
        using (var set = new NpgsqlCommand(sql, connection, transaction))
        {
            set.ExecuteNonQuery();
        }

        var answer = work(transaction);
        transaction.Commit();
        return answer;
    }

    /// <summary>Runs <paramref name="work"/> with each of <paramref name="settings"/> set locally.</summary>
    public static void Run(NpgsqlConnection connection, IEnumerable<(string Name, string Value)> settings, Action<NpgsqlTransaction> work) =>
        Run(connection, settings, transaction =>
        {
            work(transaction);
            return transaction;
        });
}
