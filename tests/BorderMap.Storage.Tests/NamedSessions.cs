using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>The PostgreSQL sessions a store opened for one job, by the name its pools give them (<c>bordermap JOB</c>).</summary>
internal static class NamedSessions
{
    /// <summary>The process ids of the database's sessions named after <paramref name="job"/>, in order.</summary>
    public static async Task<List<int>> OfAsync(NpgsqlConnection connection, string job)
    {
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name ORDER BY pid", connection);
        command.Parameters.AddWithValue("name", $"bordermap {job}");
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }
}
