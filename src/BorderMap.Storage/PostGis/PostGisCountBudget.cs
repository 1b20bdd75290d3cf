using System.Globalization;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Runs an exact count under its time budget: in a transaction of its own whose
/// <c>statement_timeout</c> (<see cref="PostGisLocalSettings"/>) is the budget, so PostgreSQL itself
/// stops the statement when the budget runs out (SQLSTATE 57014), and the rollback restores the
/// connection's own timeout before it goes back to the pool.
/// </summary>
internal static class PostGisCountBudget
{
    /// <summary>The answer of <paramref name="read"/>, or null when <paramref name="limit"/>'s budget ran out first; a capped read runs as it is.</summary>
    public static T? Within<T>(NpgsqlConnection connection, CountLimit limit, Func<T> read)
        where T : class
    {
        if (limit.Cap is not null)
        {
            return read();
        }

        // statement_timeout 0 would mean no timeout: a budget under a millisecond is one.
        var milliseconds = Math.Max(1, (long)Math.Ceiling(limit.Budget.TotalMilliseconds));
        try
        {
            return PostGisLocalSettings.Run(connection, [("statement_timeout", milliseconds.ToString(CultureInfo.InvariantCulture))], _ => read());
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled)
        {
            return null;
        }
    }
}
