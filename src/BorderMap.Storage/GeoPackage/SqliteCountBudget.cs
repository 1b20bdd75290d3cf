using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Runs an exact count under its time budget: SQLite calls a progress handler every few thousand
/// virtual-machine steps, which interrupts the statement once the budget has run out
/// (<c>SQLITE_INTERRUPT</c>); the handler is removed again before the connection goes back to the pool,
/// and an interrupted statement leaves the connection as it was.
/// </summary>
internal static class SqliteCountBudget
{
    private const int StepsBetweenChecks = 4_000;

    /// <summary>The answer of <paramref name="read"/>, or null when <paramref name="limit"/>'s budget ran out first; a capped read runs as it is.</summary>
    public static T? Within<T>(SqliteConnection connection, CountLimit limit, Func<T> read)
        where T : class
    {
        if (limit.Cap is not null)
        {
            return read();
        }

        var clock = Stopwatch.StartNew();
        raw.sqlite3_progress_handler(connection.Handle, StepsBetweenChecks, _ => clock.Elapsed > limit.Budget ? 1 : 0, null);
        try
        {
            return read();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_INTERRUPT)
        {
            return null;
        }
        finally
        {
            raw.sqlite3_progress_handler(connection.Handle, 0, null, null);
        }
    }
}
