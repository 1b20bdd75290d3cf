using System.Net;
using BorderMap.Storage.Tests;
using Npgsql;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary>
/// A real <c>bordermap serve</c> and <c>claims import</c> on the throwaway PostgreSQL, with the
/// database stopped and started under the server, and an import killed with SIGKILL mid-transaction.
/// The server answers 503 problem+json naming PostgreSQL with Retry-After while it is down, and reads
/// and writes again once it is back, without a restart; nothing acknowledged is lost.
/// </summary>
public sealed class PostgreSqlFaultTests(PostGisServer postgis) : IClassFixture<PostGisServer>
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task While_PostgreSQL_is_down_the_server_answers_503_naming_it_and_recovers_when_it_is_back()
    {
        var database = await postgis.NewDatabaseAsync();
        await using var server = await AppProcess.Serve("--store", database);
        using var client = new HttpClient { BaseAddress = server.Url };
        var writes = new FaultWrites(client, "outage");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await writes.PostAsync()).StatusCode);
        }

        await postgis.StopAsync();
        try
        {
            using var read = await client.GetAsync(new Uri("/api/claims?limit=5", UriKind.Relative));
            await FaultWrites.AssertStorageProblem(read, "PostgreSQL", mayPass: true);
            using var write = await writes.PostAsync();
            await FaultWrites.AssertStorageProblem(write, "PostgreSQL", mayPass: true);
        }
        finally
        {
            await postgis.StartAgainAsync();
        }

        Assert.True(await Eventually.Within(Recovery, async () => (await client.GetAsync(new Uri("/api/claims?limit=5", UriKind.Relative))).StatusCode == HttpStatusCode.OK), "reads recover");
        Assert.Equal(HttpStatusCode.Created, (await writes.PostAsync()).StatusCode);
        Assert.Equal(4, writes.Acknowledged.Count);
        foreach (var id in writes.Acknowledged)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/claims/{id}", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task A_claims_import_killed_mid_transaction_leaves_PostgreSQL_as_it_was()
    {
        var database = await postgis.NewDatabaseAsync();
        Assert.Equal(0, (await AppProcess.RunToEnd("store", "check", "--store", database)).ExitCode);
        var before = await ClaimCountAsync(database);
        var file = await ImportFile.WriteAsync(StoreTestEnvironment.Folder, "killed-pg-import", 2_000);

        using (var import = ImportProcess.Start(file, database))
        {
            Assert.True(await import.KillWhileWritingAsync(() => WritingAsync(database)), "the import ended before it could be killed");
        }

        Assert.Equal(before, await ClaimCountAsync(database));
        Assert.Equal(0, (await AppProcess.RunToEnd("store", "check", "--store", database)).ExitCode);
    }

    /// <summary>Whether another session holds a transaction that has written (it has a transaction id).</summary>
    private static async Task<bool> WritingAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND datname = current_database() AND pid <> pg_backend_pid()", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task<long> ClaimCountAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM claims", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
