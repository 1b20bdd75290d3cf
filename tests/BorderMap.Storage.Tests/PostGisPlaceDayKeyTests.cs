using BorderMap.Core.Queries;
using BorderMap.Storage.PostGis;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The place-and-date key a staged import writes beside each claim (computed by the client) is the
/// key PostgreSQL computes for the claims already stored (migration 28's function): the two meet in
/// one sort, so a difference would scatter the copied store's claims among the imported ones.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisPlaceDayKeyTests(PostGisServer server)
{
    [Fact]
    public async Task The_clients_key_is_the_stores_key_across_the_world_and_the_days_it_clamps()
    {
        var database = await server.NewDatabaseAsync();
        await PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed).DisposeAsync(); // migrates it

        var half = TileAddress.WorldHalfWidth;
        double[] xs = [-half - 1, -half, -7_654_321.123, -0.5, 0, 152.87, 7_681_530.6, 7_797_550.09, half - 0.001, half, half * 2];
        double[] ys = [-half * 2, -half, -1, 0, 4_369_573.2, 4_544_112.75, half - 152.8, half + 1];
        DateOnly[] days = [new(1800, 1, 1), new(1899, 12, 31), new(1900, 1, 1), new(1900, 1, 2), new(2021, 7, 5), new(2026, 12, 6), new(2079, 6, 6), new(2300, 1, 1)];
        var cases = (from x in xs from y in ys from day in days select (x, y, day)).ToList();

        var stored = await StoreKeysAsync(database, cases);

        Assert.Equal(stored, cases.Select(c => PlaceDayOrder.KeyOf(new Point(c.x, c.y), c.day)).ToList());
        Assert.True(stored.Distinct().Count() > cases.Count / 3); // the cases spread (288 keys of 704), not all clamped alike
    }

    private static async Task<List<long>> StoreKeysAsync(string database, List<(double X, double Y, DateOnly Day)> cases)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT bordermap_place_day_key(ST_SetSRID(ST_MakePoint(c.x, c.y), 3857), daterange(c.day, c.day, '[]')) FROM unnest(@xs, @ys, @days) WITH ORDINALITY AS c(x, y, day, n) ORDER BY c.n",
            connection);
        command.Parameters.Add(new NpgsqlParameter("xs", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = cases.Select(c => c.X).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("ys", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = cases.Select(c => c.Y).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = cases.Select(c => c.Day).ToArray() });
        var keys = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetInt64(0));
        }

        return keys;
    }
}
