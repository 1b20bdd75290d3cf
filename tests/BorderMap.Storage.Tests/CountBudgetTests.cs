using BorderMap.Storage.GeoPackage;
using BorderMap.Storage.PostGis;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// An exact count that runs past its budget is stopped by the database, answers null (so the store
/// falls back to the capped count), and leaves its connection as it found it: the next statement on
/// the same connection runs, without the budget.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class CountBudgetTests(PostGisServer server)
{
    private const string SlowCount = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000000) SELECT count(*) FROM n";
    private static readonly CountLimit ShortBudget = CountLimit.Exact(TimeSpan.FromMilliseconds(50));

    [Fact]
    public async Task A_PostgreSQL_count_past_its_budget_is_cancelled_and_the_connection_answers_the_next_statement()
    {
        await using var connection = new NpgsqlConnection(await server.NewDatabaseAsync());
        await connection.OpenAsync();

        Assert.Null(PostGisCountBudget.Within(connection, ShortBudget, () => Scalar(connection, SlowCount)));
        Assert.Equal("0", Scalar(connection, "SHOW statement_timeout"));
        Assert.Equal("1000", PostGisCountBudget.Within(connection, ShortBudget, () => Scalar(connection, "SELECT count(*) FROM generate_series(1, 1000)")));
        Assert.Equal("5", Scalar(connection, "SELECT count(*) FROM (SELECT pg_sleep(0.02) FROM generate_series(1, 5)) s"));
    }

    [Fact]
    public void A_SQLite_count_past_its_budget_is_interrupted_and_the_connection_answers_the_next_statement()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        Assert.Null(SqliteCountBudget.Within(connection, ShortBudget, () => Scalar(connection, SlowCount)));
        Assert.Equal("1000", SqliteCountBudget.Within(connection, ShortBudget, () => Scalar(connection, SlowCount.Replace("200000000", "1000", StringComparison.Ordinal))));
        Assert.Equal("3000000", Scalar(connection, SlowCount.Replace("200000000", "3000000", StringComparison.Ordinal)));
    }

    private static string Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
